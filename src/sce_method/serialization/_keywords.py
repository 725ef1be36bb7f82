"""
What an attrs field's validator and default say, as JSON Schema keywords.

The validators recognised are the house's simple ones (`slug`, `not_empty`,
`positive`, `non_negative`) and ``attrs.validators.min_len``, alone or inside
``and_`` / ``optional``. attrs keeps the parts of ``and_`` and ``optional`` in
private attributes, read here by name: if attrs renamed them, the constraints
would drop out of the schemas, and the test that compares the shipped schemas
with a fresh generation would say so.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Mapping
from typing import Final, get_origin

import attrs

from sce_method._core import SLUG, non_negative, not_empty, positive, slug

Schema = dict[str, object]
"""A JSON Schema, or a part of one."""


def _length(tp: object, least: int) -> Schema:
    origin = get_origin(tp) or tp
    if origin is str:
        return {"minLength": least}
    if origin is tuple:
        return {"minItems": least}
    if origin in (Mapping, typing.Mapping):
        return {"minProperties": least}
    return {}


_AND: Final[type] = type(attrs.validators.and_())
_OPTIONAL: Final[type] = type(attrs.validators.optional(slug))
_MIN_LEN: Final[type] = type(attrs.validators.min_len(1))
_FACTORY: Final[type] = type(attrs.Factory(list))
_NUMBERS: Final[Mapping[object, Schema]] = {positive: {"exclusiveMinimum": 0}, non_negative: {"minimum": 0}}


def constraints(validator: object, tp: object) -> Schema:
    """
    The JSON Schema keywords that say what an attrs field *validator* checks of a *tp* value.

    Known: `slug`, `not_empty`, `positive`, `non_negative`, ``attrs.validators.min_len``, and
    ``and_`` / ``optional`` of them; any other validator gives ``{}`` (the loader checks it).
    """
    if isinstance(validator, _AND):
        found: Schema = {}
        for part in getattr(validator, "_validators", ()):
            found.update(constraints(part, tp))
        return found
    if isinstance(validator, _OPTIONAL):
        return constraints(getattr(validator, "validator", None), tp)
    if isinstance(validator, _MIN_LEN):
        return _length(tp, getattr(validator, "min_length", 0))
    if validator is slug:
        return {"pattern": f"^{SLUG.pattern}$"} if tp is str else {}
    if validator is not_empty:
        return _length(tp, 1)
    return dict(_NUMBERS.get(validator, {})) if tp in (int, float) else {}


def shown_default(value: object, tp: object) -> tuple[bool, object]:
    """Whether a field's default can be shown in the schema, and as what (JSON)."""
    if isinstance(value, _FACTORY):
        if getattr(value, "takes_self", True):
            return False, None
        value = getattr(value, "factory")()  # noqa: B009 -- a private attrs class, read by name
    if value is None or isinstance(value, bool | int | float | str):
        return True, value
    if isinstance(value, enum.Enum) and type(value) is tp:
        return True, value.value
    if isinstance(value, tuple | Mapping) and not value:
        return True, [] if isinstance(value, tuple) else {}
    return False, None
