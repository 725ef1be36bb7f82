"""
Participants and the lists centres keep about them.

`read_cohort` reads a cohort folder (CSV) or workbook (.xlsx) into a `Cohort`,
checking every row; `Cohort.record` gives a `ParticipantRecord`, everything
about one participant. Personal data (`PersonalData`) is kept but never shown.
Each list is described once by a `ListSpec` (`LISTS`); `TABLES` gives their headers.
"""

from sce_method.participants import _messages  # noqa: F401 -- registers this room's messages first
from sce_method.participants._build import ReadProgress, read_cohort
from sce_method.participants._cohort import Cohort, ParticipantRecord
from sce_method.participants._lists import LISTS, TABLES
from sce_method.participants._model import (
    PERSONAL_FIELDS,
    CohortPeriod,
    CompletionSource,
    Enrollment,
    Participant,
    PersonalData,
)
from sce_method.participants._read import OnError
from sce_method.participants._records import (
    Assignment,
    Attendance,
    Completion,
    FollowUp,
    InstrumentSubmission,
    MentoringEntry,
    MentorTraining,
)
from sce_method.participants._spec import CellSchema, ListSpec, Row, RowRefused, Table, Vocabulary

__all__ = [
    "LISTS",
    "PERSONAL_FIELDS",
    "TABLES",
    "Assignment",
    "Attendance",
    "CellSchema",
    "Cohort",
    "CohortPeriod",
    "Completion",
    "CompletionSource",
    "Enrollment",
    "FollowUp",
    "InstrumentSubmission",
    "ListSpec",
    "MentorTraining",
    "MentoringEntry",
    "OnError",
    "Participant",
    "ParticipantRecord",
    "PersonalData",
    "ReadProgress",
    "Row",
    "RowRefused",
    "Table",
    "Vocabulary",
    "read_cohort",
]
