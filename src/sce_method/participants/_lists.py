"""
The lists of the cohort folder (DESIGN.md), each described once by its `ListSpec`.

Adding a list is one spec here,
appended to `LISTS` in reading order, and one model class with a
``from_row(row)`` constructor: nothing else. The reader then finds the file or
sheet, checks its header and every cell, keeps its rows unique, resolves its
references and reports every problem with file, line and column;
``cohort.rows(SPEC)`` gives its records (or a `Cohort` attribute, named by the
spec's ``field``, when one is wanted).
"""

from __future__ import annotations

from typing import Any, Final

from sce_method._core import Delivery, message
from sce_method.participants import _records as records
from sce_method.participants._graduations import EventKind, EventRecord, GraduationRecord
from sce_method.participants._model import PERSONAL_FIELDS, CohortPeriod, CompletionSource, Participant
from sce_method.participants._parsers import (
    CENTRE,
    COURSE,
    DATE,
    HOURS,
    ID,
    INSTRUMENT,
    MODULE,
    TEXT,
    TRAINING,
    Reference,
    member_of,
    one_of,
)
from sce_method.participants._record_checks import graduations_check, staff_check
from sce_method.participants._spec import Column, ListRead, ListSpec, Reading, Unique
from sce_method.participants._staff import StaffMember, StaffRole, TrainingSession

PARTICIPANTS: Final = ListSpec(
    name="participants",
    required=True,
    columns=(
        Column("participant_id", ID),
        Column("centre_id", CENTRE),
        Column("cohort_id", ID),
        Column("enrolled_on", DATE),
        Column("withdrawn_on", DATE, required=False),
        *(Column(name, TEXT, required=False, personal=True) for name in PERSONAL_FIELDS),
    ),
    unique=Unique(
        ("participant_id",), lambda _, first: message("participants.cohort.duplicate_participant", first=first)
    ),
    build=Participant.from_row,
    field="participants",
)

PARTICIPANT: Final = Reference(
    target=PARTICIPANTS,
    unknown=message("participants.cell.unknown_participant"),
    refused=lambda line: message("participants.cell.rejected_participant", line=line),
)
"""A participant of participants.csv; rows naming one whose own row was refused are said once per list."""
MENTEE: Final = Reference(
    target=PARTICIPANTS,
    unknown=message("participants.cell.unknown_participant"),
    blank=message("participants.mentoring.no_mentee"),
)
"""The mentee of a mentoring session: a blank one is a session with no mentee, said in those words."""


def _unlisted_cohorts(periods: ListRead[CohortPeriod], reading: Reading) -> None:
    """
    A participant's cohort must be listed in cohorts.csv, when there is one: said on her row.

    The cohort is not named: participants.csv has personal columns, and none of its values is repeated.
    """
    listed = {(p.id, p.centre_id) for p in periods.records}
    participants = reading.read_of(PARTICIPANTS)
    for participant in participants.records:
        if (participant.cohort_id, participant.centre_id) not in listed:
            msg = message("participants.cohort.unlisted", centre=participant.centre_id)
            line = participants.ids[participant.id]
            reading.report(participants.file, line, participants.columns.get("cohort_id"), ("cohort_id",), msg)


COHORTS: Final = ListSpec(
    name="cohorts",
    columns=(
        Column("cohort_id", ID),
        Column("centre_id", CENTRE),
        Column("starts_on", DATE),
        Column("ends_on", DATE),
    ),
    unique=Unique(
        ("cohort_id", "centre_id"),
        lambda key, _: message("participants.cohort.duplicate_period", cohort=key[0], centre=key[1]),
    ),
    build=CohortPeriod.from_row,
    check=_unlisted_cohorts,
    field="periods",
)

ATTENDANCE: Final = ListSpec(
    name="attendance",
    required=True,
    columns=(
        Column("participant_id", PARTICIPANT),
        Column("module_id", MODULE),
        Column("session_date", DATE),
        Column("hours", HOURS),
        Column("mode", one_of([d.value for d in Delivery]), required=False),
    ),
    build=records.Attendance.from_row,
    field="attendance",
)

COMPLETIONS: Final = ListSpec(
    name="completions",
    columns=(
        Column("participant_id", PARTICIPANT),
        Column("course_id", COURSE),
        Column("completed_on", DATE),
        Column("source", member_of(CompletionSource), required=False),
    ),
    build=records.Completion.from_row,
    field="completions",
)

INSTRUMENTS: Final = ListSpec(
    name="instruments",
    columns=(
        Column("participant_id", PARTICIPANT),
        Column("instrument_id", INSTRUMENT),
        Column("submitted_on", DATE),
    ),
    build=records.InstrumentSubmission.from_row,
    field="submissions",
)

FOLLOW_UP: Final = ListSpec(
    name="follow_up",
    columns=(
        Column("participant_id", PARTICIPANT),
        Column("recorded_on", DATE),
        Column("kind", TEXT, required=False),
    ),
    build=records.FollowUp.from_row,
    field="follow_ups",
)

MENTORS: Final = ListSpec(
    name="mentors",
    columns=(
        Column("participant_id", PARTICIPANT),
        Column("trained_on", DATE),
    ),
    unique=Unique(
        ("participant_id",), lambda _, first: message("participants.mentoring.duplicate_mentor", first=first)
    ),
    build=records.MentorTraining.from_row,
    field="mentor_trainings",
)

ASSIGNMENTS: Final = ListSpec(
    name="assignments",
    columns=(
        Column("mentor_id", PARTICIPANT),
        Column("mentee_id", PARTICIPANT),
        Column("starts_on", DATE),
        Column("ends_on", DATE, required=False),
    ),
    build=records.Assignment.from_row,
    field="assignments",
)

MENTORING: Final = ListSpec(
    name="mentoring",
    columns=(
        Column("mentor_id", PARTICIPANT),
        Column("mentee_id", MENTEE),
        Column("session_date", DATE),
        Column("hours", HOURS),
        Column("topic", TEXT, required=False),
    ),
    build=records.MentoringEntry.from_row,
    field="mentoring",
)

EVENTS: Final = ListSpec(
    name="events",
    columns=(
        Column("event_id", ID),
        Column("date", DATE),
        Column("kind", member_of(EventKind)),
        Column("centre_id", CENTRE, required=False),
        Column("place", TEXT, required=False),
        Column("description", TEXT, required=False),
    ),
    unique=Unique(("event_id",), lambda _, first: message("participants.event.duplicate", first=first)),
    build=EventRecord.from_row,
    field="events",
)

_GRADUATION_COLUMNS: Final = (
    Column("participant_id", PARTICIPANT),
    Column("graduated_on", DATE),
    Column("event_id", Reference(target=EVENTS, unknown=message("participants.cell.unknown_event")), required=False),
)

GRADUATIONS: Final = ListSpec(
    name="graduations",
    columns=_GRADUATION_COLUMNS,
    unique=Unique(("participant_id",), lambda _, first: message("participants.graduation.twice", first=first)),
    build=GraduationRecord.from_row,
    check=graduations_check(PARTICIPANTS, COHORTS, EVENTS, tuple(c.name for c in _GRADUATION_COLUMNS)),
    field="graduations",
)

_STAFF_COLUMNS: Final = (
    Column("person_id", ID),
    Column("role", member_of(StaffRole)),
    Column("centre_id", CENTRE, required=False),
    Column("unit", TEXT, required=False),
    *(Column(name, TEXT, required=False, personal=True) for name in PERSONAL_FIELDS),
)

STAFF: Final = ListSpec(
    name="staff",
    columns=_STAFF_COLUMNS,
    unique=Unique(("person_id",), lambda _, first: message("participants.staff.duplicate", first=first)),
    build=StaffMember.from_row,
    check=staff_check(PARTICIPANTS, tuple(c.name for c in _STAFF_COLUMNS)),
    field="staff",
)

STAFF_TRAINING: Final = ListSpec(
    name="staff_training",
    columns=(
        Column("person_id", Reference(target=STAFF, unknown=message("participants.cell.unknown_staff"))),
        Column("training_id", TRAINING),
        Column("session_date", DATE),
        Column("hours", HOURS),
    ),
    build=TrainingSession.from_row,
    field="staff_training",
)

LISTS: Final[tuple[ListSpec[Any], ...]] = (
    PARTICIPANTS,
    COHORTS,
    ATTENDANCE,
    COMPLETIONS,
    INSTRUMENTS,
    FOLLOW_UP,
    MENTORS,
    ASSIGNMENTS,
    MENTORING,
    EVENTS,
    GRADUATIONS,
    STAFF,
    STAFF_TRAINING,
)
"""The lists of the cohort folder, in reading order: a list may refer only to lists before it."""

TABLES: Final = {spec.name: spec.table for spec in LISTS}
"""Each list's header (its required and optional columns), by name, in reading order."""
