"""
Turn cattrs' exception groups into one `Problem` per thing wrong, with a path.

Works like `cattrs.transform_error`, but yields `Problem` s whose messages come
from the catalog, suggests the closest valid key for an unknown one, keeps the
field path of domain errors raised by attrs validators (cattrs issues #440,
#694), and places each problem at its line and column.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from sce_method._core import InvariantError, PathPart, Problem, message
from sce_method.serialization._primitives import Mismatch
from sce_method.serialization._yaml import Parsed

_Path = tuple[PathPart, ...]


def _notes_path(exc: BaseException) -> _Path:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            return (note.name,)
        if isinstance(note, IterableValidationNote):
            return (note.index,)
    return ()


def _unknown_keys(exc: ForbiddenExtraKeysError, path: _Path) -> Iterator[tuple[Problem, bool]]:
    import difflib  # noqa: PLC0415 -- only when an error is worded (keeps the import of every room quick)

    known = [f.name for f in attrs.fields(exc.cl)] if attrs.has(exc.cl) else ["es", "en"]
    for key in sorted(exc.extra_fields):
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        if close:
            msg = message("serialization.unknown_key", key=key, suggestion=close[0])
        else:
            msg = message("serialization.unknown_key_plain", key=key, known=", ".join(known))
        yield Problem(path=(*path, key), message=msg), True


def walk(exc: BaseException, path: _Path = ()) -> Iterator[tuple[Problem, bool]]:
    """
    Yield ``(problem, at_key)`` for each leaf error under *exc*.

    *at_key* says the problem is best shown at the key (an unknown key) rather
    than at the value.
    """
    if isinstance(exc, ClassValidationError | IterableValidationError | ExceptionGroup):
        for sub in exc.exceptions:
            yield from walk(sub, (*path, *_notes_path(sub)))
    elif isinstance(exc, ForbiddenExtraKeysError):
        yield from _unknown_keys(exc, path)
    elif isinstance(exc, Mismatch):
        yield Problem(path=(*path, *exc.at), message=exc.message), False
    elif isinstance(exc, InvariantError):
        for problem in exc.problems:
            yield problem.under(*path), False
    elif isinstance(exc, KeyError) and path:
        yield Problem(path=path, message=message("core.load.missing_key", key=path[-1])), False
    else:
        yield Problem(path=path, message=message("serialization.invalid_value", reason=str(exc))), False


def problems_from(exc: BaseException, *, parsed: Parsed | None, file: str | None) -> list[Problem]:
    """
    Every problem under *exc*, in the order they appear in the file.

    Each is placed at its line and column when *parsed* knows them.
    """
    found: list[Problem] = []
    for problem, at_key in walk(exc):
        mark = parsed.locate(problem.path, key=at_key) if parsed is not None else None
        line, column = mark if mark is not None else (None, None)
        found.append(attrs.evolve(problem, file=file, line=line, column=column))
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=lambda p: (p.line or 0, p.column or 0))
