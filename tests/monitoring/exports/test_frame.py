"""
Tests for `sce_method.monitoring.exports._frame`: a CSV split by polars only when the ``csv`` module splits it alike.

The law: for any text, reading the table with polars allowed (``frame=True``) and with the ``csv`` module alone gives
the same rows, the same line for each, the same delimiter, or the same error.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Final

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sce_method.exceptions import LoadError
from sce_method.monitoring.exports import MAX_CELL, _table
from sce_method.monitoring.exports._frame import FrameRows, csv_frame

TRICKY: Final = ("", "a", "é", " ", '"', '""', ";", ",", "\n", "\r", "\r\n", "\x00", "\ufeff", "\u2028", "\x85", "#x")
"""Cells and pieces of cells that a CSV writer quotes, doubles or breaks lines on, or that split lines elsewhere."""
RAW: Final = ('"', ";", ",", "\n", "\r", "\r\n", " ", "x", '""')
"""What may be put anywhere in a written file, to make it one no writer writes."""


def _cells() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(TRICKY), st.text(st.characters(blacklist_categories=["Cs"]), max_size=3))
    return st.lists(piece, max_size=3).map("".join)


@st.composite
def csv_texts(draw: st.DrawFn) -> str:
    """A CSV as written by a writer (quoted always or when needed, CRLF or LF), and maybe broken a little after."""
    width = draw(st.integers(1, 4))
    row = st.lists(_cells(), min_size=width, max_size=width)
    if draw(st.booleans()):
        row = st.one_of(row, st.lists(_cells(), max_size=width + 1))  # a row of another length, or blank
    rows = draw(st.lists(row, min_size=1, max_size=6))
    handle = io.StringIO(newline="")
    quote_all = draw(st.sampled_from((True, True, False)))
    end = draw(st.sampled_from(("\r\n", "\n")))
    delimiter = draw(st.sampled_from(";,"))
    if quote_all:
        csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator=end).writerows(rows)
    else:
        csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator=end).writerows(rows)
    text = handle.getvalue()
    if draw(st.booleans()):
        text = text.removesuffix(end)
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(RAW)) + text[at:]
    return text


def _read(path: Path, *, frame: bool) -> tuple[list[list[object]], list[int], str | None] | LoadError:
    try:
        rows, lines, delimiter = _table.read_table(path, frame=frame)
    except LoadError as err:
        return err
    return list(rows), list(lines), delimiter


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=400)
@given(text=csv_texts(), bom=st.booleans())
@example(text='"a";"b"\r\n"c";"d"\r\n', bom=True)
@example(text='"a";"b"\r\n\r\n"c";"d"\r\n', bom=False)  # a blank line
@example(text='"a";"b"\r\n"c";"d\r\ne"\r\n"f";"g"', bom=False)  # a line break in a cell
@example(text='"a";"b"\r\n"c";"d"x\r\n', bom=False)  # a quote in the middle of a cell
@example(text='"a";"b"\n"c";"d\re"\n', bom=False)  # a carriage return in a cell
@example(text='"a";"b"\r\n"c"\r\n', bom=False)  # a shorter row
def test_polars_splits_as_the_csv_module(tmp_path: Path, text: str, bom: bool) -> None:  # noqa: FBT001 -- given
    """Whether or not polars splits it, the table read is the csv module's, or its error."""
    path = tmp_path / "export.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8", "surrogatepass"))
    expected = _read(path, frame=False)
    actual = _read(path, frame=True)
    if isinstance(expected, LoadError):
        assert isinstance(actual, LoadError)
        assert expected.problems == actual.problems
    else:
        assert expected == actual


class TestCsvFrame:
    """`csv_frame`: the frame taken only when it is certainly the csv module's reading."""

    def test_a_kobo_export_is_split_by_polars(self, tmp_path: Path) -> None:
        """Every cell quoted, one line end throughout: polars' frame, a row a line, its BOM dropped."""
        path = tmp_path / "export.csv"
        path.write_bytes('\ufeff"a";"b ""c"""\r\n"1";""\r\n"2";"x;y"\r\n'.encode())
        rows, lines, delimiter = _table.read_table(path, frame=True)
        assert isinstance(rows, FrameRows)
        assert (list(rows), list(lines), delimiter) == ([["a", 'b "c"'], ["1", ""], ["2", "x;y"]], [1, 2, 3], ";")

    @pytest.mark.parametrize(
        "text",
        [
            '"a";b\r\n"1";"2"\r\n',  # a cell not quoted among quoted ones
            'a;"b"\r\n1;2\r\n',  # a cell quoted among ones not quoted
            "a\r\n\r\nb\r\n",  # one column and a blank line: a row of no cell
            '"a";"b"\r\n"1";"2"\n',  # two line ends
            '"a";"b"\r\n\r\n"1";"2"\r\n',  # a blank line
            '"a";"b"\r\n"1"\r\n',  # a row of another length
            '"a";"b"\r\n"1";"2\x00"\r\n',  # a NUL
            '"a";"b"',  # a single line
        ],
    )
    def test_another_file_is_left_to_the_csv_module(self, text: str) -> None:
        """A file not written every cell quoted with one line end between records: no frame."""
        assert csv_frame(text, text.encode(), ";") is None

    def test_an_odk_central_export_is_split_by_polars(self, tmp_path: Path) -> None:
        """A cell quoted only when it must be, blank ones not: polars' frame, as the csv module reads it."""
        path = tmp_path / "export.csv"
        path.write_bytes(b'a,b,c\n1,,"x,y"\n2,"say ""hi""",\n')
        rows, lines, delimiter = _table.read_table(path, frame=True)
        assert isinstance(rows, FrameRows)
        expected = [["a", "b", "c"], ["1", "", "x,y"], ["2", 'say "hi"', ""]]
        assert (list(rows), list(lines), delimiter) == (expected, [1, 2, 3], ",")

    def test_a_line_break_in_a_cell_moves_the_lines_after(self, tmp_path: Path) -> None:
        """Each line break in a cell (CR LF, CR or LF) puts the records after it a line further."""
        path = tmp_path / "export.csv"
        path.write_text('"a";"b"\r\n"1";"x\r\ny\rz"\r\n"2";"\n"\r\n"3";""', encoding="utf-8", newline="")
        rows, lines, _ = _table.read_table(path, frame=True)
        assert isinstance(rows, FrameRows)
        assert (list(rows), list(lines)) == ([["a", "b"], ["1", "x\r\ny\rz"], ["2", "\n"], ["3", ""]], [1, 2, 5, 7])

    def test_a_cell_over_the_limit_is_left_to_the_csv_module(self, tmp_path: Path) -> None:
        """The csv module refuses a cell over `MAX_CELL`, and says where."""
        path = tmp_path / "export.csv"
        path.write_text(f'"a";"b"\r\n"1";"{"x" * (MAX_CELL + 1)}"\r\n', encoding="utf-8")
        with pytest.raises(LoadError) as raised:
            _table.read_table(path, frame=True)
        assert raised.value.problems[0].line == 2


class TestFrameRows:
    """`FrameRows`: a frame seen as a list of rows."""

    def test_it_reads_as_a_list(self, tmp_path: Path) -> None:
        """Indexing (negative too), slicing, iterating and its length are a list's."""
        path = tmp_path / "export.csv"
        path.write_text('"a";"b"\n"1";"2"\n"3";"4"\n', encoding="utf-8")
        rows, _, _ = _table.read_table(path, frame=True)
        expected = [["a", "b"], ["1", "2"], ["3", "4"]]
        assert isinstance(rows, FrameRows)
        assert (len(rows), rows[0], rows[-1], list(rows[1:]), list(rows)) == (3, *expected[::2], expected[1:], expected)
        with pytest.raises(IndexError):
            rows[3]
