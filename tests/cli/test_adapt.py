"""Tests for ``sce-method adapt new``, ``diff`` and ``validate`` on adaptations, as a user runs them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Final

import pytest

from tests.cli.run import run
from tests.participants.lists import EXAMPLE

EXAMPLES: Final = Path(__file__).parents[2] / "examples" / "adaptations"
EXAMPLE_STATE: Final = EXAMPLES / "mi-estado-2025.yaml"
REFUSED: Final = EXAMPLES / "mi-estado-2025-bloqueado.yaml"


class TestAdaptNew:
    def test_writes_a_file_that_validates(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """The new adaptation validates as written, and resolves over its parent."""
        target = tmp_path / "mi-estado.yaml"

        made = run(capsys, "adapt", "new", "--from", "jalisco-sisemh-2024", "--id", "mi-estado-2025", "-o", str(target))
        checked = run(capsys, "validate", str(target))

        expected = (0, 0, "sce-base 2024.1 -> jalisco-sisemh-2024 2024.1 -> mi-estado-2025 1")
        assert expected == (made[0], checked[0], checked[1].split("(")[-1].rstrip(")\n"))

    def test_a_parent_file_is_named_relative_to_the_adaptation(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Adapting a file writes its path relative to the new file, so the pair can move together."""
        (tmp_path / "sub").mkdir()
        target = tmp_path / "sub" / "hija.yaml"

        run(capsys, "adapt", "new", "--from", str(EXAMPLE_STATE), "--id", "hija", "-o", str(target))
        code, out, _ = run(capsys, "validate", str(target))

        assert code == 0
        assert "mi-estado-2025 1 -> hija 1" in out
        assert f"path: {os.path.relpath(EXAMPLE_STATE.resolve(), target.parent)}" in target.read_text("utf-8")

    def test_refuses_to_overwrite(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """An existing file is kept unless --force is given."""
        target = tmp_path / "x.yaml"
        target.write_text("mío\n", encoding="utf-8")

        code, _, err = run(capsys, "adapt", "new", "--from", "jalisco-sisemh-2024", "--id", "x", "-o", str(target))

        expected = (2, "mío\n")
        assert expected == (code, target.read_text(encoding="utf-8"))
        assert "--force" in err

    def test_bad_id(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An id that is not a slug is a one-line error, exit 1."""
        code, _, err = run(capsys, "adapt", "new", "--from", "jalisco-sisemh-2024", "--id", "Mi Estado")

        assert code == 1
        assert "Mi Estado" in err
        assert "Traceback" not in err


class TestDiff:
    def test_identical(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The same methodology twice: no differences, exit 0, even with --exit-code."""
        expected = (0, "sin diferencias\n")

        assert expected == run(capsys, "diff", "jalisco-sisemh-2024", "jalisco-sisemh-2024", "--exit-code")[:2]

    def test_json_gives_plain_values(self, capsys: pytest.CaptureFixture[str]) -> None:
        """JSON rows carry the values and provenances as plain data, numbers as numbers."""
        code, out, _ = run(capsys, "diff", "jalisco-sisemh-2024", str(EXAMPLE_STATE), "--format", "json")
        rows = {r["path"]: r for r in json.loads(out)}

        hours = rows["curriculum.modules[educacion-financiera].hours"]
        expected = (
            0,
            12.0,
            10.0,
            "mi-estado-2025",
            {"document": "acuerdo-mi-estado-2025", "place": "anexo técnico, tabla 2"},
        )
        assert expected == (code, hours["old"], hours["new"], hours["layer"], hours["new_provenance"]["source"])

    def test_exit_code(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With --exit-code, a difference exits 1."""
        assert run(capsys, "diff", "jalisco-sisemh-2024", "crea-2024", "--exit-code")[0] == 1

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_table_and_md(self, capsys: pytest.CaptureFixture[str], lang: str) -> None:
        """The table names the change, both provenances and the layer; md is a table with a header."""
        table = run(capsys, "diff", "jalisco-sisemh-2024", str(EXAMPLE_STATE), "--lang", lang)[1]
        md = run(capsys, "diff", "jalisco-sisemh-2024", str(EXAMPLE_STATE), "--lang", lang, "--format", "md")[1]

        assert "curriculum.modules[educacion-financiera].hours" in table
        assert "mi-estado-2025" in table
        assert md.startswith("| ")


class TestExampleAdaptation:
    def test_checks_a_cohort(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The example adaptation checks the example cohort."""
        code, out, _ = run(capsys, "check", str(EXAMPLE), "--methodology", str(EXAMPLE_STATE), "--as-of", "2025-06-30")

        assert code == 0
        assert "70 participantes" in out

    def test_its_locked_change_is_refused_with_the_reason(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The locked change is refused, at its path, naming the layer and the lock's reason."""
        code, _, err = run(capsys, "validate", str(REFUSED))

        assert code == 1
        assert "mi-estado-2025-bloqueado.yaml:17:11: $.changes[0].path:" in err
        assert "sce-base" in err
        assert "principio de graduación de SCE" in err

    def test_show_provenance_names_the_layer(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Show --provenance says which layer set each value."""
        out = run(capsys, "show", str(EXAMPLE_STATE), "--provenance", "--lang", "en")[1]

        assert "layer mi-estado-2025" in out
        assert "layer sce-base" in out


class TestBase:
    def test_checking_against_the_base_is_refused(self, capsys: pytest.CaptureFixture[str]) -> None:
        """sce-base has no modules: checking a cohort against it says so, exit 1, no traceback."""
        code, _, err = run(capsys, "check", str(EXAMPLE), "--methodology", "sce-base", "--as-of", "2024-10-17")

        assert code == 1
        assert "no tiene módulos" in err
        assert "Traceback" not in err
