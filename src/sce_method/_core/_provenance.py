"""
Where every value comes from: a source in a document, or a stated assumption.

A bundled methodology states no number without saying where it comes from.
Each record (a `Sourced`) carries a `Provenance` for itself and, in
``field_provenance``, one for any field whose origin differs. Fields marked `rule_value` (hours,
thresholds, counts) must have their own entry: the record's source saying a
module exists does not vouch for its hours.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Final, cast

import attrs

from sce_method._core._catalog import DEFAULT_LANG, Lang, message
from sce_method._core._errors import PathPart, Problem, invariant
from sce_method._core._text import Text
from sce_method._core._validators import not_empty, slug

RULE_VALUE: Final = "sce_method.rule_value"
"""The attrs metadata key that marks a field as a rule value."""
DERIVED: Final = "sce_method.derived"
"""The attrs metadata key that marks a field as derived: set when a model is built, never read from or written to
a file, and not a value of the model (a resolved methodology's lineage)."""


def _fields(obj: object) -> tuple[attrs.Attribute[object], ...]:
    found: tuple[attrs.Attribute[object], ...] = attrs.fields(cast("type[attrs.AttrsInstance]", type(obj)))
    return found


def freeze(mapping: Mapping[str, Provenance]) -> Mapping[str, Provenance]:
    """A read-only copy of *mapping*: records are shared and must not change in place."""
    return MappingProxyType(dict(mapping))


def rule_value() -> dict[str, bool]:
    """
    Metadata for a field that needs its own provenance entry.

    Use as ``attrs.field(metadata=rule_value())``.
    """
    return {RULE_VALUE: True}


def derived() -> dict[str, bool]:
    """
    Metadata for a derived field (see `DERIVED`).

    Use as ``attrs.field(default=..., eq=False, metadata=derived())``.
    """
    return {DERIVED: True}


def is_derived(field: attrs.Attribute[object]) -> bool:
    """Whether *field* is derived (see `DERIVED`)."""
    return bool(field.metadata.get(DERIVED))


@attrs.frozen(kw_only=True)
class Document:
    """
    A document that sources cite by its id.

    >>> Document(id="informe-2024", title=Text(es="Informe final"), year=2024).id
    'informe-2024'
    """

    id: str = attrs.field(validator=slug)
    title: Text
    publisher: str | None = None
    year: int | None = None
    url: str | None = None


@attrs.frozen(kw_only=True)
class Source:
    """
    A place in a document: its id and where in it (``§V R1``, ``Anexo A 3.1``).

    >>> Source(document="informe-2024", place="nota 1").cite()
    'informe-2024, nota 1'
    """

    document: str = attrs.field(validator=slug)
    place: str = attrs.field(validator=not_empty)
    quote: str | None = None

    def cite(self) -> str:
        """The citation as ``document, place``."""
        return f"{self.document}, {self.place}"


@attrs.frozen(kw_only=True)
class Assumption:
    """
    A value the source does not give: why it was chosen.

    Every assumption is, by definition, for the institution to set; rendering
    says so.
    """

    reason: Text


@attrs.frozen(kw_only=True)
class Provenance:
    """
    Either a `Source` or an `Assumption`, never both, never neither.

    >>> p = Provenance.cite("informe-2024", "§V R1")
    >>> p.is_assumption, p.describe("en")
    (False, 'source: informe-2024, §V R1')
    >>> a = Provenance.assume("Sin dato en el informe.", "Not in the report.")
    >>> a.describe("en")
    'assumption: Not in the report. (the institution should set this value)'
    """

    source: Source | None = None
    assumption: Assumption | None = None

    def __attrs_post_init__(self) -> None:
        if (self.source is None) == (self.assumption is None):
            raise invariant("source", message("core.provenance.exactly_one"))

    @classmethod
    def cite(cls, document: str, place: str, quote: str | None = None) -> Provenance:
        """A provenance that cites *place* in *document*."""
        return cls(source=Source(document=document, place=place, quote=quote))

    @classmethod
    def assume(cls, es: str, en: str | None = None) -> Provenance:
        """A provenance that states an assumption, in Spanish and English."""
        return cls(assumption=Assumption(reason=Text(es=es, en=en)))

    @property
    def is_assumption(self) -> bool:
        """Whether this value is an assumption rather than sourced."""
        return self.assumption is not None

    def describe(self, lang: Lang = DEFAULT_LANG) -> str:
        """One line: the citation, or the assumption and who should set it."""
        if self.source is not None:
            return message("core.provenance.source", cite=self.source.cite()).render(lang)
        assert self.assumption is not None  # noqa: S101 -- guaranteed by __attrs_post_init__
        return message("core.provenance.assumption", reason=self.assumption.reason.show(lang)).render(lang)


def check_provenance(record: object) -> list[Problem]:
    """
    Check a record's ``field_provenance`` against its fields.

    Every key must name a field of the record, and every field marked
    `rule_value` must have an entry, unless it is left unset (None, or an empty list).
    """
    names = {f.name: f for f in _fields(record)}
    own: Mapping[str, Provenance] = getattr(record, "field_provenance", {})
    problems = [
        Problem(
            path=("field_provenance", key),
            message=message(
                "core.provenance.unknown_field", field=key, known=", ".join(n for n in names if n not in _SKIP)
            ),
        )
        for key in own
        if key not in names or key in {"provenance", "field_provenance"}
    ]
    problems.extend(
        Problem(path=(name,), message=message("core.provenance.missing", field=name))
        for name, field in names.items()
        if field.metadata.get(RULE_VALUE) and name not in own and getattr(record, name) not in (None, ())
    )
    return problems


@attrs.frozen(kw_only=True)
class ValueProvenance:
    """One value of a model, where it sits, and where it comes from."""

    path: tuple[PathPart, ...]
    value: object
    provenance: Provenance | None


_SKIP: Final = frozenset({"provenance", "field_provenance"})


def walk_provenance(
    obj: object, path: tuple[PathPart, ...] = (), inherited: Provenance | None = None
) -> Iterator[ValueProvenance]:
    """
    Yield every leaf value under *obj* with the provenance that covers it.

    A leaf is any field that is not an attrs record or a tuple of them. A
    record with a ``provenance`` covers its leaves, unless ``field_provenance``
    names the field; a leaf of a record with no provenance of its own yields
    ``None``, which is what tests look for. A record with no ``provenance``
    field at all (a `Text`, a choice of a list) is covered by the record that
    holds it. Cited `Document` s are skipped: they are the sources, not values.
    """
    if not attrs.has(type(obj)):
        return
    record_prov: Provenance | None = getattr(obj, "provenance", None) if hasattr(obj, "provenance") else inherited
    own: Mapping[str, Provenance] = getattr(obj, "field_provenance", {})
    for field in _fields(obj):
        if field.name in _SKIP or not field.init or is_derived(field):
            continue  # derived fields (a parsed expression, a lineage) are not values of the model
        value = getattr(obj, field.name)
        here = (*path, field.name)
        if isinstance(value, tuple) and value and all(isinstance(v, Document) for v in value):
            continue  # the cited documents are the sources themselves, not values of the model
        covering = own.get(field.name, record_prov)
        if attrs.has(type(value)) and not isinstance(value, Text):
            yield from walk_provenance(value, here, covering)
        elif isinstance(value, tuple) and value and all(attrs.has(type(v)) for v in value):
            for index, item in enumerate(value):
                yield from walk_provenance(item, (*here, index), covering)
        elif value is not None:
            yield ValueProvenance(path=here, value=value, provenance=own.get(field.name, record_prov))


def walk_sources(obj: object, path: tuple[PathPart, ...] = ()) -> Iterator[tuple[tuple[PathPart, ...], Source]]:
    """Yield every `Source` anywhere under *obj*, with its path."""
    if isinstance(obj, Source):
        yield path, obj
    elif isinstance(obj, tuple):
        for index, item in enumerate(obj):
            yield from walk_sources(item, (*path, index))
    elif isinstance(obj, Mapping):
        for key, item in obj.items():
            yield from walk_sources(item, (*path, str(key)))
    elif attrs.has(type(obj)) and not isinstance(obj, Text):
        for field in _fields(obj):
            yield from walk_sources(getattr(obj, field.name), (*path, field.name))
