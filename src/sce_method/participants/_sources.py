"""Where each list of a cohort comes from: a CSV file in a folder, or a sheet of one .xlsx workbook."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Collection, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from sce_method._core import LoadError, Problem, message, open_workbook
from sce_method.participants._csv import csv_cells
from sce_method.participants._given import check_frames, frame_cells
from sce_method.participants._workbook import check_workbook, sheet_cells

if TYPE_CHECKING:
    from openpyxl import Workbook

Cells = Iterator[tuple[int, list[object]]]
"""A list's rows: (line number, cell values), the header first."""


@attrs.frozen
class Source:
    """One list of the cohort: where it is (or was looked for), and its cells if it is there."""

    file: str
    """The CSV file's path, or ``workbook.xlsx[sheet]``: how problems name the list."""
    open: Callable[[], Cells] | None = None
    """The list's cells; None when the list is absent."""


@contextlib.contextmanager
def sources(
    path: str | os.PathLike[str] | Mapping[str, object], names: Collection[str]
) -> Iterator[tuple[str, dict[str, Source]]]:
    """
    Where each of the lists *names* comes from: a CSV in a folder, a sheet, or a frame of a mapping.

    Yields the display name of the cohort and each list's `Source`, to be read
    in the block; a workbook is open while the block runs, and closed after.

    Raises:
        LoadError: the path is missing, is neither a folder nor a workbook,
            or the workbook is too large (see `check_workbook`) or cannot be
            read.
    """
    if isinstance(path, Mapping):
        check_frames(path, tuple(names))
        yield (
            "<frames>",
            {name: Source(name, _bind_frame(path[name], name) if name in path else None) for name in names},
        )
        return
    root = Path(path)
    if root.is_dir():
        found: dict[str, Source] = {}
        for name in names:
            file = root / f"{name}.csv"
            found[name] = Source(str(file), _bind_csv(file) if file.is_file() else None)
        yield str(root), found
        return
    if root.suffix.lower() == ".xlsx" and root.is_file():
        check_workbook(root)
        workbook = open_workbook(root)  # its sheets are read in the block, row by row
        try:
            yield str(root), _sheet_sources(root, workbook, names)
        finally:
            workbook.close()
        return
    if not root.exists():
        raise LoadError([Problem(message=message("participants.cohort.not_found"), file=str(root))])
    raise LoadError([Problem(message=message("participants.cohort.not_folder_or_xlsx"), file=str(root))])


def _bind_frame(frame: object, name: str) -> Callable[[], Cells]:
    return lambda: frame_cells(frame, name)


def _bind_csv(file: Path) -> Callable[[], Cells]:
    return lambda: csv_cells(file, str(file))


def _sheet_sources(root: Path, workbook: Workbook, names: Collection[str]) -> dict[str, Source]:
    return {
        name: Source(
            f"{root}[{name}]", _bind_sheet(workbook, name, f"{root}[{name}]") if name in workbook.sheetnames else None
        )
        for name in names
    }


def _bind_sheet(workbook: object, name: str, file: str) -> Callable[[], Cells]:
    return lambda: sheet_cells(workbook, name, file)
