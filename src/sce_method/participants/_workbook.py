"""
A cohort workbook: measured before openpyxl opens it, and its sheets read row by row within their limits.

openpyxl trusts a workbook: it unzips the shared strings whole when it opens
the file, and in a read-only sheet it fills the rows a sheet skips, up to the
row number it finds. A workbook of 1.5 MB that unzips to 1.5 GB, or one whose
one row is numbered 8,000,000, would hold the reader for minutes. The zip's
own directory says how large each part is once unzipped, and a sheet's
dimension how many rows it claims, before anything is read: past the limits
(`ReadLimits.max_file_bytes`, `MAX_EXPANDED_BYTES`, `MAX_EXPANSION`, `MAX_SHEET_ROWS`,
`MAX_SHEET_COLUMNS`), the workbook or the sheet is refused, named.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Final, NoReturn

from sce_method._core import LoadError, Message, Problem, message
from sce_method.participants._limits import (
    MAX_EXPANDED_BYTES,
    MAX_EXPANSION,
    MAX_SHEET_COLUMNS,
    MAX_SHEET_ROWS,
    read_limits,
)

_GRACE: Final = 1024 * 1024
"""Parts smaller than this, unzipped, are not held to `MAX_EXPANSION` nor counted: they cannot fill anything."""
_CHUNK: Final = 1024 * 1024
"""How much of a part is unzipped at a time to count its rows."""


def check_workbook(path: Path) -> None:
    """
    Refuse *path* if it is larger, or unzips larger, than a workbook of the cohort's lists can be.

    A file that is not a zip is left to openpyxl, which says it cannot be read.

    Raises:
        LoadError: over `ReadLimits.max_file_bytes` on disk, over `MAX_EXPANDED_BYTES`
            unzipped, with a part that expands more than `MAX_EXPANSION`
            times, or with a sheet of more than `MAX_SHEET_ROWS` rows; the
            problem names the file.
    """
    try:
        size = path.stat().st_size
    except OSError as err:
        _refuse(path, message("core.load.unreadable", reason=err.strerror or type(err).__name__))
    most = read_limits().max_file_bytes
    if size > most:
        _refuse(path, message("participants.table.file_too_large", size=size, limit=most))
    try:
        with zipfile.ZipFile(path) as archive:
            _check_parts(path, archive)
    except LoadError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error):
        return  # not a workbook, or a broken one: openpyxl says so, naming the file


def _check_parts(path: Path, archive: zipfile.ZipFile) -> None:
    parts = archive.infolist()
    expanded = sum(part.file_size for part in parts)
    if expanded > MAX_EXPANDED_BYTES:
        _refuse(path, message("participants.cohort.workbook_expands", size=expanded, limit=MAX_EXPANDED_BYTES))
    large = [part for part in parts if part.file_size > _GRACE]
    for part in large:
        if part.file_size > MAX_EXPANSION * max(part.compress_size, 1):
            ratio = part.file_size // max(part.compress_size, 1)
            _refuse(path, message("participants.cohort.workbook_expansion", ratio=ratio, limit=MAX_EXPANSION))
    for part in large:
        if _row_tags(archive, part) > MAX_SHEET_ROWS:
            _refuse(path, message("participants.cohort.workbook_rows", limit=MAX_SHEET_ROWS))


def _row_tags(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> int:
    """
    How many row tags a part's XML holds (a bound on a sheet's rows), counted until there are too many.

    openpyxl reads every sheet's XML through when it opens a workbook whose
    sheet has no dimension: a sheet of 8,000,000 empty rows that compresses
    only seven times would take it a minute and most of a gigabyte. The tags
    are counted as bytes (``<row``, and ``:row`` for a prefixed name), which
    is quick and never counts fewer rows than there are but for one split
    between two chunks.
    """
    count = 0
    with archive.open(part) as stream:
        while count <= MAX_SHEET_ROWS and (chunk := stream.read(_CHUNK)):
            count += chunk.count(b"<row") + chunk.count(b":row")
    return count


def _refuse(path: Path, said: Message) -> NoReturn:
    raise LoadError([Problem(message=said, file=str(path))])


def sheet_cells(workbook: object, sheet: str, file: str) -> Iterator[tuple[int, list[object]]]:
    """
    The rows of a workbook's sheet, numbered from 1, as far as its last row: no row the sheet does not hold.

    Raises:
        LoadError: the sheet claims more rows or columns than a sheet can
            have, it has a row past `MAX_SHEET_ROWS`, or openpyxl fails while
            reading it (the kind of failure is said, not its details); the
            problem names *file*.
    """
    try:
        rows = _rows(workbook, sheet, file)
        yield from rows
    except LoadError:
        raise
    except Exception as err:  # noqa: BLE001 -- openpyxl raises many kinds for a broken sheet
        said = message("core.load.unreadable", reason=type(err).__name__)
        raise LoadError([Problem(message=said, file=file)]) from None


def _rows(workbook: object, sheet: str, file: str) -> Iterator[tuple[int, list[object]]]:
    worksheet = workbook[sheet]  # type: ignore[index]
    rows, columns = worksheet.max_row or 0, worksheet.max_column or 0  # as the sheet's dimension says
    if rows > MAX_SHEET_ROWS or columns > MAX_SHEET_COLUMNS:
        said = message(
            "participants.table.sheet_too_large",
            rows=rows,
            columns=columns,
            max_rows=MAX_SHEET_ROWS,
            max_columns=MAX_SHEET_COLUMNS,
        )
        raise LoadError([Problem(message=said, file=file)])
    worksheet.reset_dimensions()  # rows as the sheet holds them: not padded, and none after its last
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if number > MAX_SHEET_ROWS:
            said = message("participants.table.too_many_rows", limit=MAX_SHEET_ROWS)
            raise LoadError([Problem(message=said, file=file, line=number)])
        yield number, list(values)
