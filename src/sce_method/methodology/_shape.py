"""
The shape of a methodology's data, read off its attrs classes.

An adaptation's paths are checked against the classes, not only against the
data in hand: ``curriculum.modules[x].description`` is a valid path even where
no description was written. This module answers, for a type: which fields it
has and of what type, what a list holds, and which field keys a list's items.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Mapping
from typing import Any, Final, TypeAlias, get_args, get_origin

import attrs

from sce_method._core import Text
from sce_method.graduation import KINDS

Shape: TypeAlias = Any
"""A type form as the attrs classes annotate it (a class, ``tuple[X, ...]``, ``X | None``...)."""

KEY_FIELDS: Final = ("id", "name", "effective")
"""The field that keys a list's items, the first of these the item type has."""

_CRITERIA: Final = frozenset(KINDS.values())


def _origin(shape: Shape) -> Any:
    """`typing.get_origin`, typed for shapes (its overloads make mypy see a ParamSpec)."""
    found: Any = get_origin(shape)
    return found


def unwrap(shape: Shape) -> Shape:
    """*shape* without ``| None``."""
    if _origin(shape) in (typing.Union, types.UnionType):
        args = [a for a in get_args(shape) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return shape


def is_record(shape: Shape) -> bool:
    """Whether *shape* is an attrs class (generic or not), or a union of them such as a criterion."""
    shape = unwrap(shape)
    if _origin(shape) in (typing.Union, types.UnionType):
        return all(is_record(a) for a in get_args(shape))
    return attrs.has(_origin(shape) or shape)


def union_member(shape: Shape, data: object) -> Shape:
    """For a union of records (a criterion), the member *data* is written as (by its ``kind``), if known."""
    shape = unwrap(shape)
    if _origin(shape) not in (typing.Union, types.UnionType):
        return shape
    if isinstance(data, Mapping) and isinstance(data.get("kind"), str) and data["kind"] in KINDS:
        return KINDS[data["kind"]]
    return shape


@functools.cache
def fields(shape: Shape) -> Mapping[str, Shape]:
    """
    The fields of a record shape and their shapes; ``es`` and ``en`` for a `Text`; none for anything else.

    Generic records have their type parameters filled in (``Dated[RuleSet]``'s
    entries hold ``DatedValue[RuleSet]``). A union of records has the fields of
    all its members.
    """
    shape = unwrap(shape)
    if shape is Text:
        return {"es": str, "en": str | None}
    if _origin(shape) in (typing.Union, types.UnionType):
        merged: dict[str, Shape] = {}
        for member in get_args(shape):
            merged.update(fields(member))
        return merged
    origin = _origin(shape) or shape
    if not attrs.has(origin):
        return {}
    attrs.resolve_types(origin)
    bindings = dict(zip(getattr(origin, "__parameters__", ()), get_args(shape), strict=False))
    found: dict[str, Shape] = {}
    for field in attrs.fields(origin):
        if not field.init:
            continue
        found[field.name] = _bind(field.type, bindings)
    return found


def _bind(shape: Shape, bindings: Mapping[object, Shape]) -> Shape:
    if not bindings:
        return shape
    if shape in bindings:
        return bindings[shape]
    params = getattr(shape, "__parameters__", ())
    if params:
        return shape[tuple(bindings.get(p, p) for p in params)]
    return shape


def item_shape(shape: Shape) -> Shape | None:
    """What a list (``tuple[X, ...]``) holds, or None if *shape* is not a list."""
    shape = unwrap(shape)
    if _origin(shape) is tuple:
        args = get_args(shape)
        return args[0] if args else Any
    return None


def mapping_values(shape: Shape) -> Shape | None:
    """What a mapping (``Mapping[str, X]``) holds, or None if *shape* is not one."""
    shape = unwrap(shape)
    if _origin(shape) in (Mapping, typing.Mapping, dict):
        return get_args(shape)[1]
    return None


def key_field(item: Shape) -> str | None:
    """
    The field that keys items of this shape in a list: ``id``, ``name`` or ``effective``.

    None for a list of plain values (each item is its own key) and for records with no such field.
    """
    names = fields(item)
    return next((k for k in KEY_FIELDS if k in names), None)


def keyed_by_value(item: Shape) -> bool:
    """Whether a list of *item* is keyed by the items themselves (a list of ids)."""
    return not is_record(item) and unwrap(item) in (str, int)


def is_criterion(shape: Shape) -> bool:
    """Whether *shape* is the criterion union or one of its members."""
    shape = unwrap(shape)
    if _origin(shape) in (typing.Union, types.UnionType):
        return all(a in _CRITERIA for a in get_args(shape))
    return shape in _CRITERIA
