"""Tests for `sce_method.cli`: `main` parses, then imports and runs only the command asked for."""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pytest

import sce_method
from sce_method.cli import _MODULES, _command
from tests.cli.imports import imported_after, rooms_in
from tests.cli.run import run

BUNDLED_YAML: Final = Path(sce_method.__file__).parent / "data" / "jalisco-sisemh-2024.yaml"


class TestMain:
    def test_help_imports_no_room(self) -> None:
        """--help answers without importing any room of the house or any command."""
        expected: tuple[list[str], list[str]] = ([], [])

        code = "import contextlib, io\nfrom sce_method.cli import main\n"
        code += "with contextlib.redirect_stdout(io.StringIO()):\n    assert main(['--help']) == 0"
        found = imported_after(code)
        assert expected == (rooms_in(found), [m for m in found if m in _MODULES.values()])

    def test_imports_only_the_command_that_runs(self) -> None:
        """Validate imports its own module and no other command's."""
        expected = ["sce_method.cli._validate"]

        code = f"from sce_method.cli import main\nassert main(['validate', {str(BUNDLED_YAML)!r}]) == 0"
        assert expected == [m for m in imported_after(code) if m in _MODULES.values()]

    @pytest.mark.parametrize("name", sorted(_MODULES))
    def test_every_command_runs_from_its_module(self, capsys: pytest.CaptureFixture[str], name: str) -> None:
        """Each command of the parser has a module with a run function."""
        expected = (0, True, f"sce_method.cli._{name}")

        code, out, _ = run(capsys, name, "--help")
        found = _command(name)
        assert expected == (code, out.startswith(f"uso: sce-method {name}"), found.__module__)
