"""Tests for `sce_method.cli._test`: the ``test`` command."""

from __future__ import annotations

from pathlib import Path

import pytest

from sce_method.serialization import bundled_cases
from tests.cli.run import run
from tests.graduation.test_cases import WRONG


class TestTest:
    def test_bundled_cases(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With no files, the bundled cases run and all pass."""
        code, out, _ = run(capsys, "test", "--lang", "en")
        cases = len(bundled_cases().cases)

        expected = (0, f"{cases} of {cases} cases passed")
        assert expected == (code, out.splitlines()[-1])

    def test_wrong_case(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A wrong case exits 1 and is reported as FALLA."""
        path = tmp_path / "casos.yaml"
        path.write_text(WRONG, encoding="utf-8")
        code, out, _ = run(capsys, "test", str(path))

        expected = (1, "FALLA  sin ninguna asistencia, y se espera que acredite", "0 de 1 casos correctos")
        assert expected == (code, out.splitlines()[0], out.splitlines()[-1])

    def test_wrong_case_in_english(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """...FAILED in English, with what differed."""
        path = tmp_path / "casos.yaml"
        path.write_text(WRONG, encoding="utf-8")
        code, out, _ = run(capsys, "test", "--lang", "en", str(path))

        expected = (1, True, True)
        assert expected == (code, out.startswith("FAILED "), "expected status eligible, got not_eligible" in out)

    def test_invalid_case_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A case file with a bad status exits 1 with the problem located, no traceback."""
        path = tmp_path / "casos.yaml"
        path.write_text(WRONG.replace("status: eligible", "status: graduada"), encoding="utf-8")
        code, _, err = run(capsys, "test", str(path))

        expected = (1, True, False)
        assert expected == (code, err.startswith(f"{path}:"), "Traceback" in err)
