"""
What the cohort reader accepts at most: hours in one session row, and the size of what comes in.

Each limit is a constant with its reason. An input over a limit is refused
with a problem that names the file (and its line, where there is one), before
the reader spends time or memory on it; nothing over a limit is read in part.
"""

from __future__ import annotations

from typing import Final

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
