"""
Peer mentoring: the policy, sessions, checks, matching and coverage.

`MentoringPolicy` says who may mentor (trained, meeting a prerequisite written
as a graduation criterion), how many mentees and sessions; `validate_mentoring`
checks a cohort's mentors.csv, assignments.csv and mentoring.csv; `assign`
proposes mentors deterministically, and its `MatchResult` writes the new
assignments.csv (an `AssignmentRow` a row); `mentoring_report` gives coverage
and activity figures (a `MentoringRow` each), and `mentoring_figures` the same
figures named and dated for a results framework. The records themselves are
read by `sce_method.participants.read_cohort`.
"""

from sce_method._core import NoMentoringPolicyError
from sce_method.mentoring import _messages  # noqa: F401 -- registers this room's messages first
from sce_method.mentoring._figures import MentoringFigures, mentoring_figures
from sce_method.mentoring._match import (
    ASSIGNMENT_COLUMNS,
    AssignmentRow,
    MatchResult,
    Unassigned,
    assign,
    latest_date,
)
from sce_method.mentoring._policy import MentoringPolicy
from sce_method.mentoring._report import MENTORING_COLUMNS, MentoringReport, MentoringRow, mentoring_report
from sce_method.mentoring._validate import (
    HasMentoring,
    Mentor,
    MentoringSession,
    eligible_mentors,
    mentors,
    sessions_of,
    validate_mentoring,
)
from sce_method.participants import Assignment, MentoringEntry, MentorTraining

__all__ = [
    "ASSIGNMENT_COLUMNS",
    "MENTORING_COLUMNS",
    "Assignment",
    "AssignmentRow",
    "HasMentoring",
    "MatchResult",
    "Mentor",
    "MentorTraining",
    "MentoringEntry",
    "MentoringFigures",
    "MentoringPolicy",
    "MentoringReport",
    "MentoringRow",
    "MentoringSession",
    "NoMentoringPolicyError",
    "Unassigned",
    "assign",
    "eligible_mentors",
    "latest_date",
    "mentoring_figures",
    "mentoring_report",
    "mentors",
    "sessions_of",
    "validate_mentoring",
]
