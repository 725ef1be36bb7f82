"""Tests for `sce_method._core._tables`: tables for people, CSV, JSON and HTML, and the report base."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TypedDict

import attrs
import pytest

from sce_method._core import (
    DEFAULT_LANG,
    Lang,
    TabularReport,
    cells,
    csv_text,
    escape_formula,
    html_table,
    json_text,
    table,
)


class _Row(TypedDict):
    id: str
    hours: float | None


@attrs.frozen
class _Report(TabularReport[_Row]):
    csv_columns = ("id", "hours")

    hours: tuple[float | None, ...]

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[_Row]:
        return [{"id": f"{lang}-{i}", "hours": h} for i, h in enumerate(self.hours)]


class _Formulas(TabularReport[_Row]):
    """A report whose one row holds a formula and a negative number."""

    csv_columns = ("id", "hours")

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[_Row]:  # noqa: ARG002 -- no text to translate
        return [{"id": "=1+1", "hours": -3}]


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


class TestEscapeFormula:
    @pytest.mark.parametrize(
        "text",
        ["=1+1", "+1+cmd", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1", "\r=1", '=HYPERLINK("http://x")', "-", "+"],
    )
    def test_formula_gets_a_quote(self, text: str) -> None:
        """A text starting with = + - @, a tab or a carriage return gets a ' before it (OWASP)."""
        expected = "'" + text

        assert expected == escape_formula(text)

    @pytest.mark.parametrize("text", ["-3", "+2.5", "-0.5", "-.5", "-1e3", "+1E-2", "12", "<5", "x", "a=b", "", " =1"])
    def test_numbers_and_plain_text_kept(self, text: str) -> None:
        """A number written as text stays a number, and text that does not start like a formula is kept."""
        assert text == escape_formula(text)

    @pytest.mark.parametrize("text", ["-3 ", "-3-1", "-1e", "--3", "-inf", "-nan", "-1_000", "+1.2.3", "-3\n=1"])
    def test_almost_numbers_escaped(self, text: str) -> None:
        """Only a whole decimal number escapes the quote: text with a number at its start is still text."""
        expected = "'" + text

        assert expected == escape_formula(text)

    @pytest.mark.parametrize("value", [-3, -2.5, True, None, 0])
    def test_non_text_kept(self, value: object) -> None:
        """Numbers, booleans and None are returned as they are."""
        assert value is escape_formula(value)

    def test_other_objects_by_their_text(self) -> None:
        """Any other object is judged by the text the CSV would write for it."""

        class Formula:
            def __str__(self) -> str:
                return "=1+1"

        expected = "'=1+1"
        assert expected == escape_formula(Formula())


class TestCsvEscaping:
    def test_escaped_by_default(self) -> None:
        """Formula-like text is escaped in every column; numbers and the header are not."""
        rows: list[dict[str, object]] = [{"a": "=1+1", "b": -3}, {"a": "-3", "b": "@x"}]

        expected = "a,b\n'=1+1,-3\n-3,'@x\n"
        assert expected == csv_text(["a", "b"], rows)

    def test_quoting_still_applies(self) -> None:
        """An escaped cell with a comma or a quote is still quoted as CSV wants."""
        expected = 'a\n"\'=HYPERLINK(""http://x"",""y"")"\n'

        assert expected == csv_text(["a"], [{"a": '=HYPERLINK("http://x","y")'}])

    def test_turned_off(self) -> None:
        """formula_escape=False writes every cell as it is, for programs."""
        expected = "a,b\n=1+1,@x\n"

        assert expected == csv_text(["a", "b"], [{"a": "=1+1", "b": "@x"}], formula_escape=False)

    def test_unknown_key_still_refused(self) -> None:
        """Escaping does not hide a key that is not a column."""
        with pytest.raises(ValueError, match="extra"):
            csv_text(["a"], [{"a": "=1", "extra": 2}])


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

    def test_to_csv_escapes_formulas(self) -> None:
        """A report's CSV escapes formula-like text unless asked not to."""
        report = _Formulas()

        expected = ("id,hours\n'=1+1,-3\n", "id,hours\n=1+1,-3\n")
        assert expected == (report.to_csv(), report.to_csv(formula_escape=False))

    @pytest.mark.parametrize("escape", [True, False])
    def test_write_csv_escapes_as_to_csv(self, tmp_path: Path, escape: bool) -> None:  # noqa: FBT001 -- parametrized
        """write_csv writes what to_csv gives, escaped or not."""
        report = _Formulas()
        report.write_csv(tmp_path / "r.csv", "en", formula_escape=escape)

        expected = report.to_csv("en", formula_escape=escape).encode("utf-8")
        assert expected == (tmp_path / "r.csv").read_bytes()

    @pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600)], ids=["022", "077"])
    def test_write_csv_follows_the_umask(self, tmp_path: Path, mask: int, mode: int) -> None:
        """The file write_csv leaves has 0666 less the process umask, even over an old file of another mode."""
        path = tmp_path / "r.csv"
        path.write_text("old", encoding="utf-8")
        path.chmod(0o640)
        old = os.umask(mask)
        try:
            _Formulas().write_csv(path)
        finally:
            os.umask(old)

        assert oct(mode) == oct(stat.S_IMODE(path.stat().st_mode))

    def test_rows_must_be_written(self) -> None:
        """The base class gives no rows of its own."""
        with pytest.raises(NotImplementedError):
            TabularReport[_Row]().rows()
