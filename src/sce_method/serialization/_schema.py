"""
JSON Schema (draft 2020-12) of the YAML files, generated from the attrs classes the loader builds.

The schema says what the converter (``_converter.py``) reads, rule by rule:
strict strings, integers, numbers and booleans; dates as ISO text; `Text` as a
string or ``{es, en}``; enums by value; tuples as lists; ``Mapping[str, X]``;
``X | None``; the tagged unions (`TAGGED_UNIONS`) by their tag; an ``object``
field as any value; derived and ``init=False`` fields never. Each record is a
``$defs`` entry that forbids other keys and requires the fields without a
default. The simple field validators it recognises (ids, not empty, positive,
non-negative) become constraints; every other rule stays with the loader.

It is a help for editors and other systems, never a second authority: a file
the schema refuses is refused by the loader too, and the loader refuses more.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import operator
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final, Literal, TypeVar, get_args, get_origin

import attrs
import pendulum

from sce_method._core import Text, is_derived
from sce_method.graduation import CaseFile
from sce_method.methodology import Adaptation, Methodology
from sce_method.serialization._converter import TAGGED_UNIONS
from sce_method.serialization._keywords import Schema, constraints, shown_default

SchemaKind = Literal["methodology", "adaptation", "cases"]
"""The YAML files that have a JSON Schema."""

DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
SCHEMAS_URL: Final = "https://example.invalid/sce-method/schemas/"
"""Where the schemas are named (``$id``): under the project's documentation URL (pyproject's ``Documentation``)."""

AUTHORITY: Final = (
    "Generated from sce_method's classes (`sce-method schema {kind}`); do not edit. It checks keys, types, dates, "
    "choices, the `kind` of each criterion, and the simple rules of single fields (ids are slugs, lists and texts "
    "that must not be empty, numbers that must be positive or non-negative). The loader (`sce-method validate`) "
    "remains the authority: it also checks every rule value's provenance, cited documents, unique ids, references "
    "between records, dated histories in order, expressions, and an adaptation's changes against its parent."
)

_ROOTS: Final[Mapping[str, tuple[type, str, str]]] = {
    "methodology": (Methodology, "sce_method methodology", "A whole methodology file (one without `based_on`)."),
    "adaptation": (
        Adaptation,
        "sce_method adaptation",
        "An adaptation file: a methodology written as the changes it makes to another (`based_on`).",
    ),
    "cases": (CaseFile, "sce_method graduation test cases", "A file of graduation test cases (`sce-method test`)."),
}

_NULL: Final[Schema] = {"type": "null"}
_PRIMITIVES: Final[Mapping[object, Schema]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
}
_NON_BLANK: Final[Schema] = {"type": "string", "pattern": r"\S"}
_DATE: Final[Schema] = {
    "type": "string",
    "format": "date",
    "pattern": r"^\d{4}-\d{2}-\d{2}$",
    "title": "Date",
    "description": "A date as YYYY-MM-DD (ISO 8601), quoted or not.",
}
_TEXT: Final[Schema] = {
    "anyOf": [
        _NON_BLANK,
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["es"],
            "properties": {"es": _NON_BLANK, "en": {"anyOf": [_NON_BLANK, _NULL]}},
        },
    ],
    "title": "Text",
    "description": "A text in Spanish, as a string, or as {es, en} with its English translation.",
}


def _doc(obj: object) -> str | None:
    """The first paragraph of *obj*'s own docstring, on one line."""
    own = obj.__dict__.get("__doc__") if isinstance(obj, type) else None
    if not own:
        return None
    return " ".join(inspect.cleandoc(own).split("\n\n")[0].split())


def _bind(tp: object, bound: Mapping[object, object]) -> object:
    """*tp* with the type variables of a generic class filled (``T`` -> ``RuleSet`` in ``Dated[RuleSet]``)."""
    if isinstance(tp, TypeVar):
        return bound[tp]
    params: tuple[object, ...] = getattr(tp, "__parameters__", ())
    return typing.cast("Any", tp)[tuple(bound[p] for p in params)] if params else tp


def _split_optional(tp: object) -> tuple[object, bool]:
    """``(X, True)`` for ``X | None``; ``(tp, False)`` otherwise."""
    if get_origin(tp) not in (typing.Union, types.UnionType):
        return tp, False
    args = get_args(tp)
    rest = [a for a in args if a is not type(None)]
    if len(rest) == len(args):
        return tp, False
    return functools.reduce(operator.or_, rest), True


@attrs.define
class _Builder:
    """Builds one schema's ``$defs``: each record, enum and tagged union once, named by its class."""

    defs: dict[str, Schema] = attrs.field(factory=dict)
    names: dict[object, str] = attrs.field(factory=dict)
    tags: dict[type, tuple[str, str]] = attrs.field(factory=dict)
    """Each member of a tagged union -> its tag key and its kind."""

    def ref(self, key: object, name: str, build: Callable[[], Schema]) -> Schema:
        """A reference to the definition of *key*, built the first time (a placeholder first, for recursion)."""
        if key not in self.names:
            if name in self.defs:
                msg = f"two types are named {name!r} in one schema"
                raise TypeError(msg)
            self.names[key] = name
            self.defs[name] = {}
            self.defs[name] = build()
        return {"$ref": f"#/$defs/{self.names[key]}"}

    def of(self, tp: object) -> Schema:
        """The schema of a value of type *tp*."""
        simple = self._simple(tp)
        if simple is not None:
            return simple
        inner, optional = _split_optional(tp)
        if optional:
            return {"anyOf": [self.of(inner), _NULL]}
        return self._composite(tp)

    def _simple(self, tp: object) -> Schema | None:
        if tp in _PRIMITIVES:
            return dict(_PRIMITIVES[tp])
        if tp is object:
            return {}
        if tp in (pendulum.Date, dt.date):
            return self.ref(pendulum.Date, "Date", lambda: dict(_DATE))
        if tp is Text:
            return self.ref(Text, "Text", lambda: dict(_TEXT))
        return None

    def _composite(self, tp: object) -> Schema:
        for tagged in TAGGED_UNIONS:
            if tp == tagged.union:
                return self.ref(tagged.union, tagged.name, functools.partial(self._tagged, tagged.tag, tagged.classes))
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self.ref(tp, tp.__name__, functools.partial(self._enum, tp))
        origin = get_origin(tp) or tp
        args = get_args(tp)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.of(args[0])}
        if origin in (Mapping, typing.Mapping) and args and args[0] is str:
            return {"type": "object", "additionalProperties": self.of(args[1])}
        if isinstance(origin, type) and attrs.has(origin):
            if origin in self.tags:
                msg = f"{origin.__name__} is a member of a tagged union and is written only with its tag"
                raise TypeError(msg)
            name = "_".join(getattr(t, "__name__", str(t)) for t in (origin, *args))
            return self.ref(tp, name, functools.partial(self.record, tp))
        msg = f"no JSON Schema for {tp!r}"
        raise TypeError(msg)

    def _enum(self, cl: type[enum.Enum]) -> Schema:
        schema: Schema = {"type": "string", "enum": [m.value for m in cl], "title": cl.__name__}
        doc = _doc(cl)
        if doc:
            schema["description"] = doc
        return schema

    def _tagged(self, tag: str, classes: Mapping[str, type]) -> Schema:
        for kind, cl in classes.items():
            if cl in self.names:
                msg = f"{cl.__name__} is a member of a tagged union and is written only with its tag"
                raise TypeError(msg)
            self.tags[cl] = (tag, kind)
        members = [self.ref(cl, cl.__name__, functools.partial(self.record, cl)) for cl in classes.values()]
        return {"oneOf": members, "description": f"One of these records, named by its `{tag}` key."}

    def record(self, cl: object) -> Schema:
        """The schema of an attrs class *cl* (generic parameters filled): its keys, which are required, their values."""
        origin = typing.cast("type[attrs.AttrsInstance]", get_origin(cl) or cl)
        attrs.resolve_types(origin)
        bound = dict(zip(getattr(origin, "__parameters__", ()), get_args(cl), strict=True))
        properties: Schema = {}
        required: list[str] = []
        if origin in self.tags:
            tag, kind = self.tags[origin]
            properties[tag] = {"const": kind}
            required.append(tag)
        fields = [f for f in attrs.fields(origin) if f.init and not is_derived(f)]
        for field in fields:
            tp = _bind(field.type, bound)
            inner, optional = _split_optional(tp)
            schema = {**self.of(inner), **constraints(field.validator, inner)}
            if optional:
                schema = {"anyOf": [schema, _NULL]}
            if field.name == "field_provenance":  # keys: the record's fields, as `check_provenance` accepts them
                names = [f.name for f in attrs.fields(origin) if f.name not in ("provenance", "field_provenance")]
                schema["propertyNames"] = {"enum": names}
            if field.default is attrs.NOTHING:
                required.append(field.name)
            else:
                shown, value = shown_default(field.default, inner)
                if shown:
                    schema["default"] = value
            properties[field.name] = schema
        record: Schema = {"type": "object", "additionalProperties": False, "properties": properties}
        if required:
            record["required"] = required
        args = get_args(cl)
        record["title"] = f"{origin.__name__}[{', '.join(a.__name__ for a in args)}]" if args else origin.__name__
        doc = _doc(origin)
        if doc:
            record["description"] = doc
        return record


def json_schema(kind: SchemaKind) -> Schema:
    """
    The JSON Schema (draft 2020-12) of a YAML file: ``methodology``, ``adaptation`` or ``cases``.

    >>> s = json_schema("methodology")
    >>> s["required"][:3], s["$defs"]["Module"]["properties"]["id"]["pattern"]
    (['id', 'version', 'title'], '^[a-z0-9]+(?:-[a-z0-9]+)*$')

    Raises:
        KeyError: *kind* is none of those.
    """
    cl, title, what = _ROOTS[kind]
    builder = _Builder()
    # The root class is written out at the top rather than referred to: a root ``$ref`` beside ``$defs`` is read
    # differently by draft-07 tools (yaml-language-server among them), which ignore a ``$ref``'s siblings.
    root = builder.record(cl)
    return {
        **root,
        "$schema": DIALECT,
        "$id": f"{SCHEMAS_URL}{kind}.schema.json",
        "title": title,
        "description": f"{what} {AUTHORITY.format(kind=kind)}",
        "$defs": builder.defs,
    }
