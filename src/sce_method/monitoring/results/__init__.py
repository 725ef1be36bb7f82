"""
The results framework: outcomes R1 to R4, their indicators, targets and what was achieved.

`ResultsFramework` holds the seed's Annex A: each `Outcome` with its
`ResultIndicator` s, their `PeriodResult` s, and the `ReportedFigure` s the
source gives. Progress and its `Achievement` status are computed, never typed
in; the framework renders itself as rows (a `ResultRow` each, keyed by
`RESULT_COLUMNS`), a tidy CSV, a table, HTML and an SVG chart.

This room imports nothing else of `sce_method.monitoring`: figures computed
from a cohort come in as plain numbers (`ResultsFramework.with_computed`).
"""

from sce_method.monitoring.results import _messages  # noqa: F401 -- registers this room's messages first
from sce_method.monitoring.results._achievement import Achievement, Measure, achievement, percent_of
from sce_method.monitoring.results._framework import Outcome, ReportedFigure, ResultsFramework
from sce_method.monitoring.results._indicator import PeriodResult, ResultIndicator
from sce_method.monitoring.results._render import COLUMNS as RESULT_COLUMNS
from sce_method.monitoring.results._render import ResultRow, shown, to_json

__all__ = [
    "RESULT_COLUMNS",
    "Achievement",
    "Measure",
    "Outcome",
    "PeriodResult",
    "ReportedFigure",
    "ResultIndicator",
    "ResultRow",
    "ResultsFramework",
    "achievement",
    "percent_of",
    "shown",
    "to_json",
]
