"""
How a figure of the report is counted from a cohort folder's records: a computation, as data.

A row of the results framework (an indicator) or a figure the report gives
may declare its ``computation``: a kind (``participants``, ``graduations``,
...) and its parameters (centres, a period, statuses, a staff training). They
are data, not Python closures, so that the same definition can be explained
to people, checked when the methodology loads and later compiled to another
engine. Each carries its provenance: the way of counting is an assumption
unless the source says it, and each parameter (a period, the centres) has its
own entry, as any rule value does.

`count` (``_count.py``) applies one to a cohort.
"""

from __future__ import annotations

from typing import Final, TypeAlias

import attrs
import pendulum

from sce_method._core import Lang, Message, Problem, Sourced, label, message, rule_value, slug, sourced_order
from sce_method.graduation import Status
from sce_method.participants import StaffRole

RECORD_LISTS: Final = ("attendance", "completions", "instruments", "follow_up")
"""The lists a participant may be required to have a record in, within the period (``with_records``)."""


def _slugs(_instance: object, attribute: attrs.Attribute[tuple[str, ...]], values: tuple[str, ...]) -> None:
    for value in values:
        slug(_instance, attribute, value)


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class _Computation(Sourced):
    """What every computation has: the centres it counts at (none: every centre), and its provenance."""

    centres: tuple[str, ...] = attrs.field(default=(), validator=_slugs, metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class _Period(_Computation):
    """A computation over a period: the records dated from *starts_on* to *ends_on*, both included."""

    starts_on: pendulum.Date | None = attrs.field(default=None, metadata=rule_value())
    """None: from the first record."""
    ends_on: pendulum.Date | None = attrs.field(default=None, metadata=rule_value())
    """None: to the evaluation date."""

    def _problems(self) -> list[Problem]:
        if self.starts_on is not None and self.ends_on is not None and self.ends_on < self.starts_on:
            return [Problem(path=("ends_on",), message=message("results.period_order"))]
        return []


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class CountParticipants(_Period):
    """
    Participants in the period: enrolled by its end, not withdrawn before its start, whose cohort ran in it.

    *statuses* keeps only those whose status at the period's end is one of
    them (a graduate, say); *with_records* only those with a record of each
    list named dated within the period (``follow_up``: a follow-up format).
    """

    statuses: tuple[Status, ...] = attrs.field(default=(), metadata=rule_value())
    with_records: tuple[str, ...] = attrs.field(
        default=(), validator=attrs.validators.deep_iterable(attrs.validators.in_(RECORD_LISTS)), metadata=rule_value()
    )


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class CountGraduations(_Period):
    """Graduations recorded (graduations.csv) on a day of the period; *events*: recognised at one of them."""

    events: tuple[str, ...] = attrs.field(default=(), metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class CountStaff(_Computation):
    """The people of staff.csv with one of *roles* (none: any role)."""

    roles: tuple[StaffRole, ...] = attrs.field(default=(), metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class CountCertified(_Period):
    """
    The people of staff.csv whose hours of *training* reached its hours within the period: a certificate due.

    *roles* (none: any) and the centres restrict who is counted.
    """

    training: str = attrs.field(validator=slug, metadata=rule_value())
    roles: tuple[StaffRole, ...] = attrs.field(default=(), metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class SumTrainingHours(_Period):
    """
    The hours of *training* given in the period: each session day counted once, with the most hours recorded that day.

    Several people take one session: their rows share its day, and the
    session's hours are not added once per person.
    """

    training: str = attrs.field(validator=slug, metadata=rule_value())


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class CountMentors(_Period):
    """The participants mentors.csv says were trained as mentors within the period."""


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class CountCentres(_Period):
    """
    The centres with a participant in the period (see `CountParticipants`).

    With *new_since*, only those that had none whose cohort started (or who
    enrolled, without cohort dates) before that day: centres that began then.
    """

    new_since: pendulum.Date | None = attrs.field(default=None, metadata=rule_value())


Computation: TypeAlias = (
    CountParticipants | CountGraduations | CountStaff | CountCertified | SumTrainingHours | CountMentors | CountCentres
)
"""Any way of counting a figure from a cohort folder."""

COMPUTATION_KINDS: Final[dict[str, type[Computation]]] = {
    "participants": CountParticipants,
    "graduations": CountGraduations,
    "staff": CountStaff,
    "staff_certified": CountCertified,
    "training_hours": SumTrainingHours,
    "mentors_trained": CountMentors,
    "centres_implementing": CountCentres,
}
"""The ``kind`` each computation class is written as in YAML."""

_KIND_OF: Final = {cls: kind for kind, cls in COMPUTATION_KINDS.items()}


def computation_kind(computation: Computation) -> str:
    """The YAML ``kind`` of *computation*."""
    return _KIND_OF[type(computation)]


def lists_needed(computation: Computation) -> tuple[str, ...]:  # noqa: PLR0911 -- one answer per kind
    """
    The lists of the cohort folder the computation reads beyond participants.csv (always there).

    A list that is absent makes the figure unknown, not zero.
    """
    c = computation
    if isinstance(c, CountParticipants):
        wanted = ("graduations",) if Status.GRADUATED in c.statuses else ()
        return (*wanted, *c.with_records)
    if isinstance(c, CountGraduations):
        return ("graduations",)
    if isinstance(c, CountStaff):
        return ("staff",)
    if isinstance(c, CountCertified):
        return ("staff", "staff_training")
    if isinstance(c, SumTrainingHours):
        return ("staff_training",)
    if isinstance(c, CountMentors):
        return ("mentors",)
    return ()


def describe(computation: Computation) -> Message:  # noqa: PLR0911 -- one message per kind
    """What *computation* counts, in words."""
    c = computation
    centres = ", ".join(c.centres) or "*"
    period = _span(c) if isinstance(c, _Period) else None
    if isinstance(c, CountParticipants):
        statuses = _Labels(c.statuses)
        return message("results.computation.participants", centres=centres, period=period, statuses=statuses,
                       records=", ".join(c.with_records) or "-")  # fmt: skip
    if isinstance(c, CountGraduations):
        events = ", ".join(c.events) or "*"
        return message("results.computation.graduations", centres=centres, period=period, events=events)
    if isinstance(c, CountStaff):
        return message("results.computation.staff", centres=centres, roles=_roles(c.roles))
    if isinstance(c, CountCertified):
        return message("results.computation.staff_certified", centres=centres, period=period,
                       training=c.training, roles=_roles(c.roles))  # fmt: skip
    if isinstance(c, SumTrainingHours):
        return message("results.computation.training_hours", period=period, training=c.training)
    if isinstance(c, CountMentors):
        return message("results.computation.mentors_trained", centres=centres, period=period)
    new = "-" if c.new_since is None else c.new_since.isoformat()
    return message("results.computation.centres_implementing", centres=centres, period=period, new_since=new)


def _roles(roles: tuple[StaffRole, ...]) -> _Labels:
    return _Labels(roles)


@attrs.frozen
class _Labels:
    """Statuses or roles by their labels, in the language asked for (a message parameter); ``*`` for none."""

    values: tuple[Status | StaffRole, ...]

    def show(self, lang: Lang) -> str:
        """The labels in *lang*, comma separated."""
        return ", ".join(label(v, lang) for v in self.values) or "*"


def _span(computation: _Period) -> str:
    """The period as ``2024-06-03..2024-11-30``, ``..`` alone at an open end."""
    start, end = computation.starts_on, computation.ends_on
    return f"{'' if start is None else start.isoformat()}..{'' if end is None else end.isoformat()}"
