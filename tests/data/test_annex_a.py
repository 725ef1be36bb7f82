"""The bundled results framework reproduces the seed's Annex A, computed, not typed in."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import sce_method
from sce_method.cli import main
from sce_method.monitoring import ResultsFramework
from sce_method.monitoring.results import shown

# Written by hand from the seed's Annex A (informe-final-sce-jalisco-2024, Anexo A): the target as the
# Annex words it, the count achieved, the progress and the status label. One deliberate difference:
# in row 1.2 (70 women's follow-up) the Annex's 'Avance (%)' column holds the count 91, not a
# percentage; 91 of 70 is 130 %, and the Annex's label for the row, 'Meta rebasada', agrees.
EXPECTED = Path(__file__).with_name("annex_a_2024.csv")


def framework() -> ResultsFramework:
    found = sce_method.load().results_framework
    assert found is not None
    return found


def expected_rows() -> list[dict[str, str]]:
    with EXPECTED.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class TestAnnexA:
    @pytest.mark.parametrize("row", expected_rows(), ids=lambda r: r["indicator_id"])
    def test_row_matches_the_seed(self, row: dict[str, str]) -> None:
        """Each indicator's target, actual, progress and status are the Annex's, to the digit."""
        found = {r["indicator_id"]: r for r in framework().rows("es")}[row["indicator_id"]]
        keys = tuple(row)

        people = dict(zip(keys, shown(found, keys, "es"), strict=True))

        assert row == {**people, "progress_percent": people["progress_percent"].rstrip("%")}

    def test_every_annex_row_is_in_the_framework(self) -> None:
        """The framework has exactly the Annex's rows, in its order."""
        assert [r["indicator_id"] for r in expected_rows()] == [r["indicator_id"] for r in framework().rows()]

    def test_progress_of_2_1(self) -> None:
        """2.1: 91 participants of a target of 100 is 91 %."""
        assert framework().indicator("2.1").progress == 0.91


class TestSeedFigures:
    @pytest.mark.parametrize(
        ("total", "parts"),
        [
            (
                "participantes-2024",
                ("participantes-cjm-guadalajara", "participantes-cjm-tlajomulco", "participantes-crea"),
            ),
            ("graduadas-2024", ("graduadas-crea", "graduadas-cjm-guadalajara", "graduadas-cjm-tlajomulco")),
            ("graduadas-total", ("graduadas-antes-del-acuerdo", "graduadas-2024")),
        ],
    )
    def test_counts_agree(self, total: str, parts: tuple[str, ...]) -> None:
        """119 = 33 + 23 + 63; 91 = 55 + 22 + 14; 373 = 282 + 91."""
        rf = framework()

        assert rf.figure(total).value == sum(rf.figure(p).value for p in parts)
        assert parts == rf.figure(total).parts

    def test_the_seed_numbers(self) -> None:
        """The figures are the seed's."""
        rf = framework()

        assert tuple(rf.figure(i).value for i in ("participantes-2024", "graduadas-2024", "graduadas-total")) == (
            119,
            91,
            373,
        )


class TestResultsCommand:
    def test_csv_has_one_row_per_indicator(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`sce-method results --format csv` is the tidy table, one row per indicator and period."""
        code = main(["results", "--format", "csv"])
        rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))

        assert code == 0
        assert len(rows) == 10
        assert {"2024"} == {r["period"] for r in rows}

    def test_table_in_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The table speaks English with --lang en."""
        assert main(["results", "--lang", "en"]) == 0
        out = capsys.readouterr().out

        assert "Target exceeded" in out
        assert "Partial progress" in out
