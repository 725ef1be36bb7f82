"""
Outcome indicators, computed over a cohort's records and survey responses, and small-cell protection.

An `OutcomeIndicator` is data: what is counted (its filters are expressions
of `sce_method.monitoring.expressions`), over whom, broken down by what.
`compute_indicators` reads the cohort's responses (`read_responses`) and
gives an `IndicatorReport` (its `IndicatorRow` s keyed by
`INDICATOR_COLUMNS`), whose broken-down cells have gone through the
methodology's `DisclosurePolicy` (`protect_across`).

This room imports `sce_method.monitoring.exports`, `sce_method.monitoring.instruments`
and `sce_method.monitoring.expressions`, and nothing else of monitoring.
"""

from typing import TYPE_CHECKING

from sce_method._core import lazy_dir, lazy_names
from sce_method.monitoring.indicators import _messages  # noqa: F401 -- registers this room's messages first

if TYPE_CHECKING:
    from sce_method.monitoring.indicators._compute import compute_indicators
    from sce_method.monitoring.indicators._disclosure import Cell, DisclosurePolicy, protect, protect_across
    from sce_method.monitoring.indicators._indicators import (
        Accumulation,
        Dimension,
        IndicatorKind,
        OutcomeIndicator,
        Population,
        check_indicators,
    )
    from sce_method.monitoring.indicators._report import (
        INDICATOR_COLUMNS,
        IndicatorReport,
        IndicatorRow,
        IndicatorValue,
    )
    from sce_method.monitoring.indicators._responses import read_responses


__all__ = [
    "INDICATOR_COLUMNS",
    "Accumulation",
    "Cell",
    "Dimension",
    "DisclosurePolicy",
    "IndicatorKind",
    "IndicatorReport",
    "IndicatorRow",
    "IndicatorValue",
    "OutcomeIndicator",
    "Population",
    "check_indicators",
    "compute_indicators",
    "protect",
    "protect_across",
    "read_responses",
]

__getattr__ = lazy_names(
    __name__,
    {
        "compute_indicators": "sce_method.monitoring.indicators._compute",
        "Cell": "sce_method.monitoring.indicators._disclosure",
        "DisclosurePolicy": "sce_method.monitoring.indicators._disclosure",
        "protect": "sce_method.monitoring.indicators._disclosure",
        "protect_across": "sce_method.monitoring.indicators._disclosure",
        "Accumulation": "sce_method.monitoring.indicators._indicators",
        "Dimension": "sce_method.monitoring.indicators._indicators",
        "IndicatorKind": "sce_method.monitoring.indicators._indicators",
        "OutcomeIndicator": "sce_method.monitoring.indicators._indicators",
        "Population": "sce_method.monitoring.indicators._indicators",
        "check_indicators": "sce_method.monitoring.indicators._indicators",
        "INDICATOR_COLUMNS": "sce_method.monitoring.indicators._report",
        "IndicatorReport": "sce_method.monitoring.indicators._report",
        "IndicatorRow": "sce_method.monitoring.indicators._report",
        "IndicatorValue": "sce_method.monitoring.indicators._report",
        "read_responses": "sce_method.monitoring.indicators._responses",
    },
)
"""The public names, each imported from its module on first use (the room imports quickly; see docs/performance.md)."""

__dir__ = lazy_dir(globals(), __all__)
