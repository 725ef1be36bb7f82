"""
Small named attrs validators that raise domain errors carrying the field name.

attrs' own validators raise plain `ValueError`s whose field is lost once
cattrs wraps them; these raise `InvariantError` with a one-step path, which the
loader puts under the object's own path.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sized
from typing import Any, Final, TypeVar

import attrs

from sce_method._core._catalog import Message, message
from sce_method._core._errors import InvariantError, PathPart, Problem, UnknownIdError, invariant

T = TypeVar("T")

SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""Stable ids: lower-case ASCII letters and digits in words joined by ``-``."""


def is_slug(value: str) -> bool:
    """
    Whether *value* is a valid stable id.

    >>> is_slug("educacion-financiera"), is_slug("Educación financiera")
    (True, False)
    """
    return SLUG.fullmatch(value) is not None


def slug(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a stable id (see `SLUG`)."""
    if not isinstance(value, str) or not is_slug(value):
        raise invariant(attribute.name, message("core.id.invalid", value=value))


def finite(_instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    """Require a finite number (no NaN, no infinity, nothing too large for a float)."""
    try:
        ok = math.isfinite(value)
    except OverflowError:
        ok = False
    if not ok:
        raise invariant(attribute.name, message("core.value.not_finite", value=value))


def non_negative(_instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    """Require a finite number >= 0."""
    if not math.isfinite(value):
        raise invariant(attribute.name, message("core.value.not_finite", value=value))
    if value < 0:
        raise invariant(attribute.name, message("core.value.negative", value=value))


def positive(_instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    """Require a finite number > 0."""
    if not math.isfinite(value):
        raise invariant(attribute.name, message("core.value.not_finite", value=value))
    if value <= 0:
        raise invariant(attribute.name, message("core.value.not_positive", value=value))


def not_empty(_instance: object, attribute: attrs.Attribute[Any], value: Sized) -> None:
    """Require a non-empty collection or string."""
    if len(value) == 0:
        raise invariant(attribute.name, message("core.value.empty"))


def unique_ids(
    items: Iterable[Any], *, field: str, key: Callable[[Any], str] = lambda x: x.id, attr: str = "id"
) -> list[Problem]:
    """
    Return a problem for each item whose id repeats an earlier one.

    The path of each problem is ``(field, index, attr)``, or ``(field, index)``
    when the items are the ids themselves; *attr* names the attribute *key*
    reads, so the path points at the repeated value.
    """
    seen: dict[str, int] = {}
    problems: list[Problem] = []
    for index, item in enumerate(items):
        ident = key(item)
        if ident in seen:
            problems.append(
                Problem(
                    path=(field, index) if isinstance(item, str) else (field, index, attr),
                    message=message("core.id.duplicate", id=ident, first=seen[ident]),
                )
            )
        else:
            seen[ident] = index
    return problems


def unknown_ref(path: tuple[PathPart, ...], *, kind: Message, ident: str, known: Iterable[str]) -> Problem:
    """
    A problem for a reference *ident* that is not among *known*.

    *kind* is the message naming what was referred to (``message("core.kind.module")``).
    """
    return Problem(
        path=path,
        message=message("core.ref.unknown", kind=kind, id=ident, known=", ".join(sorted(known))),
    )


def lookup(items: Iterable[T], ident: str, kind: Message) -> T:
    """
    Return the item of *items* whose ``id`` is *ident*.

    *kind* is the message naming what was looked for (``message("core.kind.module")``).

    Raises:
        UnknownIdError: nothing has that id; the message lists what does.
    """
    seen: list[str] = []
    for item in items:
        item_id: str = getattr(item, "id")  # noqa: B009 -- the items are any record with an id
        if item_id == ident:
            return item
        seen.append(item_id)
    raise UnknownIdError(message("core.id.unknown", kind=kind, id=ident, known=", ".join(seen)))


def raise_if(problems: list[Problem]) -> None:
    """Raise an `InvariantError` carrying *problems*, if there are any."""
    if problems:
        raise InvariantError(problems)
