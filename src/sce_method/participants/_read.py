"""
Read a cohort folder (CSV files) or one .xlsx workbook into a `Cohort`.

Every bad row is reported with its file, line and column; nothing is dropped
silently and nothing is coerced. The caller chooses what happens on problems:

- ``errors="collect"`` (default): read everything, then raise `LoadError`
  with every problem found;
- ``errors="raise"``: stop at the first problem;
- ``errors="keep"``: return the cohort without the bad rows, which are listed
  in ``cohort.problems``: for an analyst who has looked at them and goes on.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Final, Literal, Protocol

import attrs

from sce_method._core import LoadError, Message, Problem, decode_utf8, message
from sce_method.participants import _cells as cells
from sce_method.participants._model import PERSONAL_FIELDS

OnError = Literal["collect", "raise", "keep"]
"""What the reader does with bad rows (see the module docstring)."""


class Vocabulary(Protocol):
    """The ids a cohort's rows may refer to; a `Methodology` is one."""

    @property
    def module_ids(self) -> Collection[str]:
        """Ids of the curriculum's modules."""

    @property
    def course_ids(self) -> Collection[str]:
        """Ids of the courses a completion may name (modules included)."""

    @property
    def centre_ids(self) -> Collection[str]:
        """Ids of the centres."""

    @property
    def instrument_ids(self) -> Collection[str]:
        """Ids of the monitoring instruments."""


@attrs.frozen
class Table:
    """One list of the cohort folder: its name and its columns."""

    name: str
    columns: tuple[str, ...]
    optional: tuple[str, ...] = ()
    required: bool = attrs.field(default=False, kw_only=True)

    @property
    def allowed(self) -> tuple[str, ...]:
        """Every column the list may have."""
        return (*self.columns, *self.optional)


TABLES: Final = {
    t.name: t
    for t in (
        Table("participants", ("participant_id", "centre_id", "cohort_id", "enrolled_on"),
              ("withdrawn_on", *PERSONAL_FIELDS), required=True),
        Table("cohorts", ("cohort_id", "centre_id", "starts_on", "ends_on")),
        Table("attendance", ("participant_id", "module_id", "session_date", "hours"), ("mode",), required=True),
        Table("completions", ("participant_id", "course_id", "completed_on"), ("source",)),
        Table("instruments", ("participant_id", "instrument_id", "submitted_on")),
        Table("follow_up", ("participant_id", "recorded_on"), ("kind",)),
        Table("mentors", ("participant_id", "trained_on")),
        Table("assignments", ("mentor_id", "mentee_id", "starts_on"), ("ends_on",)),
        Table("mentoring", ("mentor_id", "mentee_id", "session_date", "hours"), ("topic",)),
    )
}  # fmt: skip
"""The lists of the cohort folder, in reading order (DESIGN.md)."""

Cells = Iterator[tuple[int, list[object]]]
"""A list's rows: (line number, cell values), the header first."""

Row = dict[str, object]
"""One row: column name -> cell value."""


class StopAtFirst(Exception):  # noqa: N818 -- internal signal for errors="raise", never escapes the reader
    """Raised by `Sink.add` when the caller asked to stop at the first problem."""


@attrs.define
class Sink:
    """Where problems go while reading; stops at the first one when asked."""

    errors: OnError
    problems: list[Problem] = attrs.field(factory=list)

    def add(self, file: str, line: int | None, column: int | None, path: tuple[str, ...], msg: Message) -> None:
        """Note a problem (and stop, under ``errors="raise"``)."""
        self.problems.append(Problem(path=path, message=msg, file=file, line=line, column=column))
        if self.errors == "raise":
            raise StopAtFirst


def read_rows(table: Table, file: str, source: Cells, sink: Sink) -> Iterator[tuple[int, Row]]:
    """
    Check a list's header, then yield each non-blank row as a dict, by line.

    Unknown columns (with the closest valid one suggested), missing required
    columns and rows longer than the header are problems.
    """
    try:
        header_line, header = next(source)
    except StopIteration:
        sink.add(file, 1, None, (), message("table.empty"))
        return
    names = ["" if cells.blank(h) else cells.text(h) for h in header]
    for index, name in enumerate(names):
        if name not in table.allowed:
            msg = cells.unknown_id_message(name, table.allowed, kind="cell.column")
            sink.add(file, header_line, index + 1, (name,), msg)
    missing = [c for c in table.columns if c not in names]
    for name in missing:
        sink.add(file, header_line, None, (name,), message("table.missing_column", column=name))
    if missing:
        return
    position = {name: index for index, name in enumerate(names) if name in table.allowed}
    width = len(names)
    for line, values in source:
        if not any(values) or all(cells.blank(v) for v in values):
            continue
        if len(values) > width and not all(cells.blank(v) for v in values[width:]):
            sink.add(file, line, width + 1, (), message("table.extra_cells", count=len(values), width=width))
            continue
        padded = values if len(values) >= width else [*values, *([None] * (width - len(values)))]
        yield line, {name: padded[i] for name, i in position.items()}


Parser = Callable[[object], object]


@attrs.define
class RowParser:
    """
    Parses the rows of one list with a parser per column.

    Long lists repeat the same ids, dates and hours, and parsers are pure, so
    each cell text parsed well once is remembered per column. Only successes are
    remembered: a bad cell is parsed, and reported, every time.
    """

    table: Table
    parsers: dict[str, Parser]
    sink: Sink
    memo: dict[str, dict[object, object]] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.memo = {name: {} for name in self.parsers}

    def parse(self, where: tuple[str, int], row: Row) -> dict[str, object] | None:
        """Parse *row* (at *where*, a file and line); None, with its problems noted, if any cell is bad."""
        file, line = where
        out: dict[str, object] = {}
        ok = True
        for name, parse in self.parsers.items():
            value = row.get(name)
            seen = self.memo[name]
            if isinstance(value, str):
                hit = seen.get(value, _MISSING)
                if hit is not _MISSING:
                    out[name] = hit
                    continue
            if name not in self.table.columns and cells.blank(value):
                out[name] = None
                continue
            try:
                out[name] = parsed = parse(value)
            except cells.CellError as err:
                ok = False
                if err.quiet:
                    continue
                columns = list(row)
                column = columns.index(name) + 1 if name in columns else None
                self.sink.add(file, line, column, (name,), err.message)
            else:
                if isinstance(value, str) and len(seen) < _MEMO_LIMIT:
                    seen[value] = parsed
        return out if ok else None


_MISSING: Final = object()
_MEMO_LIMIT: Final = 1_000_000


def csv_cells(path: Path, file: str) -> Cells:
    """The rows of a CSV file, each with the line it starts on."""
    text = decode_utf8(path.read_bytes(), file=file)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        for record in reader:
            yield start, list(record)
            start = reader.line_num + 1
    except csv.Error as err:
        problem = Problem(message=message("table.csv_syntax", reason=str(err)), file=file, line=reader.line_num)
        raise LoadError([problem]) from None


def xlsx_cells(workbook: object, sheet: str) -> Cells:
    """The rows of a workbook's sheet, numbered from 1."""
    rows = workbook[sheet].iter_rows(values_only=True)  # type: ignore[index]
    for number, values in enumerate(rows, start=1):
        yield number, list(values)


def sources(path: str | os.PathLike[str]) -> tuple[str, dict[str, tuple[str, Callable[[], Cells]] | None]]:
    """
    Where each list of the cohort comes from: a CSV in a folder, or a sheet.

    Returns the display name of the cohort and, per table, its display file
    name and a function giving its cells (None when the list is absent).
    """
    root = Path(path)
    if root.is_dir():
        found: dict[str, tuple[str, Callable[[], Cells]] | None] = {}
        for name in TABLES:
            file = root / f"{name}.csv"
            found[name] = (str(file), _bind_csv(file)) if file.is_file() else None
        return str(root), found
    if root.suffix.lower() == ".xlsx" and root.is_file():
        return _xlsx_sources(root)
    if not root.exists():
        raise LoadError([Problem(message=message("load.not_found"), file=str(root))])
    raise LoadError([Problem(message=message("cohort.not_folder_or_xlsx"), file=str(root))])


def _bind_csv(file: Path) -> Callable[[], Cells]:
    return lambda: csv_cells(file, str(file))


def _xlsx_sources(root: Path) -> tuple[str, dict[str, tuple[str, Callable[[], Cells]] | None]]:
    try:
        import openpyxl  # noqa: PLC0415 -- optional extra, imported only for workbooks
    except ImportError:
        raise LoadError([Problem(message=message("cohort.xlsx_extra"), file=str(root))]) from None
    try:
        workbook = openpyxl.load_workbook(root, read_only=True, data_only=True)
    except Exception as err:  # noqa: BLE001 -- openpyxl raises many kinds for a broken file
        raise LoadError(
            [Problem(message=message("load.unreadable", reason=type(err).__name__), file=str(root))]
        ) from None
    found: dict[str, tuple[str, Callable[[], Cells]] | None] = {}
    for name in TABLES:
        if name in workbook.sheetnames:
            found[name] = (f"{root}[{name}]", _bind_sheet(workbook, name))
        else:
            found[name] = None
    return str(root), found


def _bind_sheet(workbook: object, name: str) -> Callable[[], Cells]:
    return lambda: xlsx_cells(workbook, name)
