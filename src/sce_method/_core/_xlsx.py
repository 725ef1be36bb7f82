"""
Workbooks through openpyxl, the optional ``xlsx`` extra: imported on first use, its failures said one way.

Every room that reads or writes an .xlsx (cohort workbooks, exports, XLSForms)
comes through here, so a missing extra and a broken file read the same
wherever they happen: ``cohort.xlsx_extra`` says how to add the extra, and
``load.unreadable`` names the kind of failure (openpyxl raises many kinds for
a broken file; the kind is enough, the details can hold personal data).

A workbook written here (`save_workbook`) is the same bytes every time for the
same content: the dates openpyxl would take from the clock (the document's
created and modified dates, each zip entry's date) are a fixed `WRITTEN_ON`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeVar

from sce_method._core._catalog import message
from sce_method._core._errors import LoadError, Problem
from sce_method._core._extras import install_command
from sce_method._core._io import atomic_path

if TYPE_CHECKING:
    from openpyxl import Workbook

T = TypeVar("T")

WRITTEN_ON: Final = dt.datetime(1980, 1, 1)  # noqa: DTZ001 -- a constant; zip dates have no zone, core.xml's are UTC
"""The date every workbook written says it was created, modified and zipped on: the earliest a zip entry can hold."""


def _no_extra(file: str | None) -> LoadError:
    return LoadError([Problem(message=message("core.xlsx_extra", command=install_command("xlsx")), file=file)])


def new_workbook() -> Workbook:
    """
    An empty openpyxl workbook to write.

    Raises:
        LoadError: openpyxl is not installed (the message says how to add it).
    """
    try:
        import openpyxl  # noqa: PLC0415 -- optional extra, imported only for workbooks
    except ImportError:
        raise _no_extra(None) from None
    return openpyxl.Workbook()


def open_workbook(path: Path) -> Workbook:
    """
    Open *path* read-only, with cell values rather than formulas, for a caller that reads it later and closes it.

    openpyxl's warnings about formatting it drops or defaults (conditional
    formats, data validation, a missing stylesheet) are not data and are not
    shown. A workbook read at once is best read with `read_workbook`, which
    closes it.

    Raises:
        LoadError: openpyxl is not installed, or the workbook cannot be
            opened; the problem names the file.
    """
    try:
        import openpyxl.reader.excel  # noqa: PLC0415 -- optional extra, imported only for workbooks
    except ImportError:
        raise _no_extra(str(path)) from None
    with _unreadable(path):
        # openpyxl.load_workbook, but closing the zip when reading stops: load_workbook leaves it open, held by the
        # error's traceback in a cycle, for the garbage collector to close in any order (a ResourceWarning).
        reader = openpyxl.reader.excel.ExcelReader(path, read_only=True, data_only=True)
        try:
            reader.read()
        except BaseException as err:
            release_frames(err)
            reader.archive.close()
            raise
        return reader.wb


def read_workbook(path: Path, read: Callable[[Workbook], T]) -> T:
    """
    Open *path* as `open_workbook` does, return what *read* takes from it, and close it.

    Raises:
        LoadError: openpyxl is not installed, or the workbook cannot be opened
            or read; the problem names the file.
    """
    workbook = open_workbook(path)
    try:
        with _unreadable(path):
            return read(workbook)
    finally:
        workbook.close()


@contextlib.contextmanager
def _unreadable(path: Path) -> Iterator[None]:
    """Any failure of openpyxl in the block is a `LoadError` naming the file and the kind of failure; no warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        try:
            yield
        except Exception as err:  # noqa: BLE001 -- openpyxl raises many kinds for a broken file
            release_frames(err)
            said = message("core.load.unreadable", reason=type(err).__name__)
            raise LoadError([Problem(message=said, file=str(path))]) from None


def release_frames(err: BaseException) -> None:
    """
    Let go of what the frames *err* went through hold: a sheet's stream that openpyxl opened and did not close.

    Without this the stream lives on in the error's traceback, in a reference cycle, and its file waits for the
    garbage collector, which may finalise the file before the stream (a ResourceWarning, the file open till then).
    """
    import traceback  # noqa: PLC0415 -- only after a workbook failed to read (keeps the import of every room quick)

    traceback.clear_frames(err.__traceback__)


def save_workbook(workbook: Workbook, path: str | os.PathLike[str]) -> None:
    """
    Write *workbook* to *path* atomically (see `atomic_path`), the same bytes for the same workbook.

    openpyxl's own ``save`` stamps the document's modified date and every zip
    entry with the clock: here both, and the created date, are `WRITTEN_ON`,
    and the entries go in openpyxl's fixed order. A form written twice can be
    compared, hashed or kept under version control.

    The library writes values, never formulas: a text starting with ``=``
    (which openpyxl would store as a formula, for Excel to run) is stored as
    the text it is.
    """
    from openpyxl.writer.excel import ExcelWriter  # noqa: PLC0415 -- optional extra, imported only for workbooks

    from sce_method._core._zipped import clock_free_zip  # noqa: PLC0415 -- zipfile, only when a workbook is written

    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
    workbook.properties.created = WRITTEN_ON
    workbook.properties.modified = WRITTEN_ON

    with atomic_path(path) as tmp, clock_free_zip(tmp) as archive:
        ExcelWriter(workbook, archive).save()
