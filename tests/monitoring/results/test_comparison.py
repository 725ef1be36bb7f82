"""
Tests for `sce_method.monitoring.results._comparison` and ``_explain``: the report's figures beside the computed ones.

The bundled framework's computations over the small folder of records.py.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import sce_method
from sce_method.exceptions import UnknownIdError
from sce_method.monitoring.results import COMPARISON_COLUMNS, ComparisonRow, ResultsComparison, compare
from tests.monitoring.results.records import cohort


def _comparison(tmp_path: Path, *, without: tuple[str, ...] = ()) -> ResultsComparison:
    m = sce_method.load()
    assert m.results_framework is not None
    return compare(m, m.results_framework, cohort(tmp_path, without=without))


def _row(comparison: ResultsComparison, ident: str) -> ComparisonRow:
    return next(r for r in comparison.rows("es") if r["id"] == ident)


class TestRows:
    def test_an_indicator_beside_its_count(self, tmp_path: Path) -> None:
        """2.1: the report's 91 (91 %), and the small folder's 2 graduates in the period (2 %)."""
        row = _row(_comparison(tmp_path), "2.1")

        expected = (100, 91, 91, "avance-parcial", 2, 2, "avance-parcial", False, "participants", 2, 3)
        assert expected == (
            row["target"],
            row["reported"],
            row["reported_progress_percent"],
            row["reported_status"],
            row["computed"],
            row["computed_progress_percent"],
            row["computed_status"],
            row["agrees"],
            row["computation"],
            row["counted"],
            row["excluded"],
        )

    def test_a_figure(self, tmp_path: Path) -> None:
        """A figure's row: the report's value and the count, with no target."""
        row = _row(_comparison(tmp_path), "graduadas-crea")

        expected = ("figure", None, 55, 1, False)
        assert expected == (row["row"], row["target"], row["reported"], row["computed"], row["agrees"])

    def test_numbers_are_numbers(self, tmp_path: Path) -> None:
        """Whole numbers are ints, in the rows and in their JSON: 55, not "55" nor 55.0."""
        rows = _comparison(tmp_path).rows()

        assert all(isinstance(r["reported"], int | None) for r in rows if r["row"] == "figure")
        assert '"reported": 55,' in json.dumps(_row(_comparison(tmp_path), "graduadas-crea"))

    def test_a_qualitative_row(self, tmp_path: Path) -> None:
        """1.2 is qualitative: its target is a text, its status the report's, and nothing is computed."""
        row = _row(_comparison(tmp_path), "1.2")

        expected = (None, "Documento con estrategia definida", "meta-lograda", None, None)
        assert expected == (
            row["target"],
            row["target_text"],
            row["reported_status"],
            row["computed"],
            row["computation"],
        )

    def test_a_missing_list_is_not_zero(self, tmp_path: Path) -> None:
        """Without graduations.csv, the graduates are unknown, and the list is named."""
        row = _row(_comparison(tmp_path, without=("graduations",)), "graduadas-2024")

        expected = (None, None, "graduations", 91)
        assert expected == (row["computed"], row["agrees"], row["missing"], row["reported"])

    def test_the_csv_keeps_numeric_targets_numeric(self, tmp_path: Path) -> None:
        """In the CSV a numeric target is a number and a worded one is in target_text."""
        rows = {r["id"]: r for r in csv.DictReader(io.StringIO(_comparison(tmp_path).to_csv()))}

        expected = (list(COMPARISON_COLUMNS), ("70", ""), ("", "Documento con estrategia definida"))
        assert expected == (
            list(rows["1.2.b"]),
            (rows["1.2.b"]["target"], rows["1.2.b"]["target_text"]),
            (rows["1.2"]["target"], rows["1.2"]["target_text"]),
        )

    def test_every_row_of_the_framework(self, tmp_path: Path) -> None:
        """Indicators first, in framework order, then the figures."""
        m = sce_method.load()
        assert m.results_framework is not None

        expected = [i.id for i in m.results_framework.indicators] + [f.id for f in m.results_framework.figures]
        assert expected == [r["id"] for r in _comparison(tmp_path).rows()]


class TestDescribe:
    def test_table(self, tmp_path: Path) -> None:
        """The table for people: an outcome's heading, the report's value, the computed one, whether they agree."""
        text = _comparison(tmp_path).describe("en")

        assert "R2. More marginalised women" in text
        assert "The report's figures" in text
        assert any(
            line.startswith("graduadas-crea") and line.split()[1:] == ["55", "1", "NO"] for line in text.splitlines()
        )

    def test_markdown_names_a_missing_list(self, tmp_path: Path) -> None:
        """In Markdown each outcome is a heading; a missing list is said where the value would be."""
        text = _comparison(tmp_path, without=("graduations",)).describe("es", "md")

        assert "## R1. " in text
        assert "| graduadas-2024 | 91 | falta graduations.csv |  |" in text


class TestExplain:
    def test_counted_and_excluded(self, tmp_path: Path) -> None:
        """Which records make a figure and which were left out, each with what is said of it."""
        found = _comparison(tmp_path).explain("graduadas-2024", "en")

        expected = (
            "graduations",
            [
                ("P1", "graduated on 2024-10-17 at crea (event: ceremonia)"),
                ("P3", "graduated on 2024-10-17 at cjm-guadalajara (event: ceremonia)"),
            ],
            [("P4", "before the period (2023-06-23)")],
        )
        assert expected == (
            found["computation"],
            [(e["id"], e["said"]) for e in found["counted"]],
            [(e["id"], e["said"]) for e in found["excluded"]],
        )
        assert found["provenance"] is not None
        assert found["provenance"].startswith("assumption")

    def test_in_words(self, tmp_path: Path) -> None:
        """The text groups the ids by what is said of them."""
        text = _comparison(tmp_path).explain_text("2.1", "es")

        assert "Contados (2):" in text
        assert "  participante de crea: P1" in text
        assert "Excluidos (3):" in text

    def test_a_missing_list(self, tmp_path: Path) -> None:
        """A figure that cannot be computed says which list is missing."""
        text = _comparison(tmp_path, without=("staff", "staff_training")).explain_text("3.1", "en")

        assert "It cannot be computed: the folder has no staff.csv, staff_training.csv" in text

    def test_a_row_not_computed(self, tmp_path: Path) -> None:
        """A row that declares no computation says so."""
        text = _comparison(tmp_path).explain_text("4.1", "en")

        assert "Row 4.1 does not declare how it is computed from the records" in text

    def test_an_unknown_row(self, tmp_path: Path) -> None:
        """An id that is neither an indicator nor a figure is refused, the known ids listed."""
        with pytest.raises(UnknownIdError) as caught:
            _comparison(tmp_path).explain("9.9")

        assert "graduadas-2024" in str(caught.value)


class TestHtml:
    def test_a_compact_view(self, tmp_path: Path) -> None:
        """_repr_html_: a caption, how many rows agree, differ or are not computed, and at most 20 rows of all."""
        comparison = _comparison(tmp_path)
        rows = comparison.rows("en")
        root = ET.fromstring(comparison.html("en"))  # noqa: S314 -- our own output
        agree = sum(r["agrees"] is True for r in rows)
        differ = sum(r["agrees"] is False for r in rows)
        not_computed = sum(r["agrees"] is None for r in rows)

        expected = (
            f"{comparison.framework.title.en}: the report and what the records give",
            f"yes: {agree} · NO: {differ} · not computed: {not_computed}",
            5,
            min(len(rows), 20),
        )
        assert expected == (
            root.findtext("table/caption/strong"),
            root.findtext("table/caption/span"),
            len(root.findall("table/thead/tr/th")),
            len(root.findall("table/tbody/tr")),
        )

    def test_in_the_display_language(self, tmp_path: Path) -> None:
        """The notebook view is html in the display language: Spanish by default."""
        comparison = _comparison(tmp_path)

        assert comparison._repr_html_() == comparison.html("es")
