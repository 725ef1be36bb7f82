"""
What the cohort reader accepts at most: hours in one session row, and the size of what comes in.

Each limit is a constant with its reason. An input over a limit is refused
with a problem that names the file (and its line, where there is one), before
the reader spends time or memory on it; nothing over a limit is read in part.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from typing import Final

import attrs

MAX_SESSION_HOURS: Final = 24
"""
The most hours one row of attendance.csv or mentoring.csv may hold.

An assumption, not a rule of the methodology: a row is one session on one
date, and no session is longer than the day it is on. It catches a cell typed
``1e32`` in a spreadsheet or ``200`` for ``2.00``; the institution may lower
it to its longest session (a centre's sessions are of a few hours).
"""

MAX_CELL_CHARS: Final = 131_072
"""
The most characters one cell may hold: the default field limit of Python's `csv` module.

A cell of a workbook holds at most 32,767 (Excel's limit), an id or a date a
few dozen: only a file made to be large, or a quote that never closes,
reaches it.
"""

MAX_FILE_BYTES: Final = 256 * 1024 * 1024
"""
The largest file read, in bytes: a list's CSV file, or a workbook on disk.

The benchmark's cohort of 100,000 participants (30 sessions each) has 2.8
million attendance rows in a CSV of 130 MB: about twice that fits. A larger
file is refused by its size before it is read.
"""

MAX_ROWS: Final = 5_000_000
"""
The most rows a list's CSV file may have, blank rows counted: past it the file is refused at the first row over.

Again about twice the benchmark's largest list; it stops a file of blank
lines, or one row repeated, long before it fills the memory.
"""

MAX_SHEET_ROWS: Final = 1_048_576
"""The most rows of a workbook's sheet: Excel's own limit, so that no workbook a spreadsheet wrote goes past it."""

MAX_SHEET_COLUMNS: Final = 16_384
"""The most columns of a sheet, and of a CSV file's header: Excel's limit (a list has a few)."""

MAX_EXPANDED_BYTES: Final = 512 * 1024 * 1024
"""
The most bytes a workbook's parts may hold once unzipped, together.

A full sheet of 1,048,576 attendance rows, as openpyxl writes it, unzips to
about 230 MB. The sizes are read from the zip's directory before openpyxl
opens the file (Python's zipfile stops a part at its stated size).
"""

MAX_EXPANSION: Final = 100
"""
The most times one part of a workbook may expand when unzipped (for parts over 1 MiB).

The threshold of Apache POI's ZipSecureFile (a minimum inflate ratio of
0.01). Sheets written by Excel or openpyxl expand about 10 to 15 times; a
zip bomb, a thousand.
"""


def _positive_int(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        raise ValueError(f"{attribute.name} must be a whole number of at least 1")  # a programming error, not data


@attrs.frozen(kw_only=True)
class ReadLimits:
    """
    How large a list the cohort reader accepts: a file's bytes on disk and a list's rows.

    The defaults (`MAX_FILE_BYTES`, `MAX_ROWS`) hold a register of about 200,000 participants. A larger one (a
    state's, a country's) is read by raising them, deliberately, for that reading: the readable reader holds a
    whole file in memory (give it the memory the limits allow), the columnar one (``engine="polars"``) holds the
    lists as columns.

    >>> ReadLimits().max_rows == MAX_ROWS
    True
    >>> ReadLimits(max_file_bytes=2 * 1024**3, max_rows=50_000_000).max_rows
    50000000
    """

    max_file_bytes: int = attrs.field(default=MAX_FILE_BYTES, validator=_positive_int)
    """The largest list file, or workbook, read, in bytes."""
    max_rows: int = attrs.field(default=MAX_ROWS, validator=_positive_int)
    """The most rows of one list, blank rows counted."""


_DEFAULT: Final = ReadLimits()
_LIMITS: contextvars.ContextVar[ReadLimits | None] = contextvars.ContextVar("sce_method_read_limits", default=None)
"""The limits `read_cohort` was given, for the reading in this context (None: the defaults)."""


def read_limits() -> ReadLimits:
    """The limits the cohort reader applies now: the defaults, or those `read_cohort` was given."""
    return _LIMITS.get() or _DEFAULT


@contextlib.contextmanager
def limits_applied(limits: ReadLimits | None) -> Iterator[None]:
    """Apply *limits* to the cohort reader for the block (None: leave them as they are)."""
    if limits is None:
        yield
        return
    token = _LIMITS.set(limits)
    try:
        yield
    finally:
        _LIMITS.reset(token)
