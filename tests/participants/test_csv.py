"""Tests for `sce_method.participants._csv`: a CSV file row by row, and where a file that is not CSV goes wrong."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from sce_method.exceptions import LoadError
from sce_method.participants._csv import csv_cells, open_quote
from sce_method.participants._limits import ReadLimits, limits_applied


def _cells(tmp_path: Path, text: str) -> list[tuple[int, list[object]]]:
    path = tmp_path / "a.csv"
    path.write_text(text, encoding="utf-8", newline="")
    return list(csv_cells(path, "a.csv"))


def _refused(tmp_path: Path, text: str) -> list[tuple[int | None, int | None, str]]:
    with pytest.raises(LoadError) as caught:
        _cells(tmp_path, text)
    return [(p.line, p.column, p.message.key) for p in caught.value.problems]


class TestCsvCells:
    def test_rows_with_their_first_line(self, tmp_path: Path) -> None:
        """Each row comes with the line it starts on; a quoted line break moves the next row on."""
        expected = [(1, ["a", "b"]), (2, ["1", "x\ny"]), (4, ["2", "z"])]

        assert expected == _cells(tmp_path, 'a,b\n1,"x\ny"\n2,z\n')

    def test_unclosed_quote(self, tmp_path: Path) -> None:
        """A quote that never closes is placed at its line and cell."""
        expected = [(3, 2, "participants.table.unclosed_quote")]

        assert expected == _refused(tmp_path, 'a,b\n1,2\n3,"4\n5,6\n')

    def test_cell_over_the_limit(self, tmp_path: Path) -> None:
        """A cell longer than the csv module's limit is placed at the line its row starts on."""
        expected = [(2, None, "participants.table.cell_too_long")]

        assert expected == _refused(tmp_path, "a,b\n1," + "x" * 131_073 + "\n")

    @pytest.mark.parametrize("before", [sys.maxsize, 10], ids=["raised-as-frictionless-does", "lowered"])
    def test_the_limit_is_the_readers_own(self, tmp_path: Path, before: int) -> None:
        """Whatever another library made of the csv module's process-wide limit, the same cells are refused."""
        old = csv.field_size_limit(before)
        try:
            found = (
                _refused(tmp_path, "a,b\n1," + "x" * 131_073 + "\n"),
                len(_cells(tmp_path, "a,b\n1," + "x" * 131_072 + "\n")),
                csv.field_size_limit(),
            )
        finally:
            csv.field_size_limit(old)

        expected = ([(2, None, "participants.table.cell_too_long")], 2, before)
        assert expected == found

    def test_an_unclosed_quote_that_swallows_a_long_tail(self, tmp_path: Path) -> None:
        """Past the limit, a quote that never closes is said at the line of its row, not at the end of the file."""
        expected = [(3, None, "participants.table.cell_too_long")]

        assert expected == _refused(tmp_path, 'a,b\n1,2\n3,"4\n' + "5,6\n" * 40_000)

    def test_a_file_too_large(self, tmp_path: Path) -> None:
        """A file over `ReadLimits.max_file_bytes` is refused by its size, before it is parsed."""
        with limits_applied(ReadLimits(max_file_bytes=10)):
            found = _refused(tmp_path, "a,b\n1,2\n3,4\n")

        expected = [(None, None, "participants.table.file_too_large")]
        assert expected == found

    def test_too_many_rows(self, tmp_path: Path) -> None:
        """Past `ReadLimits.max_rows` rows (blank ones too) the file is refused at the first row over."""
        with limits_applied(ReadLimits(max_rows=3)):
            found = _refused(tmp_path, "a,b\n1,2\n\n\n\n")

        expected = [(4, None, "participants.table.too_many_rows")]
        assert expected == found

    def test_a_file_that_cannot_be_read(self, tmp_path: Path) -> None:
        """A file the process may not read is a problem naming it, not a crash."""
        with pytest.raises(LoadError) as caught:
            list(csv_cells(tmp_path, "a.csv"))  # a folder where a file is expected

        expected = [("a.csv", "core.load.unreadable")]
        assert expected == [(p.file, p.message.key) for p in caught.value.problems]

    def test_text_after_a_closing_quote(self, tmp_path: Path) -> None:
        """Other CSV errors are said with the csv module's reason, at its line."""
        expected = [(2, None, "participants.table.csv_syntax")]

        assert expected == _refused(tmp_path, 'a,b\n"1"x,2\n')


class TestOpenQuote:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ('1,"2', (0, 2)),
            ('"1', (0, 1)),
            ('1,"a""b,c', (0, 2)),
            ('1,a"b,"c', (0, 3)),
            ('1,"x\ny",2,"z', (1, 4)),
            ('1,"x\r\ny",2,"z', (1, 4)),
        ],
    )
    def test_finds_the_quote_still_open(self, text: str, expected: tuple[int, int]) -> None:
        """The open quote's line (from the row's first) and cell; doubled quotes and a quote inside a cell are text."""
        assert expected == open_quote(text, 0)

    def test_reads_from_the_row(self) -> None:
        """Lines and cells count from the offset where the row begins."""
        expected = (0, 2)

        assert expected == open_quote('a,"b"\n1,"2', 6)
