"""
Hypothesis strategies that mutate real inputs: tables, their CSV bytes, workbooks' zips, YAML text.

Every strategy takes a seed (a table of the example cohort, a bundled methodology's text, ...) and draws a few
mutations of it, each bounded in size: the largest input any strategy makes is a few megabytes, so that memory
stays bounded and each example runs in well under a second.

- `table_of`: a table (a header and rows of cells) with cells set to hostile values, headers renamed, swapped,
  repeated or missing, columns dropped, cells inserted or deleted (a row shifted), rows repeated or deleted, one
  cell over the readers' 131,072-character limit;
- `csv_bytes`: a table written with any separator, quoting, line end and encoding, sometimes `flipped`;
- `flipped`: bytes flipped, inserted, deleted, repeated or cut;
- `zip_mutated`: a zip (an .xlsx) with a part's XML flipped, a part dropped, a part that unzips a thousandfold,
  or its bytes flipped;
- `yaml_text`: YAML text with lines dropped, repeated, swapped or re-indented, values replaced by hostile
  scalars (tags, anchors, deep nesting, dates that do not exist, numbers out of range).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Callable, Sequence
from typing import Final, Literal

from hypothesis import strategies as st

Table = list[list[object]]
"""A header row and rows of cells (text, or the typed values a workbook holds)."""


class Blob(bytes):
    """Bytes whose repr is their size and digest: a failing example prints one line, not megabytes."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes, sha256 {hashlib.sha256(self).hexdigest()[:12]}>"


HOSTILE: Final = (
    "",
    " ",
    "٢",
    "\uff12",  # a fullwidth 2
    "1e32",
    "-1",
    "NaN",
    "inf",
    "2\x00",
    "\u04200071",  # a Cyrillic Er, then 0071
    "P0001\u200b",
    "2024-09-20 no sé",
    "2024-02-30",
    "20/09/2024",
    "3_0",
    "4e1",
    "=1+1",
    "+52",
    "@SUM(A1)",
    '"',
    'a"b',
    "\n",
    "a,b",
    "x;y",
    "\t",
    "ñandú",
    "🙂",
    "0x10",
    " 2 ",
    "2,5",
    "9" * 400,
    "true",
    "null",
    "\ufeff",
    "\r",
    "${x}",
    "(" * 300,
)
"""Cell values that readers have got wrong, or might: look-alike digits, NUL, formulas, quotes, broken dates."""

MAX_CELL: Final = 131_072
"""The readers' cell limit: a cell one past it must be refused at its place."""

text_cells: Final = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=24))
"""A cell of a CSV file."""

typed_cells: Final = st.one_of(
    text_cells,
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=dt.date(1900, 1, 1)),
    st.datetimes(min_value=dt.datetime(1900, 1, 1)),  # noqa: DTZ001 -- a workbook's dates have no zone
    st.times(),
)
"""A cell of a workbook: text, or any value openpyxl writes."""


def _index(draw: st.DrawFn, items: Sequence[object]) -> int:
    return draw(st.integers(0, max(len(items) - 1, 0)))


def _set_cell(draw: st.DrawFn, table: Table, cells: st.SearchStrategy[object]) -> None:
    row = table[_index(draw, table)]
    value = draw(cells)
    if row:
        row[_index(draw, row)] = value
    else:
        row.append(value)


def _header(draw: st.DrawFn, table: Table, cells: st.SearchStrategy[object]) -> None:
    """Rename, swap, repeat or drop the header's names."""
    header = table[0]
    if not header:
        return
    i, j = _index(draw, header), _index(draw, header)
    how = draw(st.sampled_from(("rename", "swap", "repeat", "case", "drop")))
    if how == "rename":
        header[i] = draw(cells)
    elif how == "swap":
        header[i], header[j] = header[j], header[i]
    elif how == "repeat":
        header[j] = header[i]
    elif how == "case":
        header[i] = f" {str(header[i]).upper()} "
    else:
        del table[0]


def _shift(draw: st.DrawFn, table: Table, cells: st.SearchStrategy[object]) -> None:
    """Insert a cell into a row or delete one from it: the row's later cells move a column."""
    row = table[_index(draw, table)]
    if draw(st.booleans()) or not row:
        row.insert(draw(st.integers(0, len(row))), draw(cells))
    else:
        del row[_index(draw, row)]


def _column(draw: st.DrawFn, table: Table, cells: st.SearchStrategy[object]) -> None:  # noqa: ARG001
    """Drop a column of every row."""
    j = draw(st.integers(0, 12))
    for row in table:
        if j < len(row):
            del row[j]


def _rows(draw: st.DrawFn, table: Table, cells: st.SearchStrategy[object]) -> None:  # noqa: ARG001
    """Repeat a row up to 50 times, delete some rows, or repeat the body up to 2,000 rows."""
    how = draw(st.sampled_from(("repeat", "delete", "grow")))
    i = _index(draw, table)
    if how == "repeat":
        table[i + 1 : i + 1] = [list(table[i]) for _ in range(draw(st.integers(1, 50)))]
    elif how == "delete":
        del table[i : i + draw(st.integers(1, 10))]
    elif len(table) > 1:
        body = table[1:]
        size = draw(st.integers(len(body), 2000))
        table[1:] = [list(body[k % len(body)]) for k in range(size)]


def _huge(draw: st.DrawFn, table: Table, cells: st.SearchStrategy[object]) -> None:  # noqa: ARG001
    """One cell at or past the readers' cell limit."""
    row = table[_index(draw, table)]
    value = "x" * (MAX_CELL + draw(st.integers(-1, 2)))
    if row:
        row[_index(draw, row)] = value
    else:
        row.append(value)


_TABLE_MUTATIONS: Final[tuple[Callable[[st.DrawFn, Table, st.SearchStrategy[object]], None], ...]] = (
    _set_cell,
    _set_cell,
    _set_cell,
    _header,
    _shift,
    _column,
    _rows,
    _huge,
)


@st.composite
def table_of(draw: st.DrawFn, seed: Table, cells: st.SearchStrategy[object] = text_cells) -> Table:
    """*seed* (not changed) with up to four mutations."""
    table = [list(row) for row in seed]
    for mutation in draw(st.lists(st.sampled_from(_TABLE_MUTATIONS), max_size=4)):
        if table:
            mutation(draw, table, cells)
    return table


@st.composite
def flipped(draw: st.DrawFn, data: bytes, most: int = 3) -> bytes:
    """*data* with up to *most* byte mutations: flipped, inserted, deleted, repeated, or cut short."""
    out = bytearray(data)
    for how in draw(st.lists(st.sampled_from(("flip", "insert", "delete", "repeat", "cut")), max_size=most)):
        at = draw(st.integers(0, len(out)))
        if how == "flip" and at < len(out):
            out[at] ^= draw(st.integers(1, 255))
        elif how == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif how == "delete":
            del out[at : at + draw(st.integers(1, 16))]
        elif how == "repeat":
            out[at:at] = out[at : at + draw(st.integers(1, 64))]
        elif how == "cut":
            del out[at:]
    return Blob(out)


ENCODINGS: Final = (*["utf-8"] * 12, "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252", "cp850")
"""What a spreadsheet program or a text editor might save a file as (two times in three UTF-8, which readers accept)."""


@st.composite
def csv_bytes(draw: st.DrawFn, table: Table) -> bytes:
    """*table* as CSV with any separator, quoting, line end and encoding; one time in three, `flipped`."""
    delimiter = draw(st.sampled_from((*[","] * 5, ";", "\t", "|")))
    rows = [["" if c is None else str(c) for c in row] for row in table]
    # The csv module cannot write a record of one empty field unquoted (`_csv.Error`), so such a table is never
    # drawn with QUOTE_NONE.
    quotings: tuple[Literal[0, 1, 3], ...] = (csv.QUOTE_MINIMAL, csv.QUOTE_ALL)
    if [""] not in rows:
        quotings = (*quotings, csv.QUOTE_NONE)
    quoting = draw(st.sampled_from(quotings))
    written = io.StringIO()
    writer = csv.writer(
        written,
        delimiter=delimiter,
        quoting=quoting,
        escapechar="\\",
        lineterminator=draw(st.sampled_from(("\n", "\r\n", "\r"))),
    )
    writer.writerows(rows)
    data = written.getvalue().encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    return draw(flipped(data)) if draw(st.integers(0, 2)) == 2 else Blob(data)


def _inflated(data: dict[str, bytes], draw: st.DrawFn) -> None:
    """A part (new or replacing one) of up to 24 MB of one repeated byte: it zips a thousandfold."""
    name = draw(st.sampled_from([*data, "xl/sharedStrings.xml"]))
    data[name] = b"<a>" + b"A" * draw(st.integers(1, 24)) * 1024 * 1024 + b"</a>"


@st.composite
def zip_mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """The zip *data* with a part's bytes flipped, a part dropped or inflated, or the zip's own bytes flipped."""
    how = draw(st.sampled_from(("part", "part", "drop", "inflate", "bytes")))
    if how == "bytes":
        return draw(flipped(data, most=2))
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    name = draw(st.sampled_from(sorted(parts)))
    if how == "part":
        parts[name] = draw(flipped(parts[name]))
    elif how == "drop":
        del parts[name]
    else:
        _inflated(parts, draw)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for part, content in parts.items():
            target.writestr(part, content)
    return Blob(out.getvalue())


YAML_SCALARS: Final = (
    "~",
    "null",
    "yes",
    "no",
    "on",
    "-1",
    "1e999",
    ".nan",
    "2.7",
    "0x1F",
    "'٢'",
    "2024-02-30",
    "2024-13-01",
    "!!python/object:os.system ''",
    "!!binary aGVsbG8=",
    "&a [*a]",
    "*undefined",
    "[" * 200,
    "{a: " * 200,
    "'" + "x" * 5000 + "'",
    '"\\x00"',
    "|",
    "{}",
    "[]",
    "? a",
    "${x} > 2 and (",
    "'" + "(" * 300 + "'",
)
"""YAML values that a loader must refuse (or read as what they are) at their place."""


@st.composite
def yaml_text(draw: st.DrawFn, seed: str) -> bytes:
    """*seed* with up to four line mutations, in any encoding; one time in three, `flipped`."""
    lines = seed.splitlines()
    for how in draw(st.lists(st.sampled_from(("value", "value", "drop", "repeat", "swap", "indent")), max_size=4)):
        if not lines:
            break
        i, j = _index(draw, lines), _index(draw, lines)
        if how == "value":
            key, colon, _ = lines[i].partition(": ")
            lines[i] = f"{key}: {draw(st.sampled_from(YAML_SCALARS))}" if colon else draw(st.sampled_from(YAML_SCALARS))
        elif how == "drop":
            del lines[i]
        elif how == "repeat":
            lines.insert(j, lines[i])
        elif how == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = " " * draw(st.integers(0, 3)) + lines[i]
    data = "\n".join(lines).encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    return draw(flipped(data, most=2)) if draw(st.integers(0, 2)) == 2 else Blob(data)
