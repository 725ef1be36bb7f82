"""
A cohort's lists given as DataFrames or Arrow tables (polars, pandas, pyarrow), one per list name.

Each frame is read like a CSV file of that name: its column names are the
header and its rows the records, through the same specs and checks. A
problem names the list (``participants``) as its file and the row's number,
counting from 1, as its line. The libraries are not imported here: a frame
is recognised by the package its type comes from, and its rows are taken
through that package's own methods.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Final

from sce_method._core import LoadError, Problem, message
from sce_method.participants._limits import MAX_SHEET_COLUMNS, read_limits

Cells = Iterator[tuple[int, list[object]]]

FRAME_PACKAGES: Final = ("polars", "pandas", "pyarrow")
"""The packages whose frames a cohort's lists may be."""


def is_frame(value: object) -> bool:
    """
    Whether *value* is a polars or pandas DataFrame or an Arrow table.

    >>> is_frame("participants.csv"), is_frame({"a": [1]})
    (False, False)
    """
    return type(value).__module__.split(".")[0] in FRAME_PACKAGES and hasattr(value, "columns")


def _blank(value: object) -> object:
    """Missing values of pandas (NaN, NaT, NA) as None; every other value as it is."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return None if type(value).__name__ in ("NaTType", "NAType") else value


def frame_cells(frame: object, file: str) -> Cells:
    """
    The header (line 0), then each row with its number counting from 1, as Python values.

    Raises:
        LoadError: the frame has more rows than a list's file may (`ReadLimits.max_rows`)
            or more columns than a header (`MAX_SHEET_COLUMNS`); *file* names it.
    """
    package = type(frame).__module__.split(".")[0]
    names = frame.column_names if package == "pyarrow" else frame.columns  # type: ignore[attr-defined]
    columns = [str(c) for c in names]
    height = int(frame.num_rows if package == "pyarrow" else len(frame))  # type: ignore[attr-defined,arg-type]
    if len(columns) > MAX_SHEET_COLUMNS:
        said = message("participants.table.too_many_columns", count=len(columns), limit=MAX_SHEET_COLUMNS)
        raise LoadError([Problem(message=said, file=file)])
    most = read_limits().max_rows
    if height > most:
        said = message("participants.table.too_many_rows", limit=most)
        raise LoadError([Problem(message=said, file=file, line=most + 1)])
    yield 0, list(columns)
    if package == "polars":
        rows: Iterator[tuple[object, ...]] = iter(frame.iter_rows())  # type: ignore[attr-defined]
    elif package == "pandas":
        rows = frame.astype(object).itertuples(index=False, name=None)  # type: ignore[attr-defined]
    else:
        rows = (tuple(r.values()) for r in frame.to_pylist())  # type: ignore[attr-defined]
    for number, row in enumerate(rows, start=1):
        yield number, [_blank(v) for v in row]


def check_frames(frames: Mapping[str, object], names: tuple[str, ...]) -> None:
    """
    Refuse a name that is no list of the cohort folder, or a value that is no frame: every problem at once.

    Raises:
        LoadError: one problem per bad entry, the entry's name as its file.
    """
    problems = [
        Problem(message=message("participants.frames.unknown_list", known=", ".join(names)), file=str(name))
        for name in frames
        if name not in names
    ]
    problems += [
        Problem(message=message("participants.frames.not_a_frame", kind=type(value).__name__), file=str(name))
        for name, value in frames.items()
        if name in names and not is_frame(value)
    ]
    if problems:
        raise LoadError(problems)
