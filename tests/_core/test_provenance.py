"""Tests for `sce_method._core._provenance`."""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import pytest
from hypothesis import given

from sce_method._core import (
    RULE_VALUE,
    Assumption,
    Document,
    InvariantError,
    Provenance,
    Source,
    Text,
    ValueProvenance,
    check_provenance,
    freeze,
    rule_value,
    walk_provenance,
    walk_sources,
)
from tests.strategies import provenances

CITED = Provenance.cite("informe-2024", "§V R1")
ASSUMED = Provenance.assume("Sin dato.", "No data.")


@attrs.frozen(kw_only=True)
class _Part:
    """A record with one rule value, as the domain classes have them."""

    name: Text
    hours: float = attrs.field(metadata=rule_value())
    note: str | None = None
    provenance: Provenance | None = None
    field_provenance: Mapping[str, Provenance] = attrs.field(factory=dict, hash=False)


@attrs.frozen(kw_only=True)
class _Whole:
    documents: tuple[Document, ...] = ()
    parts: tuple[_Part, ...] = ()
    main: _Part | None = None
    provenance: Provenance | None = None


def _problems(record: object) -> list[tuple[tuple[str | int, ...], str]]:
    return [(p.path, p.message.key) for p in check_provenance(record)]


class TestRuleValue:
    def test_marks_the_field(self) -> None:
        """rule_value() is the metadata that marks a rule value."""
        expected = {RULE_VALUE: True}

        assert expected == rule_value()

    def test_field_carries_the_mark(self) -> None:
        """A field declared with it carries the mark."""
        assert True is attrs.fields(_Part).hours.metadata[RULE_VALUE]


class TestFreeze:
    def test_read_only_copy(self) -> None:
        """A frozen copy is equal to the mapping and cannot be changed in place."""
        original = {"hours": ASSUMED}
        frozen = freeze(original)
        original["sessions"] = ASSUMED

        with pytest.raises(TypeError):
            frozen["hours"] = CITED  # type: ignore[index]

        expected = {"hours": ASSUMED}
        assert expected == frozen


class TestDocument:
    def test_optional_fields(self) -> None:
        """Only the id and title are required."""
        document = Document(id="informe-2024", title=Text(es="Informe"))

        expected = (None, None, None)
        assert expected == (document.publisher, document.year, document.url)

    def test_id_must_be_a_slug(self) -> None:
        """A document id is a stable id."""
        with pytest.raises(InvariantError) as caught:
            Document(id="Informe 2024", title=Text(es="Informe"))

        expected = [(("id",), "core.id.invalid")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]


class TestSource:
    def test_cite(self) -> None:
        """cite() gives document, place."""
        expected = "informe-2024, Anexo A 3.1"

        assert expected == Source(document="informe-2024", place="Anexo A 3.1").cite()

    def test_place_is_required(self) -> None:
        """An empty place is refused."""
        with pytest.raises(InvariantError) as caught:
            Source(document="informe-2024", place="")

        expected = [(("place",), "core.value.empty")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    def test_document_must_be_a_slug(self) -> None:
        """The cited document is named by its id."""
        with pytest.raises(InvariantError) as caught:
            Source(document="", place="nota 1")

        expected = [(("document",), "core.id.invalid")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]


class TestAssumption:
    def test_keeps_its_reason(self) -> None:
        """An assumption is its reason, in Spanish and English."""
        assert Text(es="Sin dato.", en="No data.") == Assumption(reason=Text(es="Sin dato.", en="No data.")).reason


class TestProvenance:
    def test_cite(self) -> None:
        """cite() builds a source."""
        expected = Provenance(source=Source(document="informe-2024", place="§V R1", quote="34 horas"))

        assert expected == Provenance.cite("informe-2024", "§V R1", "34 horas")

    def test_assume(self) -> None:
        """assume() builds an assumption."""
        assert Provenance(assumption=Assumption(reason=Text(es="Sin dato.", en="No data."))) == ASSUMED

    def test_is_assumption(self) -> None:
        """is_assumption tells the two apart."""
        expected = (False, True)

        assert expected == (CITED.is_assumption, ASSUMED.is_assumption)

    def test_neither_is_refused(self) -> None:
        """A provenance must be something."""
        with pytest.raises(InvariantError) as caught:
            Provenance()

        expected = ["core.provenance.exactly_one"]
        assert expected == [p.message.key for p in caught.value.problems]

    def test_both_is_refused(self) -> None:
        """A provenance is a source or an assumption, not both."""
        with pytest.raises(InvariantError) as caught:
            Provenance(source=CITED.source, assumption=ASSUMED.assumption)

        expected = ["core.provenance.exactly_one"]
        assert expected == [p.message.key for p in caught.value.problems]

    def test_describe_source(self) -> None:
        """A source is described by its citation."""
        expected = ("fuente: informe-2024, §V R1", "source: informe-2024, §V R1")

        assert expected == (
            CITED.describe("es"),
            CITED.describe("en"),
        )

    def test_describe_assumption_says_who_sets_it(self) -> None:
        """An assumption says that the institution should set the value."""
        expected = "supuesto: Sin dato. (la institución debe fijar este valor)"

        assert expected == ASSUMED.describe()

    def test_describe_untranslated_assumption(self) -> None:
        """An assumption without English shows the marked Spanish."""
        expected = "assumption: Sin dato. [es] (the institution should set this value)"

        assert expected == Provenance.assume("Sin dato.").describe("en")

    @given(provenances())
    def test_exactly_one(self, provenance: Provenance) -> None:
        """Every provenance is exactly one of source and assumption."""
        assert (provenance.source is None) == provenance.is_assumption


class TestCheckProvenance:
    def test_sound_record(self) -> None:
        """A rule value with its own entry is sound."""
        expected: list[tuple[tuple[str | int, ...], str]] = []

        assert expected == _problems(_Part(name=Text(es="a"), hours=2, field_provenance={"hours": ASSUMED}))

    def test_rule_value_needs_its_own_entry(self) -> None:
        """The record's provenance does not vouch for its rule values."""
        expected = [(("hours",), "core.provenance.missing")]

        assert expected == _problems(_Part(name=Text(es="a"), hours=2, provenance=CITED))

    def test_unknown_field(self) -> None:
        """An entry must name a field of the record."""
        part = _Part(name=Text(es="a"), hours=2, field_provenance={"hours": ASSUMED, "hourz": ASSUMED})

        expected = [(("field_provenance", "hourz"), "core.provenance.unknown_field")]
        assert expected == _problems(part)

    def test_provenance_fields_are_not_values(self) -> None:
        """An entry for provenance itself is refused."""
        part = _Part(name=Text(es="a"), hours=2, field_provenance={"hours": ASSUMED, "provenance": ASSUMED})

        expected = [(("field_provenance", "provenance"), "core.provenance.unknown_field")]
        assert expected == _problems(part)


class TestValueProvenance:
    def test_compares_by_value(self) -> None:
        """Two entries with the same path, value and provenance are equal."""
        assert ValueProvenance(path=("a",), value=1, provenance=None) == ValueProvenance(
            path=("a",), value=1, provenance=None
        )


class TestWalkProvenance:
    def test_record_provenance_covers_its_leaves(self) -> None:
        """A leaf without its own entry takes the record's provenance."""
        part = _Part(name=Text(es="a"), hours=2, provenance=CITED, field_provenance={"hours": ASSUMED})

        expected = [
            ValueProvenance(path=("name",), value=Text(es="a"), provenance=CITED),
            ValueProvenance(path=("hours",), value=2, provenance=ASSUMED),
        ]
        assert expected == list(walk_provenance(part))

    def test_none_values_are_skipped(self) -> None:
        """An absent optional value is not a value."""
        expected = [("name",), ("hours",), ("note",)]

        assert expected == [e.path for e in walk_provenance(_Part(name=Text(es="a"), hours=2, note="n"))]

    def test_no_provenance_yields_none(self) -> None:
        """A leaf with nothing covering it has provenance None."""
        expected = [None, None]

        assert expected == [e.provenance for e in walk_provenance(_Part(name=Text(es="a"), hours=2))]

    def test_walks_records_and_tuples_with_paths(self) -> None:
        """Nested records and tuples of records are walked with their paths."""
        part = _Part(name=Text(es="a"), hours=2, provenance=CITED, field_provenance={"hours": ASSUMED})
        whole = _Whole(
            documents=(Document(id="informe-2024", title=Text(es="Informe")),), parts=(part, part), main=part
        )

        expected = [
            ("parts", 0, "name"),
            ("parts", 0, "hours"),
            ("parts", 1, "name"),
            ("parts", 1, "hours"),
            ("main", "name"),
            ("main", "hours"),
        ]
        assert expected == [e.path for e in walk_provenance(whole)]

    def test_documents_are_skipped(self) -> None:
        """The cited documents are the sources themselves, not values."""
        whole = _Whole(documents=(Document(id="informe-2024", title=Text(es="Informe")),), parts=(), provenance=CITED)

        expected = [("parts",)]
        assert expected == [e.path for e in walk_provenance(whole)]

    def test_an_empty_collection_is_a_value(self) -> None:
        """An empty tuple says there are none, under the record's provenance."""
        expected = [ValueProvenance(path=("parts",), value=(), provenance=CITED)]

        assert expected == list(
            walk_provenance(_Whole(documents=(Document(id="d", title=Text(es="D")),), provenance=CITED))
        )

    def test_not_a_record(self) -> None:
        """Anything but an attrs record has no values to walk."""
        expected: list[ValueProvenance] = []

        assert expected == list(walk_provenance(3))


class TestWalkSources:
    def test_finds_every_source_with_its_path(self) -> None:
        """Sources are found in fields, tuples and mappings."""
        other = Provenance.cite("anexo", "A 1.2")
        part = _Part(name=Text(es="a"), hours=2, provenance=CITED, field_provenance={"hours": other})
        whole = _Whole(parts=(part,), provenance=ASSUMED)

        expected = [
            (("parts", 0, "provenance", "source"), CITED.source),
            (("parts", 0, "field_provenance", "hours", "source"), other.source),
        ]
        assert expected == list(walk_sources(whole))

    def test_assumptions_cite_nothing(self) -> None:
        """An assumption has no source."""
        expected: list[tuple[tuple[str | int, ...], Source]] = []

        assert expected == list(walk_sources(ASSUMED))
