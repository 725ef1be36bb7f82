"""Plain data <-> models, with the package's converters; failures become located problems."""

from __future__ import annotations

from typing import TypeVar

from sce_method._core import LoadError
from sce_method.serialization._converter import converter, fast_converter
from sce_method.serialization._problems import problems_from
from sce_method.serialization._yaml import Parsed

T = TypeVar("T")


def structure(data: object, cls: type[T], *, parsed: Parsed | None = None, file: str | None = None) -> T:
    """
    Build a *cls* from plain data, or raise `LoadError` with every problem.

    *parsed* and *file*, when given, place each problem at its line and column.
    """
    try:
        return fast_converter().structure(data, cls)
    except Exception:  # noqa: BLE001, S110 -- any failure: the detailed converter below says what and where
        pass
    try:
        return converter().structure(data, cls)
    except Exception as exc:  # noqa: BLE001 -- every failure becomes a located Problem
        raise LoadError(problems_from(exc, parsed=parsed, file=file)) from None


def unstructure(obj: object, *, include_personal: bool = False) -> object:
    """
    Plain data (dicts, lists, str, numbers) for *obj*; defaults are omitted.

    Personal data (a participant's `PersonalData`: name, CURP, phone,
    e-mail) is left out, key and all, unless *include_personal* is True: say
    so where personal data is meant to go.
    """
    return fast_converter(personal=include_personal).unstructure(obj)
