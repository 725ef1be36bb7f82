"""
`read_frames`: a cohort folder read with polars and checked as columns, or by the readable reader.

Each list is checked through its `ListSpec`, as the readable reader checks it,
with two shortcuts that keep the meaning: a column's parser (the spec's own)
runs once per *distinct* cell text, not once per row, and a column naming
participants is checked by a join. The checks are made to accept only what the
readable reader accepts, and are stricter where being exact would cost much (a
cell with spaces around it, a blank line, a list not described here): on
anything they do not accept, the readable reader reads the folder, so that
every problem is reported with its file, line and column in the very words
it always used, and the cohort it returns is turned into columns.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final, cast

import attrs
import polars as pl

from sce_method._core import csv_field_limit
from sce_method.participants import _frames
from sce_method.participants._build import ReadProgress, read_cohort
from sce_method.participants._cells import ID_PATTERN, CellError
from sce_method.participants._frames import CohortFrames, plain_value
from sce_method.participants._limits import MAX_CELL_CHARS, read_limits
from sce_method.participants._lists import LISTS, PARTICIPANTS
from sce_method.participants._parsers import ID, TEXT, Reference
from sce_method.participants._sink import OnError
from sce_method.participants._spec import Column, ListRead, ListSpec, Vocabulary

_DISTINCT_LIMIT: Final = 100_000
"""A column of dates, numbers or ids with more distinct texts than this falls back to the readable reader."""

_AWKWARD: Final = r"^[\s\x1c-\x1f]|[\s\x1c-\x1f]$|[\r\n]"
"""
A cell with white space around it (Python's and Unicode's), which the readable reader strips, or over two lines
(which would shift the lines): here, either falls back to the readable reader.
"""


_CONTROL: Final = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
"""The control characters a text cell refuses (`cells.text`; a test checks they agree)."""
_ID: Final = f"^{ID_PATTERN.pattern}$"
"""An id cell as `cells.ident` accepts it (one with spaces around it, which `ident` strips, falls back)."""

_DTYPES: Final[dict[str, type[pl.DataType]]] = {"date": pl.Date, "number": pl.Float64}
"""The polars type of each kind of cell (`CellSchema.type`); text is a string."""


class _Refused(Exception):  # noqa: N818 -- a signal: the columnar checks do not accept the list
    """The columnar checks do not accept a list: the readable reader is to read the folder."""


def read_frames(
    path: str | os.PathLike[str] | Mapping[str, object],
    methodology: Vocabulary | None = None,
    *,
    errors: OnError = "collect",
    progress: ReadProgress | None = None,
) -> CohortFrames:
    """
    Read a cohort folder into `CohortFrames` (see `read_cohort` for the arguments and the problems).

    A workbook, lists given as frames, a folder with a list this module does
    not check (one the columnar engines do not read: `COLUMNAR_LISTS`), or
    one with any problem is read by the readable reader (its problems raised,
    or with ``errors="keep"`` its good rows turned into columns). *progress*
    is told each list's rows once it is read.
    """
    if not isinstance(path, Mapping):
        root = Path(path)
        if root.is_dir() and methodology is not None:
            try:
                frames = _checked(root, methodology, progress)
            except _Refused:
                pass
            else:
                return CohortFrames(frames=frames, source=str(root), vocabulary=methodology)
    cohort = read_cohort(path, methodology, errors=errors, progress=progress)
    return attrs.evolve(CohortFrames.from_cohort(cohort), vocabulary=methodology)


def _checked(root: Path, vocabulary: Vocabulary, progress: ReadProgress | None) -> dict[str, pl.DataFrame]:
    """Every list of the folder, typed and checked; `_Refused` on anything the columnar checks do not accept."""
    reading = _Reading(vocabulary)
    frames: dict[str, pl.DataFrame] = {}
    for spec in LISTS:
        file = root / f"{spec.name}.csv"
        if not file.is_file():
            if spec.required:
                raise _Refused
            continue
        if spec.name not in ROW_RULES or spec.name not in _frames.COLUMNAR_LISTS:
            raise _Refused  # a list these checks do not know: the readable reader reads it
        frame = _typed(spec, _raw(spec, file), reading, frames)
        ROW_RULES[spec.name](frame, frames)
        frames[spec.name] = frame
        if progress is not None:
            progress(spec.name, frame.height)
    return frames


def _raw(spec: ListSpec[Any], file: Path) -> pl.DataFrame:
    """
    The list's cells as text, with each row's line; `_Refused` unless its header is plain.

    polars reads a blank line as a row of nulls, so that each row's place is
    its line (the readable reader skips such rows: so are they here); a cell
    over several lines would shift them, and is refused by `_column`.
    """
    if file.stat().st_size > read_limits().max_file_bytes:
        raise _Refused  # the readable reader refuses the file by its size
    try:
        with file.open(encoding="utf-8", newline="") as handle:
            first = handle.readline()
    except (OSError, UnicodeDecodeError) as err:
        raise _Refused from err  # the readable reader says what is wrong with the file
    if first.endswith("\r"):
        raise _Refused  # lines ending in a bare CR: the csv module reads them, polars does not
    try:
        with csv_field_limit():  # as the readable reader reads it, whatever the process-wide limit is
            header = next(csv.reader([first]), [])
    except csv.Error as err:
        raise _Refused from err  # a header cell over the csv module's field limit, say: the readable reader says so
    header = [h.removeprefix("\ufeff") if i == 0 else h for i, h in enumerate(header)]
    table = spec.table
    if len(set(header)) != len(header) or not set(table.columns) <= set(header) <= set(table.allowed):
        raise _Refused
    kinds = {c.name: c.cell for c in spec.columns}
    # ids of the methodology, dates, hours and choices repeat: read as categories, each text is held once
    # (ids of participants and other text are mostly distinct: plain strings)
    schema = {name: pl.String if kinds[name] in (TEXT, ID) or isinstance(kinds[name], Reference) else pl.Categorical
              for name in header}  # fmt: skip
    try:
        frame = pl.read_csv(file, schema=schema, has_header=True)
    except (pl.exceptions.PolarsError, UnicodeDecodeError) as err:
        raise _Refused from err
    if frame.height + 1 > read_limits().max_rows:
        raise _Refused  # the readable reader refuses the file at its first row over
    frame = frame.with_row_index("line", offset=2)
    if len(header) == 1:
        raise _Refused  # one column: a blank line and a blank cell look alike
    return frame.filter(~pl.all_horizontal(pl.exclude("line").is_null()))


class _Reading:
    """What a column's parser may ask of the reading: the vocabulary (references are checked by joins here)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    def read_of(self, _spec: ListSpec[Any]) -> ListRead[Any]:  # pragma: no cover -- references are not bound here
        raise _Refused

    def report(self, *_args: object) -> None:  # pragma: no cover -- a list's check is not run here
        raise _Refused


def _typed(spec: ListSpec[Any], raw: pl.DataFrame, reading: _Reading, frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    columns: list[pl.Expr] = [pl.col("line")]
    for column in spec.columns:
        if column.name not in raw.columns:  # an optional column left out: blank, as the readable reader reads it
            columns.append(pl.lit(None, dtype=_DTYPES.get(column.cell.schema.type, pl.String)).alias(column.name))
            continue
        columns.append(_column(column, raw.get_column(column.name), reading, frames))
    typed = raw.select(columns)
    if spec.unique is not None and typed.select(pl.struct(spec.unique.columns).is_duplicated().any()).item():
        raise _Refused
    return typed


def _column(column: Column, cells: pl.Series, reading: _Reading, frames: dict[str, pl.DataFrame]) -> pl.Expr:
    """The column typed as its parser types it; `_Refused` where the parser would refuse a cell."""
    if cells.null_count() and column.required:
        raise _Refused
    cell = column.cell
    if isinstance(cell, Reference):
        # a participant's id with spaces around it, or over two lines, is no participant's: refused too
        known = frames.get(cell.target.name)
        key = cell.target.unique.columns[0] if cell.target.unique is not None else ""
        if known is None or not cells.drop_nulls().is_in(known.get_column(key).implode()).all():
            raise _Refused
        return pl.col(column.name)
    if cell is ID:
        # checked as a column: every cell an id (ASCII, so that its length in bytes is its length in characters)
        if not cells.drop_nulls().str.contains(_ID).all() or _longest(cells.str.len_bytes()) > MAX_CELL_CHARS:
            raise _Refused
        return pl.col(column.name)
    distinct = cells.drop_nulls().unique().cast(pl.String)
    # blank ("" from a quoted empty cell), white space around, two lines, over the csv module's field limit;
    # a text cell with a control character
    if (
        distinct.str.contains(_AWKWARD).any()
        or (distinct == "").any()
        or _longest(distinct.str.len_chars()) > MAX_CELL_CHARS
        or (cell is TEXT and distinct.str.contains(_CONTROL).any())
    ):
        raise _Refused
    if cell is TEXT:
        return pl.col(column.name)  # stripped already and never blank: what `text` gives
    if distinct.len() > _DISTINCT_LIMIT:
        raise _Refused
    parse = cell.bind(reading)
    parsed = {text: _parsed(parse, text) for text in distinct.to_list()}
    if parsed and all(text == value for text, value in parsed.items()):  # (a blank column is typed below)
        return pl.col(column.name)  # ids and choices: the parser gives each text back as it is
    dtype = _DTYPES.get(cell.schema.type, pl.String)
    return pl.col(column.name).replace_strict(parsed, default=None, return_dtype=dtype)


def _longest(lengths: pl.Series) -> int:
    """The largest of *lengths*, 0 for none."""
    return int(cast("int", lengths.max() or 0))


def _parsed(parse: Callable[[object], object], text: str) -> object:
    try:
        value = parse(text)
    except CellError as err:
        raise _Refused from err
    return plain_value(value)


def _participants(frame: pl.DataFrame, _frames: dict[str, pl.DataFrame]) -> None:
    """`Participant.from_row`: she cannot withdraw before she enrolled."""
    if "withdrawn_on" in frame.columns and (frame["withdrawn_on"] < frame["enrolled_on"]).any():
        raise _Refused


def _cohorts(frame: pl.DataFrame, frames: dict[str, pl.DataFrame]) -> None:
    """`CohortPeriod.from_row`: a cohort ends on or after it starts; each participant's cohort is listed."""
    if (frame["ends_on"] < frame["starts_on"]).any():
        raise _Refused
    people = frames[PARTICIPANTS.name].select("cohort_id", "centre_id").unique()
    if people.join(frame, on=["cohort_id", "centre_id"], how="anti").height:
        raise _Refused


def _none(_frame: pl.DataFrame, _frames: dict[str, pl.DataFrame]) -> None:
    """No rule over the row beyond its cells."""


ROW_RULES: Final[dict[str, Callable[[pl.DataFrame, dict[str, pl.DataFrame]], None]]] = {
    "participants": _participants,
    "cohorts": _cohorts,
    "attendance": _none,
    "completions": _none,
    "instruments": _none,
    "follow_up": _none,
    "mentors": _none,
    "assignments": _none,
    "mentoring": _none,
}
"""
Per list, the columnar form of what its builder and its check refuse beyond the cells.

A list of `LISTS` with no entry here is read by the readable reader (a test
checks that every list has one, so that a new list gets its rules).
"""
