"""
Every report names its outputs one way (docs/architecture.md, "Reports"): ``rows``, ``to_csv``, ``write_csv``.

Each report is made from the example cohort, the way a user gets it; the
tests hold for all of them, whatever room they live in.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Final

import pytest

import sce_method
from sce_method._core import Lang, TabularReport
from sce_method.graduation import CSV_COLUMNS, CohortRow, evaluate_cohort
from sce_method.mentoring import (
    ASSIGNMENT_COLUMNS,
    MENTORING_COLUMNS,
    AssignmentRow,
    MentoringRow,
    assign,
    mentoring_report,
)
from sce_method.methodology import Methodology
from sce_method.monitoring import compute_indicators, read_export, read_responses
from sce_method.monitoring.exports import RESPONSE_COLUMNS, ResponseRow
from sce_method.monitoring.indicators import INDICATOR_COLUMNS, IndicatorRow
from sce_method.monitoring.results import COMPARISON_COLUMNS, RESULT_COLUMNS, ComparisonRow, ResultRow
from sce_method.participants import Cohort, read_cohort
from tests.participants.lists import EXAMPLE

Report = TabularReport[Mapping[str, object]]


@functools.cache
def _example() -> tuple[Methodology, Cohort]:
    m = sce_method.load()
    return m, read_cohort(EXAMPLE, m)


def _results() -> Report:
    framework = _example()[0].results_framework
    assert framework is not None
    return framework


def _columnar() -> Report:
    """The example evaluated by the polars engine: a `FrameReport` (skipped without the tables extra)."""
    pytest.importorskip("polars")
    m = _example()[0]
    return evaluate_cohort(m, read_cohort(EXAMPLE, m, engine="polars"), "2024-10-17", engine="polars")


def _comparison() -> Report:
    m, cohort = _example()
    found = m.compare_with_cohort(cohort)
    assert found is not None
    return found


def _indicators() -> Report:
    m, cohort = _example()
    return compute_indicators(m, cohort, read_responses(EXAMPLE, m)[0])


REPORTS: Final[dict[str, tuple[Callable[[], Report], type, tuple[str, ...]]]] = {
    "CohortReport": (lambda: evaluate_cohort(*_example(), "2024-10-17"), CohortRow, CSV_COLUMNS),
    "FrameReport": (_columnar, CohortRow, CSV_COLUMNS),
    "ResultsFramework": (_results, ResultRow, RESULT_COLUMNS),
    "ResultsComparison": (_comparison, ComparisonRow, COMPARISON_COLUMNS),
    "IndicatorReport": (_indicators, IndicatorRow, INDICATOR_COLUMNS),
    "ExportReading": (
        lambda: read_export(EXAMPLE / "responses" / "salida.csv", _example()[0].instrument("salida")),
        ResponseRow,
        RESPONSE_COLUMNS,
    ),
    "MatchResult": (lambda: assign(*_example()), AssignmentRow, ASSIGNMENT_COLUMNS),
    "MentoringReport": (lambda: mentoring_report(*_example()), MentoringRow, MENTORING_COLUMNS),
}
"""Each report: how the example gives it, its row type, and its exported columns."""


@functools.cache
def _report(name: str) -> Report:
    return REPORTS[name][0]()


def _as_text(row: Mapping[str, object]) -> dict[str, str]:
    """A row as a CSV reader gives it back: every value as text, None as blank."""
    return {k: "" if v is None else str(v) for k, v in row.items()}


@pytest.mark.parametrize("name", sorted(REPORTS))
class TestEveryReport:
    def test_columns_are_the_row_keys(self, name: str) -> None:
        """The exported columns are the keys of its TypedDict, in order: the csv_columns and every row's keys."""
        report, (_, row_type, columns) = _report(name), REPORTS[name]
        keys = tuple(row_type.__annotations__)

        expected = (keys, keys, {keys})
        assert expected == (columns, tuple(report.csv_columns), {tuple(r) for r in report.rows()})

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_csv_reads_back_as_the_rows(self, name: str, lang: Lang) -> None:
        """to_csv(lang) read with a CSV reader gives rows(lang), each value as text."""
        report = _report(name)
        read = list(csv.DictReader(io.StringIO(report.to_csv(lang), newline="")))

        expected = [_as_text(r) for r in report.rows(lang)]
        assert expected == read

    def test_rows_are_plain_data(self, name: str) -> None:
        """The rows go through JSON unchanged (what pandas and --format json need)."""
        rows = _report(name).rows()

        assert rows
        assert rows == json.loads(json.dumps(rows))

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_one_naming(self, name: str, lang: Lang) -> None:
        """Every report also has describe (text for people) and to_json (JSON that reads back), by the same names."""
        report = _report(name)

        expected = (True, True)
        assert expected == (bool(report.describe(lang).strip()), json.loads(report.to_json(lang)) is not None)

    def test_write_csv_writes_to_csv(self, name: str, tmp_path: Path) -> None:
        """write_csv(path, lang) writes exactly to_csv(lang), as UTF-8, leaving nothing else behind."""
        report = _report(name)
        report.write_csv(tmp_path / "report.csv", "en")

        expected = (["report.csv"], report.to_csv("en").encode("utf-8"))
        assert expected == (sorted(p.name for p in tmp_path.iterdir()), (tmp_path / "report.csv").read_bytes())
