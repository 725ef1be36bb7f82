"""
A list's CSV file, read row by row, with each row's line; a file that is not CSV is said where it goes wrong.

Python's `csv` module, in strict mode, finds a quote that never closes only
at the end of the file, or when the cell it opened grows past the module's
field limit. Either way the place that matters is the quote: the reader looks
back from the row's first line for the quote still open, and gives its line
and cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from sce_method._core import LoadError, Problem, csv_field_limit, decode_utf8, message
from sce_method.participants._limits import read_limits

_UNCLOSED = "unexpected end of data"
_TOO_LONG = "field larger than field limit"


def csv_cells(path: Path, file: str) -> Iterator[tuple[int, list[object]]]:
    """
    The rows of a CSV file, each with the line it starts on.

    Raises:
        LoadError: the file cannot be read, is over the `ReadLimits` in
            force (`read_limits`), is not UTF-8, or is not CSV (a quote that never
            closes, text after a closing quote, a cell over the limit); the
            problem has its line where there is one, and for a quote its cell.
    """
    most = read_limits()
    text = decode_utf8(_read(path, file, most.max_file_bytes), file=file)
    buffer = io.StringIO(text, newline="")
    reader = csv.reader(buffer, strict=True)
    start, offset = 1, 0
    # The csv module's field limit is pinned while the file is read (until the last row or `close`), so the same
    # cell is refused whatever another library made of the process-wide limit.
    with csv_field_limit() as limit:
        try:
            for count, record in enumerate(reader, start=1):
                if count > most.max_rows:
                    said = message("participants.table.too_many_rows", limit=most.max_rows)
                    raise LoadError([Problem(message=said, file=file, line=start)])
                yield start, list(record)
                start, offset = reader.line_num + 1, buffer.tell()
        except csv.Error as err:
            raise LoadError([_csv_problem(err, text, (start, offset, reader.line_num), file, limit)]) from None


def _csv_problem(err: csv.Error, text: str, where: tuple[int, int, int], file: str, limit: int) -> Problem:
    """
    The problem of a CSV syntax error.

    *where* is the line and offset the record starts at, and the line the reader stopped on.
    """
    start, offset, stopped = where
    reason = str(err)
    if reason.startswith(_UNCLOSED):
        lines, cell = open_quote(text, offset)
        return Problem(message=message("participants.table.unclosed_quote"), file=file, line=start + lines, column=cell)
    if reason.startswith(_TOO_LONG):
        return Problem(message=message("participants.table.cell_too_long", limit=limit), file=file, line=start)
    return Problem(message=message("participants.table.csv_syntax", reason=reason), file=file, line=stopped)


def _read(path: Path, file: str, limit: int) -> bytes:
    """The bytes of *path*, refused past *limit* bytes (`ReadLimits.max_file_bytes`) without reading more."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as err:
        said = message("core.load.unreadable", reason=err.strerror or type(err).__name__)
        raise LoadError([Problem(message=said, file=file)]) from None
    if len(raw) > limit:
        said = message("participants.table.file_too_large", size=path.stat().st_size, limit=limit)
        raise LoadError([Problem(message=said, file=file)])
    return raw


def open_quote(text: str, offset: int) -> tuple[int, int]:
    """
    Where the quote still open at the end of *text* opened, reading from the row that begins at *offset*.

    A quote opens a quoted cell only as the cell's first character, as in
    the `csv` module. The text read is short: the rest of the file is inside
    the open cell, which the module's field limit bounds.

    Returns:
        The line breaks between the row's first line and the quote, and the
        number (from 1) of the cell it opens.
    """
    lines, cell = 0, 1
    opened = (0, 1)
    quoted, first = False, True
    at, end = offset, len(text)
    while at < end:
        char = text[at]
        if quoted:
            if char == '"' and text.startswith('"', at + 1):
                at += 1  # a doubled quote inside a quoted cell
            elif char == '"':
                quoted = False
        elif char == '"' and first:
            quoted, opened = True, (lines, cell)
        elif char == ",":
            cell += 1
        first = char == "," or (char in "\r\n" and not quoted)
        if char == "\n" or (char == "\r" and not text.startswith("\n", at + 1)):
            lines += 1
            if not quoted:
                cell = 1
        at += 1
    return opened
