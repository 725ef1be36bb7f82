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

from typing import TYPE_CHECKING

from sce_method._core import lazy_dir, lazy_names
from sce_method.monitoring.results import _messages  # noqa: F401 -- registers this room's messages first

if TYPE_CHECKING:
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

__getattr__ = lazy_names(
    __name__,
    {
        "Achievement": "sce_method.monitoring.results._achievement",
        "Measure": "sce_method.monitoring.results._achievement",
        "achievement": "sce_method.monitoring.results._achievement",
        "percent_of": "sce_method.monitoring.results._achievement",
        "COMPARISON_COLUMNS": "sce_method.monitoring.results._comparison",
        "ComparisonRow": "sce_method.monitoring.results._comparison",
        "ResultsComparison": "sce_method.monitoring.results._comparison",
        "compare": "sce_method.monitoring.results._comparison",
        "COMPUTATION_KINDS": "sce_method.monitoring.results._computation",
        "RECORD_LISTS": "sce_method.monitoring.results._computation",
        "Computation": "sce_method.monitoring.results._computation",
        "CountCentres": "sce_method.monitoring.results._computation",
        "CountCertified": "sce_method.monitoring.results._computation",
        "CountGraduations": "sce_method.monitoring.results._computation",
        "CountMentors": "sce_method.monitoring.results._computation",
        "CountParticipants": "sce_method.monitoring.results._computation",
        "CountStaff": "sce_method.monitoring.results._computation",
        "SumTrainingHours": "sce_method.monitoring.results._computation",
        "computation_kind": "sce_method.monitoring.results._computation",
        "lists_needed": "sce_method.monitoring.results._computation",
        "describe_computation": "sce_method.monitoring.results._computation:describe",
        "Count": "sce_method.monitoring.results._count",
        "HasRecords": "sce_method.monitoring.results._count",
        "Tally": "sce_method.monitoring.results._count",
        "count": "sce_method.monitoring.results._count",
        "Entry": "sce_method.monitoring.results._explain",
        "Explanation": "sce_method.monitoring.results._explain",
        "Outcome": "sce_method.monitoring.results._framework",
        "ReportedFigure": "sce_method.monitoring.results._framework",
        "ResultsFramework": "sce_method.monitoring.results._framework",
        "PeriodResult": "sce_method.monitoring.results._indicator",
        "ResultIndicator": "sce_method.monitoring.results._indicator",
        "RESULT_COLUMNS": "sce_method.monitoring.results._render:COLUMNS",
        "ResultRow": "sce_method.monitoring.results._render",
        "shown": "sce_method.monitoring.results._render",
        "to_json": "sce_method.monitoring.results._render",
    },
)
"""The public names, each imported from its module on first use (the room imports quickly; see docs/performance.md)."""

__dir__ = lazy_dir(globals(), __all__)
