"""Tests for `sce_method._core._validators`."""

from __future__ import annotations

import math

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method._core import (
    SLUG,
    InvariantError,
    Problem,
    UnknownIdError,
    is_slug,
    lookup,
    message,
    non_negative,
    not_empty,
    positive,
    raise_if,
    slug,
    unique_ids,
    unknown_ref,
)
from tests.strategies import slugs


@attrs.frozen(kw_only=True)
class _Item:
    id: str = attrs.field(validator=slug)
    hours: float = attrs.field(default=1.0, validator=non_negative)
    sessions: float = attrs.field(default=1, validator=positive)
    tags: tuple[str, ...] = attrs.field(default=("a",), validator=not_empty)


def _refused(**fields: object) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(InvariantError) as caught:
        _Item(**fields)  # type: ignore[arg-type]
    return [(p.path, p.message.key) for p in caught.value.problems]


class TestIsSlug:
    @pytest.mark.parametrize("ident", ["educacion-financiera", "cjm-guadalajara", "a", "2024", "informe-final-2024"])
    def test_slugs(self, ident: str) -> None:
        """Lower-case ASCII words and digits joined by single hyphens are ids."""
        assert is_slug(ident)

    @pytest.mark.parametrize("ident", ["", "Educacion", "educación", "a--b", "-a", "a-", "a_b", "a b", "a\n", "\uff41"])
    def test_not_slugs(self, ident: str) -> None:
        """Capitals, accents, underscores, spaces and stray hyphens are not."""
        assert not is_slug(ident)

    @given(slugs())
    def test_generated_ids_are_slugs(self, ident: str) -> None:
        """The test strategy for ids matches the library's pattern."""
        assert SLUG.fullmatch(ident) is not None


class TestSlug:
    def test_refuses_a_bad_id_at_its_field(self) -> None:
        """A bad id is an InvariantError at the field, showing the value."""
        with pytest.raises(InvariantError) as caught:
            _Item(id="Cocina")

        expected = [(("id",), "core.id.invalid", "Cocina")]
        assert expected == [(p.path, p.message.key, p.message.params["value"]) for p in caught.value.problems]

    def test_refuses_a_non_text_id(self) -> None:
        """An id that is not text is refused the same way."""
        expected = [(("id",), "core.id.invalid")]

        assert expected == _refused(id=7)


class TestNonNegative:
    def test_zero_is_allowed(self) -> None:
        """Zero is not negative."""
        expected = 0.0

        assert expected == _Item(id="a", hours=0.0).hours

    def test_negative(self) -> None:
        """A negative number is refused at its field."""
        expected = [(("hours",), "core.value.negative")]

        assert expected == _refused(id="a", hours=-4)

    @pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
    def test_not_finite(self, value: float) -> None:
        """NaN and infinities are refused."""
        expected = [(("hours",), "core.value.not_finite")]

        assert expected == _refused(id="a", hours=value)


class TestPositive:
    @pytest.mark.parametrize("value", [0, -1, -0.5])
    def test_not_positive(self, value: float) -> None:
        """Zero and negatives are refused at the field."""
        expected = [(("sessions",), "core.value.not_positive")]

        assert expected == _refused(id="a", sessions=value)

    @pytest.mark.parametrize("value", [math.nan, math.inf])
    def test_not_finite(self, value: float) -> None:
        """NaN and infinity are refused."""
        expected = [(("sessions",), "core.value.not_finite")]

        assert expected == _refused(id="a", sessions=value)

    @given(st.floats(min_value=0, exclude_min=True, allow_infinity=False))
    def test_positive_numbers_pass(self, value: float) -> None:
        """Any finite number above zero passes."""
        assert value == _Item(id="a", sessions=value).sessions


class TestNotEmpty:
    def test_empty(self) -> None:
        """An empty collection is refused at its field."""
        expected = [(("tags",), "core.value.empty")]

        assert expected == _refused(id="a", tags=())


class TestUniqueIds:
    def test_each_repeat_is_reported(self) -> None:
        """Every repeat is reported at its own position, naming the first."""
        items = [_Item(id="a"), _Item(id="b"), _Item(id="a"), _Item(id="a")]

        expected = [(("modules", 2, "id"), 0), (("modules", 3, "id"), 0)]
        assert expected == [(p.path, p.message.params["first"]) for p in unique_ids(items, field="modules")]

    def test_plain_ids_are_reported_at_the_item(self) -> None:
        """When the items are ids themselves, the problem is at the item."""
        expected = [("complete_offer", 1)]

        assert expected == [p.path for p in unique_ids(["a", "a"], field="complete_offer", key=str)]

    def test_unique(self) -> None:
        """Distinct ids are no problem."""
        expected: list[Problem] = []

        assert expected == unique_ids([_Item(id="a"), _Item(id="b")], field="modules")


class TestUnknownRef:
    def test_names_the_kind_and_the_known_ids_sorted(self) -> None:
        """The problem says what was referred to and lists what exists, sorted."""
        problem = unknown_ref(
            ("courses", 0, "module"), kind=message("core.kind.module"), ident="cocina", known={"b", "a"}
        )

        expected = "$.courses[0].module: reference to unknown module 'cocina'; known: a, b"
        assert expected == problem.render("en")


class TestLookup:
    def test_found(self) -> None:
        """The item with the id is returned."""
        items = [_Item(id="a"), _Item(id="b")]

        assert items[1] is lookup(items, "b", message("core.kind.module"))

    def test_unknown_lists_the_known_ids(self) -> None:
        """An unknown id is an UnknownIdError (a KeyError) listing the ids in order."""
        with pytest.raises(KeyError) as caught:
            lookup([_Item(id="b"), _Item(id="a")], "x", message("core.kind.module"))

        expected = (UnknownIdError, "no existe módulo con id 'x'; existen: b, a")
        assert expected == (type(caught.value), str(caught.value))


class TestRaiseIf:
    def test_nothing_to_raise(self) -> None:
        """No problems, no error."""
        expected = None

        assert expected == raise_if([])  # type: ignore[func-returns-value]

    def test_raises_every_problem(self) -> None:
        """All problems are raised together."""
        problems = [
            Problem(path=("a",), message=message("core.value.empty")),
            Problem(message=message("core.value.empty")),
        ]

        with pytest.raises(InvariantError) as caught:
            raise_if(problems)

        assert tuple(problems) == caught.value.problems
