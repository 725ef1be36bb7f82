"""
Small mentoring cohorts for the mentoring tests: built in Python, or written inline as a cohort folder.

`PEOPLE` is a participants list of three trained mentors (M1, M2 at CREA, G1 at
CJM Guadalajara) and four participants (P1-P3 at CREA, Q1 at CJM Guadalajara);
`MENTORS` trains them; `ATTENDANCE` gives each mentor the 10 h of desarrollo
humano the bundled prerequisite asks for (80 % of 12 h). `folder` writes those
lists with the mentoring lists a test gives, and `read` reads them back with
every row's file and line. The Python builders (`person`, `training`, `pair`,
`meeting`, `cohort`) make the same records without files.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Final

import attrs
import pendulum

import sce_method
from sce_method.exceptions import Problem
from sce_method.mentoring import MentoringPolicy
from sce_method.methodology import Methodology
from sce_method.participants import (
    Assignment,
    Attendance,
    Cohort,
    Completion,
    Enrollment,
    MentoringEntry,
    MentorTraining,
    OnError,
    Participant,
    read_cohort,
)
from tests.participants.lists import write_lists

D = pendulum.Date
AS_OF: Final = D(2024, 10, 17)
"""The evaluation date used throughout."""

ENROLLED: Final = D(2024, 6, 10)
TRAINED: Final = D(2024, 8, 1)
STARTS: Final = D(2024, 9, 1)

PEOPLE: Final = """participant_id,centre_id,cohort_id,enrolled_on
M1,crea,c1,2024-06-10
M2,crea,c1,2024-06-10
G1,cjm-guadalajara,g1,2024-06-10
P1,crea,c1,2024-06-10
P2,crea,c1,2024-06-10
P3,crea,c1,2024-06-10
Q1,cjm-guadalajara,g1,2024-06-10
"""
"""Three mentors (M1, M2 at CREA; G1 at CJM Guadalajara) and four participants (P1-P3 at CREA, Q1 at Guadalajara)."""

MENTORS: Final = "participant_id,trained_on\nM1,2024-08-01\nM2,2024-08-01\nG1,2024-08-01\n"
"""The three mentors, trained on 2024-08-01 (lines 2, 3, 4)."""

ATTENDANCE: Final = """participant_id,module_id,session_date,hours
M1,desarrollo-humano,2024-07-01,10
M2,desarrollo-humano,2024-07-01,10
G1,desarrollo-humano,2024-07-01,10
"""
"""10 h of desarrollo humano for each mentor: the bundled prerequisite met."""

ASSIGNMENTS: Final = "mentor_id,mentee_id,starts_on,ends_on\n"
SESSIONS: Final = "mentor_id,mentee_id,session_date,hours,topic\n"

Where = tuple[str | None, int | None, int | None, tuple[str | int, ...], str]
"""A problem's file name, line, column, path and message key."""


@functools.cache
def bundled() -> Methodology:
    """The bundled methodology."""
    return sce_method.load()


def policy() -> MentoringPolicy:
    """The bundled mentoring policy."""
    found = bundled().mentoring
    assert found is not None
    return found


def with_policy(**changes: Any) -> Methodology:
    """The bundled methodology with its mentoring policy changed (``attrs.evolve``)."""
    return attrs.evolve(bundled(), mentoring=attrs.evolve(policy(), **changes))


def folder(tmp_path: Path, **lists: str) -> Path:
    """A cohort folder: PEOPLE, MENTORS and ATTENDANCE unless given, and the other *lists*."""
    return write_lists(tmp_path, **({"participants": PEOPLE, "mentors": MENTORS, "attendance": ATTENDANCE} | lists))


def read(path: Path, errors: OnError = "collect") -> Cohort:
    """Read a cohort folder with the bundled methodology."""
    return read_cohort(path, bundled(), errors=errors)


def where(problem: Problem) -> Where:
    """A problem's file name (not its folder), line, column, path and message key."""
    file = None if problem.file is None else Path(problem.file).name
    return (file, problem.line, problem.column, problem.path, problem.message.key)


def person(
    pid: str, centre: str = "crea", *, enrolled: pendulum.Date = ENROLLED, withdrawn: pendulum.Date | None = None
) -> Participant:
    """A participant of *centre*, enrolled on *enrolled*."""
    return Participant(
        id=pid,
        centre_id=centre,
        cohort_id=f"{centre}-1",
        enrollment=Enrollment(enrolled_on=enrolled, withdrawn_on=withdrawn),
    )


def training(pid: str, on: pendulum.Date = TRAINED) -> MentorTraining:
    """*pid* completed mentor training on *on*."""
    return MentorTraining(participant_id=pid, trained_on=on)


def pair(mentor: str, mentee: str, starts: pendulum.Date = STARTS, ends: pendulum.Date | None = None) -> Assignment:
    """*mentor* accompanies *mentee* from *starts* (until *ends*)."""
    return Assignment(mentor_id=mentor, mentee_id=mentee, starts_on=starts, ends_on=ends)


def meeting(
    mentor: str, mentee: str, on: pendulum.Date, hours: float = 1.0, topic: str | None = None
) -> MentoringEntry:
    """One row of mentoring.csv."""
    return MentoringEntry(mentor_id=mentor, mentee_id=mentee, session_date=on, hours=hours, topic=topic)


def prerequisite_hours(*pids: str, hours: float = 10.0) -> tuple[Attendance, ...]:
    """*hours* of desarrollo humano for each of *pids* (10 h meets the bundled 80 % of 12 h)."""
    return tuple(
        Attendance(participant_id=pid, module_id="desarrollo-humano", session_date=D(2024, 7, 1), hours=hours)
        for pid in pids
    )


def cohort(
    *participants: Participant,
    trainings: tuple[MentorTraining, ...] = (),
    assignments: tuple[Assignment, ...] = (),
    mentoring: tuple[MentoringEntry, ...] = (),
    attendance: tuple[Attendance, ...] = (),
    completions: tuple[Completion, ...] = (),
) -> Cohort:
    """A cohort of *participants* and their mentoring lists."""
    return Cohort(
        participants=participants,
        mentor_trainings=trainings,
        assignments=assignments,
        mentoring=mentoring,
        attendance=attendance,
        completions=completions,
    )
