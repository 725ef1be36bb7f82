"""
The jalisco-2024 example cohort reproduces the seed's Annex A and its counts of §V R1/R2, every figure computed.

The expected values are read from tables typed by hand from the seed (annex_a_2024.csv, seed_counts_2024.csv),
not from the code or the bundled YAML.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import sys
from pathlib import Path
from typing import Final

import pytest

import sce_method
from sce_method import label
from sce_method.monitoring.results import Achievement, ComparisonRow, ResultsComparison
from sce_method.participants import PERSONAL_FIELDS, read_cohort

HERE: Final = Path(__file__).parent
COHORT: Final = HERE.parents[1] / "examples" / "cohorts" / "jalisco-2024"

NOT_FROM_RECORDS: Final = {"1.2", "1.2.c", "4.1"}
"""Annex A rows that are not counts of records: two qualitative rows, and one document (the Manual)."""


def _table(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@functools.cache
def comparison() -> ResultsComparison:
    """The bundled methodology's figures computed from the example cohort."""
    m = sce_method.load()
    found = m.compare_with_cohort(read_cohort(COHORT, m))
    assert found is not None
    return found


def row(ident: str) -> ComparisonRow:
    return next(r for r in comparison().rows("es") if r["id"] == ident)


class TestAnnexA:
    @pytest.mark.parametrize(
        "expected", [r for r in _table("annex_a_2024.csv") if r["indicator_id"] not in NOT_FROM_RECORDS],
        ids=lambda r: r["indicator_id"],
    )  # fmt: skip
    def test_row_computed_from_the_records(self, expected: dict[str, str]) -> None:
        """Each count of Annex A, its progress and its status, computed from the records, to the digit."""
        found = row(expected["indicator_id"])
        status = found["computed_status"]

        assert (expected["actual"], expected["progress_percent"], expected["status_label"]) == (
            str(found["computed"]),
            str(found["computed_progress_percent"]),
            "" if status is None else label(Achievement(status), "es"),
        )

    def test_every_other_row_is_not_a_count(self) -> None:
        """The rows left out are the qualitative ones and the document, and none of them declares a computation."""
        expected = {r["indicator_id"] for r in _table("annex_a_2024.csv")} - NOT_FROM_RECORDS

        assert expected == {r["id"] for r in comparison().rows() if r["row"] == "indicator" and r["computation"]}


class TestSeedCounts:
    @pytest.mark.parametrize("expected", _table("seed_counts_2024.csv"), ids=lambda r: r["figure_id"])
    def test_figure_computed_from_the_records(self, expected: dict[str, str]) -> None:
        """Each count of §V R1/R2 (and the summary's 282, R3's 40), computed from the records and as reported."""
        found = row(expected["figure_id"])

        assert (int(expected["value"]), int(expected["value"])) == (found["computed"], found["reported"])

    def test_every_computed_figure_is_in_the_table(self) -> None:
        """No figure is computed that the table typed from the seed does not check."""
        expected = {r["figure_id"] for r in _table("seed_counts_2024.csv")}

        assert expected == {r["id"] for r in comparison().rows() if r["row"] == "figure" and r["computation"]}


class TestStatuses:
    def test_every_status_on_the_last_day(self) -> None:
        """Evaluated on 30 November 2024 the example shows every status: 373 graduated, 4 enrolled, ..."""
        m = sce_method.load()
        report = sce_method.graduation.evaluate_cohort(m, read_cohort(COHORT, m), "2024-11-30")

        expected = {
            "graduated": 373,
            "enrolled": 4,
            "in_progress": 3,
            "eligible": 2,
            "not_eligible": 24,
            "withdrawn": 16,
        }
        assert (expected, ()) == ({s.value: report.count(s) for s in sce_method.graduation.Status}, report.problems)


class TestGenerator:
    def test_the_folder_is_what_the_generator_writes(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """examples/make_jalisco_2024.py writes exactly the folder's files: a fixed seed, no clock."""
        spec = importlib.util.spec_from_file_location("make_jalisco_2024", COHORT.parents[1] / "make_jalisco_2024.py")
        assert spec is not None
        assert spec.loader is not None
        script = importlib.util.module_from_spec(spec)
        monkeypatch.setitem(sys.modules, spec.name, script)  # its dataclasses look their module up there
        spec.loader.exec_module(script)

        expected = {p.name: p.read_text(encoding="utf-8") for p in sorted(COHORT.glob("*.csv"))}
        assert expected == script.texts()

    def test_no_personal_column(self) -> None:
        """The example has no personal columns: no names, CURP, phones or e-mails, not even blank."""
        headers = {p.name: p.read_text(encoding="utf-8").splitlines()[0].split(",") for p in COHORT.glob("*.csv")}

        expected: dict[str, list[str]] = {}
        assert expected == {
            n: [c for c in h if c in PERSONAL_FIELDS] for n, h in headers.items() if set(h) & set(PERSONAL_FIELDS)
        }
