"""
Graduation criteria as data: leaf kinds and the combinators that join them.

Criteria are declarative (no Python closures), so that one definition can be
evaluated here, explained to people, and later compiled to other engines. Each
has an ``id`` (what ``Decision.unmet`` lists), an optional ``label``, and a
provenance; its thresholds are rule values that need their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final, TypeAlias

import attrs

from sce_method._core import (
    Message,
    Problem,
    Sourced,
    Text,
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


def describe(criterion: Criterion) -> Message:  # noqa: C901, PLR0911 -- one message per criterion kind
    """
    What *criterion* asks for, in words (its id first), as a catalog message.

    >>> from sce_method import Provenance
    >>> c = TotalHours(
    ...     id="horas", hours=40, provenance=Provenance.assume("x"), field_provenance={"hours": Provenance.assume("x")}
    ... )
    >>> describe(c).render("en")
    'horas: at least 40 h in all'
    """
    c, ident = criterion, criterion.id
    if isinstance(c, ModuleCompleted):
        return message("graduation.describe.module_completed", id=ident, module=c.module, share=c.share)
    if isinstance(c, CompleteOffer):
        return message("graduation.describe.complete_offer", id=ident, share=c.share)
    if isinstance(c, ModuleHours):
        return message("graduation.describe.module_hours", id=ident, module=c.module, hours=c.hours)
    if isinstance(c, TotalHours):
        return message("graduation.describe.total_hours", id=ident, hours=c.hours)
    if isinstance(c, AttendanceRate):
        return message("graduation.describe.attendance_rate", id=ident, rate=c.rate)
    if isinstance(c, InstrumentSubmitted):
        return message("graduation.describe.instrument_submitted", id=ident, instrument=survey_name(c.instrument))
    if isinstance(c, FollowUpRecorded):
        return message("graduation.describe.follow_up_recorded", id=ident, count=c.count)
    if isinstance(c, MentoringSessions):
        return message("graduation.describe.mentoring_sessions", id=ident, count=c.count)
    if isinstance(c, AllOf):
        return message("graduation.describe.all_of", id=ident)
    if isinstance(c, AnyOf):
        return message("graduation.describe.any_of", id=ident)
    return message("graduation.describe.at_least", id=ident, n=c.n)


_SURVEYS: Final = {
    "entrada": "graduation.survey.entrada",
    "salida": "graduation.survey.salida",
    "postgraduacion": "graduation.survey.postgraduacion",
    "seguimiento": "graduation.survey.seguimiento",
}
"""The names of the bundled instruments' surveys, by their stable ids (DESIGN.md)."""


def survey_name(instrument_id: str) -> Message:
    """
    What people call the survey of an instrument: its name when bundled, else the survey with its id.

    >>> survey_name("salida").render("es"), survey_name("salida-2025").render("en")
    ('encuesta de salida', 'salida-2025 survey')
    """
    if instrument_id in _SURVEYS:
        return message(_SURVEYS[instrument_id])
    return message("graduation.survey.other", id=instrument_id)
