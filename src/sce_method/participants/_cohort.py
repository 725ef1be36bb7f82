"""A cohort's lists, and everything about one participant."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs
import pendulum

from sce_method._core import Problem, UnknownIdError, message
from sce_method.participants._graduations import EventRecord, GraduationRecord
from sce_method.participants._model import CohortPeriod, Participant
from sce_method.participants._records import (
    Assignment,
    Attendance,
    Completion,
    FollowUp,
    InstrumentSubmission,
    MentoringEntry,
    MentorTraining,
)
from sce_method.participants._spec import ListSpec
from sce_method.participants._staff import StaffMember, TrainingSession

R = TypeVar("R")


@attrs.frozen(kw_only=True)
class ParticipantRecord:
    """
    Everything recorded about one participant: the input of a graduation decision.

    Records dated after the evaluation date are ignored by the queries that
    take an *as_of*.
    """

    participant: Participant
    period: CohortPeriod | None = None
    attendance: tuple[Attendance, ...] = ()
    completions: tuple[Completion, ...] = ()
    submissions: tuple[InstrumentSubmission, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    mentoring: tuple[MentoringEntry, ...] = ()
    """Mentoring this participant received as a mentee."""
    graduation: GraduationRecord | None = None
    """Her graduation, if graduations.csv records one (it is in force from its day on)."""

    @property
    def id(self) -> str:
        """The participant's id."""
        return self.participant.id

    def hours_by_module(self, as_of: pendulum.Date) -> dict[str, float]:
        """Hours attended per module up to and including *as_of*."""
        hours: dict[str, float] = defaultdict(float)
        for row in self.attendance:
            if row.session_date <= as_of:
                hours[row.module_id] += row.hours
        return dict(hours)

    def completed(self, as_of: pendulum.Date) -> frozenset[str]:
        """Ids of the modules and courses with a completion record by *as_of*."""
        return frozenset(c.course_id for c in self.completions if c.completed_on <= as_of)

    def submitted(self, as_of: pendulum.Date) -> frozenset[str]:
        """Ids of the instruments submitted by *as_of*."""
        return frozenset(s.instrument_id for s in self.submissions if s.submitted_on <= as_of)

    def follow_ups_by(self, as_of: pendulum.Date) -> int:
        """How many follow-up records there are by *as_of*."""
        return sum(1 for f in self.follow_ups if f.recorded_on <= as_of)

    def mentoring_received(self, as_of: pendulum.Date) -> int:
        """How many mentoring sessions she received as a mentee by *as_of*."""
        return len({m.session_date for m in self.mentoring if m.session_date <= as_of})


_Row = TypeVar("_Row", Attendance, Completion, InstrumentSubmission, FollowUp, MentoringEntry)


def _by_participant(rows: Iterable[_Row], key: str = "participant_id") -> dict[str, tuple[_Row, ...]]:
    grouped: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return {k: tuple(v) for k, v in grouped.items()}


@attrs.frozen(kw_only=True, eq=False)
class Cohort:
    """
    The lists a centre keeps (the cohort folder or workbook), typed and checked.

    *problems* holds every bad row found while reading when the reader was asked
    to collect them; the rows it names were not used.
    """

    participants: tuple[Participant, ...]
    periods: tuple[CohortPeriod, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    completions: tuple[Completion, ...] = ()
    submissions: tuple[InstrumentSubmission, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    mentoring: tuple[MentoringEntry, ...] = ()
    mentor_trainings: tuple[MentorTraining, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    events: tuple[EventRecord, ...] = ()
    graduations: tuple[GraduationRecord, ...] = ()
    staff: tuple[StaffMember, ...] = ()
    staff_training: tuple[TrainingSession, ...] = ()
    problems: tuple[Problem, ...] = ()
    source: str | None = None
    lists: frozenset[str] | None = None
    """The names of the lists the folder or workbook had; None (a cohort built in code): every list counts as there."""
    other_lists: Mapping[str, tuple[object, ...]] = attrs.field(factory=dict, repr=False)
    """The records of the lists that have no attribute of their own, by list name: see `rows`."""
    _attendance_of: Mapping[str, tuple[Attendance, ...]] = attrs.field(init=False, repr=False)
    _completions_of: Mapping[str, tuple[Completion, ...]] = attrs.field(init=False, repr=False)
    _submissions_of: Mapping[str, tuple[InstrumentSubmission, ...]] = attrs.field(init=False, repr=False)
    _follow_ups_of: Mapping[str, tuple[FollowUp, ...]] = attrs.field(init=False, repr=False)
    _mentoring_of: Mapping[str, tuple[MentoringEntry, ...]] = attrs.field(init=False, repr=False)
    _participant_of: Mapping[str, Participant] = attrs.field(init=False, repr=False)
    _graduation_of: Mapping[str, GraduationRecord] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # Frozen: the indexes are computed once, here, from the fields above.
        object.__setattr__(self, "_attendance_of", _by_participant(self.attendance))
        object.__setattr__(self, "_completions_of", _by_participant(self.completions))
        object.__setattr__(self, "_submissions_of", _by_participant(self.submissions))
        object.__setattr__(self, "_follow_ups_of", _by_participant(self.follow_ups))
        object.__setattr__(self, "_mentoring_of", _by_participant(self.mentoring, "mentee_id"))
        object.__setattr__(self, "_participant_of", {p.id: p for p in self.participants})
        object.__setattr__(self, "_graduation_of", {g.participant_id: g for g in self.graduations})

    def __repr__(self) -> str:
        return (
            f"Cohort(source={self.source!r}, participants={len(self.participants)}, "
            f"attendance={len(self.attendance)}, problems={len(self.problems)})"
        )

    def has(self, name: str) -> bool:
        """Whether the list *name* was there: an absent list is unknown, not empty."""
        return self.lists is None or name in self.lists

    @property
    def participant_ids(self) -> tuple[str, ...]:
        """Participant ids, in the order of the participants list."""
        if len(self._participant_of) == len(self.participants):  # each id once: the index's keys, in the same order
            return tuple(self._participant_of)
        return tuple(p.id for p in self.participants)

    def rows(self, spec: ListSpec[R]) -> tuple[R, ...]:
        """The records of one list of the cohort folder (its attribute, if it has one)."""
        found: tuple[Any, ...] = (
            self.other_lists.get(spec.name, ()) if spec.field is None else getattr(self, spec.field)
        )
        return found

    def period(self, cohort_id: str, centre_id: str) -> CohortPeriod | None:
        """The dates of a cohort at a centre, if cohorts.csv gives them."""
        for period in self.periods:
            if period.id == cohort_id and period.centre_id == centre_id:
                return period
        return None

    def participant(self, participant_id: str) -> Participant:
        """
        The participant with that id.

        Raises:
            UnknownIdError: there is none; the message does not list the ids
                (they identify people).
        """
        found = self._participant_of.get(participant_id)
        if found is not None:
            return found
        raise UnknownIdError(message("participants.unknown", id=participant_id))

    def record(self, participant_id: str) -> ParticipantRecord:
        """Everything about one participant (`UnknownIdError` if there is none)."""
        p = self.participant(participant_id)
        return self._record(p)

    def _record(self, p: Participant) -> ParticipantRecord:
        return ParticipantRecord(
            participant=p,
            period=self.period(p.cohort_id, p.centre_id),
            attendance=self._attendance_of.get(p.id, ()),
            completions=self._completions_of.get(p.id, ()),
            submissions=self._submissions_of.get(p.id, ()),
            follow_ups=self._follow_ups_of.get(p.id, ()),
            mentoring=self._mentoring_of.get(p.id, ()),
            graduation=self._graduation_of.get(p.id),
        )

    def records(self) -> tuple[ParticipantRecord, ...]:
        """Every participant's record, in the order of the participants list."""
        return tuple(self._record(p) for p in self.participants)
