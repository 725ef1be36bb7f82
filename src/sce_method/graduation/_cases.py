"""
Institution-written test cases for the graduation rules, OpenFisca-style.

A case names a date, one participant's data written inline, and the expected
status and unmet criteria. `run_cases` evaluates each and says what differed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

import attrs
import pendulum

from sce_method._core import DEFAULT_LANG, Lang, Message, message, non_negative, not_empty
from sce_method.graduation._decision import Decision, Status
from sce_method.graduation._evaluate import HasGraduation, evaluate
from sce_method.participants import (
    Attendance,
    CohortPeriod,
    Completion,
    Enrollment,
    FollowUp,
    GraduationRecord,
    InstrumentSubmission,
    MentoringEntry,
    Participant,
    ParticipantRecord,
    Vocabulary,
)


@attrs.frozen(kw_only=True)
class CaseParticipant:
    """The participant of a case: her centre, cohort and enrolment."""

    id: str = "caso"
    centre_id: str
    cohort_id: str = "caso"
    enrolled_on: pendulum.Date
    withdrawn_on: pendulum.Date | None = None


@attrs.frozen(kw_only=True)
class CasePeriod:
    """The dates of the case's cohort."""

    starts_on: pendulum.Date
    ends_on: pendulum.Date


@attrs.frozen(kw_only=True)
class CaseAttendance:
    """Hours attended of a module on a date."""

    module_id: str
    session_date: pendulum.Date
    hours: float = attrs.field(validator=non_negative)


@attrs.frozen(kw_only=True)
class CaseCompletion:
    """A completion record."""

    course_id: str
    completed_on: pendulum.Date


@attrs.frozen(kw_only=True)
class CaseSubmission:
    """A survey answered."""

    instrument_id: str
    submitted_on: pendulum.Date


@attrs.frozen(kw_only=True)
class CaseFollowUp:
    """A follow-up record."""

    recorded_on: pendulum.Date
    kind: str | None = None


@attrs.frozen(kw_only=True)
class CaseMentoring:
    """A mentoring session received."""

    mentor_id: str
    session_date: pendulum.Date
    hours: float = attrs.field(validator=non_negative)


@attrs.frozen(kw_only=True)
class CaseGraduation:
    """Her graduation, as graduations.csv would record it."""

    graduated_on: pendulum.Date
    event_id: str | None = None


@attrs.frozen(kw_only=True)
class Expectation:
    """What the case expects: a status, and (when given) exactly these unmet criteria."""

    status: Status
    unmet: tuple[str, ...] | None = None


@attrs.frozen(kw_only=True)
class Case:
    """One test case: a name, a date, one participant's data, what is expected."""

    name: str = attrs.field(validator=not_empty)
    as_of: pendulum.Date
    participant: CaseParticipant
    period: CasePeriod | None = None
    attendance: tuple[CaseAttendance, ...] = ()
    completions: tuple[CaseCompletion, ...] = ()
    instruments: tuple[CaseSubmission, ...] = ()
    follow_up: tuple[CaseFollowUp, ...] = ()
    mentoring: tuple[CaseMentoring, ...] = ()
    graduation: CaseGraduation | None = None
    expect: Expectation

    def record(self) -> ParticipantRecord:
        """The case's data as a `ParticipantRecord`."""
        p = self.participant
        pid = p.id
        return ParticipantRecord(
            participant=Participant(
                id=pid,
                centre_id=p.centre_id,
                cohort_id=p.cohort_id,
                enrollment=Enrollment(enrolled_on=p.enrolled_on, withdrawn_on=p.withdrawn_on),
            ),
            period=None
            if self.period is None
            else CohortPeriod(
                id=p.cohort_id, centre_id=p.centre_id, starts_on=self.period.starts_on, ends_on=self.period.ends_on
            ),
            attendance=tuple(
                Attendance(participant_id=pid, module_id=a.module_id, session_date=a.session_date, hours=a.hours)
                for a in self.attendance
            ),
            completions=tuple(
                Completion(participant_id=pid, course_id=c.course_id, completed_on=c.completed_on)
                for c in self.completions
            ),
            submissions=tuple(
                InstrumentSubmission(participant_id=pid, instrument_id=s.instrument_id, submitted_on=s.submitted_on)
                for s in self.instruments
            ),
            follow_ups=tuple(
                FollowUp(participant_id=pid, recorded_on=f.recorded_on, kind=f.kind) for f in self.follow_up
            ),
            mentoring=tuple(
                MentoringEntry(mentor_id=m.mentor_id, mentee_id=pid, session_date=m.session_date, hours=m.hours)
                for m in self.mentoring
            ),
            graduation=None
            if self.graduation is None
            else GraduationRecord(
                participant_id=pid, graduated_on=self.graduation.graduated_on, event_id=self.graduation.event_id
            ),
        )


@attrs.frozen(kw_only=True)
class CaseFile:
    """A file of cases, optionally naming the methodology they are for."""

    methodology: str | None = None
    cases: tuple[Case, ...] = attrs.field(validator=not_empty)


@attrs.frozen(kw_only=True)
class CaseOutcome:
    """How one case came out: passed, or what differed."""

    case: Case
    decision: Decision
    differences: tuple[Message, ...]

    @property
    def passed(self) -> bool:
        """Whether the decision matched the expectation."""
        return not self.differences

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        """One line for a passed case; the differences below it for a failed one."""
        lines = [
            message(
                "graduation.cases.passed" if self.passed else "graduation.cases.failed", name=self.case.name
            ).render(lang)
        ]
        lines += [f"    {d.render(lang)}" for d in self.differences]
        return "\n".join(lines)


class CaseMethodology(HasGraduation, Vocabulary, Protocol):
    """What cases run against: graduation rules and the ids a record may use (a `Methodology`)."""


def unknown_ids(case: Case, vocabulary: Vocabulary) -> list[Message]:
    """A message for each id in *case* that the methodology does not know: a typo would count as nothing."""
    centre, module, course = (
        message("participants.kind.centre"),
        message("core.kind.module"),
        message("core.kind.course"),
    )
    instrument = message("participants.kind.instrument")
    found: list[tuple[Message, Collection[str], str, str]] = [
        (centre, vocabulary.centre_ids, case.participant.centre_id, "participant.centre_id")
    ]
    found += [
        (module, vocabulary.module_ids, a.module_id, f"attendance[{i}].module_id")
        for i, a in enumerate(case.attendance)
    ]
    found += [
        (course, vocabulary.course_ids, c.course_id, f"completions[{i}].course_id")
        for i, c in enumerate(case.completions)
    ]
    found += [
        (instrument, vocabulary.instrument_ids, s.instrument_id, f"instruments[{i}].instrument_id")
        for i, s in enumerate(case.instruments)
    ]
    return [
        message("graduation.cases.unknown_id", kind=kind, id=ident, place=place)
        for kind, known, ident, place in found
        if ident not in known
    ]


def run_case(methodology: CaseMethodology, case: Case) -> CaseOutcome:
    """Evaluate one case and compare the decision with what it expects (and check its ids)."""
    decision = evaluate(methodology, case.record(), case.as_of)
    differences: list[Message] = unknown_ids(case, methodology)
    if decision.status is not case.expect.status:
        differences.append(
            message("graduation.cases.status", expected=case.expect.status.value, found=decision.status.value)
        )
    if case.expect.unmet is not None and tuple(case.expect.unmet) != decision.unmet:
        differences.append(
            message(
                "graduation.cases.unmet",
                expected=";".join(case.expect.unmet) or "-",
                found=";".join(decision.unmet) or "-",
            )
        )
    return CaseOutcome(case=case, decision=decision, differences=tuple(differences))


def run_cases(methodology: CaseMethodology, cases: Sequence[Case]) -> tuple[CaseOutcome, ...]:
    """Run every case, in order."""
    return tuple(run_case(methodology, case) for case in cases)
