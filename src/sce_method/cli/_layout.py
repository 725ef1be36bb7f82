"""A table that fits the terminal: the widest columns wrap onto more lines instead of running off the screen."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from collections.abc import Sequence

from sce_method._core import table

MIN_WIDTH = 12
"""No column is wrapped narrower than this."""
GAP = 2
"""Spaces between two columns, as `sce_method._core.table` lays them out."""


def screen_width(output: str | None) -> int | None:
    """The width to fit: the terminal's (or ``COLUMNS``) when stdout is a terminal or COLUMNS is set; else None."""
    if output is None and (sys.stdout.isatty() or "COLUMNS" in os.environ):
        return shutil.get_terminal_size().columns
    return None


def fitted(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int | None) -> str:
    """
    An aligned table of *rows*; with a *width*, its widest columns wrapped so that each line fits in it.

    >>> print(fitted(["id", "note"], [["a", "one two three four"]], 16))
    id  note
    --  ------------
    a   one two
        three four
    """
    if width is None:
        return table(headers, rows, "table")
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    while sum(widths) + GAP * (len(widths) - 1) > width:
        widest = max(range(len(widths)), key=widths.__getitem__)
        excess = sum(widths) + GAP * (len(widths) - 1) - width
        narrower = max(MIN_WIDTH, widths[widest] - excess, len(headers[widest]))
        if narrower >= widths[widest]:
            break
        widths[widest] = narrower
    lines: list[list[str]] = []
    for row in rows:
        wrapped = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, widths, strict=True)]
        lines += [[c[i] if i < len(c) else "" for c in wrapped] for i in range(max(len(c) for c in wrapped))]
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines]
    return "\n".join(out)
