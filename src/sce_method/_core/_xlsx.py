"""
Workbooks through openpyxl, the optional ``xlsx`` extra: imported on first use, its failures said one way.

Every room that reads or writes an .xlsx (cohort workbooks, exports, XLSForms)
comes through here, so a missing extra and a broken file read the same
wherever they happen: ``cohort.xlsx_extra`` says how to add the extra, and
``load.unreadable`` names the kind of failure (openpyxl raises many kinds for
a broken file; the kind is enough, the details can hold personal data).
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sce_method._core._catalog import message
from sce_method._core._errors import LoadError, Problem
from sce_method._core._extras import install_command

if TYPE_CHECKING:
    from openpyxl import Workbook

T = TypeVar("T")


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
        import openpyxl  # noqa: PLC0415 -- optional extra, imported only for workbooks
    except ImportError:
        raise _no_extra(str(path)) from None
    with _unreadable(path):
        return openpyxl.load_workbook(path, read_only=True, data_only=True)


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
            said = message("core.load.unreadable", reason=type(err).__name__)
            raise LoadError([Problem(message=said, file=str(path))]) from None
