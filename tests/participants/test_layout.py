"""Tests for `sce_method.participants._layout`: a list's header, checked, and the rows after it."""

from __future__ import annotations

import datetime as dt

import pytest

from sce_method import message
from sce_method.exceptions import Problem
from sce_method.participants import Table
from sce_method.participants._layout import Layout
from sce_method.participants._sink import Sink

Where = tuple[str | None, int | None, int | None, tuple[str | int, ...], str]


def _where(problem: Problem) -> Where:
    """A problem's file, line, column, path and message key."""
    return (problem.file, problem.line, problem.column, problem.path, problem.message.key)


class TestLayout:
    TABLE = Table("t", ("a", "b"), ("c",))

    def _read(
        self, *rows: list[object], hidden: bool = False
    ) -> tuple[list[tuple[int, dict[str, object]]], list[Problem]]:
        """The header's checks, then each row yielded, as a dict by the column names the layout places."""
        sink = Sink(errors="collect")
        source = iter(enumerate(rows, start=1))
        layout = Layout.of(self.TABLE, "t.csv", source, sink, hidden=hidden)
        if layout is None:
            return [], sink.problems
        got = [(line, {n: v[i] for n, i in layout.position.items()}) for line, v in layout.rows("t.csv", source, sink)]
        return got, sink.problems

    def test_rows_by_name_and_line(self) -> None:
        """Each row is a dict by column name, with its line."""
        expected = [(2, {"a": "1", "b": "2"})]

        assert expected == self._read(["a", "b"], ["1", "2"])[0]

    def test_columns_in_any_order(self) -> None:
        """Columns are found by name, not by position."""
        expected = [(2, {"b": "2", "a": "1"})]

        assert expected == self._read(["b", "a"], ["2", "1"])[0]

    def test_blank_rows_are_skipped(self) -> None:
        """A row of empty cells is not data."""
        expected = [4]

        assert expected == [line for line, _ in self._read(["a", "b"], ["", " "], [], ["1", "2"])[0]]

    def test_short_rows_are_padded(self) -> None:
        """A row shorter than the header has empty trailing cells."""
        expected = [(2, {"a": "1", "b": None, "c": None})]

        assert expected == self._read(["a", "b", "c"], ["1"])[0]

    def test_extra_cells(self) -> None:
        """A row with more cells than the header is reported at the first extra cell, and not used."""
        rows, problems = self._read(["a", "b"], ["1", "2", "3"])

        expected: tuple[list[object], list[object]] = ([], [("t.csv", 2, 3, (), "participants.table.extra_cells")])
        assert expected == (rows, [_where(p) for p in problems])

    def test_trailing_blank_cells_are_not_extra(self) -> None:
        """Empty cells past the header (a spreadsheet's habit) are ignored."""
        expected = [(2, {"a": "1", "b": "2"})]

        assert expected == self._read(["a", "b"], ["1", "2", "", None])[0]

    def test_empty_list(self) -> None:
        """A list with no header row is reported at line 1."""
        expected = [("t.csv", 1, None, (), "participants.table.empty")]

        assert expected == [_where(p) for p in self._read()[1]]

    def test_blank_header_cell_is_an_unknown_column(self) -> None:
        """A header with an empty name is reported at its column."""
        expected = [("t.csv", 1, 3, ("",), "participants.cell.unknown")]

        assert expected == [_where(p) for p in self._read(["a", "b", None], ["1", "2", "3"])[1]]

    def test_no_header_row(self) -> None:
        """A first row that names no column of the list is not a header: one problem, and its cells are not shown."""
        rows, problems = self._read(["P1", "Ana López", "5512345678"], ["P2", "x", "y"])

        expected: tuple[list[object], list[Where], dict[str, object]] = (
            [],
            [("t.csv", 1, None, (), "participants.table.no_header")],
            {"columns": "a, b"},
        )
        assert expected == (rows, [_where(p) for p in problems], dict(problems[0].message.params))

    def test_unknown_columns_of_a_hidden_list_are_not_shown(self) -> None:
        """In a list with personal columns, an unknown header name is shown hidden, and is not the problem's path."""
        problems = self._read(["a", "b", "Ana López"], ["1", "2", "3"], hidden=True)[1]

        expected = ([("t.csv", 1, 3, (), "participants.cell.unknown")], message("participants.cell.hidden"))
        assert expected == ([_where(p) for p in problems], problems[0].message.params["id"])

    def test_a_column_named_twice(self) -> None:
        """A column named twice is refused at its second place, and the list is not read: which copy is meant?"""
        rows, problems = self._read(["a", "b", "a"], ["1", "2", "3"])

        expected: tuple[list[object], list[Where], dict[str, object]] = (
            [],
            [("t.csv", 1, 3, ("a",), "participants.table.column_twice_in_header")],
            {"column": "a", "first": 1},
        )
        assert expected == (rows, [_where(p) for p in problems], dict(problems[0].message.params))

    @pytest.mark.parametrize("cell", [2024, 1.5, True, dt.datetime(2024, 1, 1, tzinfo=dt.UTC), dt.time(8, 0)])
    def test_a_header_cell_that_is_not_text(self, cell: object) -> None:
        """A number or a date where a column's name should be (a workbook) is an unknown column, not a crash."""
        expected = [("t.csv", 1, 3, "participants.cell.unknown")]

        assert expected == [(p.file, p.line, p.column, p.message.key) for p in self._read(["a", "b", cell])[1]]

    def test_a_header_wider_than_a_sheet(self) -> None:
        """A header of more than `MAX_SHEET_COLUMNS` cells is one problem, not one per unknown column."""
        expected = [("t.csv", 1, None, (), "participants.table.too_many_columns")]

        assert expected == [_where(p) for p in self._read(["a", "b", *(["x"] * 16_383)])[1]]
