"""Tests for `sce_method.monitoring.indicators._report`: the indicators' rows, CSV and HTML."""

from __future__ import annotations

import csv
import io

import attrs
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


def _report(*, small: bool = False, total_hidden: bool = False) -> IndicatorReport:
    """One indicator, 3 of 4, broken down by centre: a shown cell and a hidden one."""
    cells = (
        Cell(dimension="centro", key="crea", numerator=2, denominator=3, suppressed=small),
        Cell(dimension="centro", key="cjm-guadalajara", numerator=1, denominator=1, suppressed=True),
    )
    value = IndicatorValue(
        indicator_id="negocio",
        numerator=3,
        denominator=4,
        value=0.75,
        missing=2,
        small=True,
        cells=cells,
        reported=0.5,
        suppressed=total_hidden,
    )
    return IndicatorReport(values=(value,), problems=(), min_cell=5, suppressed=True)


class TestRows:
    def test_total_then_cells(self) -> None:
        """The total row comes first with missing, small and reported; hidden cells have no numbers and a flag."""
        expected = [
            ("negocio", "total", "", 3, 4, 0.75, 2, True, 0.5, False),
            ("negocio", "centro", "crea", 2, 3, 0.667, None, None, None, False),
            ("negocio", "centro", "cjm-guadalajara", None, None, None, None, None, None, True),
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

    def test_formulas_escaped(self) -> None:
        """A breakdown key a spreadsheet would run as a formula gets a ' unless formula_escape is False."""
        cell = Cell(dimension="generacion", key="=1+1", numerator=5, denominator=10)
        value = IndicatorValue(indicator_id="negocio", numerator=5, denominator=10, value=0.5, missing=0, small=False,
                               cells=(cell,))  # fmt: skip
        report = IndicatorReport(values=(value,), problems=(), min_cell=5, suppressed=True)

        expected = (["'=1+1"], ["=1+1"])
        assert expected == tuple(
            [r["key"] for r in csv.DictReader(io.StringIO(report.to_csv(formula_escape=e))) if r["key"]]
            for e in (True, False)
        )

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


class TestHiddenTotal:
    def test_total_row_hidden(self) -> None:
        """A hidden total has no numerator, denominator, value or missing, and its flag; small and reported stay."""
        report = _report(total_hidden=True)

        expected = ("negocio", "total", "", None, None, None, None, True, 0.5, True)
        assert expected == tuple(report.rows()[0].values())


class TestHtml:
    def test_table(self) -> None:
        """Jupyter shows every row, without the small column, hidden cells as x, then the legend."""
        html = _report()._repr_html_()

        expected = (True, 3, False, True, True)
        assert expected == (
            html.startswith("<div class='sce-view'>"),
            html.count("<tr>") - 1,
            "<th>small</th>" in html,
            "<td>x</td>" in html,
            html.endswith("<p class='sce-legend'>x: cifra oculta para proteger a las participantes: cuenta a menos"
                          " de 5 personas (en total, entre las que cumplen o entre las que no), o es igual a una"
                          " cifra oculta o dejaría deducirla restando.</p></div>"),
        )  # fmt: skip

    def test_legend_in_english(self) -> None:
        """html("en") gives the legend in English."""
        expected = "<p class='sce-legend'>x: figure hidden to protect the participants: it counts fewer than 5 people"

        assert expected in _report().html("en")

    def test_no_legend_when_nothing_protected(self) -> None:
        """A report computed with small cells shown has no legend."""
        report = attrs.evolve(_report(), suppressed=False)

        expected = ("", False)
        assert expected == (report.legend(), "<p class='sce-legend'>" in report._repr_html_())
