"""
Resolve a methodology file: a whole methodology, or an adaptation and the chain of layers under it.

A file with ``based_on`` is an adaptation: its parent is resolved first (a
bundled methodology by id, or a file relative to the adaptation), then its
changes are applied to the parent's plain data in order, and the result is
built once. Every problem is shown in the file that wrote the value: the
base's line, or the adaptation's change.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Final

import attrs

from sce_method._core import LoadError, Problem, message
from sce_method.methodology import Adaptation, Layer, Lock, Methodology
from sce_method.methodology._apply import Edit, State, apply, apply_header, lock_all, where_removed
from sce_method.methodology._tree import Tree, Where, unshared
from sce_method.serialization._structure import structure
from sce_method.serialization._yaml import Parsed, parse

DATA_PACKAGE: Final = "sce_method.data"
MAX_LAYERS: Final = 16
"""The longest chain of layers resolved."""


@attrs.frozen
class Read:
    """One layer's file as read: its parsed text, its name, and how the lineage names it."""

    parsed: Parsed
    file: str
    source: str


@functools.cache
def _bundled_bytes(ident: str) -> bytes:
    return (importlib.resources.files(DATA_PACKAGE) / f"{ident}.yaml").read_bytes()


def bundled_ids() -> tuple[str, ...]:
    """The ids of the bundled methodologies, sorted."""
    files = importlib.resources.files(DATA_PACKAGE)
    return tuple(sorted(f.name.removesuffix(".yaml") for f in files.iterdir() if f.name.endswith(".yaml")))


def read_bundled(ident: str) -> Read:
    """The bundled methodology *ident*'s file, parsed."""
    name = f"{ident}.yaml"
    return Read(parse(_bundled_bytes(ident), file=name), name, ident)


def read_path(name: str) -> Read:
    """A methodology file, parsed; a missing or unreadable file is a `LoadError` naming it."""
    try:
        raw = Path(name).read_bytes()
    except FileNotFoundError:
        raise LoadError([Problem(message=message("load.not_found"), file=name)]) from None
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise LoadError([Problem(message=message("load.unreadable", reason=reason), file=name)]) from None
    return Read(parse(raw, file=name), name, name)


@attrs.define
class _Chain:
    """The layers resolved so far, base first, and the files they came from."""

    layers: list[Layer] = attrs.field(factory=list)
    files: dict[str, Parsed] = attrs.field(factory=dict)
    state: State | None = None


def _place(chain: _Chain, problem: Problem, where: Where) -> Problem:
    parsed = chain.files.get(where.file or "")
    mark = parsed.locate(where.path) if parsed is not None else None
    line, column = mark if mark is not None else (None, None)
    return attrs.evolve(problem, path=where.path, file=where.file, line=line, column=column)


def _parent(read: Read, adaptation: Adaptation, seen: tuple[str, ...]) -> Read:
    ref = adaptation.based_on
    at = Where(adaptation.id, read.file, ("based_on",))
    if ref.path is not None:
        name = os.path.normpath(Path(read.file).parent / ref.path) if read.source == read.file else ref.path
        parent = read_path(name)
    elif ref.id in bundled_ids():
        parent = read_bundled(ref.id)
    else:
        known = ", ".join(bundled_ids())
        raise LoadError([_place(_Chain(files={read.file: read.parsed}), _msg("adapt.unknown_parent", id=ref.id,
                                                                              known=known), at.under("id"))])
    if parent.source in seen:
        chain = " -> ".join((*seen, parent.source))
        raise LoadError([_place(_Chain(files={read.file: read.parsed}), _msg("adapt.cycle", chain=chain), at)])
    return parent


def _msg(key: str, /, **params: object) -> Problem:
    return Problem(message=message(key, **params))


def _resolve(read: Read, seen: tuple[str, ...]) -> _Chain:
    data = read.parsed.data
    if not isinstance(data, Mapping) or "based_on" not in data:
        chain = _Chain(files={read.file: read.parsed})
        ident = str(data.get("id", read.source)) if isinstance(data, Mapping) else read.source
        chain.layers.append(Layer(id=ident, version=str(data.get("version", "")), source=read.source)
                            if isinstance(data, Mapping) else Layer(id=ident, version="", source=read.source))
        tree_data = dict(data) if isinstance(data, Mapping) else {}
        chain.state = State(tree=Tree(_copy(tree_data), Where(ident, read.file)), root=Methodology)
        raw_locks = data.get("locked") if isinstance(data, Mapping) else None
        if raw_locks:
            locks = structure(raw_locks, tuple[Lock, ...], parsed=None, file=read.file)
            lock_all(chain.state, locks, ident)
        return chain
    if len(seen) >= MAX_LAYERS:
        raise LoadError([Problem(message=message("adapt.cycle", chain=" -> ".join(seen)), file=read.file)])
    adaptation = structure(data, Adaptation, parsed=read.parsed, file=read.file)
    parent_read = _parent(read, adaptation, (*seen, read.source))
    chain = _resolve(parent_read, (*seen, read.source))
    chain.files[read.file] = read.parsed
    _check_parent(chain, read, adaptation)
    state = chain.state
    assert state is not None  # noqa: S101 -- set by every branch above
    problems: list[Problem] = []
    raw_changes = data.get("changes") or []
    assert isinstance(raw_changes, list)  # noqa: S101 -- the Adaptation above was built from it
    for index, (change, raw) in enumerate(zip(adaptation.changes, raw_changes, strict=True)):
        where = Where(adaptation.id, read.file, ("changes", index))
        edit = Edit(change=change, value=raw.get("value"), provenance=raw["provenance"], where=where)
        problems += [_place(chain, p, Where(adaptation.id, read.file, p.path)) for p in apply(state, edit)]
    if problems:
        raise LoadError(problems)
    apply_header(state, dict(data), Where(adaptation.id, read.file))
    lock_all(state, adaptation.locked, adaptation.id)
    chain.layers.append(Layer(id=adaptation.id, version=adaptation.version, source=read.source))
    return chain


def _check_parent(chain: _Chain, read: Read, adaptation: Adaptation) -> None:
    parent = chain.layers[-1]
    ref = adaptation.based_on
    at = Where(adaptation.id, read.file, ("based_on",))
    if ref.id != parent.id:
        raise LoadError([_place(chain, _msg("adapt.parent_id", path=parent.source, found=parent.id, id=ref.id),
                                at.under("id"))])
    if ref.version is not None and ref.version != parent.version:
        msg = _msg("adapt.parent_version", id=ref.id, wanted=ref.version, found=parent.version)
        raise LoadError([_place(chain, msg, at.under("version"))])
    if adaptation.id in {layer.id for layer in chain.layers}:
        raise LoadError([_place(chain, _msg("adapt.duplicate_layer", id=adaptation.id), Where("", read.file, ("id",)))])


def _copy(data: object) -> dict[str, object]:
    copied = unshared(data)
    assert isinstance(copied, dict)  # noqa: S101 -- called on a mapping
    return copied


def resolve(read: Read) -> Methodology:
    """
    The methodology *read* holds, resolving its chain of layers when it is an adaptation.

    Raises:
        LoadError: every problem, each placed in the file (and line) that wrote it.
    """
    data = read.parsed.data
    if not isinstance(data, Mapping) or "based_on" not in data:
        methodology = structure(data, Methodology, parsed=read.parsed, file=read.file)
        return methodology
    chain = _resolve(read, ())
    state = chain.state
    assert state is not None  # noqa: S101 -- always set
    try:
        methodology = structure(state.tree.data, Methodology)
    except LoadError as err:
        raise LoadError([_relocate(chain, state, p) for p in err.problems]) from None
    return attrs.evolve(methodology, layers=tuple(chain.layers), origins=state.set_by)


def _relocate(chain: _Chain, state: State, problem: Problem) -> Problem:
    """A problem of the resolved data, shown where it was written (or at the change that removed what it names)."""
    if problem.message.key == "ref.unknown":
        removed = where_removed(state, problem.message.params.get("id"))
        if removed is not None:
            from sce_method._core import format_path  # noqa: PLC0415 -- only for this message

            msg = _msg("adapt.removed_still_used", key=problem.message.params.get("id"),
                       path=format_path(problem.path))
            return _place(chain, msg, removed.under("path"))
    where = state.tree.locate(problem.path)
    return _place(chain, problem, where) if where is not None else problem
