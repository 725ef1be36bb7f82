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

from sce_method._core import lazy_dir, lazy_names
from sce_method.graduation import _messages  # noqa: F401 -- registers this room's messages first

if TYPE_CHECKING:
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
    from sce_method.graduation._cohort import evaluate_cohort
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
    from sce_method.graduation._evaluate import (
        HasGraduation,
        decision_date,
        evaluate,
        evaluate_criterion,
        require_rules,
    )
    from sce_method.graduation._frame_report import FrameReport
    from sce_method.graduation._report import CSV_COLUMNS, CohortReport, CohortRow
    from sce_method.graduation._rules import Condition, Graduation, RuleException, RuleSet, criterion_problems


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

__getattr__ = lazy_names(
    __name__,
    {
        "Case": "sce_method.graduation._cases",
        "CaseAttendance": "sce_method.graduation._cases",
        "CaseCompletion": "sce_method.graduation._cases",
        "CaseFile": "sce_method.graduation._cases",
        "CaseFollowUp": "sce_method.graduation._cases",
        "CaseGraduation": "sce_method.graduation._cases",
        "CaseMentoring": "sce_method.graduation._cases",
        "CaseOutcome": "sce_method.graduation._cases",
        "CaseParticipant": "sce_method.graduation._cases",
        "CasePeriod": "sce_method.graduation._cases",
        "CaseSubmission": "sce_method.graduation._cases",
        "Expectation": "sce_method.graduation._cases",
        "run_case": "sce_method.graduation._cases",
        "run_cases": "sce_method.graduation._cases",
        "KINDS": "sce_method.graduation._criteria",
        "AllOf": "sce_method.graduation._criteria",
        "AnyOf": "sce_method.graduation._criteria",
        "AtLeast": "sce_method.graduation._criteria",
        "AttendanceRate": "sce_method.graduation._criteria",
        "CompleteOffer": "sce_method.graduation._criteria",
        "Criterion": "sce_method.graduation._criteria",
        "FollowUpRecorded": "sce_method.graduation._criteria",
        "InstrumentSubmitted": "sce_method.graduation._criteria",
        "MentoringSessions": "sce_method.graduation._criteria",
        "ModuleCompleted": "sce_method.graduation._criteria",
        "ModuleHours": "sce_method.graduation._criteria",
        "TotalHours": "sce_method.graduation._criteria",
        "describe": "sce_method.graduation._criteria",
        "kind_of": "sce_method.graduation._criteria",
        "survey_name": "sce_method.graduation._criteria",
        "walk": "sce_method.graduation._criteria",
        "CriterionResult": "sce_method.graduation._decision",
        "Decision": "sce_method.graduation._decision",
        "Status": "sce_method.graduation._decision",
        "HasGraduation": "sce_method.graduation._evaluate",
        "decision_date": "sce_method.graduation._evaluate",
        "evaluate": "sce_method.graduation._evaluate",
        "evaluate_criterion": "sce_method.graduation._evaluate",
        "require_rules": "sce_method.graduation._evaluate",
        "CSV_COLUMNS": "sce_method.graduation._report",
        "CohortReport": "sce_method.graduation._report",
        "CohortRow": "sce_method.graduation._report",
        "evaluate_cohort": "sce_method.graduation._cohort",
        "Condition": "sce_method.graduation._rules",
        "Graduation": "sce_method.graduation._rules",
        "RuleException": "sce_method.graduation._rules",
        "RuleSet": "sce_method.graduation._rules",
        "criterion_problems": "sce_method.graduation._rules",
        "FrameReport": "sce_method.graduation._frame_report",
    },
)
"""The public names, each imported from its module on first use (the room imports quickly; see docs/performance.md)."""

__dir__ = lazy_dir(globals(), __all__)
