"""
An export's CSV split into cells by polars, when that is certainly the split the ``csv`` module makes.

`csv_frame` reads the text with polars, every cell as text, and writes the frame back with the file's own line end
and every cell quoted (a quote inside doubled) when the file starts with a quote, else only the cells that hold the
delimiter, a quote or a line break (a blank cell not quoted). Only when that gives the text back, character for
character, is the frame taken: the text is then a CSV written as KoboToolbox (every cell quoted) or ODK Central (a
cell quoted when it must be) write it, one line end between records, which the ``csv`` module reads back into
exactly those cells. A NUL, a cell of more than `MAX_CELL` characters, or a file written any other way (a cell
quoted that need not be, a blank line, a row of another length, two kinds of line end, ...) gives None, and the
``csv`` module reads the file: its reading is the specification, and its errors the ones said (`read_table` also
leaves it a table of more than `MAX_ROWS` rows). Record *i* (from 0) starts on line *i* + 1, plus the line breaks
inside the cells of the records before it.

`FrameRows` is that frame seen as the table's rows, each row made only when asked for (the rows that are not
clean); the clean rows are built from its columns (see `clean_rows`).

polars (the ``tables`` extra) is imported only when a frame is read; without it, every CSV is read by ``csv``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, overload

from sce_method._core import CSV_FIELD_LIMIT as MAX

if TYPE_CHECKING:
    import polars as pl


def csv_frame(text: str, data: bytes, delimiter: str) -> tuple[pl.DataFrame, Sequence[int]] | None:
    """
    The records of *text* (a CSV, its BOM dropped; *data* its UTF-8) as a frame of text columns, and their lines.

    The line of each record is the one it starts on, counted as the ``csv`` module counts them. None unless the
    frame is certainly the ``csv`` module's reading of *text* with *delimiter* (see the module's docstring), or when
    polars is not installed.
    """
    try:
        import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used
    except ImportError:  # pragma: no cover -- the test environment has the extra
        return None
    first = text.find("\n")
    if first < 0 or "\x00" in text:
        return None
    end = "\r\n" if text[first - 1 : first] == "\r" else "\n"
    quoted = text.startswith('"')  # every cell quoted, as KoboToolbox writes; else only those that need it
    try:
        frame = pl.read_csv(data, has_header=False, separator=delimiter, quote_char='"', infer_schema=False)
        if quoted:  # a blank cell not quoted (read as null) is then written quoted: not the text
            frame = frame.fill_null("")
        written = frame.write_csv(
            None,
            include_header=False,
            separator=delimiter,
            quote_style="always" if quoted else "necessary",  # "necessary": a cell with the delimiter, " \r or \n
            line_terminator=end,
        )
    except pl.exceptions.PolarsError:
        return None
    if written != (text if text.endswith(end) else text + end) or (frame.width < 2 and not quoted):
        return None  # (a blank line is a row of no cell for the csv module, not one blank cell)
    frame = frame.fill_null("")
    if frame.select(pl.max_horizontal(pl.all().str.len_chars().max())).item() > MAX:
        return None  # the csv module refuses it, and says where
    return frame, _lines(frame, written, end)


def _lines(frame: pl.DataFrame, written: str, end: str) -> Sequence[int]:
    """The line each record of *frame* starts on, *written* its text with *end* after each record."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    records = frame.height
    if written.count("\n") == records and written.count("\r") == (records if end == "\r\n" else 0):
        return range(1, records + 1)  # each record on a line of its own
    # A line break inside a cell (\r\n, \r or \n, as `io.StringIO` splits lines) moves the lines of the records after.
    inside = frame.select(pl.sum_horizontal(pl.all().str.count_matches("\r\n|\r|\n")).cum_sum()).to_series()
    return [1, *(2 + at + breaks for at, breaks in enumerate(inside.to_list()[:-1]))]


class FrameRows(Sequence[list[object]]):
    """The rows of a frame from `csv_frame`, each a list of its cells (text), made only when it is asked for."""

    def __init__(self, frame: pl.DataFrame) -> None:
        self.frame = frame

    def __len__(self) -> int:
        return self.frame.height

    @overload
    def __getitem__(self, index: int) -> list[object]: ...

    @overload
    def __getitem__(self, index: slice) -> FrameRows: ...

    def __getitem__(self, index: int | slice) -> list[object] | FrameRows:
        if isinstance(index, slice):
            return FrameRows(self.frame[index])
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        return list(self.frame.row(index % len(self)))

    def __iter__(self) -> Iterator[list[object]]:
        return (list(row) for row in self.frame.iter_rows())

    def columns(self, indices: Sequence[int]) -> pl.DataFrame:
        """The columns at *indices* (from 0), named ``c<index>``."""
        import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

        names = self.frame.columns
        return self.frame.select(pl.col(names[i]).alias(f"c{i}") for i in indices)
