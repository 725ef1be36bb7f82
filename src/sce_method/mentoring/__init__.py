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

from typing import TYPE_CHECKING

from sce_method._core import lazy_dir, lazy_names
from sce_method.mentoring import _messages  # noqa: F401 -- registers this room's messages first

if TYPE_CHECKING:
    from sce_method._core import NoMentoringPolicyError
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

__getattr__ = lazy_names(
    __name__,
    {
        "NoMentoringPolicyError": "sce_method._core",
        "MentoringFigures": "sce_method.mentoring._figures",
        "mentoring_figures": "sce_method.mentoring._figures",
        "ASSIGNMENT_COLUMNS": "sce_method.mentoring._match",
        "AssignmentRow": "sce_method.mentoring._match",
        "MatchResult": "sce_method.mentoring._match",
        "Unassigned": "sce_method.mentoring._match",
        "assign": "sce_method.mentoring._match",
        "latest_date": "sce_method.mentoring._match",
        "MentoringPolicy": "sce_method.mentoring._policy",
        "MENTORING_COLUMNS": "sce_method.mentoring._report",
        "MentoringReport": "sce_method.mentoring._report",
        "MentoringRow": "sce_method.mentoring._report",
        "mentoring_report": "sce_method.mentoring._report",
        "HasMentoring": "sce_method.mentoring._validate",
        "Mentor": "sce_method.mentoring._validate",
        "MentoringSession": "sce_method.mentoring._validate",
        "eligible_mentors": "sce_method.mentoring._validate",
        "mentors": "sce_method.mentoring._validate",
        "sessions_of": "sce_method.mentoring._validate",
        "validate_mentoring": "sce_method.mentoring._validate",
        "Assignment": "sce_method.participants",
        "MentoringEntry": "sce_method.participants",
        "MentorTraining": "sce_method.participants",
    },
)
"""The public names, each imported from its module on first use (the room imports quickly; see docs/performance.md)."""

__dir__ = lazy_dir(globals(), __all__)
