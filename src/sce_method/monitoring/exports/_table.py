"""
An export's table: the rows of a CSV or of the first sheet of an .xlsx, each with the line it starts on.

A CSV is UTF-8 (a BOM is accepted), ``;`` or ``,`` separated, read strictly: a
quote in the middle of a cell (``"P0001"x``) is a syntax error at its line, not
a cell quietly glued together. A quoted cell may span lines.

Every export is read within limits, so that a file nobody could have exported
from a survey (a cell of a million characters, a workbook that unpacks to
gigabytes, a million blank lines) is refused early, naming the file, instead
of exhausting memory or crashing the reader:

- `MAX_BYTES`: the file as stored, checked before it is read;
- `MAX_UNPACKED`: what an .xlsx unpacks to, checked before it is opened;
- `MAX_ROWS`: the rows of the table, the header included, checked as they are read;
- `MAX_CELL`: the characters of one cell, checked as each row is read.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, cast, overload

from sce_method._core import (
    CSV_FIELD_LIMIT,
    LoadError,
    Message,
    Problem,
    csv_field_limit,
    decode_utf8,
    message,
    read_workbook,
)
from sce_method.monitoring.exports._frame import FrameRows, csv_frame

if TYPE_CHECKING:
    from openpyxl import Workbook

MAX_BYTES: Final = 128 * 1024 * 1024
"""
The largest export file read, as stored: 128 MiB.

A KoboToolbox export of 100,000 exit surveys (the benchmark's) is about a third of it; a larger
file is better split by date or centre, since the whole table is held in memory while it is read.
"""

MAX_UNPACKED: Final = 8 * MAX_BYTES
"""
The most an .xlsx export may unpack to: 1 GiB.

An .xlsx is a zip of XML, several times larger unpacked than the same table as CSV; a file that
unpacks to more (a "zip bomb") is refused before openpyxl opens it.
"""

MAX_ROWS: Final = 1_048_576
"""The most rows a table may have, its header and blank rows included: as many as a spreadsheet's sheet holds."""

MAX_CELL: Final = CSV_FIELD_LIMIT
"""
The most characters one cell may hold: the standard ``csv`` module's own field limit.

No survey answer comes near it (a spreadsheet cell holds at most 32,767 characters); a cell over
it is a broken or hostile file.
"""

Rows = list[list[object]]
Table = tuple[Sequence[list[object]], Sequence[int], str | None]
"""The rows of a table (its header first), the line each starts on, and its CSV delimiter (None for an .xlsx)."""


Score = Callable[[list[str]], int]
"""How well a header (its cells) fits what is expected: the number of its columns an instrument knows."""


@overload
def read_table(
    path: Path, score: Score | None = None, *, frame: Literal[False] = False
) -> tuple[Rows, list[int], str | None]: ...


@overload
def read_table(path: Path, score: Score | None = None, *, frame: bool) -> Table: ...


def read_table(path: Path, score: Score | None = None, *, frame: bool = False) -> Table:
    """
    The rows of the export (header first), the line each starts on, and the CSV delimiter used, if a CSV.

    With *frame*, a CSV that polars certainly splits as the ``csv`` module does (see `csv_frame`) is split by polars,
    its rows `FrameRows`; the rows are the same.

    A CSV's delimiter is the one (``;`` or ``,``) whose reading of the whole header *score* rates higher (the
    columns an instrument knows); on a tie, or with no *score*, the one that splits the header into more cells.
    A label in a header may hold either character: counting them on the first line is not enough.

    Raises:
        LoadError: the file is missing, unreadable, not UTF-8, not a
            well-formed CSV, or over one of the limits; the problem names the
            file, and the line (and column) where it can.
    """
    file = str(path)
    if not path.is_file():
        raise LoadError([Problem(message=message("core.load.not_found"), file=file)])
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise LoadError([Problem(message=message("exports.too_large", size=size, limit=MAX_BYTES), file=file)])
    if path.suffix.lower() == ".xlsx":
        rows = _workbook_table(path)
        return rows, list(range(1, len(rows) + 1)), None
    data = path.read_bytes()
    text = decode_utf8(data, file=file)
    delimiter = _delimiter(text, score)
    if frame:
        found = csv_frame(text, data.removeprefix(codecs.BOM_UTF8), delimiter)
        if found is not None and found[0].height <= MAX_ROWS:
            return FrameRows(found[0]), found[1], delimiter
    return _csv_table(text, file, delimiter)


def _header(text: str, delimiter: str) -> list[str]:
    """
    The first record of *text* read with *delimiter* (a quoted header cell may hold the other one).

    Read from the start of the text, a longer start each time the record may go on past it: the header of a
    large export is not worth a copy of the whole file.
    """
    size = 1 << 16
    while True:
        start = text[:size]
        handle = io.StringIO(start, newline="")
        try:
            with csv_field_limit():
                header = next(csv.reader(handle, delimiter=delimiter), [])
        except csv.Error:
            header = None
        if size >= len(text) or handle.tell() < len(start):
            return header or []
        size *= 4


def _delimiter(text: str, score: Score | None) -> str:
    """``;`` or ``,``: the better reading of the header (see `read_table`)."""

    def rating(delimiter: str) -> tuple[int, int]:
        header = _header(text, delimiter)
        return (score(header) if score is not None else 0, len(header))

    return ";" if rating(";") > rating(",") else ","


def _csv_table(text: str, file: str, delimiter: str) -> tuple[Rows, list[int], str | None]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    with csv_field_limit():  # the same cells refused whatever another library made of the process-wide limit
        end = 0  # a quoted cell may hold line breaks: a record can span lines, and starts after the last one's end
        try:
            for row in itertools.islice(reader, MAX_ROWS + 1):  # the csv module refuses a cell over `MAX_CELL`
                lines.append(end + 1)
                end = reader.line_num
                rows.append(row)
        except csv.Error as err:
            raise LoadError([_csv_problem(err, file, end + 1)]) from None
    if len(rows) > MAX_ROWS:
        _check_row((), MAX_ROWS, lines[-1], file)  # one row too many
    return cast("Rows", rows), lines, delimiter


def _csv_problem(err: csv.Error, file: str, line: int) -> Problem:
    """A CSV syntax error at the record starting on *line*; the csv module's field limit said as the cell limit."""
    reason = str(err)
    if reason.startswith("field larger than field limit"):
        said = message("exports.cell_too_large", limit=MAX_CELL)
    else:
        said = message("exports.csv_syntax", reason=reason)  # the csv module's reasons name characters, never data
    return Problem(message=said, file=file, line=line)


def _check_row(row: list[str] | tuple[object, ...], count: int, line: int, file: str) -> None:
    """Refuse the table at this row if it is one row too many or holds a cell over `MAX_CELL`."""
    problem: tuple[Message, int | None] | None = None
    if count >= MAX_ROWS:
        problem = message("exports.too_many_rows", limit=MAX_ROWS), None
    else:
        long = next((i for i, c in enumerate(row) if isinstance(c, str) and len(c) > MAX_CELL), None)
        if long is not None:
            problem = message("exports.cell_too_large", limit=MAX_CELL), long + 1
    if problem is not None:
        said, column = problem
        raise LoadError([Problem(message=said, file=file, line=line, column=column)])


def _workbook_table(path: Path) -> Rows:
    """The first sheet's rows (numbered from 1, so the row list is the line list), within the limits."""
    file = str(path)
    unpacked = _unpacked_size(path)
    if unpacked is not None and unpacked > MAX_UNPACKED:
        said = message("exports.too_large_unpacked", size=unpacked, limit=MAX_UNPACKED)
        raise LoadError([Problem(message=said, file=file)])
    found: list[LoadError] = []
    rows = read_workbook(path, lambda workbook: _first_sheet(workbook, file, found))
    if found:
        raise found[0]
    return rows


def read_sheets(path: Path, titles: list[str]) -> dict[str, Rows]:
    """
    The rows of each sheet of the .xlsx at *path* whose title is in *titles* (a Kobo export's repeat sheets).

    Raises:
        LoadError: as `read_table`, for the first sheet over a limit.
    """
    found: list[LoadError] = []

    def read(workbook: Workbook) -> dict[str, Rows]:
        return {t: _first_sheet(workbook, f"{path}[{t}]", found, title=t) for t in titles if t in workbook.sheetnames}

    tables = read_workbook(path, read)
    if found:
        raise found[0]
    return tables


def _first_sheet(workbook: Workbook, file: str, found: list[LoadError], *, title: str | None = None) -> Rows:
    """
    The rows of the first sheet, stopping at the first row over a limit (its error put in *found*).

    The error is handed back rather than raised: `read_workbook` says anything raised inside it as
    an unreadable workbook. The sheet's declared dimensions are dropped first, so that a sheet
    claiming 16,384 columns does not pad every row to them.
    """
    sheet = workbook[title if title is not None else workbook.sheetnames[0]]
    sheet.reset_dimensions()
    rows: Rows = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        try:
            _check_row(values, number - 1, number, file)
        except LoadError as err:
            found.append(err)
            break
        rows.append(list(values))
    return rows


def _unpacked_size(path: Path) -> int | None:
    """What the .xlsx at *path* unpacks to, from its zip directory; None if it is not a zip (openpyxl says so)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return None
