"""Tests for `sce_method.cli._manual`: the ``manual`` command."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import sce_method
from sce_method.cli._parser import MANUAL_FORMATS
from sce_method.manual import FORMATS, build_manual
from tests.cli.run import run

EXAMPLE = "examples/adaptations/mi-estado-2025.yaml"


class TestManual:
    def test_the_default_as_markdown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With no argument: the default methodology's Manual, in Spanish Markdown, to stdout."""
        code, out, err = run(capsys, "manual")

        expected = (0, build_manual(sce_method.load()).to_markdown(), "")
        assert expected == (code, out, err)

    def test_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--lang en writes it in English."""
        code, out, _ = run(capsys, "manual", "--lang", "en")

        assert (code, out.startswith("# Manual of the Economic Empowerment Process\n")) == (0, True)

    def test_html_to_a_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--format html -o writes the self-contained page."""
        path = tmp_path / "manual.html"
        code, out, _ = run(capsys, "manual", "crea-2024", "--format", "html", "-o", str(path))

        expected = (0, "", build_manual(sce_method.load("crea-2024")).to_html())
        assert expected == (code, out, path.read_text(encoding="utf-8"))

    def test_a_file_layer(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An adaptation file: its chapter of changes compares it with the layer below."""
        code, out, _ = run(capsys, "manual", EXAMPLE)

        assert (code, "`curriculum.modules[educacion-financiera].hours`" in out) == (0, True)

    def test_pdf_needs_a_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A PDF is not written to the terminal: wrong usage, exit 2, with what to do."""
        code, out, err = run(capsys, "manual", "--format", "pdf")

        assert (code, out, "-o manual.pdf" in err) == (2, "", True)

    def test_pdf_without_the_extra(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without WeasyPrint: exit 1, one line saying which extra to install, no file, no traceback."""
        monkeypatch.setitem(sys.modules, "weasyprint", None)
        path = tmp_path / "manual.pdf"
        code, out, err = run(capsys, "manual", EXAMPLE, "--format", "pdf", "-o", str(path))

        assert (code, out, err.count("\n"), path.exists()) == (1, "", 1, False)
        assert "pip install 'sce-method[pdf]'" in err

    def test_an_unknown_methodology(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown id is invalid input: exit 1, the known ids named."""
        code, _, err = run(capsys, "manual", "no-existe")

        assert (code, "jalisco-sisemh-2024" in err) == (1, True)

    def test_formats_are_the_manual_s(self) -> None:
        """The parser offers exactly the formats of sce_method.manual (it cannot import them: it stays light)."""
        assert FORMATS == MANUAL_FORMATS
