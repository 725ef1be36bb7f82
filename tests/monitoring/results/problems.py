"""The problems the results framework's tests assert on: paths and message keys, and where in a YAML text."""

from __future__ import annotations

from typing import Final

import pytest

from sce_method.exceptions import InvariantError, LoadError, Problem
from sce_method.serialization import loads
from tests.edits import edit

Found = list[tuple[tuple[str | int, ...], str]]
Located = list[tuple[tuple[str | int, ...], str, str | None, int | None, int | None]]


def found(err: pytest.ExceptionInfo[InvariantError]) -> Found:
    """The path and message key of each problem of an invariant error."""
    return [(p.path, p.message.key) for p in err.value.problems]


def located(problems: tuple[Problem, ...]) -> Located:
    """The path, message key, file, line and column of each problem."""
    return [(p.path, p.message.key, p.file, p.line, p.column) for p in problems]


PROVENANCE: Final = "{assumption: {reason: {es: Supuesto de prueba.}}}"


def at(piece: str, text: str, *, after: str = "") -> tuple[int, int]:
    """The line and column where *piece* starts in *text*."""
    where = edit(piece, piece, after=after, text=text)
    return where.line, where.column


def load_problems(text: str, cls: type[object]) -> Located:
    """The located problems of loading *text* as a *cls* from ``r.yaml``."""
    with pytest.raises(LoadError) as caught:
        loads(text, cls, file="r.yaml")
    return located(caught.value.problems)
