"""
The results framework: outcomes R1 to R4, their indicators, targets and what was achieved.

`ResultsFramework` holds the seed's Annex A: each `Outcome` with its
`ResultIndicator` s, their `PeriodResult` s, and the `ReportedFigure` s the
source gives. Progress and its `Achievement` status are computed, never typed
in; the framework renders itself as rows (a `ResultRow` each, keyed by
`RESULT_COLUMNS`), a tidy CSV, a table, HTML and an SVG chart.

An indicator or a figure may declare how it is counted from a cohort
folder's records (its `Computation`: `CountParticipants`, `CountGraduations`,
`CountStaff`, `CountCertified`, `SumTrainingHours`, `CountMentors`,
`CountCentres`), as data. `compare` counts each over a cohort and gives a
`ResultsComparison`: the report's figures beside the computed ones, a
`ComparisonRow` each, and ``explain(row)``, the records counted and left out.

This room imports nothing else of `sce_method.monitoring`: figures computed
from a cohort elsewhere come in as plain numbers (`ResultsFramework.with_computed`).
"""

from sce_method.monitoring.results import _messages  # noqa: F401 -- registers this room's messages first
from sce_method.monitoring.results._achievement import Achievement, Measure, achievement, percent_of
from sce_method.monitoring.results._comparison import COMPARISON_COLUMNS, ComparisonRow, ResultsComparison, compare
from sce_method.monitoring.results._computation import (
    COMPUTATION_KINDS,
    RECORD_LISTS,
    Computation,
    CountCentres,
    CountCertified,
    CountGraduations,
    CountMentors,
    CountParticipants,
    CountStaff,
    SumTrainingHours,
    computation_kind,
    lists_needed,
)
from sce_method.monitoring.results._computation import describe as describe_computation
from sce_method.monitoring.results._count import Count, HasRecords, Tally, count
from sce_method.monitoring.results._explain import Entry, Explanation
from sce_method.monitoring.results._framework import Outcome, ReportedFigure, ResultsFramework
from sce_method.monitoring.results._indicator import PeriodResult, ResultIndicator
from sce_method.monitoring.results._render import COLUMNS as RESULT_COLUMNS
from sce_method.monitoring.results._render import ResultRow, shown, to_json

__all__ = [
    "COMPARISON_COLUMNS",
    "COMPUTATION_KINDS",
    "RECORD_LISTS",
    "RESULT_COLUMNS",
    "Achievement",
    "ComparisonRow",
    "Computation",
    "Count",
    "CountCentres",
    "CountCertified",
    "CountGraduations",
    "CountMentors",
    "CountParticipants",
    "CountStaff",
    "Entry",
    "Explanation",
    "HasRecords",
    "Measure",
    "Outcome",
    "PeriodResult",
    "ReportedFigure",
    "ResultIndicator",
    "ResultRow",
    "ResultsComparison",
    "ResultsFramework",
    "SumTrainingHours",
    "Tally",
    "achievement",
    "compare",
    "computation_kind",
    "count",
    "describe_computation",
    "lists_needed",
    "percent_of",
    "shown",
    "to_json",
]
