"""Tests for `sce_method._core._sourced`: one way for a record to say where its values come from."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest

import sce_method
from sce_method._core import (
    InvariantError,
    Problem,
    Provenance,
    Sourced,
    message,
    rule_value,
    sourced_order,
)

CITED = Provenance.cite("informe-2024", "§V R1")


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class _Record(Sourced):
    name: str
    hours: float = attrs.field(default=1.0, metadata=rule_value())

    def _problems(self) -> list[Problem]:
        return [Problem(path=("name",), message=message("core.value.empty"))] if not self.name else []


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class _Derived(Sourced):
    text: str
    _upper: str = attrs.field(init=False, repr=False, eq=False)

    def _problems(self) -> list[Problem]:
        object.__setattr__(self, "_upper", self.text.upper())
        return []


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class _Family(Sourced):
    id: str


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class _Member(_Family):
    size: int = 0


def _names(cls: type[Sourced]) -> list[str]:
    return [f.name for f in attrs.fields(cls)]


def _records() -> Iterator[type[Sourced]]:
    """Every Sourced record class of the package, the house fully loaded."""
    sce_method.load()
    pending = list(Sourced.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("sce_method."):
            yield cls


class TestSourced:
    def test_fields_after_the_record_own(self) -> None:
        """Provenance and field_provenance come after the record's own fields, where records declare them."""
        expected = ["name", "hours", "provenance", "field_provenance"]

        assert expected == _names(_Record)

    def test_family_fields_then_provenance_then_the_member_own(self) -> None:
        """In a family of records, the family's fields come first, then the provenance, then each member's."""
        expected = ["id", "provenance", "field_provenance", "size"]

        assert expected == _names(_Member)

    def test_derived_fields_stay_last(self) -> None:
        """A derived field (init=False) declared last stays after the provenance."""
        expected = ["text", "provenance", "field_provenance", "_upper"]

        assert expected == _names(_Derived)

    def test_provenance_is_required(self) -> None:
        """A record without its provenance cannot be built."""
        with pytest.raises(TypeError, match="provenance"):
            _Record(name="x", field_provenance={"hours": CITED})  # type: ignore[call-arg]

    def test_overrides_are_read_only(self) -> None:
        """A record's field_provenance is read-only, so shared records cannot drift."""
        record = _Record(name="x", provenance=CITED, field_provenance={"hours": CITED})

        with pytest.raises(TypeError):
            record.field_provenance["hours"] = CITED  # type: ignore[index]

    def test_every_problem_at_once_provenance_first(self) -> None:
        """The provenance problems and the record's own come in one InvariantError, the provenance ones first."""
        with pytest.raises(InvariantError) as caught:
            _Record(name="", provenance=CITED, field_provenance={"minutes": CITED})

        expected = [
            (("field_provenance", "minutes"), "core.provenance.unknown_field"),
            (("hours",), "core.provenance.missing"),
            (("name",), "core.value.empty"),
        ]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    def test_hook_may_finish_a_derived_field(self) -> None:
        """_problems runs once every field is set, and may set a derived one."""
        expected = "ABC"

        assert expected == _Derived(text="abc", provenance=CITED)._upper

    def test_every_record_of_the_house_is_laid_out_by_sourced_order(self) -> None:
        """No record forgot the field_transformer: each one's fields are already in sourced_order's order."""
        records = list(_records())
        misplaced = [
            cls.__qualname__
            for cls in records
            if list(attrs.fields(cls)) != sourced_order(cls, list(attrs.fields(cls)))
        ]

        expected: tuple[bool, list[str]] = (True, [])
        assert expected == (len(records) >= 30, misplaced)
