"""
`Resolution`: a methodology being built from its layers, as plain data, before it becomes a `Methodology`.

The file side (reading YAML, finding a parent) belongs to `sce_method.serialization`;
what a layer does to its parent's data (changes, header, locks) and where each
part of the result was written belong here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from sce_method._core import PathPart, Problem
from sce_method.methodology._apply import apply
from sce_method.methodology._header import apply_header
from sce_method.methodology._layers import Adaptation, Lock
from sce_method.methodology._model import Methodology
from sce_method.methodology._state import Edit, State, lock_all, where_removed
from sce_method.methodology._tree import Data, Tree, Where, unshared


class Resolution:
    """
    The data of a methodology under construction, the locks in force, and where each part of it was written.

    Begin it from a whole methodology's data (its first layer), `apply` each
    adaptation over it in turn, then build the `Methodology` from `data`; a
    problem of the result is placed with `locate` (or `removed_by`, for a
    reference to something a change removed).
    """

    def __init__(self, data: Mapping[str, object], *, layer: str, file: str | None, locks: tuple[Lock, ...]) -> None:
        copied = unshared(data)
        assert isinstance(copied, dict)  # noqa: S101 -- a mapping copies to a dict
        self._state = State(tree=Tree(copied, Where(layer, file)), root=Methodology)
        lock_all(self._state, locks, layer)

    @property
    def data(self) -> Data:
        """The plain data as resolved so far."""
        return self._state.tree.data

    @property
    def origins(self) -> Mapping[str, str]:
        """Each path a change wrote, and the id of the layer whose change it was."""
        return MappingProxyType(dict(self._state.set_by))

    def apply(self, adaptation: Adaptation, raw: Mapping[str, object], *, file: str | None) -> list[Problem]:
        """
        Apply *adaptation* (read from *raw*, its plain data, in *file*) over the data.

        Returns the problems of its changes, with paths in the adaptation's file
        (``changes[3].path``); when there are none, its header, documents and
        locks are laid over too.
        """
        state = self._state
        raw_changes = raw.get("changes") or []
        assert isinstance(raw_changes, list)  # noqa: S101 -- the Adaptation was built from it
        problems: list[Problem] = []
        for index, (change, entry) in enumerate(zip(adaptation.changes, raw_changes, strict=True)):
            where = Where(adaptation.id, file, ("changes", index))
            problems += apply(state, Edit(change=change, value=entry.get("value"), provenance=entry["provenance"],
                                          where=where))  # fmt: skip
        if not problems:
            apply_header(state, dict(raw), Where(adaptation.id, file))
            lock_all(state, adaptation.locked, adaptation.id)
        return problems

    def locate(self, path: tuple[PathPart, ...]) -> Where | None:
        """Where the value at *path* of the data was written."""
        return self._state.tree.locate(path)

    def removed_by(self, ident: object) -> Where | None:
        """The change that removed an item keyed *ident*, if one did."""
        return where_removed(self._state, ident)
