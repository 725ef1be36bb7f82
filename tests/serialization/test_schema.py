"""Tests for `sce_method.serialization._schema`: the JSON Schemas generated from the classes."""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sce_method
from sce_method import Methodology
from sce_method.exceptions import LoadError
from sce_method.graduation import KINDS, CaseFile
from sce_method.methodology import Adaptation
from sce_method.serialization import SchemaKind, dump, json_schema, load, loads, structure, unstructure
from sce_method.serialization._schema import _Builder
from sce_method.serialization._yaml import parse
from tests.edits import BUNDLED
from tests.serialization.files import DATA, FILES, ROOT, kind_of
from tests.strategies import methodologies


def validator(kind: SchemaKind) -> jsonschema.Draft202012Validator:
    """A validator of the schema *kind* that also checks formats (a date must be a real day)."""
    return jsonschema.Draft202012Validator(
        json_schema(kind), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def errors(data: object, kind: SchemaKind = "methodology") -> list[str]:
    """Where the schema *kind* refuses *data*, as JSON paths (inside an anyOf or oneOf, the deepest branch's)."""
    return sorted(
        max(_leaves(e), key=lambda leaf: len(leaf.absolute_path)).json_path for e in validator(kind).iter_errors(data)
    )


def _leaves(error: jsonschema.ValidationError) -> list[jsonschema.ValidationError]:
    """The errors under *error* that have none under them (the branches of an anyOf or oneOf)."""
    return [leaf for sub in error.context for leaf in _leaves(sub)] if error.context else [error]


def refused(data: object, cls: type[object]) -> bool:
    """Whether the loader refuses *data* as a *cls*."""
    try:
        structure(data, cls)
    except LoadError:
        return True
    return False


def base() -> dict[str, Any]:
    """sce-base.yaml (a whole methodology) as the loader reads it, a fresh copy."""
    data = parse((DATA / "sce-base.yaml").read_bytes()).data
    assert isinstance(data, dict)
    return copy.deepcopy(data)


class TestJsonSchema:
    @pytest.mark.parametrize("kind", ["methodology", "adaptation", "cases"])
    def test_is_a_valid_draft_2020_12_schema(self, kind: SchemaKind) -> None:
        """Each schema is itself valid JSON Schema 2020-12."""
        jsonschema.Draft202012Validator.check_schema(json_schema(kind))

    @pytest.mark.parametrize("kind", ["methodology", "adaptation", "cases"])
    def test_id_is_under_the_documentation_url(self, kind: SchemaKind) -> None:
        """The $id is the project's documentation URL (pyproject), then schemas/<kind>.schema.json."""
        with (ROOT / "pyproject.toml").open("rb") as f:
            docs = tomllib.load(f)["project"]["urls"]["Documentation"]

        expected = f"{docs}/schemas/{kind}.schema.json"
        assert expected == json_schema(kind)["$id"]

    @pytest.mark.parametrize(
        ("kind", "cls"), [("methodology", Methodology), ("adaptation", Adaptation), ("cases", CaseFile)]
    )
    def test_root_is_the_class(self, kind: SchemaKind, cls: type[attrs.AttrsInstance]) -> None:
        """Each kind's root is its class, written out at the top (not a $ref, which draft-07 tools read otherwise)."""
        schema = json_schema(kind)
        fields = {f.name for f in attrs.fields(cls) if f.init and not f.metadata.get("sce_method.derived")}

        expected = (fields, False)
        assert expected == (set(_properties(kind)), "$ref" in schema)

    @pytest.mark.parametrize("kind", ["methodology", "adaptation", "cases"])
    def test_read_alike_by_draft_07_tools(self, kind: SchemaKind) -> None:
        """
        Editors' YAML servers implement draft 7: every keyword used means the same there, and no $ref has siblings.

        ``$defs`` is only where the references point (a JSON pointer), and ``default`` beside a ``$ref`` is an
        annotation a draft-07 tool may drop.
        """
        schema = json_schema(kind)
        jsonschema.Draft7Validator.check_schema(schema)

        expected: tuple[set[str], list[str]] = (set(), [])
        assert expected == (_keywords(schema) - _DRAFT_07, _ref_siblings(schema))

    def test_deterministic(self) -> None:
        """Two generations are equal."""
        assert json_schema("methodology") == json_schema("methodology")

    def test_unknown_kind(self) -> None:
        """A kind with no schema is a KeyError."""
        with pytest.raises(KeyError):
            json_schema("cohort")  # type: ignore[arg-type]

    def test_required_are_the_fields_without_default(self) -> None:
        """A record requires exactly its fields without a default; derived fields are left out."""
        record = json_schema("methodology")
        fields = [f for f in attrs.fields(Methodology) if not f.metadata.get("sce_method.derived")]

        expected = ([f.name for f in fields if f.default is attrs.NOTHING], {f.name for f in fields}, False)
        assert expected == (record["required"], set(_properties("methodology")), record["additionalProperties"])

    def test_fields_not_read_are_left_out(self) -> None:
        """Derived fields (a lineage) and init=False fields (a parsed expression) are not keys of a file."""
        defs = _defs("methodology")

        expected = (False, False, False)
        assert expected == (
            "layers" in _properties("methodology"),
            "origins" in _properties("methodology"),
            "_parsed" in defs["Question"]["properties"],
        )

    def test_criterion_is_a_union_tagged_by_kind(self) -> None:
        """Criterion is oneOf its classes, each requiring its own kind."""
        defs = _defs("methodology")
        members = [ref["$ref"].removeprefix("#/$defs/") for ref in defs["Criterion"]["oneOf"]]

        expected = list(KINDS)
        assert expected == [defs[m]["properties"]["kind"]["const"] for m in members]
        assert all(defs[m]["required"][0] == "kind" for m in members)

    def test_generic_parameters_are_filled(self) -> None:
        """Dated[RuleSet] is its own definition, whose entries hold RuleSets."""
        defs = _defs("methodology")

        expected = ("#/$defs/DatedValue_RuleSet", "#/$defs/RuleSet", "Dated[RuleSet]")
        assert expected == (
            defs["Dated_RuleSet"]["properties"]["entries"]["items"]["$ref"],
            defs["DatedValue_RuleSet"]["properties"]["value"]["$ref"],
            defs["Dated_RuleSet"]["title"],
        )

    def test_field_provenance_names_the_record_fields(self) -> None:
        """field_provenance keys are the record's other fields, derived ones included (as the loader accepts them)."""
        defs = _defs("methodology")
        module = defs["Module"]["properties"]

        expected = ([k for k in module if k not in ("provenance", "field_provenance")], True)
        assert expected == (
            module["field_provenance"]["propertyNames"]["enum"],
            "origins" in _properties("methodology")["field_provenance"]["propertyNames"]["enum"],
        )

    def test_forms(self) -> None:
        """Text is a string or {es, en}; an optional value may be null; an adaptation's change value is anything."""
        defs = _defs("adaptation")

        expected: tuple[object, ...] = ({}, {"type": "null"}, ["es"])
        assert expected == (
            defs["Change"]["properties"]["value"],
            _properties("adaptation")["description"]["anyOf"][1],
            defs["Text"]["anyOf"][1]["required"],
        )

    def test_a_type_with_no_schema_is_an_error(self) -> None:
        """A field of a type the converter does not read either (a set) has no schema: generation fails."""

        @attrs.frozen
        class Odd:
            tags: set[str]

        with pytest.raises(TypeError, match="no JSON Schema"):
            _Builder().of(Odd)


_DRAFT_07: Final = {
    "$schema", "$id", "$ref", "$defs", "title", "description", "default", "type", "enum", "const", "pattern",
    "format", "minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum", "properties", "required",
    "additionalProperties", "propertyNames", "items", "anyOf", "oneOf",
}  # fmt: skip
"""The keywords the schemas may use: the same meaning in draft 7 and 2020-12 ($defs: a place refs point to)."""
_NAMES_OF: Final = {"properties", "$defs"}
"""Keywords whose object's keys are names, not keywords."""


def _keywords(schema: object) -> set[str]:
    """Every keyword used anywhere in *schema*."""
    if isinstance(schema, list):
        return {k for item in schema for k in _keywords(item)}
    if not isinstance(schema, dict):
        return set()
    found = set(schema)
    for key, value in schema.items():
        if key in _NAMES_OF:
            found |= {k for sub in value.values() for k in _keywords(sub)}
        elif key not in ("enum", "const", "default", "required"):
            found |= _keywords(value)
    return found


def _ref_siblings(schema: object) -> list[str]:
    """The keywords beside a $ref other than default (an annotation), anywhere in *schema*."""
    if isinstance(schema, list):
        return [k for item in schema for k in _ref_siblings(item)]
    if not isinstance(schema, dict):
        return []
    found = sorted(set(schema) - {"$ref", "default"}) if "$ref" in schema else []
    for key, value in schema.items():
        if key in _NAMES_OF:
            found += [k for sub in value.values() for k in _ref_siblings(sub)]
        elif key not in ("enum", "const", "default", "required"):
            found += _ref_siblings(value)
    return found


def _properties(kind: SchemaKind) -> dict[str, Any]:
    properties = json_schema(kind)["properties"]
    assert isinstance(properties, dict)
    return properties


def _defs(kind: SchemaKind) -> dict[str, Any]:
    defs = json_schema(kind)["$defs"]
    assert isinstance(defs, dict)
    return defs


class TestFilesValidate:
    @pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
    def test_bundled_and_example_files(self, path: Path) -> None:
        """Every bundled YAML file and example adaptation is valid against the schema of its kind."""
        data = parse(path.read_bytes(), file=str(path)).data

        assert errors(data, kind_of(path)) == []

    @pytest.mark.parametrize("ident", sce_method.available())
    def test_resolved_methodologies(self, ident: str) -> None:
        """Each bundled methodology, resolved and dumped, is a valid whole methodology file."""
        assert errors(parse(dump(load(ident))).data) == []

    @settings(max_examples=25)
    @given(methodologies())
    def test_any_methodology(self, m: Methodology) -> None:
        """Whatever valid methodology, its plain data is valid against the schema."""
        assert errors(unstructure(m)) == []


_CRITERION: Final = "$.graduation.rule_sets.entries[0].value.rule.criteria[0]"
_SCALARS: Final = ("12", "2.5", "-1", "0", "true", "null", "[]", "{}", "''", "x", "X Y", "'2024-02-30'", "2024-06-10")


class TestNeverStricterThanTheLoader:
    @settings(max_examples=60)
    @given(st.data())
    def test_one_value_edited(self, data: st.DataObject) -> None:
        """Set any one value of a valid file to another scalar: whatever the loader accepts, the schema accepts."""
        lines = BUNDLED.splitlines(keepends=True)
        keyed = [i for i, line in enumerate(lines) if ": " in line and not line.rstrip().endswith(":")]
        index = data.draw(st.sampled_from(keyed))
        key = lines[index].split(": ", 1)[0]
        lines[index] = f"{key}: {data.draw(st.sampled_from(_SCALARS))}\n"
        text = "".join(lines)
        try:
            loads(text)
        except LoadError:
            return
        assert errors(parse(text).data) == []


class TestBadFiles:
    @pytest.mark.parametrize(
        ("change", "where"),
        [
            (lambda d: d.update(hourz=3), "$"),
            (lambda d: d["documents"][0].update(titel="x"), "$.documents[0]"),
            (lambda d: d.update(version=2024.1), "$.version"),
            (lambda d: d.update(valid_from="2024-02-30"), "$.valid_from"),
            (lambda d: d.update(valid_from="17/10/2024"), "$.valid_from"),
            (lambda d: d.pop("title"), "$"),
            (lambda d: d.update(title={"en": "Base"}), "$.title"),
            (lambda d: d.update(id="SCE base"), "$.id"),
            (lambda d: d.update(documents=[]), "$.documents"),
            (lambda d: d.update(curriculum=None), "$.curriculum"),
            (lambda d: _criterion(d).update(kind="cocina"), _CRITERION),
            (lambda d: _criterion(d).update(hours=10), _CRITERION),
        ],
        ids=[
            "unknown key",
            "unknown nested key",
            "wrong type",
            "not a day",
            "not ISO",
            "missing key",
            "text without es",
            "not a slug",
            "empty list",
            "null for a record",
            "unknown kind",
            "key of another kind",
        ],
    )
    def test_refused_by_schema_and_loader(self, change: Callable[[dict[str, Any]], object], where: str) -> None:
        """A broken methodology fails the schema where it is broken (at or under *where*), and the loader too."""
        data = base()
        change(data)

        found = errors(data)

        expected = (True, True)
        assert expected == (bool(found) and all(p.startswith(where) for p in found), refused(data, Methodology)), found

    def test_adaptation(self) -> None:
        """An adaptation without based_on, or with a change whose op does not exist, fails the schema and the loader."""
        data = parse((DATA / "crea-2024.yaml").read_bytes()).data
        assert isinstance(data, dict)
        no_parent = {k: v for k, v in data.items() if k != "based_on"}
        bad_op = copy.deepcopy(data)
        bad_op["changes"][0]["op"] = "rename"

        expected = (["$"], ["$.changes[0].op"], True, True)
        assert expected == (
            errors(no_parent, "adaptation"),
            errors(bad_op, "adaptation"),
            refused(no_parent, Adaptation),
            refused(bad_op, Adaptation),
        )

    def test_cases(self) -> None:
        """Hours as text and a status that does not exist fail the schema and the loader."""
        text = """
cases:
  - name: uno
    as_of: "2024-10-17"
    participant: {centre_id: crea, enrolled_on: "2024-06-10"}
    attendance: [{module_id: desarrollo-humano, session_date: "2024-07-01", hours: "2"}]
    expect: {status: graduada}
"""
        data = parse(text).data

        expected = (["$.cases[0].attendance[0].hours", "$.cases[0].expect.status"], True)
        assert expected == (errors(data, "cases"), refused(data, CaseFile))


def _criterion(data: dict[str, Any]) -> dict[str, Any]:
    """The first criterion of sce-base's rule (an all_of), a fresh one that no alias shares."""
    rule = data["graduation"]["rule_sets"]["entries"][0]["value"]["rule"]
    rule["criteria"][0] = dict(rule["criteria"][0])
    first: dict[str, Any] = rule["criteria"][0]
    return first
