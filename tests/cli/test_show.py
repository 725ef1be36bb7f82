"""Tests for `sce_method.cli._show`: the ``show`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import sce_method
from sce_method.cli import main
from sce_method.serialization import dump
from tests.cli.run import run


class TestShow:
    def test_default_methodology(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The show command with no source shows the bundled methodology, in Spanish."""
        code, out, err = run(capsys, "show")

        expected = (0, True, "")
        assert expected == (code, out.startswith(str(sce_method.load().title)), err)

    def test_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--lang en shows the English title."""
        code, out, _ = run(capsys, "show", "--lang", "en")

        expected = (0, True)
        assert expected == (code, out.startswith(str(sce_method.load().title.en)))

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json is JSON of the methodology."""
        code, out, _ = run(capsys, "show", "--format", "json")

        expected = (0, "jalisco-sisemh-2024")
        assert expected == (code, json.loads(out)["id"])

    def test_provenance(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--provenance --format json lists values with their provenance."""
        code, out, _ = run(capsys, "show", "--provenance", "--format", "json")

        expected = (0, {"path", "value", "provenance"})
        assert expected == (code, set(json.loads(out)[0]))

    def test_by_path(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """The show command shows a methodology from a YAML file."""
        path = tmp_path / "m.yaml"
        path.write_text(dump(sce_method.load()), encoding="utf-8")

        expected = run(capsys, "show")
        assert expected == run(capsys, "show", str(path))

    def test_output_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """-o writes the output to a file instead of stdout."""
        path = tmp_path / "m.md"
        code, out, _ = run(capsys, "show", "--format", "md", "-o", str(path))

        expected = (0, "", True)
        assert expected == (code, out, path.read_text(encoding="utf-8").startswith("# "))

    def test_unknown_source(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown methodology id exits 1 with a one-line message."""
        code, out, err = run(capsys, "show", "cocina")

        expected = (1, "", 1, False)
        assert expected == (code, out, len(err.splitlines()), "Traceback" in err)


class TestShowEveryPart:
    @pytest.mark.parametrize(
        ("lang", "headings"),
        [
            (
                "es",
                [
                    "Graduación",
                    "Instrumentos de monitoreo",
                    "Indicadores de resultado",
                    "Marco de resultados",
                    "Mentoría",
                ],
            ),
            ("en", ["Graduation", "Monitoring instruments", "Outcome indicators", "Results framework", "Mentoring"]),
        ],
    )
    def test_show_lists_every_part(self, capsys: pytest.CaptureFixture[str], lang: str, headings: list[str]) -> None:
        """`show` has a section for graduation, instruments, indicators, the results framework and mentoring."""
        assert main(["show", "--lang", lang]) == 0
        lines = capsys.readouterr().out.splitlines()

        assert [h for h in headings if h not in lines] == []
