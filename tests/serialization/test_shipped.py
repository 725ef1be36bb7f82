"""Tests for `sce_method.serialization._shipped`: the schema files shipped in `sce_method.schemas`."""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path
from typing import Final, get_args

import pytest

from sce_method.serialization import SCHEMA_FILES, SCHEMAS_PACKAGE, SchemaFile, schema_text
from sce_method.serialization._yaml import parse
from tests.serialization.files import FILES, ROOT, kind_of

EDITOR_LINE: Final = "# yaml-language-server: $schema="
"""How a YAML file names its schema for editors (the YAML extension of VS Code and others)."""


class TestShippedFiles:
    @pytest.mark.parametrize("kind", list(SCHEMA_FILES))
    def test_equal_to_a_fresh_generation(self, kind: SchemaFile) -> None:
        """Each shipped file is what the classes generate now (else: sce-method schema KIND -o FILE)."""
        shipped = importlib.resources.files(SCHEMAS_PACKAGE) / SCHEMA_FILES[kind]

        assert schema_text(kind) == shipped.read_text(encoding="utf-8"), (
            f"stale: run `sce-method schema {kind} -o src/sce_method/schemas/{SCHEMA_FILES[kind]}`"
        )

    def test_every_kind_has_a_file(self) -> None:
        """SCHEMA_FILES names a file for each kind, and nothing else is shipped beside them."""
        shipped = {f.name for f in importlib.resources.files(SCHEMAS_PACKAGE).iterdir() if f.name.endswith(".json")}

        expected = (list(get_args(SchemaFile)), set(SCHEMA_FILES.values()))
        assert expected == (list(SCHEMA_FILES), shipped)


class TestSchemaText:
    def test_json_with_sorted_keys_and_a_final_newline(self) -> None:
        """The text is JSON, keys sorted, ending in one newline."""
        text = schema_text("adaptation")

        expected = (True, list(json.loads(text)))
        assert expected == (text.endswith("}\n"), sorted(json.loads(text)))

    def test_unknown_kind(self) -> None:
        """A kind with no schema is a ValueError naming the kinds there are."""
        with pytest.raises(ValueError, match="methodology, adaptation, cases, datapackage"):
            schema_text("cohort")  # type: ignore[arg-type]


class TestEditorLines:
    @pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
    def test_first_line_names_the_schema_of_its_kind(self, path: Path) -> None:
        """Each bundled and example YAML file starts by naming, relative to itself, the shipped schema of its kind."""
        first = path.read_text(encoding="utf-8").splitlines()[0]
        named = (path.parent / first.removeprefix(EDITOR_LINE)).resolve()

        expected = (True, ROOT / "src" / "sce_method" / "schemas" / SCHEMA_FILES[kind_of(path)])
        assert expected == (first.startswith(EDITOR_LINE), named)

    def test_the_loader_reads_past_it(self) -> None:
        """The line is a YAML comment: the data is the same with or without it."""
        text = "id: x\nversion: '1'\n"

        assert parse(text).data == parse(f"{EDITOR_LINE}../schemas/methodology.schema.json\n{text}").data
