"""Tests for `sce_method.monitoring.results._render`: rows, the tidy CSV, tables, JSON and HTML."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

import sce_method
from sce_method import Lang, Text
from sce_method.cli import main
from sce_method.monitoring.results import RESULT_COLUMNS, ResultsFramework, shown, to_json
from tests.monitoring.indicator_data import framework, numeric, outcome, period, qualitative


def bundled() -> ResultsFramework:
    """The bundled results framework (Annex A)."""
    found = sce_method.load().results_framework
    assert found is not None
    return found


def two_periods() -> ResultsFramework:
    """A framework whose 2.1 reports 2023 (40 of 100) and 2024 (91 of 100), and a qualitative 1.2 that is met."""
    return framework(
        outcome("R1", qualitative("1.2")),
        outcome(
            "R2",
            numeric(
                "2.1",
                results=(
                    period("2023", actual=40, starts_on="2023-01-01", ends_on="2023-12-31"),
                    period("2024", actual=91, note=Text(es="Nueve faltan.", en="Nine short.")),
                ),
            ),
        ),
    )


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


class TestRows:
    def test_keys_are_the_columns(self) -> None:
        """Every row has exactly RESULT_COLUMNS, in order."""
        assert {RESULT_COLUMNS} == {tuple(row) for row in bundled().rows()}

    def test_one_row_per_indicator_and_period(self) -> None:
        """An indicator with two periods gives two rows, each with its own actual, progress and status."""
        rows = [r for r in two_periods().rows("en") if r["indicator_id"] == "2.1"]

        expected = [
            ("2023", 40, 40, "avance-parcial", "Partial progress", None),
            ("2024", 91, 91, "avance-parcial", "Partial progress", "Nine short."),
        ]
        assert expected == [
            (r["period"], r["actual"], r["progress_percent"], r["status"], r["status_label"], r["note"]) for r in rows
        ]

    def test_indicator_without_results(self) -> None:
        """An indicator with no period reported still gives one row, with the period and actual empty."""
        rows = framework(outcome("R1", numeric("1.1", results=()))).rows("es")

        expected = [("1.1", "", None, None, None)]
        assert expected == [
            (r["indicator_id"], r["period"], r["actual"], r["progress_percent"], r["status"]) for r in rows
        ]

    @pytest.mark.parametrize(("lang", "expected"), [("es", "No aplica"), ("en", "Not applicable")])
    def test_not_applicable(self, lang: Lang, expected: str) -> None:
        """A missing baseline or target is None in the rows, and reads "No aplica" / "Not applicable" to people."""
        (row,) = framework(outcome("R1", numeric("1.1", target=None))).rows(lang)

        assert (None, None, [expected, expected]) == (
            row["baseline"],
            row["target"],
            shown(row, ("baseline", "target"), lang),
        )

    @pytest.mark.parametrize(
        ("lang", "expected"), [("es", "Documento con estrategia definida"), ("en", "Document with a strategy")]
    )
    def test_qualitative_row(self, lang: Lang, expected: str) -> None:
        """A qualitative row has its target as text and the status a person set, with no actual or progress."""
        (row, *_) = two_periods().rows(lang)

        assert ("cualitativo", expected, None, None, "meta-lograda") == (
            row["measure"],
            row["target_text"],
            row["actual"],
            row["progress_percent"],
            row["status"],
        )

    def test_numbers_without_trailing_zeros(self) -> None:
        """Whole numbers are ints, written without ".0"; others floats as they are."""
        (row,) = framework(outcome("R1", numeric("1.1", baseline=2.5, target=4, results=(period(actual=3),)))).rows()

        expected = (2.5, 4, 3, 75)
        assert expected == (row["baseline"], row["target"], row["actual"], row["progress_percent"])


class TestCsv:
    def test_loads_with_dictreader(self) -> None:
        """The tidy CSV reads back with csv.DictReader: the columns, and one row per indicator x period."""
        text = two_periods().to_csv("es")
        rows = _csv_rows(text)

        expected = (list(RESULT_COLUMNS), [("1.2", "2024"), ("2.1", "2023"), ("2.1", "2024")])
        assert expected == (list(rows[0]), [(r["indicator_id"], r["period"]) for r in rows])

    def test_same_as_rows(self) -> None:
        """The CSV holds exactly what rows() gives, as text (None blank)."""
        rf = two_periods()

        as_text = [{k: "" if v is None else str(v) for k, v in r.items()} for r in rf.rows("en")]
        assert as_text == _csv_rows(rf.to_csv("en"))

    def test_bundled_one_row_per_indicator(self) -> None:
        """The bundled framework reports one period: one CSV row per indicator."""
        rf = bundled()

        assert [i.id for i in rf.indicators] == [r["indicator_id"] for r in _csv_rows(rf.to_csv())]


class TestJson:
    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_is_the_rows(self, lang: Lang) -> None:
        """The JSON is the rows, keys in column order."""
        rf = two_periods()
        data = json.loads(to_json(rf, lang))

        assert (rf.rows(lang), [list(RESULT_COLUMNS)] * 3) == (data, [list(d) for d in data])


class TestTable:
    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            ("es", ["Marco de prueba", "R1. Resultado R1", "R2. Resultado R2", "indicador", "Meta lograda", "91%"]),
            ("en", ["Test framework", "R1. Outcome R1", "R2. Outcome R2", "indicator", "Target met", "91%"]),
        ],
    )
    def test_table(self, lang: Lang, expected: list[str]) -> None:
        """The table has the title, each outcome, the headers and the rows, in the language asked."""
        text = two_periods().describe(lang, "table")

        expected = []
        assert expected == [piece for piece in expected if piece not in text]

    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            (
                "es",
                ["## R1. Resultado R1", "## R2. Resultado R2", "| 2.1 | No aplica | 100 | 40 | 40% | Avance parcial |"],
            ),
            (
                "en",
                [
                    "## R1. Outcome R1",
                    "## R2. Outcome R2",
                    "| 2.1 | Not applicable | 100 | 91 | 91% | Partial progress |",
                ],
            ),
        ],
    )
    def test_markdown(self, lang: Lang, expected: list[str]) -> None:
        """Markdown gives each outcome a heading and each row a table line."""
        lines = two_periods().describe(lang, "md").splitlines()

        expected = []
        assert expected == [piece for piece in expected if piece not in lines]

    def test_spanish_is_the_default(self) -> None:
        """Without a language, the table is in Spanish."""
        assert two_periods().describe("es") == two_periods().describe()


class TestHtml:
    def test_a_table(self) -> None:
        """_repr_html_ is a view: a captioned table with a header and one body row per indicator x period."""
        rf = two_periods()
        root = ET.fromstring(rf._repr_html_())  # noqa: S314 -- our own output

        expected = ("div", 7, 3, rf.title.es)
        assert expected == (
            root.tag,
            len(root.findall("table/thead/tr/th")),
            len(root.findall("table/tbody/tr")),
            root.findtext("table/caption/strong"),
        )

    def test_escaped(self) -> None:
        """Markup in a cell is escaped."""
        rf = framework(outcome("R1", numeric(target=None, target_text=Text(es="<b>100</b> & más"))))

        assert "&lt;b&gt;100&lt;/b&gt; &amp; más" in rf._repr_html_()


class TestResultsCommand:
    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_json(self, capsys: pytest.CaptureFixture[str], lang: Lang) -> None:
        """`sce-method results --format json` prints the rows."""
        code = main(["results", "--format", "json", "--lang", lang])
        out = capsys.readouterr().out

        assert (0, bundled().rows(lang)) == (code, json.loads(out))

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_markdown(self, capsys: pytest.CaptureFixture[str], lang: Lang) -> None:
        """`sce-method results --format md` prints the Markdown tables."""
        code = main(["results", "--format", "md", "--lang", lang])

        assert (0, bundled().describe(lang, "md")) == (code, capsys.readouterr().out)
