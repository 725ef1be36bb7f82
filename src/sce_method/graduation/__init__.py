"""
Who can graduate, and why not.

Graduation rules are data: criteria (`ModuleCompleted`, `CompleteOffer`,
`ModuleHours`, `TotalHours`, `AttendanceRate`, `InstrumentSubmitted`,
`FollowUpRecorded`, `MentoringSessions`) joined by `AllOf`, `AnyOf` and
`AtLeast`, grouped in dated `RuleSet` s with labelled `RuleException` s.
`evaluate` gives a `Decision` for one participant; `evaluate_cohort` a
`CohortReport` for a whole cohort, a `CohortRow` per participant.
"""

from typing import TYPE_CHECKING

from sce_method._core import lazy_names
from sce_method.graduation import _messages  # noqa: F401 -- registers this room's messages first
from sce_method.graduation._cases import (
    Case,
    CaseAttendance,
    CaseCompletion,
    CaseFile,
    CaseFollowUp,
    CaseGraduation,
    CaseMentoring,
    CaseOutcome,
    CaseParticipant,
    CasePeriod,
    CaseSubmission,
    Expectation,
    run_case,
    run_cases,
)
from sce_method.graduation._criteria import (
    KINDS,
    AllOf,
    AnyOf,
    AtLeast,
    AttendanceRate,
    CompleteOffer,
    Criterion,
    FollowUpRecorded,
    InstrumentSubmitted,
    MentoringSessions,
    ModuleCompleted,
    ModuleHours,
    TotalHours,
    describe,
    kind_of,
    survey_name,
    walk,
)
from sce_method.graduation._decision import CriterionResult, Decision, Status
from sce_method.graduation._evaluate import HasGraduation, decision_date, evaluate, evaluate_criterion, require_rules
from sce_method.graduation._report import CSV_COLUMNS, CohortReport, CohortRow, evaluate_cohort
from sce_method.graduation._rules import Condition, Graduation, RuleException, RuleSet, criterion_problems

if TYPE_CHECKING:
    from sce_method.graduation._frame_report import FrameReport


__getattr__ = lazy_names(__name__, {"FrameReport": "sce_method.graduation._frame_report"})
"""`FrameReport` is imported on first use: it needs polars (the ``tables`` extra)."""


__all__ = [
    "CSV_COLUMNS",
    "KINDS",
    "AllOf",
    "AnyOf",
    "AtLeast",
    "AttendanceRate",
    "Case",
    "CaseAttendance",
    "CaseCompletion",
    "CaseFile",
    "CaseFollowUp",
    "CaseGraduation",
    "CaseMentoring",
    "CaseOutcome",
    "CaseParticipant",
    "CasePeriod",
    "CaseSubmission",
    "CohortReport",
    "CohortRow",
    "CompleteOffer",
    "Condition",
    "Criterion",
    "CriterionResult",
    "Decision",
    "Expectation",
    "FollowUpRecorded",
    "FrameReport",
    "Graduation",
    "HasGraduation",
    "InstrumentSubmitted",
    "MentoringSessions",
    "ModuleCompleted",
    "ModuleHours",
    "RuleException",
    "RuleSet",
    "Status",
    "TotalHours",
    "criterion_problems",
    "decision_date",
    "describe",
    "evaluate",
    "evaluate_cohort",
    "evaluate_criterion",
    "kind_of",
    "require_rules",
    "run_case",
    "run_cases",
    "survey_name",
    "walk",
]
