"""
Explicit Hypothesis strategies for participant records (`sce_method.participants`).

Every strategy builds objects that satisfy their class's invariants by
construction (``st.from_type`` would ignore the validators): hours are
non-negative, a withdrawal falls on or after the enrolment, a cohort ends on or
after it starts, and every row of a record names the record's participant.
Ids come from the bundled methodology (its modules, courses, centres and
instruments), as `read_cohort` would have checked them; dates fall around the
example cohort's 2024 run, some after its evaluation date (2024-10-17).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

import attrs
import pendulum
from hypothesis import strategies as st

import sce_method
from sce_method import as_date
from sce_method.monitoring import INSTRUMENT_IDS
from sce_method.participants import (
    Attendance,
    CohortPeriod,
    Completion,
    CompletionSource,
    Enrollment,
    FollowUp,
    InstrumentSubmission,
    MentoringEntry,
    Participant,
    ParticipantRecord,
)

PID: Final = "P1"
"""The id of every generated participant (a record is about one)."""

MAX_ROWS: Final = 8
"""The most rows of one kind a generated record holds."""

FIRST_DAY: Final = dt.date(2024, 1, 1)
LAST_DAY: Final = dt.date(2025, 3, 31)

HOURS: Final = (0.0, 0.5, 1.0, 2.0, 2.5, 4.0, 6.0, 9.5, 9.6, 10.0, 12.0)
"""Hours that sit on and around the bundled thresholds (80 % of 12 h is 9.6 h)."""


@functools.cache
def _methodology() -> sce_method.Methodology:
    return sce_method.load()


def dates(min_value: dt.date = FIRST_DAY, max_value: dt.date = LAST_DAY) -> st.SearchStrategy[pendulum.Date]:
    """Calendar days as `pendulum.Date`."""
    return st.dates(min_value=min_value, max_value=max_value).map(as_date)


@functools.cache
def hours() -> st.SearchStrategy[float]:
    """Hours of one session: on a threshold, or any finite non-negative number up to 12."""
    return st.sampled_from(HOURS) | st.floats(min_value=0, max_value=12, allow_nan=False, allow_infinity=False)


@functools.cache
def module_ids() -> st.SearchStrategy[str]:
    """A module of the bundled curriculum."""
    return st.sampled_from(_methodology().module_ids)


@functools.cache
def course_ids() -> st.SearchStrategy[str]:
    """What a completion may name: a module or a course of the bundled curriculum."""
    return st.sampled_from(sorted(_methodology().course_ids))


@functools.cache
def centre_ids() -> st.SearchStrategy[str]:
    """A centre of the bundled methodology."""
    return st.sampled_from(_methodology().centre_ids)


def attendance(pid: str = PID) -> st.SearchStrategy[Attendance]:
    """Hours of a module on a day."""
    return st.builds(
        Attendance,
        participant_id=st.just(pid),
        module_id=module_ids(),
        session_date=dates(),
        hours=hours(),
        mode=st.none() | st.sampled_from(["presencial", "en-linea", "mixta"]),
    )


def completions(pid: str = PID) -> st.SearchStrategy[Completion]:
    """A completion record of a module or course."""
    return st.builds(
        Completion,
        participant_id=st.just(pid),
        course_id=course_ids(),
        completed_on=dates(),
        source=st.none() | st.sampled_from(CompletionSource),
    )


def submissions(pid: str = PID) -> st.SearchStrategy[InstrumentSubmission]:
    """A survey answered."""
    return st.builds(
        InstrumentSubmission,
        participant_id=st.just(pid),
        instrument_id=st.sampled_from(INSTRUMENT_IDS),
        submitted_on=dates(),
    )


def follow_ups(pid: str = PID) -> st.SearchStrategy[FollowUp]:
    """A follow-up record."""
    return st.builds(
        FollowUp,
        participant_id=st.just(pid),
        recorded_on=dates(),
        kind=st.none() | st.sampled_from(["llamada", "visita", "entrevista"]),
    )


def mentoring(pid: str = PID) -> st.SearchStrategy[MentoringEntry]:
    """A mentoring session she received."""
    return st.builds(
        MentoringEntry,
        mentor_id=st.sampled_from(["M1", "M2"]),
        mentee_id=st.just(pid),
        session_date=dates(),
        hours=hours(),
    )


def _enrollment(enrolled_on: pendulum.Date, withdrawn_after: int | None) -> Enrollment:
    withdrawn_on = None if withdrawn_after is None else enrolled_on.add(days=withdrawn_after)
    return Enrollment(enrolled_on=enrolled_on, withdrawn_on=withdrawn_on)


def enrollments(*, withdrawals: bool = True) -> st.SearchStrategy[Enrollment]:
    """An enrolment and, maybe, a withdrawal on or after it."""
    after = st.none() | st.integers(min_value=0, max_value=300) if withdrawals else st.none()
    return st.builds(_enrollment, dates(max_value=dt.date(2024, 9, 1)), after)


def participants(pid: str = PID, *, withdrawals: bool = True) -> st.SearchStrategy[Participant]:
    """A participant of a bundled centre (personal data is never needed to decide)."""
    return st.builds(
        Participant,
        id=st.just(pid),
        centre_id=centre_ids(),
        cohort_id=st.sampled_from(["gen-1", "gen-2"]),
        enrollment=enrollments(withdrawals=withdrawals),
    )


def _period(participant: Participant, starts_on: pendulum.Date, days: int) -> CohortPeriod:
    return CohortPeriod(
        id=participant.cohort_id, centre_id=participant.centre_id, starts_on=starts_on, ends_on=starts_on.add(days=days)
    )


def _rows(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[tuple[object, ...]]:
    return st.lists(strategy, max_size=MAX_ROWS).map(tuple)


@st.composite
def records(draw: st.DrawFn, pid: str = PID, *, withdrawals: bool = True) -> ParticipantRecord:
    """A participant's whole record: maybe a cohort period, and rows of every list."""
    participant = draw(participants(pid, withdrawals=withdrawals))
    period = draw(
        st.none() | st.builds(_period, st.just(participant), dates(), st.integers(min_value=0, max_value=200))
    )
    return draw(
        st.builds(
            ParticipantRecord,
            participant=st.just(participant),
            period=st.just(period),
            attendance=_rows(attendance(pid)),
            completions=_rows(completions(pid)),
            submissions=_rows(submissions(pid)),
            follow_ups=_rows(follow_ups(pid)),
            mentoring=_rows(mentoring(pid)),
        )
    )


def more_rows(pid: str = PID) -> st.SearchStrategy[ParticipantRecord]:
    """
    Rows to add to a record (attendance, completions, surveys, follow-ups, mentoring).

    Given as a record of the same participant id; `grow` adds its rows to another.
    """
    return st.builds(
        ParticipantRecord,
        participant=participants(pid),
        attendance=_rows(attendance(pid)),
        completions=_rows(completions(pid)),
        submissions=_rows(submissions(pid)),
        follow_ups=_rows(follow_ups(pid)),
        mentoring=_rows(mentoring(pid)),
    )


def grow(record: ParticipantRecord, more: ParticipantRecord) -> ParticipantRecord:
    """*record* with the rows of *more* added after its own (its participant and period unchanged)."""
    return attrs.evolve(
        record,
        attendance=record.attendance + more.attendance,
        completions=record.completions + more.completions,
        submissions=record.submissions + more.submissions,
        follow_ups=record.follow_ups + more.follow_ups,
        mentoring=record.mentoring + more.mentoring,
    )
