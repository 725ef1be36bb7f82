"""
Adaptations: a methodology written as the changes a state or centre makes to another.

An adaptation file names its parent (`ParentRef`: a bundled id or a file) and
lists `Change` s, each with its own provenance; a methodology or adaptation
may `Lock` paths that later layers must not change. Resolving the chain gives
one immutable `Methodology` that remembers its `lineage` (the `Layer` s, base
first) and which layer set each value.
"""

from __future__ import annotations

import enum
from typing import Final

import attrs
import pendulum

from sce_method._core import (
    Document,
    InvariantError,
    Problem,
    Provenance,
    Sourced,
    Text,
    message,
    not_empty,
    raise_if,
    rule_value,
    slug,
    sourced_order,
    unique_ids,
)
from sce_method.methodology._paths import ChangePath


class ChangeOp(enum.Enum):
    """What a change does at its path."""

    SET = "set"
    """Give a field a value (a whole list or record included)."""
    ADD = "add"
    """Add an item to a list (with ``effective``, an entry to a dated history)."""
    REMOVE = "remove"
    """Remove the item a path names."""
    REPLACE = "replace"
    """Replace the item a path names with another of the same key."""


class _Absent(enum.Enum):
    ABSENT = "absent"


ABSENT: Final = _Absent.ABSENT
"""The `Change.value` of a change that gives none (a removal)."""


def _path_problems(path: str, field: str) -> list[Problem]:
    try:
        ChangePath.parse(path)
    except InvariantError as err:
        return [p.under(field) for p in err.problems]
    return []


@attrs.frozen(kw_only=True)
class Change:
    """
    One change an adaptation makes, and why.

    >>> c = Change(
    ...     op=ChangeOp.SET,
    ...     path="curriculum.modules[educacion-financiera].hours",
    ...     value=10,
    ...     provenance=Provenance.assume("Acuerdo del comité estatal.", "State committee decision."),
    ... )
    >>> str(c.target)
    'curriculum.modules[educacion-financiera].hours'
    """

    op: ChangeOp
    path: str
    value: object = ABSENT
    effective: pendulum.Date | None = None
    """With ``add`` on a dated history: when the new entry takes effect. With ``set``: change the value
    from this date on (the entry the path names is copied to a new entry in effect from this date)."""
    before: str | None = None
    """With ``add``: the key of the item the new one goes before (by default, at the end)."""
    provenance: Provenance

    def __attrs_post_init__(self) -> None:
        problems = _path_problems(self.path, "path")
        has_value = self.value is not ABSENT
        if self.op is ChangeOp.REMOVE and has_value:
            problems.append(Problem(path=("value",), message=message("methodology.adapt.value_with_remove")))
        if self.op is not ChangeOp.REMOVE and not has_value:
            problems.append(
                Problem(path=("value",), message=message("methodology.adapt.value_missing", op=self.op.value))
            )
        if self.effective is not None and self.op not in (ChangeOp.SET, ChangeOp.ADD):
            problems.append(Problem(path=("effective",), message=message("methodology.adapt.effective_not_allowed")))
        if self.before is not None and self.op is not ChangeOp.ADD:
            problems.append(Problem(path=("before",), message=message("methodology.adapt.before_not_allowed")))
        raise_if(problems)

    @property
    def target(self) -> ChangePath:
        """The parsed path."""
        return ChangePath.parse(self.path)


@attrs.frozen(kw_only=True)
class Lock:
    """
    A path later layers must not change, the reason, and where that reason comes from.

    A lock covers its path and everything under it; ``[*]`` covers every item
    of a list. A lock on an entry of a dated history also holds for entries
    derived from it later (see ``docs/adapting.md``).
    """

    path: str
    reason: Text
    provenance: Provenance

    def __attrs_post_init__(self) -> None:
        raise_if(_path_problems(self.path, "path"))

    @property
    def target(self) -> ChangePath:
        """The parsed path."""
        return ChangePath.parse(self.path)


@attrs.frozen(kw_only=True)
class ParentRef:
    """The methodology an adaptation is based on: a bundled one by id, or a file (relative to the adaptation)."""

    id: str = attrs.field(validator=slug)
    version: str | None = None
    """The parent's version the adaptation was written against; a different one is refused."""
    path: str | None = None


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Adaptation(Sourced):
    """
    An adaptation file: its own header, its parent, its changes and its locks.

    The header (id, version, title, description, valid_from, provenance)
    replaces the parent's; documents are added to the parent's.
    """

    id: str = attrs.field(validator=slug)
    version: str = attrs.field(validator=not_empty)
    title: Text
    description: Text | None = None
    valid_from: pendulum.Date | None = attrs.field(default=None, metadata=rule_value())
    based_on: ParentRef
    documents: tuple[Document, ...] = ()
    changes: tuple[Change, ...] = ()
    locked: tuple[Lock, ...] = ()

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        problems += unique_ids(self.documents, field="documents")
        return problems


@attrs.frozen(kw_only=True)
class Layer:
    """One layer of a resolved methodology's lineage: its id, version, and where it was read from."""

    id: str
    version: str
    source: str
    """A bundled methodology's id, or the file's path."""

    def __str__(self) -> str:
        return f"{self.id} {self.version}"
