"""Where each list of a cohort comes from: a CSV file in a folder, or a sheet of one .xlsx workbook."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Collection, Iterator
from pathlib import Path

import attrs

from sce_method._core import LoadError, Problem, decode_utf8, message

Cells = Iterator[tuple[int, list[object]]]
"""A list's rows: (line number, cell values), the header first."""


@attrs.frozen
class Source:
    """One list of the cohort: where it is (or was looked for), and its cells if it is there."""

    file: str
    """The CSV file's path, or ``workbook.xlsx[sheet]``: how problems name the list."""
    open: Callable[[], Cells] | None = None
    """The list's cells; None when the list is absent."""


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
        problem = Problem(
            message=message("participants.table.csv_syntax", reason=str(err)), file=file, line=reader.line_num
        )
        raise LoadError([problem]) from None


def xlsx_cells(workbook: object, sheet: str) -> Cells:
    """The rows of a workbook's sheet, numbered from 1."""
    rows = workbook[sheet].iter_rows(values_only=True)  # type: ignore[index]
    for number, values in enumerate(rows, start=1):
        yield number, list(values)


def sources(path: str | os.PathLike[str], names: Collection[str]) -> tuple[str, dict[str, Source], Callable[[], None]]:
    """
    Where each of the lists *names* comes from: a CSV in a folder, or a sheet.

    Returns the display name of the cohort, each list's `Source`, and what
    closes the workbook once the lists are read (nothing to close for a folder).

    Raises:
        LoadError: the path is missing, is neither a folder nor a workbook,
            or the workbook cannot be read.
    """
    root = Path(path)
    if root.is_dir():
        found: dict[str, Source] = {}
        for name in names:
            file = root / f"{name}.csv"
            found[name] = Source(str(file), _bind_csv(file) if file.is_file() else None)
        return str(root), found, lambda: None
    if root.suffix.lower() == ".xlsx" and root.is_file():
        return str(root), *_xlsx_sources(root, names)
    if not root.exists():
        raise LoadError([Problem(message=message("core.load.not_found"), file=str(root))])
    raise LoadError([Problem(message=message("participants.cohort.not_folder_or_xlsx"), file=str(root))])


def _bind_csv(file: Path) -> Callable[[], Cells]:
    return lambda: csv_cells(file, str(file))


def _xlsx_sources(root: Path, names: Collection[str]) -> tuple[dict[str, Source], Callable[[], None]]:
    try:
        import openpyxl  # noqa: PLC0415 -- optional extra, imported only for workbooks
    except ImportError:
        raise LoadError([Problem(message=message("core.xlsx_extra"), file=str(root))]) from None
    try:
        workbook = openpyxl.load_workbook(root, read_only=True, data_only=True)
    except Exception as err:  # noqa: BLE001 -- openpyxl raises many kinds for a broken file
        raise LoadError(
            [Problem(message=message("core.load.unreadable", reason=type(err).__name__), file=str(root))]
        ) from None
    found = {
        name: Source(f"{root}[{name}]", _bind_sheet(workbook, name) if name in workbook.sheetnames else None)
        for name in names
    }
    return found, workbook.close


def _bind_sheet(workbook: object, name: str) -> Callable[[], Cells]:
    return lambda: xlsx_cells(workbook, name)
