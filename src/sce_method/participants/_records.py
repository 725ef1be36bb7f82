"""
What the centres record about participants: attendance, completions, surveys, follow-up, mentoring.

Each record builds itself from a parsed row of its list (``from_row``).
"""

from __future__ import annotations

import attrs
import pendulum

from sce_method._core import non_negative
from sce_method.participants._model import CompletionSource
from sce_method.participants._spec import Row


@attrs.frozen(kw_only=True)
class Attendance:
    """Hours a participant attended of a module on one session date."""

    participant_id: str
    module_id: str
    session_date: pendulum.Date
    hours: float = attrs.field(validator=non_negative)
    mode: str | None = None

    @classmethod
    def from_row(cls, row: Row) -> Attendance:
        """A row of attendance.csv."""
        return cls(
            participant_id=row.value("participant_id", str),
            module_id=row.value("module_id", str),
            session_date=row.value("session_date", pendulum.Date),
            hours=row.value("hours", float),
            mode=row.optional("mode", str),
        )


@attrs.frozen(kw_only=True)
class Completion:
    """A completed module or course, as recorded by a facilitator or by EdApp."""

    participant_id: str
    course_id: str
    completed_on: pendulum.Date
    source: CompletionSource | None = None

    @classmethod
    def from_row(cls, row: Row) -> Completion:
        """A row of completions.csv."""
        return cls(
            participant_id=row.value("participant_id", str),
            course_id=row.value("course_id", str),
            completed_on=row.value("completed_on", pendulum.Date),
            source=row.optional("source", CompletionSource),
        )


@attrs.frozen(kw_only=True)
class InstrumentSubmission:
    """A survey (entrada, salida, postgraduacion, seguimiento) a participant answered."""

    participant_id: str
    instrument_id: str
    submitted_on: pendulum.Date

    @classmethod
    def from_row(cls, row: Row) -> InstrumentSubmission:
        """A row of instruments.csv."""
        return cls(
            participant_id=row.value("participant_id", str),
            instrument_id=row.value("instrument_id", str),
            submitted_on=row.value("submitted_on", pendulum.Date),
        )


@attrs.frozen(kw_only=True)
class MentoringEntry:
    """One row of mentoring.csv: a mentor met a mentee on a date, for some hours."""

    mentor_id: str
    mentee_id: str
    session_date: pendulum.Date
    hours: float = attrs.field(validator=non_negative)
    topic: str | None = None
    file: str | None = attrs.field(default=None, eq=False, repr=False)
    line: int | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def from_row(cls, row: Row) -> MentoringEntry:
        """A row of mentoring.csv, with its file and line."""
        return cls(
            mentor_id=row.value("mentor_id", str),
            mentee_id=row.value("mentee_id", str),
            session_date=row.value("session_date", pendulum.Date),
            hours=row.value("hours", float),
            topic=row.optional("topic", str),
            file=row.file,
            line=row.line,
        )


@attrs.frozen(kw_only=True)
class MentorTraining:
    """One row of mentors.csv: a participant completed mentor training on a date."""

    participant_id: str
    trained_on: pendulum.Date
    file: str | None = attrs.field(default=None, eq=False, repr=False)
    line: int | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def from_row(cls, row: Row) -> MentorTraining:
        """A row of mentors.csv, with its file and line."""
        return cls(
            participant_id=row.value("participant_id", str),
            trained_on=row.value("trained_on", pendulum.Date),
            file=row.file,
            line=row.line,
        )


@attrs.frozen(kw_only=True)
class Assignment:
    """One row of assignments.csv: a mentor accompanies a mentee from a date (until another, if given)."""

    mentor_id: str
    mentee_id: str
    starts_on: pendulum.Date
    ends_on: pendulum.Date | None = None
    file: str | None = attrs.field(default=None, eq=False, repr=False)
    line: int | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def from_row(cls, row: Row) -> Assignment:
        """A row of assignments.csv, with its file and line."""
        return cls(
            mentor_id=row.value("mentor_id", str),
            mentee_id=row.value("mentee_id", str),
            starts_on=row.value("starts_on", pendulum.Date),
            ends_on=row.optional("ends_on", pendulum.Date),
            file=row.file,
            line=row.line,
        )

    def active_on(self, day: pendulum.Date) -> bool:
        """Whether the assignment holds on *day*."""
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)

    def overlaps(self, other: Assignment) -> bool:
        """Whether the two periods share a day."""
        self_end = self.ends_on or pendulum.Date.max
        other_end = other.ends_on or pendulum.Date.max
        return self.starts_on <= other_end and other.starts_on <= self_end


@attrs.frozen(kw_only=True)
class FollowUp:
    """A record of individual follow-up (``seguimiento individualizado``)."""

    participant_id: str
    recorded_on: pendulum.Date
    kind: str | None = None

    @classmethod
    def from_row(cls, row: Row) -> FollowUp:
        """A row of follow_up.csv."""
        return cls(
            participant_id=row.value("participant_id", str),
            recorded_on=row.value("recorded_on", pendulum.Date),
            kind=row.optional("kind", str),
        )
