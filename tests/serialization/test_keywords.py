"""Tests for `sce_method.serialization._keywords`: validators and defaults as JSON Schema keywords."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping

import attrs
import pytest

from sce_method._core import SLUG, non_negative, not_empty, positive, slug
from sce_method.serialization._keywords import constraints, shown_default


class TestConstraints:
    @pytest.mark.parametrize(
        ("validator", "tp", "expected"),
        [
            (slug, str, {"pattern": f"^{SLUG.pattern}$"}),
            (not_empty, str, {"minLength": 1}),
            (not_empty, tuple[str, ...], {"minItems": 1}),
            (not_empty, Mapping[str, str], {"minProperties": 1}),
            (attrs.validators.min_len(1), str, {"minLength": 1}),
            (positive, float, {"exclusiveMinimum": 0}),
            (non_negative, int, {"minimum": 0}),
            (attrs.validators.optional(positive), int, {"exclusiveMinimum": 0}),
            (attrs.validators.and_(slug, not_empty), str, {"pattern": f"^{SLUG.pattern}$", "minLength": 1}),
            (None, str, {}),
            (attrs.validators.instance_of(str), str, {}),
            (positive, str, {}),
        ],
    )
    def test_known_validators(self, validator: Callable[..., None] | None, tp: object, expected: object) -> None:
        """The validators it knows become keywords; any other gives none (the loader checks it)."""
        assert expected == constraints(validator, tp)


class _Colour(enum.Enum):
    RED = "rojo"


class TestShownDefault:
    @pytest.mark.parametrize(
        ("default", "tp", "expected"),
        [
            (None, str, (True, None)),
            ("edapp", str, (True, "edapp")),
            ((), tuple[str, ...], (True, [])),
            (attrs.Factory(dict), Mapping[str, str], (True, {})),
            (_Colour.RED, _Colour, (True, "rojo")),
            (_Colour.RED, object, (False, None)),
            (("a",), tuple[str, ...], (False, None)),
            (attrs.Factory(lambda _self: 1, takes_self=True), int, (False, None)),
        ],
    )
    def test_defaults(self, default: object, tp: object, expected: tuple[bool, object]) -> None:
        """Plain and empty defaults are shown as JSON; a sentinel of another type, or anything else, is not."""
        assert expected == shown_default(default, tp)
