"""Tests for `sce_method.cli._schema`: the ``schema`` command."""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

import pytest

from sce_method.cli._parser import SCHEMAS
from sce_method.participants import LISTS
from sce_method.serialization import SCHEMA_FILES, json_schema, schema_text
from tests.cli.run import run


class TestSchema:
    def test_prints_the_methodology_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`schema methodology` prints the methodology's JSON Schema, as valid JSON."""
        code, out, err = run(capsys, "schema", "methodology")

        expected = (0, json_schema("methodology"), "")
        assert expected == (code, json.loads(out), err)

    def test_data_package(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`schema datapackage` prints the cohort folder's data package, as shipped."""
        code, out, _ = run(capsys, "schema", "datapackage")

        expected = (0, schema_text("datapackage"))
        assert expected == (code, out)

    def test_output_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """-o writes the schema to a file instead of stdout: how the shipped files are regenerated."""
        path = tmp_path / "cases.schema.json"
        code, out, _ = run(capsys, "schema", "cases", "-o", str(path))

        expected = (0, "", schema_text("cases"))
        assert expected == (code, out, path.read_text(encoding="utf-8"))

    def test_unknown_kind_is_wrong_usage(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A kind with no schema exits 2."""
        code, out, err = run(capsys, "schema", "cohort")

        expected = (2, "", True)
        assert expected == (code, out, "valor inválido: 'cohort'" in err)

    def test_kinds_are_the_shipped_files(self) -> None:
        """The parser offers exactly the kinds of SCHEMA_FILES (it cannot import them: it stays light)."""
        assert tuple(SCHEMA_FILES) == SCHEMAS

    @pytest.mark.parametrize("kind", SCHEMAS)
    def test_regenerated_file_is_the_shipped_one(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
    ) -> None:
        """`schema KIND -o FILE` writes, byte for byte, the file shipped in sce_method/schemas."""
        path = tmp_path / SCHEMA_FILES[kind]  # type: ignore[index]  # SCHEMAS holds exactly SCHEMA_FILES' kinds
        run(capsys, "schema", kind, "-o", str(path))
        shipped = importlib.resources.files("sce_method.schemas") / SCHEMA_FILES[kind]  # type: ignore[index]  # as above

        assert shipped.read_bytes() == path.read_bytes()

    def test_the_data_package_covers_every_list(self) -> None:
        """Each list of the cohort folder, graduations, events, staff and staff_training among them, is a resource."""
        package = json.loads(schema_text("datapackage"))

        expected = [spec.name for spec in LISTS]
        assert expected == [resource["name"] for resource in package["resources"]]
