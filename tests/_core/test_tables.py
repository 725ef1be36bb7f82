"""Tests for `sce_method._core._tables`: tables for people, CSV, JSON and HTML, and the report base."""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

import attrs
import pytest

from sce_method._core import DEFAULT_LANG, Lang, TabularReport, cells, csv_text, html_table, json_text, table


class _Row(TypedDict):
    id: str
    hours: float | None


@attrs.frozen
class _Report(TabularReport[_Row]):
    csv_columns = ("id", "hours")

    hours: tuple[float | None, ...]

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[_Row]:
        return [{"id": f"{lang}-{i}", "hours": h} for i, h in enumerate(self.hours)]


class TestTable:
    def test_markdown_escapes_pipes(self) -> None:
        """A | in a cell is escaped in Markdown."""
        expected = "| a |\n|---|\n| x\\|y |"

        assert expected == table(["a"], [["x|y"]], "md")

    def test_no_rows(self) -> None:
        """With no rows, the columns are as wide as their headers."""
        expected = "id  hours\n--  -----"

        assert expected == table(["id", "hours"], [], "table")


class TestCsvText:
    def test_quotes_and_blanks(self) -> None:
        """Commas and quotes are quoted, None is blank, line ends are newlines."""
        expected = 'a,b\n"x, y","say ""hi"""\n,2.5\n'

        assert expected == csv_text(["a", "b"], [{"a": "x, y", "b": 'say "hi"'}, {"a": None, "b": 2.5}])

    def test_unknown_key(self) -> None:
        """A row with a key that is not a column is an error, not a column dropped."""
        with pytest.raises(ValueError, match="extra"):
            csv_text(["a"], [{"a": 1, "extra": 2}])


class TestJsonText:
    def test_keeps_non_ascii(self) -> None:
        """Accents stay as they are; the text ends with a newline."""
        expected = '{\n  "módulo": "educación"\n}\n'

        assert expected == json_text({"módulo": "educación"})


class TestHtmlTable:
    def test_escapes(self) -> None:
        """Headers and cells are escaped; cells of any type are shown as text."""
        expected = "<table><thead><tr><th>&amp;</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"

        assert expected == html_table(["&"], [[1]])


class TestCells:
    def test_order_and_blanks(self) -> None:
        """The values in the order of the keys asked for, None as blank."""
        expected = ["", "a"]

        assert expected == cells({"id": "a", "hours": None}, ["hours", "id"])


class TestTabularReport:
    def test_to_csv(self) -> None:
        """to_csv is the rows under csv_columns, in the language asked for."""
        expected = "id,hours\nen-0,12\nen-1,\n"

        assert expected == _Report(hours=(12, None)).to_csv("en")

    def test_write_csv(self, tmp_path: Path) -> None:
        """write_csv writes exactly to_csv."""
        report = _Report(hours=(1.5,))
        report.write_csv(tmp_path / "r.csv")

        expected = report.to_csv().encode("utf-8")
        assert expected == (tmp_path / "r.csv").read_bytes()

    def test_rows_must_be_written(self) -> None:
        """The base class gives no rows of its own."""
        with pytest.raises(NotImplementedError):
            TabularReport[_Row]().rows()
