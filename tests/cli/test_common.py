"""Tests for `sce_method.cli._common`: CSV escapes formulas unless ``--no-formula-escape``; files follow the umask."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Final

import attrs
import pytest

import sce_method
from sce_method import Text
from sce_method.methodology import Methodology
from sce_method.serialization import dump
from tests.cli.run import AS_OF, run
from tests.participants.lists import EXAMPLE

FORMULA: Final = "-HYPERLINK_1"
"""A participant id a spreadsheet reads as a formula: the id pattern lets an id start with ``-``."""
COHORT: Final = "-SUM_1"
"""And a cohort id."""
STATEMENT: Final = "-2+3+cmd|' /C calc'!A0"
"""And an indicator's statement in an adapted methodology."""


def _folder(tmp_path: Path) -> Path:
    """The example cohort, its first participant's id and its first cohort's id turned into formulas."""
    folder = tmp_path / "generacion"
    shutil.copytree(EXAMPLE, folder)
    for path in folder.rglob("*.csv"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\bcrea-2024-1\b", COHORT, text.replace("P0001", FORMULA))
        path.write_text(text, encoding="utf-8", newline="")
    return folder


def _methodology(tmp_path: Path) -> str:
    """The bundled methodology, its first result indicator's statement turned into a formula, as a file."""
    m = sce_method.load()
    framework = m.results_framework
    assert framework is not None
    outcome = framework.outcomes[0]
    indicator = attrs.evolve(outcome.indicators[0], statement=Text(es=STATEMENT, en=STATEMENT))
    outcome = attrs.evolve(outcome, indicators=(indicator, *outcome.indicators[1:]))
    changed: Methodology = attrs.evolve(
        m, results_framework=attrs.evolve(framework, outcomes=(outcome, *framework.outcomes[1:]))
    )
    path = tmp_path / "metodologia.yaml"
    path.write_text(dump(changed), encoding="utf-8")
    return str(path)


Command = Callable[[Path], tuple[list[str], str]]
"""The arguments of a command writing CSV from a folder in *tmp_path*, and the formula it must escape."""

COMMANDS: Final[dict[str, Command]] = {
    "check": lambda tmp: (["check", str(_folder(tmp)), "--as-of", AS_OF, "--format", "csv"], FORMULA),
    "indicators": lambda tmp: (["indicators", str(_folder(tmp)), "--format", "csv"], COHORT),
    "mentoring assign": lambda tmp: (["mentoring", "assign", str(_folder(tmp)), "--as-of", AS_OF], FORMULA),
    "results": lambda tmp: (["results", "--methodology", _methodology(tmp), "--format", "csv"], STATEMENT),
}


def _cells(text: str) -> set[str]:
    return {cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row}


class TestFormulaEscape:
    @pytest.mark.parametrize("command", COMMANDS)
    def test_escaped_by_default(self, capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str) -> None:
        """The command's CSV shows the formula with a ' before it, and never bare."""
        argv, formula = COMMANDS[command](tmp_path)
        cells = _cells(run(capsys, *argv)[1])

        expected = (True, False)
        assert expected == ("'" + formula in cells, formula in cells)

    @pytest.mark.parametrize("command", COMMANDS)
    def test_no_formula_escape(self, capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str) -> None:
        """With --no-formula-escape the cell is written as it is, for programs."""
        argv, formula = COMMANDS[command](tmp_path)
        cells = _cells(run(capsys, *argv, "--no-formula-escape")[1])

        expected = (False, True)
        assert expected == ("'" + formula in cells, formula in cells)

    def test_written_file_escaped(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """-o FILE gets the same escaped text as stdout."""
        argv, _ = COMMANDS["check"](tmp_path)
        shown = run(capsys, *argv)[1]
        run(capsys, *argv, "-o", str(tmp_path / "out.csv"))

        expected = shown
        assert expected == (tmp_path / "out.csv").read_text(encoding="utf-8")


def _outputs(tmp: Path) -> dict[str, list[str]]:
    """Every command that writes a file, with the arguments that write ``out`` in *tmp*."""
    out = str(tmp / "out")
    form = tmp / "form.xlsx"
    return {
        "show": ["show", "-o", out],
        "diff": ["diff", "sce-base", "jalisco-sisemh-2024", "-o", out],
        "adapt new": ["adapt", "new", "--from", "sce-base", "--id", "mia", "-o", out, "--force"],
        "schema": ["schema", "methodology", "-o", out],
        "check": ["check", str(EXAMPLE), "--as-of", AS_OF, "--format", "csv", "-o", out],
        "results": ["results", "--format", "csv", "-o", out],
        "indicators": ["indicators", str(EXAMPLE), "--format", "csv", "-o", out],
        "mentoring report": ["mentoring", "report", str(EXAMPLE), "--as-of", AS_OF, "-o", out],
        "mentoring assign": ["mentoring", "assign", str(EXAMPLE), "--as-of", AS_OF, "-o", out],
        "xlsform": ["xlsform", "salida", "-o", out],
        "xlsform --import": ["xlsform", "--import", str(form), "--kind", "salida", "-o", out],
    }


class TestFilesFollowTheUmask:
    @pytest.mark.parametrize("command", list(_outputs(Path())))
    @pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600)], ids=["022", "077"])
    def test_mode(self, capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, mask: int, mode: int) -> None:
        """Every file a command writes, new or over an old one, gets 0666 less the process umask."""
        run(capsys, "xlsform", "salida", "-o", str(tmp_path / "form.xlsx"))
        (tmp_path / "out").write_text("old", encoding="utf-8")
        (tmp_path / "out").chmod(0o640)
        old = os.umask(mask)
        try:
            run(capsys, *_outputs(tmp_path)[command])
        finally:
            os.umask(old)

        expected = (oct(mode), False)
        assert expected == (
            oct(stat.S_IMODE((tmp_path / "out").stat().st_mode)),
            (tmp_path / "out").read_bytes() == b"old",
        )
