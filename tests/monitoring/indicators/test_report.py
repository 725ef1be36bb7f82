"""Tests for `sce_method.monitoring.indicators._report`: the indicators' rows, CSV and HTML."""

from __future__ import annotations

import csv
import io

import pytest

import sce_method
from sce_method._core import Lang
from sce_method.cli import main
from sce_method.monitoring.indicators import (
    INDICATOR_COLUMNS,
    Cell,
    IndicatorReport,
    IndicatorValue,
    compute_indicators,
    read_responses,
)
from sce_method.participants import read_cohort
from tests.participants.lists import EXAMPLE


def _report(*, small: bool = False) -> IndicatorReport:
    """One indicator, 3 of 4, broken down by centre: a shown cell and a hidden one."""
    cells = (
        Cell(dimension="centro", key="crea", numerator=2, denominator=3, suppressed=small),
        Cell(dimension="centro", key="cjm-guadalajara", numerator=1, denominator=1, suppressed=True),
    )
    value = IndicatorValue(
        indicator_id="negocio", numerator=3, denominator=4, value=0.75, missing=2, small=True, cells=cells, reported=0.5
    )
    return IndicatorReport(values=(value,), problems=(), min_cell=5, suppressed=True)


class TestRows:
    def test_total_then_cells(self) -> None:
        """The total row comes first with missing, small and reported; hidden cells have no numbers and a flag."""
        expected = [
            ("negocio", "total", "", 3, 4, 0.75, 2, True, 0.5, False, None),
            ("negocio", "centro", "crea", 2, 3, 0.667, None, None, None, False, None),
            ("negocio", "centro", "cjm-guadalajara", None, None, None, None, None, None, True, "small"),
        ]
        assert expected == [tuple(r.values()) for r in _report().rows()]

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_same_in_every_language(self, lang: Lang) -> None:
        """Every column is an id or a number: the rows do not change with the language."""
        expected = _report().rows()

        assert expected == _report().rows(lang)


class TestCsv:
    def test_reads_back_as_rows(self) -> None:
        """Read with a CSV reader, the text gives back rows() as text (None blank), under INDICATOR_COLUMNS."""
        report = _report()
        read = list(csv.DictReader(io.StringIO(report.to_csv(), newline="")))

        as_text = [{k: "" if v is None else str(v) for k, v in r.items()} for r in report.rows()]
        expected = (as_text, INDICATOR_COLUMNS)
        assert expected == (read, tuple(read[0]))

    def test_no_indicator(self) -> None:
        """A report of no indicator is the header indicator_id alone, as the command line has always written it."""
        report = IndicatorReport(values=(), problems=(), min_cell=5, suppressed=False)

        assert report.to_csv() == "indicator_id\n"

    def test_command_line_prints_to_csv(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`sce-method indicators --format csv` prints the report's to_csv, for the example cohort."""
        m = sce_method.load()
        report = compute_indicators(m, read_cohort(EXAMPLE, m), read_responses(EXAMPLE, m)[0])
        main(["indicators", str(EXAMPLE), "--format", "csv"])

        expected = report.to_csv()
        assert expected == capsys.readouterr().out


class TestHtml:
    def test_table(self) -> None:
        """Jupyter shows every row, without the small column, with hidden cells as <5 and a legend for them."""
        html = _report()._repr_html_()

        expected = (True, 3, False, True, True)
        assert expected == (
            html.startswith("<div class='sce-view'>"),
            html.count("<tr>") - 1,
            "<th>small</th>" in html,
            "<td>&lt;5</td>" in html,
            "sce-legend" in html,
        )
