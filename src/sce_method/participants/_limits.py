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
