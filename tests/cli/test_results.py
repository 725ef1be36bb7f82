"""Tests for `sce_method.cli._results`: the ``results`` command reads a cohort only when it can compute from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import sce_method
from sce_method.serialization import dump
from tests.cli.run import run
from tests.participants.lists import EXAMPLE, write_lists


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

    def test_no_policy_cohort_not_read(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """With no mentoring policy nothing is computed from a cohort: it is not read."""
        mine = _methodology(tmp_path, mentoring=None)
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
        """A cohort with no participants adds nothing."""
        expected = run(capsys, "results", "--format", "csv")

        empty = write_lists(
            tmp_path / "vacia",
            participants="participant_id,centre_id,cohort_id,enrolled_on\n",
            attendance="participant_id,module_id,session_date,hours\n",
        )
        assert expected == run(capsys, "results", "--format", "csv", "--cohort", str(empty), "--as-of", "2024-10-17")

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
