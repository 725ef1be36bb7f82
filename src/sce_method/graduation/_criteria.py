"""
Graduation criteria as data: leaf kinds and the combinators that join them.

Criteria are declarative (no Python closures), so that one definition can be
evaluated here, explained to people, and later compiled to other engines. Each
has an ``id`` (what ``Decision.unmet`` lists), an optional ``label``, and a
provenance; its thresholds are rule values that need their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeAlias

import attrs

from sce_method._core import (
    Message,
    Problem,
    Sourced,
    Text,
    has_message,
    invariant,
    message,
    not_empty,
    positive,
    rule_value,
    slug,
    sourced_order,
)


def _share(_instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0 < value <= 1:
        raise invariant(attribute.name, message("graduation.share_range", value=value))


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class _Criterion(Sourced):
    """
    What every criterion has: an id, an optional label, and its provenance.

    The id is what ``Decision.unmet`` lists; thresholds need their own entry in
    ``field_provenance``.
    """

    id: str = attrs.field(validator=slug)
    label: Text | None = None


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class ModuleCompleted(_Criterion):
    """
    A module is completed.

    Attended hours are at least *share* of the module's hours, or a completion
    record names the module.
    """

    module: str = attrs.field(validator=slug)
    share: float = attrs.field(validator=_share, metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class CompleteOffer(_Criterion):
    """Every module of the complete formative offer is completed (see `ModuleCompleted`)."""

    share: float = attrs.field(validator=_share, metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class ModuleHours(_Criterion):
    """At least *hours* attended of one module."""

    module: str = attrs.field(validator=slug)
    hours: float = attrs.field(validator=positive, metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class TotalHours(_Criterion):
    """At least *hours* attended across all modules."""

    hours: float = attrs.field(validator=positive, metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class AttendanceRate(_Criterion):
    """Hours attended of the complete offer's modules / hours offered >= *rate*."""

    rate: float = attrs.field(validator=_share, metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class InstrumentSubmitted(_Criterion):
    """The participant answered the survey *instrument* (entrada, salida, ...)."""

    instrument: str = attrs.field(validator=slug)


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class FollowUpRecorded(_Criterion):
    """At least *count* records of individual follow-up."""

    count: int = attrs.field(default=1, validator=positive, metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class MentoringSessions(_Criterion):
    """At least *count* mentoring sessions received as a mentee."""

    count: int = attrs.field(validator=positive, metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class AllOf(_Criterion):
    """Every one of *criteria* holds."""

    criteria: tuple[Criterion, ...] = attrs.field(validator=not_empty)


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class AnyOf(_Criterion):
    """At least one of *criteria* holds."""

    criteria: tuple[Criterion, ...] = attrs.field(validator=not_empty)


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class AtLeast(_Criterion):
    """At least *n* of *criteria* hold."""

    n: int = attrs.field(validator=positive, metadata=rule_value())
    criteria: tuple[Criterion, ...] = attrs.field(validator=not_empty)

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.n > len(self.criteria):
            msg = message("graduation.at_least_unreachable", n=self.n, count=len(self.criteria))
            problems.append(Problem(path=("n",), message=msg))
        return problems


Leaf: TypeAlias = (
    ModuleCompleted
    | CompleteOffer
    | ModuleHours
    | TotalHours
    | AttendanceRate
    | InstrumentSubmitted
    | FollowUpRecorded
    | MentoringSessions
)
"""A criterion that looks at the participant's record."""

Combinator: TypeAlias = AllOf | AnyOf | AtLeast
"""A criterion made of other criteria."""

Criterion: TypeAlias = Leaf | Combinator
"""Any criterion."""

KINDS: dict[str, type[Criterion]] = {
    "module_completed": ModuleCompleted,
    "complete_offer": CompleteOffer,
    "module_hours": ModuleHours,
    "total_hours": TotalHours,
    "attendance_rate": AttendanceRate,
    "instrument_submitted": InstrumentSubmitted,
    "follow_up_recorded": FollowUpRecorded,
    "mentoring_sessions": MentoringSessions,
    "all_of": AllOf,
    "any_of": AnyOf,
    "at_least": AtLeast,
}
"""The ``kind`` each criterion class is written as in YAML."""

KIND_OF: dict[type[Criterion], str] = {cls: kind for kind, cls in KINDS.items()}


def kind_of(criterion: Criterion) -> str:
    """
    The YAML ``kind`` of *criterion*.

    >>> from sce_method import Provenance
    >>> kind_of(
    ...     TotalHours(
    ...         id="t", hours=40, provenance=Provenance.assume("x"), field_provenance={"hours": Provenance.assume("x")}
    ...     )
    ... )
    'total_hours'
    """
    return KIND_OF[type(criterion)]


def walk(criterion: Criterion, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Criterion]]:
    """Every criterion in the tree under *criterion* (itself first), with its path."""
    yield path, criterion
    if isinstance(criterion, AllOf | AnyOf | AtLeast):
        for index, child in enumerate(criterion.criteria):
            yield from walk(child, (*path, "criteria", index))


def describe(criterion: Criterion) -> Message:
    """
    What *criterion* asks for, in words (its id first), as a catalog message.

    >>> from sce_method import Provenance
    >>> c = TotalHours(
    ...     id="horas", hours=40, provenance=Provenance.assume("x"), field_provenance={"hours": Provenance.assume("x")}
    ... )
    >>> describe(c).render("en")
    'horas: at least 40 h in all'
    """
    params: dict[str, object] = {
        name: getattr(criterion, name)
        for name in ("module", "share", "hours", "rate", "instrument", "count", "n")
        if hasattr(criterion, name)
    }
    if isinstance(criterion, InstrumentSubmitted):
        key = f"instrument.{criterion.instrument}"
        params["instrument"] = message(key) if has_message(key) else criterion.instrument
    return message(f"graduation.describe.{kind_of(criterion)}", id=criterion.id, **params)
