"""Laying out rows for people: aligned plain text, or a Markdown table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

TableFormat = Literal["table", "md"]
"""Aligned plain text (``table``) or Markdown (``md``)."""


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], fmt: TableFormat) -> str:
    """
    Lay out *rows* under *headers*: aligned columns, or a Markdown table.

    >>> print(table(["id", "h"], [["a", "12"], ["bb", "4"]], "table"))
    id  h
    --  --
    a   12
    bb  4
    """
    if fmt == "md":
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
        lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(out)
