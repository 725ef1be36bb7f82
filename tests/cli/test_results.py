"""Tests for `sce_method.cli._results`: the ``results`` command reads a cohort only when it can compute from it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import sce_method
from sce_method.serialization import dump
from tests.cli.run import run
from tests.methodology.test_results import _without_computations
from tests.participants.lists import EXAMPLE, write_lists

JALISCO = Path(__file__).parents[2] / "examples" / "cohorts" / "jalisco-2024"


def _methodology(tmp_path: Path, **changes: Any) -> str:
    """The bundled methodology with *changes*, as a YAML file."""
    path = tmp_path / "metodologia.yaml"
    path.write_text(dump(attrs.evolve(sce_method.load(), **changes)), encoding="utf-8")
    return str(path)


class TestResults:
    def test_no_framework(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A methodology with no results framework exits 1 saying so, without reading the cohort."""
        expected = (1, "", "the methodology defines no results framework\n")

        mine = _methodology(tmp_path, results_framework=None)
        assert expected == run(
            capsys, "results", "--methodology", mine, "--cohort", str(tmp_path / "no"), "--lang", "en"
        )

    def test_nothing_to_compute_cohort_not_read(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """With no computation declared and no mentoring policy, a cohort is not read, nor its date."""
        mine = _methodology(tmp_path, mentoring=None, results_framework=_without_computations(sce_method.load()))
        expected = run(capsys, "results", "--methodology", mine, "--format", "csv")

        assert expected == run(
            capsys,
            "results",
            "--methodology",
            mine,
            "--format",
            "csv",
            "--cohort",
            str(tmp_path / "no"),
            "--as-of",
            "2024-10-17",
        )

    def test_empty_cohort(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A cohort with no participants counts none, and says which lists it lacks."""
        empty = write_lists(
            tmp_path / "vacia",
            participants="participant_id,centre_id,cohort_id,enrolled_on\n",
            attendance="participant_id,module_id,session_date,hours\n",
        )
        code, out, _ = run(capsys, "results", "--format", "json", "--cohort", str(empty))
        rows = {r["id"]: r for r in json.loads(out)}

        expected = (0, 0, None, "graduations")
        assert expected == (
            code,
            rows["participantes-2024"]["computed"],
            rows["graduadas-2024"]["computed"],
            rows["graduadas-2024"]["missing"],
        )

    def test_invalid_date(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A date that is not YYYY-MM-DD is wrong usage: exit 2, the message naming the option."""
        code, out, err = run(capsys, "results", "--cohort", str(EXAMPLE), "--as-of", "17/10/2024", "--lang", "en")

        said = (
            "sce-method results: error: argument --as-of: invalid date '17/10/2024': expected a real date as YYYY-MM-DD"
        )
        assert (2, "", said) == (code, out, err.splitlines()[-1])


class TestChart:
    def test_svg_on_stdout(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format svg prints the chart (it used to be a usage error): SVG grouped by outcome, text kept as text."""
        pytest.importorskip("matplotlib")
        code, out, err = run(capsys, "results", "--format", "svg")

        expected = (0, "", True, True)
        assert expected == (code, err, "<svg" in out, "R1." in out)

    def test_png_to_a_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--format png -o FILE writes a PNG image."""
        pytest.importorskip("matplotlib")
        path = tmp_path / "marco.png"
        code, _, _ = run(capsys, "results", "--format", "png", "-o", str(path))

        expected = (0, b"\x89PNG")
        assert expected == (code, path.read_bytes()[:4])

    def test_png_needs_a_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A PNG is binary: without -o it is wrong usage, exit 2."""
        code, out, _ = run(capsys, "results", "--format", "png")

        expected = (2, "")
        assert expected == (code, out)


class TestFromRecords:
    def test_every_figure_agrees(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The jalisco-2024 example reproduces each computed figure of the report: every computed row agrees."""
        code, out, err = run(capsys, "results", "--cohort", str(JALISCO), "--format", "json")
        rows = json.loads(out)

        expected: tuple[int, str, set[str]] = (0, "", set())
        assert expected == (code, err, {r["id"] for r in rows if r["computed"] is not None and not r["agrees"]})

    def test_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The table shows the report's value and the computed one side by side."""
        code, out, _ = run(capsys, "results", "--cohort", str(JALISCO), "--lang", "en")

        assert code == 0
        assert any(line.split()[:1] == ["2.1"] and line.split()[-2:] == ["91", "yes"] for line in out.splitlines())

    def test_explain(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--explain ROW lists the records counted and those excluded, with the reason."""
        code, out, _ = run(capsys, "results", "--cohort", str(JALISCO), "--explain", "2.1", "--lang", "en")

        assert code == 0
        assert "Counted (91):" in out
        assert "her cohort crea-2025-1 starts after the period (2025-01-13): J0419, J0420, J0421, J0422" in out

    def test_explain_as_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--explain with --format json gives the ids and what is said of each."""
        code, out, _ = run(
            capsys, "results", "--cohort", str(JALISCO), "--explain", "graduadas-crea-fines-2023", "--format", "json"
        )
        found = json.loads(out)

        expected = (0, 49, 49)
        assert expected == (code, found["computed"], len(found["counted"]))

    def test_explain_an_unknown_row(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown row exits 1 with one line naming it."""
        code, out, err = run(capsys, "results", "--cohort", str(JALISCO), "--explain", "9.9", "--lang", "en")

        expected = (1, "", 1)
        assert expected == (code, out, len(err.splitlines()))
        assert "9.9" in err

    def test_explain_needs_a_cohort(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--explain without --cohort is wrong usage: exit 2."""
        said = "sce-method results: error: argument --explain: needs --cohort: the folder whose records are counted\n"
        expected = (2, "", said)

        assert expected == run(capsys, "results", "--explain", "2.1", "--lang", "en")

    def test_a_missing_list_is_reported(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The small example has no graduations.csv: graduates are reported missing, not zero."""
        code, out, _ = run(capsys, "results", "--cohort", str(EXAMPLE), "--format", "json")
        rows = {r["id"]: r for r in json.loads(out)}

        expected = (0, None, "graduations", 70)
        assert expected == (code, rows["graduadas-2024"]["computed"], rows["graduadas-2024"]["missing"],
                            rows["participantes-2024"]["computed"])  # fmt: skip
