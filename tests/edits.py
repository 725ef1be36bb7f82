"""
Bad inputs made by editing the bundled methodology's YAML in one place.

`BUNDLED` is ``dump(load())``: a valid document. `edit` replaces one piece of
it and says on which line and column the new piece starts, so that a test can
assert where the loader reports the problem.
"""

from __future__ import annotations

from typing import Final

import attrs
import pytest

from sce_method.exceptions import LoadError, Problem
from sce_method.serialization import dump, load, loads

BUNDLED: Final = dump(load())
"""The bundled methodology as YAML text, as `dump` writes it."""

MODULE_IDS: Final = (
    "alfabetizacion-digital",
    "desarrollo-humano",
    "educacion-financiera",
    "formacion-para-el-empleo",
    "habilidades-para-el-emprendimiento",
)
"""The stable ids of the bundled methodology's five modules, in order (DESIGN.md)."""


@attrs.frozen
class Edit:
    """An edited text, and the 1-based line and column where the new piece starts."""

    text: str
    line: int
    column: int


def edit(old: str, new: str, *, after: str = "", text: str = BUNDLED) -> Edit:
    """
    Replace the first *old* that comes after *after* in *text* with *new*.

    Raises:
        ValueError: *after* or *old* is not in *text* (the fixture drifted).
    """
    start = text.index(after) if after else 0
    at = text.index(old, start)
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return Edit(text=text[:at] + new + text[at + len(old) :], line=line, column=column)


def problems_of(text: str | bytes, cls: type[object] | None = None) -> tuple[Problem, ...]:
    """
    The problems `loads` reports for *text* (as a *cls*, a methodology by default).

    Fails the test unless loading raises a `LoadError`, caught as the
    `ValueError` it also is.
    """
    with pytest.raises(ValueError) as caught:  # noqa: PT011 -- the type is checked just below
        loads(text, cls) if cls is not None else loads(text)
    assert isinstance(caught.value, LoadError)
    return caught.value.problems
