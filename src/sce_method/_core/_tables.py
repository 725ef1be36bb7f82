"""
Laying out rows: aligned text or Markdown for people, CSV and JSON for programs, HTML for Jupyter.

Every report of the house is a list of rows and names its outputs one way
(`TabularReport`): ``rows(lang)`` gives one typed dict per row,
``to_csv(lang)`` the CSV text of those rows, ``write_csv(path, lang)`` writes
that text atomically.

CSV text is opened in spreadsheets, where a cell starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is taken as a formula: an id or an
answer typed into a centre's list or a survey could run one on the machine of
whoever opens the file (CSV injection). Such a text cell is written with a
``'`` before it, as OWASP advises, unless it is a number (`escape_formula`).
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import ClassVar, Final, Generic, Literal, TypeVar

from sce_method._core._catalog import DEFAULT_LANG, Lang
from sce_method._core._frames import FrameOutputs
from sce_method._core._io import atomic_write_text

TableFormat = Literal["table", "md"]
"""Aligned plain text (``table``) or Markdown (``md``)."""

Row_co = TypeVar("Row_co", bound=Mapping[str, object], covariant=True)
"""The typed dict of one row of a report."""


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


FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection)."""

_NUMBER: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
"""A decimal number as a spreadsheet reads one: ``-3``, ``+2.5``, ``-.5``, ``-1e3``."""


def escape_formula(value: object) -> object:
    """
    *value* as a spreadsheet will show it: a text starting like a formula gets a ``'`` before it.

    Only text is escaped, and only text that is not a number: ``-3`` is the
    number -3 to Excel, LibreOffice and pandas alike, and cannot hold a formula
    (a formula needs a name, a reference or an operator after the sign), so it
    stays a number for every reader. Numbers, booleans and None are returned
    as they are.

    >>> [escape_formula(v) for v in ("=1+1", "@SUM(A1)", "-2+3+cmd|' /C calc'!A0", "-3", "-0.5", -3, "a=b", None)]
    ["'=1+1", "'@SUM(A1)", "'-2+3+cmd|' /C calc'!A0", '-3', '-0.5', -3, 'a=b', None]
    """
    if value is None or isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return value


def csv_text(columns: Sequence[str], rows: Iterable[Mapping[str, object]], *, formula_escape: bool = True) -> str:
    """
    *rows* as CSV text under a header of *columns*: ``,`` separated, newline line ends, blank for None.

    A row with a key not in *columns* is an error, not a column quietly dropped.
    A text cell that a spreadsheet would run as a formula is escaped
    (`escape_formula`); *formula_escape* False writes every cell as it is, for
    programs that read the CSV and never a spreadsheet.

    >>> print(csv_text(["id", "hours"], [{"id": "a", "hours": 12}, {"id": "b, c", "hours": None}]), end="")
    id,hours
    a,12
    "b, c",
    >>> print(csv_text(["id", "hours"], [{"id": "=1+1", "hours": -3}]), end="")
    id,hours
    '=1+1,-3
    >>> print(csv_text(["id", "hours"], [{"id": "=1+1", "hours": -3}], formula_escape=False), end="")
    id,hours
    =1+1,-3
    """
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    if formula_escape:
        rows = ({key: escape_formula(value) for key, value in row.items()} for row in rows)
    writer.writerows(rows)
    return buffer.getvalue()


def json_text(data: object) -> str:
    """
    *data* as indented JSON text, non-ASCII kept as it is, with a final newline.

    >>> print(json_text([{"módulo": 1}]), end="")
    [
      {
        "módulo": 1
      }
    ]
    """
    import json  # noqa: PLC0415 -- only when JSON is written (keeps the import of every room quick)

    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def cells(row: Mapping[str, object], keys: Iterable[str]) -> list[str]:
    """
    The values of *row* at *keys*, as text (None as blank): a row of a report laid out for `table` or `html_table`.

    >>> cells({"id": "a", "hours": 12, "note": None}, ["hours", "id", "note"])
    ['12', 'a', '']
    """
    return ["" if row[k] is None else str(row[k]) for k in keys]


def html_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """
    An HTML table of *rows* under *headers*, every cell escaped (for ``_repr_html_`` in Jupyter).

    >>> html_table(["id"], [["<a>"]])
    '<table><thead><tr><th>id</th></tr></thead><tbody><tr><td>&lt;a&gt;</td></tr></tbody></table>'
    """
    import html  # noqa: PLC0415 -- only for a notebook view (keeps the import of every room quick)

    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


class TabularReport(FrameOutputs, Generic[Row_co]):
    """
    A report that is a list of rows: `to_csv` and `write_csv` follow from `rows` and `csv_columns`.

    A report class derives from ``TabularReport[ItsRow]`` (``ItsRow`` a
    `typing.TypedDict`), sets ``csv_columns`` and writes ``rows(lang)``. Rows
    hold plain values (text, numbers, booleans, None), so that
    ``pandas.DataFrame(report.rows())`` and ``json.dumps(report.rows())`` work.
    A report that sets ``frame_columns`` also gives typed frames
    (`FrameOutputs`: ``to_polars``, ``to_pandas``, ``to_arrow``,
    ``write_parquet``).
    """

    __slots__ = ()

    csv_columns: ClassVar[Sequence[str]] = ()
    """The columns of the CSV, in order: the keys of the row's typed dict."""

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[Row_co]:
        """One typed dict per row, text in *lang*."""
        raise NotImplementedError

    def to_csv(self, lang: Lang = DEFAULT_LANG, *, formula_escape: bool = True) -> str:
        """
        The rows as CSV text (see `csv_text`): the same bytes for the same report.

        Text cells a spreadsheet would run as formulas get a ``'`` before them;
        *formula_escape* False leaves them as they are, for programs.
        """
        return csv_text(self.csv_columns, self.rows(lang), formula_escape=formula_escape)

    def describe(self, lang: Lang = DEFAULT_LANG, fmt: TableFormat = "table") -> str:
        """The rows as a table for people (``table`` or ``md``) under their column names; a report may say it better."""
        return table(self.csv_columns, [cells(r, self.csv_columns) for r in self.rows(lang)], fmt) + "\n"

    def write_csv(
        self, path: str | os.PathLike[str], lang: Lang = DEFAULT_LANG, *, formula_escape: bool = True
    ) -> None:
        """
        Write `to_csv` to *path* (UTF-8) all at once: a failure leaves an existing file as it was.

        Raises:
            OSError: the file could not be written.
        """
        atomic_write_text(path, self.to_csv(lang, formula_escape=formula_escape))
