"""
Hand-built graduation rules and participant records for the graduation tests.

Criteria are built with an assumption as their provenance and another as the
provenance of each rule value (`ASSUMED`, `THRESHOLD`), so that a result that
carries the wrong one shows; a rule set is in force from a date on a third
(`IN_FORCE`). `with_rule` puts a rule into the bundled methodology, whose five
modules of 12 h each the rules refer to.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs
import pendulum

import sce_method
from sce_method import Dated, DatedValue, Provenance, Text, as_date
from sce_method.graduation import (
    AllOf,
    AnyOf,
    AtLeast,
    AttendanceRate,
    CompleteOffer,
    Criterion,
    FollowUpRecorded,
    Graduation,
    InstrumentSubmitted,
    MentoringSessions,
    ModuleCompleted,
    ModuleHours,
    RuleException,
    RuleSet,
    TotalHours,
)
from sce_method.methodology import Methodology
from sce_method.participants import (
    Attendance,
    CohortPeriod,
    Completion,
    Enrollment,
    FollowUp,
    InstrumentSubmission,
    MentoringEntry,
    Participant,
    ParticipantRecord,
)

D = pendulum.Date
AS_OF: Final = D(2024, 10, 17)
"""The evaluation date used throughout."""

SESSION_DAY: Final = D(2024, 7, 1)
"""The day `record` puts its rows on unless told otherwise."""

ASSUMED: Final = Provenance.assume("Supuesto de prueba.", "Test assumption.")
"""The provenance of every criterion, rule set and exception built here."""

THRESHOLD: Final = Provenance.assume("Umbral de prueba.", "Test threshold.")
"""The provenance of every rule value (share, hours, rate, count, n) of the criteria built here."""

IN_FORCE: Final = Provenance.assume("Fecha supuesta.", "Assumed date.")
"""The provenance of the date each rule set built here is in force from."""

MODULES: Final = (
    "alfabetizacion-digital",
    "desarrollo-humano",
    "educacion-financiera",
    "formacion-para-el-empleo",
    "habilidades-para-el-emprendimiento",
)
"""The bundled methodology's modules, in order; each has 12 h."""


def module_completed(
    ident: str = "modulo", module: str = "educacion-financiera", share: float = 0.8
) -> ModuleCompleted:
    """At least *share* of *module*'s hours, or a completion record."""
    return ModuleCompleted(
        id=ident, module=module, share=share, provenance=ASSUMED, field_provenance={"share": THRESHOLD}
    )


def complete_offer(ident: str = "oferta", share: float = 0.8) -> CompleteOffer:
    """Every module of the complete offer completed."""
    return CompleteOffer(id=ident, share=share, provenance=ASSUMED, field_provenance={"share": THRESHOLD})


def module_hours(ident: str = "horas-modulo", module: str = "educacion-financiera", hours: float = 6) -> ModuleHours:
    """At least *hours* of *module*."""
    return ModuleHours(id=ident, module=module, hours=hours, provenance=ASSUMED, field_provenance={"hours": THRESHOLD})


def total_hours(ident: str = "horas", hours: float = 40) -> TotalHours:
    """At least *hours* in all."""
    return TotalHours(id=ident, hours=hours, provenance=ASSUMED, field_provenance={"hours": THRESHOLD})


def attendance_rate(ident: str = "asistencia", rate: float = 0.8) -> AttendanceRate:
    """Attended / offered hours of the complete offer at least *rate*."""
    return AttendanceRate(id=ident, rate=rate, provenance=ASSUMED, field_provenance={"rate": THRESHOLD})


def instrument(ident: str = "salida", which: str = "salida") -> InstrumentSubmitted:
    """The survey *which* answered."""
    return InstrumentSubmitted(id=ident, instrument=which, provenance=ASSUMED)


def follow_up(ident: str = "seguimiento", count: int = 1) -> FollowUpRecorded:
    """At least *count* follow-up records."""
    return FollowUpRecorded(id=ident, count=count, provenance=ASSUMED, field_provenance={"count": THRESHOLD})


def mentoring(ident: str = "mentoria", count: int = 2) -> MentoringSessions:
    """At least *count* mentoring sessions received."""
    return MentoringSessions(id=ident, count=count, provenance=ASSUMED, field_provenance={"count": THRESHOLD})


def all_of(ident: str, *criteria: Criterion, label: str | None = None) -> AllOf:
    """Every one of *criteria*."""
    return AllOf(id=ident, criteria=criteria, label=None if label is None else Text(es=label), provenance=ASSUMED)


def any_of(ident: str, *criteria: Criterion) -> AnyOf:
    """Any one of *criteria*."""
    return AnyOf(id=ident, criteria=criteria, provenance=ASSUMED)


def at_least(ident: str, n: int, *criteria: Criterion) -> AtLeast:
    """At least *n* of *criteria*."""
    return AtLeast(id=ident, n=n, criteria=criteria, provenance=ASSUMED, field_provenance={"n": THRESHOLD})


def rule_set(rule: Criterion, *exceptions: RuleException, ident: str = "reglas-prueba") -> RuleSet:
    """A rule set of one rule and its exceptions."""
    return RuleSet(id=ident, title=Text(es="Reglas de prueba", en="Test rules"), rule=rule, exceptions=exceptions,
                   provenance=ASSUMED)  # fmt: skip


def graduation(*entries: tuple[str, RuleSet]) -> Graduation:
    """Rule sets in force from their dates."""
    dated = Dated(entries=tuple(DatedValue(effective=as_date(day), value=rs, provenance=IN_FORCE)
                                for day, rs in entries))  # fmt: skip
    return Graduation(rule_sets=dated, provenance=ASSUMED)


@functools.cache
def bundled() -> Methodology:
    """The bundled methodology."""
    return sce_method.load()


def with_rule(rule: Criterion | RuleSet, effective: str = "2020-01-01") -> Methodology:
    """The bundled methodology with *rule* (or a whole rule set) as its only graduation rule."""
    rules = rule if isinstance(rule, RuleSet) else rule_set(rule)
    return attrs.evolve(bundled(), graduation=graduation((effective, rules)))


def record(  # noqa: PLR0913 -- one keyword per list of the cohort folder
    hours: Mapping[str, float] | None = None,
    *,
    pid: str = "P1",
    centre: str = "crea",
    cohort: str = "crea-2024-1",
    on: pendulum.Date = SESSION_DAY,
    completed: Iterable[str] = (),
    submitted: Iterable[str] = (),
    follow_ups: int = 0,
    mentoring_sessions: int = 0,
    period: tuple[pendulum.Date, pendulum.Date] | None = None,
    withdrawn_on: pendulum.Date | None = None,
) -> ParticipantRecord:
    """A participant's record: *hours* per module on *on*, and that many other records on *on*."""
    return ParticipantRecord(
        participant=Participant(
            id=pid,
            centre_id=centre,
            cohort_id=cohort,
            enrollment=Enrollment(enrolled_on=D(2020, 1, 1), withdrawn_on=withdrawn_on),
        ),
        period=None
        if period is None
        else CohortPeriod(id=cohort, centre_id=centre, starts_on=period[0], ends_on=period[1]),
        attendance=tuple(
            Attendance(participant_id=pid, module_id=m, session_date=on, hours=h) for m, h in (hours or {}).items()
        ),
        completions=tuple(Completion(participant_id=pid, course_id=c, completed_on=on) for c in completed),
        submissions=tuple(
            InstrumentSubmission(participant_id=pid, instrument_id=i, submitted_on=on) for i in submitted
        ),
        follow_ups=tuple(FollowUp(participant_id=pid, recorded_on=on) for _ in range(follow_ups)),
        mentoring=tuple(
            MentoringEntry(mentor_id="M1", mentee_id=pid, session_date=on.add(days=i), hours=1)
            for i in range(mentoring_sessions)
        ),
    )


def full(**changes: Any) -> ParticipantRecord:
    """A record that meets the bundled 2022 rule: 10 h of each module, both surveys, one follow-up."""
    fields: dict[str, Any] = {
        "hours": dict.fromkeys(MODULES, 10.0),
        "submitted": ("entrada", "salida"),
        "follow_ups": 1,
    }
    return record(**(fields | changes))
