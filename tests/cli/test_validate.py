"""Tests for `sce_method.cli._validate`: the ``validate`` command."""

from __future__ import annotations

from pathlib import Path

import pytest

import sce_method
from sce_method.serialization import dump
from tests.cli.run import run
from tests.edits import edit


class TestValidate:
    def _bad(self, tmp_path: Path) -> tuple[Path, list[tuple[int, int]]]:
        """The bundled YAML with two problems, and where each value starts (line, column)."""
        kind = edit("kind: at_least", "kind: at_lest")
        hours = edit("hours: 12", "hours: -4", text=kind.text)
        path = tmp_path / "mala.yaml"
        path.write_text(hours.text, encoding="utf-8")
        return path, [(hours.line, hours.column + len("hours: ")), (kind.line, kind.column + len("kind: "))]

    def test_valid(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A valid file exits 0 and is said to be valid on stdout."""
        path = tmp_path / "m.yaml"
        path.write_text(dump(sce_method.load()), encoding="utf-8")

        expected = (0, f"{path}: valid\n", "")
        assert expected == run(capsys, "validate", "--lang", "en", str(path))

    def test_invalid(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """An invalid file exits 1 with one line per problem on stderr, each with file:line:column."""
        path, places = self._bad(tmp_path)
        code, out, err = run(capsys, "validate", "--lang", "en", str(path))

        lines = err.splitlines()
        expected = (1, "", [f"{path}:{line}:{column}" for line, column in places], f"{path}: 2 problems")
        assert expected == (code, out, [line.split(": $.")[0] for line in lines[:2]], lines[2])

    @pytest.mark.parametrize(("lang", "expected"), [("es", "1 problema"), ("en", "1 problem")])
    def test_one_problem(self, capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, expected: str) -> None:
        """One problem is counted in the singular."""
        path = tmp_path / "mala.yaml"
        path.write_text(edit("hours: 12", "hours: -4").text, encoding="utf-8")
        _, _, err = run(capsys, "validate", "--lang", lang, str(path))

        assert f"{path}: {expected}" == err.splitlines()[-1]

    def test_invalid_messages(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """Each line gives the path and what is wrong; there is no traceback."""
        path, _ = self._bad(tmp_path)
        _, _, err = run(capsys, "validate", "--lang", "en", str(path))

        expected = (
            ["$.curriculum.modules[0].hours: must be > 0, got -4.0",
             "$.graduation.rule_sets.entries[0].value.rule.kind: unknown kind 'at_lest'; did you mean 'at_least'?"],
            False,
        )  # fmt: skip
        assert expected == ([line.split(": ", 1)[1] for line in err.splitlines()[:2]], "Traceback" in err)

    def test_several_files(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """Every file is validated; one invalid file makes the exit code 1."""
        good = tmp_path / "buena.yaml"
        good.write_text(dump(sce_method.load()), encoding="utf-8")
        bad, _ = self._bad(tmp_path)
        code, out, _ = run(capsys, "validate", str(bad), str(good))

        expected = (1, f"{good}: válido\n")
        assert expected == (code, out)

    def test_missing_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A file that does not exist is a problem, not a crash."""
        code, _, err = run(capsys, "validate", "--lang", "en", str(tmp_path / "no.yaml"))

        expected = (1, f"{tmp_path / 'no.yaml'}: file not found")
        assert expected == (code, err.splitlines()[0])
