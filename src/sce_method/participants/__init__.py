"""
Participants and the lists centres keep about them.

`read_cohort` reads a cohort folder (CSV) or workbook (.xlsx) into a `Cohort`,
checking every row; `Cohort.record` gives a `ParticipantRecord`, everything
about one participant, her recorded graduation included (`GraduationRecord`,
recognised at an `EventRecord`). The staff (`StaffMember`) and the hours of
staff training they took (`TrainingSession`) come in the same folder.
Personal data (`PersonalData`) is kept but never shown.
Each list is described once by a `ListSpec` (`LISTS`); `TABLES` gives their headers.
Ids match `ID_PATTERN`; what the reader accepts at most is said by the ``MAX_``
constants (hours in a session row, file size, rows, a workbook's expansion).
"""

from typing import TYPE_CHECKING

from sce_method._core import lazy_dir, lazy_names
from sce_method.participants import _messages  # noqa: F401 -- registers this room's messages first

if TYPE_CHECKING:
    from sce_method.participants._build import ReadProgress, read_cohort
    from sce_method.participants._cells import ID_PATTERN
    from sce_method.participants._cohort import Cohort, ParticipantRecord
    from sce_method.participants._frames import CohortFrames
    from sce_method.participants._graduations import EventKind, EventRecord, GraduationRecord
    from sce_method.participants._limits import (
        MAX_CELL_CHARS,
        MAX_EXPANDED_BYTES,
        MAX_EXPANSION,
        MAX_FILE_BYTES,
        MAX_ROWS,
        MAX_SESSION_HOURS,
        MAX_SHEET_COLUMNS,
        MAX_SHEET_ROWS,
        ReadLimits,
        read_limits,
    )
    from sce_method.participants._lists import LISTS, TABLES
    from sce_method.participants._model import (
        PERSONAL_FIELDS,
        CohortPeriod,
        CompletionSource,
        Enrollment,
        Participant,
        PersonalData,
    )
    from sce_method.participants._records import (
        Assignment,
        Attendance,
        Completion,
        FollowUp,
        InstrumentSubmission,
        MentoringEntry,
        MentorTraining,
    )
    from sce_method.participants._sink import OnError
    from sce_method.participants._spec import CellSchema, ListSpec, Row, RowRefused, Table, Vocabulary
    from sce_method.participants._staff import StaffMember, StaffRole, TrainingSession


__all__ = [
    "ID_PATTERN",
    "LISTS",
    "MAX_CELL_CHARS",
    "MAX_EXPANDED_BYTES",
    "MAX_EXPANSION",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "MAX_SESSION_HOURS",
    "MAX_SHEET_COLUMNS",
    "MAX_SHEET_ROWS",
    "PERSONAL_FIELDS",
    "TABLES",
    "Assignment",
    "Attendance",
    "CellSchema",
    "Cohort",
    "CohortFrames",
    "CohortPeriod",
    "Completion",
    "CompletionSource",
    "Enrollment",
    "EventKind",
    "EventRecord",
    "FollowUp",
    "GraduationRecord",
    "InstrumentSubmission",
    "ListSpec",
    "MentorTraining",
    "MentoringEntry",
    "OnError",
    "Participant",
    "ParticipantRecord",
    "PersonalData",
    "ReadLimits",
    "ReadProgress",
    "Row",
    "RowRefused",
    "StaffMember",
    "StaffRole",
    "Table",
    "TrainingSession",
    "Vocabulary",
    "read_cohort",
    "read_limits",
]

__getattr__ = lazy_names(
    __name__,
    {
        "ReadProgress": "sce_method.participants._build",
        "read_cohort": "sce_method.participants._build",
        "ID_PATTERN": "sce_method.participants._cells",
        "Cohort": "sce_method.participants._cohort",
        "ParticipantRecord": "sce_method.participants._cohort",
        "EventKind": "sce_method.participants._graduations",
        "EventRecord": "sce_method.participants._graduations",
        "GraduationRecord": "sce_method.participants._graduations",
        "MAX_CELL_CHARS": "sce_method.participants._limits",
        "MAX_EXPANDED_BYTES": "sce_method.participants._limits",
        "MAX_EXPANSION": "sce_method.participants._limits",
        "MAX_FILE_BYTES": "sce_method.participants._limits",
        "MAX_ROWS": "sce_method.participants._limits",
        "MAX_SESSION_HOURS": "sce_method.participants._limits",
        "MAX_SHEET_COLUMNS": "sce_method.participants._limits",
        "MAX_SHEET_ROWS": "sce_method.participants._limits",
        "ReadLimits": "sce_method.participants._limits",
        "read_limits": "sce_method.participants._limits",
        "LISTS": "sce_method.participants._lists",
        "TABLES": "sce_method.participants._lists",
        "PERSONAL_FIELDS": "sce_method.participants._model",
        "CohortPeriod": "sce_method.participants._model",
        "CompletionSource": "sce_method.participants._model",
        "Enrollment": "sce_method.participants._model",
        "Participant": "sce_method.participants._model",
        "PersonalData": "sce_method.participants._model",
        "Assignment": "sce_method.participants._records",
        "Attendance": "sce_method.participants._records",
        "Completion": "sce_method.participants._records",
        "FollowUp": "sce_method.participants._records",
        "InstrumentSubmission": "sce_method.participants._records",
        "MentoringEntry": "sce_method.participants._records",
        "MentorTraining": "sce_method.participants._records",
        "OnError": "sce_method.participants._sink",
        "CellSchema": "sce_method.participants._spec",
        "ListSpec": "sce_method.participants._spec",
        "Row": "sce_method.participants._spec",
        "RowRefused": "sce_method.participants._spec",
        "Table": "sce_method.participants._spec",
        "Vocabulary": "sce_method.participants._spec",
        "StaffMember": "sce_method.participants._staff",
        "StaffRole": "sce_method.participants._staff",
        "TrainingSession": "sce_method.participants._staff",
        "CohortFrames": "sce_method.participants._frames",
    },
)
"""The public names, each imported from its module on first use (the room imports quickly; see docs/performance.md)."""

__dir__ = lazy_dir(globals(), __all__)
