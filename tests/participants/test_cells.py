"""Tests for `sce_method.participants._cells`."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from decimal import Decimal

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method._core import message
from sce_method.participants import _cells as cells


def _key(parse: Callable[[object], object], value: object) -> str:
    """The message key of the CellError *parse* raises for *value*."""
    with pytest.raises(cells.CellError) as caught:
        parse(value)
    return caught.value.message.key


def _said(parse: Callable[[object], object], value: object) -> str:
    """The English words of the CellError *parse* raises for *value*."""
    with pytest.raises(cells.CellError) as caught:
        parse(value)
    return caught.value.message.render("en")


@pytest.fixture(autouse=True)
def _fresh_date_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test reads dates through an empty cache: what an earlier test read must not answer for the parser."""
    monkeypatch.setattr(cells, "_DATE_CACHE", {})


class TestCellError:
    def test_carries_its_message(self) -> None:
        """The error keeps the catalog message (its one argument); str() is its Spanish rendering, like every error."""
        with pytest.raises(cells.CellError) as caught:
            cells.hours("2,5")

        expected = (
            "participants.cell.decimal_comma",
            "número con coma decimal '2,5': use punto (2.5); no se adivina el valor",
            (caught.value.message,),
        )
        assert expected == (caught.value.message.key, str(caught.value), caught.value.args)

    def test_said_unless_quiet(self) -> None:
        """A problem is reported unless it is marked as already said for its list."""
        said = message("participants.cell.blank")

        expected = (False, True)
        assert expected == (cells.CellError(said).quiet, cells.CellError(said, quiet=True).quiet)


class TestBlank:
    @pytest.mark.parametrize("value", [None, "", "   ", "\t"])
    def test_blank(self, value: object) -> None:
        """None and white space are blank."""
        expected = True

        assert expected == cells.blank(value)

    @pytest.mark.parametrize("value", ["0", " x ", 0, 0.0, False])
    def test_not_blank(self, value: object) -> None:
        """Anything else, zero and False included, is a value."""
        expected = False

        assert expected == cells.blank(value)


class TestText:
    def test_stripped(self) -> None:
        """Surrounding spaces are dropped."""
        expected = "P0001"

        assert expected == cells.text("  P0001 ")

    @pytest.mark.parametrize(("value", "read"), [(1001, "1001"), (1001.0, "1001")])
    def test_whole_numbers_from_a_workbook(self, value: object, read: str) -> None:
        """A whole number typed in a spreadsheet is read as its digits."""
        expected = read

        assert expected == cells.text(value)

    def test_blank_is_refused(self) -> None:
        """A required text cell cannot be empty."""
        expected = "participants.cell.blank"

        assert expected == _key(cells.text, " ")

    @pytest.mark.parametrize(
        ("value", "code", "at"),
        [
            ("An\x00a", "U+0000", 3),
            ("\x00", "U+0000", 1),
            ("a\x1b[31m", "U+001B", 2),
            ("a\x7f", "U+007F", 2),
            ("\x85b", "U+0085", 1),
        ],
    )
    def test_control_characters_are_refused(self, value: str, code: str, at: int) -> None:
        """A NUL byte, an escape or another control character is not text anyone typed: refused, said by its code."""
        with pytest.raises(cells.CellError) as caught:
            cells.text(value)

        expected = ("participants.cell.control_character", {"code": code, "at": at})
        assert expected == (caught.value.message.key, dict(caught.value.message.params))

    @pytest.mark.parametrize("value", ["a\tb", "line\nbreak", "cr\r\nlf"])
    def test_tabs_and_line_breaks_are_text(self, value: str) -> None:
        """A tab or a line break inside a quoted cell is text."""
        expected = value

        assert expected == cells.text(value)

    def test_a_cell_over_the_limit_is_refused(self) -> None:
        """A cell longer than `MAX_CELL_CHARS` is refused, whether from a CSV or a workbook."""
        with pytest.raises(cells.CellError) as caught:
            cells.text("x" * 131_073)

        expected = ("participants.cell.too_long", {"length": 131_073, "limit": 131_072})
        assert expected == (caught.value.message.key, dict(caught.value.message.params))

    def test_a_cell_at_the_limit_is_read(self) -> None:
        """A cell of exactly `MAX_CELL_CHARS` characters is read."""
        expected = 131_072

        assert expected == len(cells.text("x" * 131_072))

    @pytest.mark.parametrize("value", [True, 2.5, dt.date(2024, 1, 1)])
    def test_other_types_are_refused(self, value: object) -> None:
        """A bool, a fraction or a date is not an id."""
        expected = "core.load.wrong_type"

        assert expected == _key(cells.text, value)


class TestIdent:
    @pytest.mark.parametrize(
        ("value", "read"),
        [
            ("P0071", "P0071"),
            (" crea-2024_1 ", "crea-2024_1"),
            ("\u00a0P1\u00a0", "P1"),
            (1001, "1001"),
            (1001.0, "1001"),
        ],
    )
    def test_ascii_ids(self, value: object, read: str) -> None:
        """ASCII letters, digits, _ and -, spaces around dropped; a whole number from a workbook reads as its digits."""
        expected = read

        assert expected == cells.ident(value)

    @pytest.mark.parametrize(
        "value",
        [
            "\u04200071",  # Cyrillic capital Er, which looks like P
            "P0071\u200b",  # a zero-width space at the end
            "P\u200d0071",  # a zero-width joiner inside
            "P\uff10\uff1071",  # fullwidth digits
            "Pé01",  # a letter with an accent (NFC)
            "Pe\u030101",  # the same, decomposed (NFD)
            "Ana María López",
            "P 71",
            "P1;DROP",
            "P\x000071",
            2.5,
            True,
            dt.date(2024, 1, 1),
        ],
    )
    def test_anything_else_is_refused_and_hidden(self, value: object) -> None:
        """Any other character, a fraction, a bool or a date is not an id; the message never repeats the value."""
        with pytest.raises(cells.CellError) as caught:
            cells.ident(value)

        expected = ("participants.cell.invalid_id", {"value": message("participants.cell.hidden")})
        assert expected == (caught.value.message.key, dict(caught.value.message.params))

    def test_blank_is_refused(self) -> None:
        """A required id cannot be empty."""
        expected = "participants.cell.blank"

        assert expected == _key(cells.ident, " ")

    @given(st.text(alphabet=st.characters(codec="ascii", categories=["L", "Nd"]) | st.sampled_from("_-"), min_size=1))
    def test_every_ascii_id_reads_back(self, value: str) -> None:
        """Every string of the pattern's characters is an id, as it is."""
        expected = value

        assert expected == cells.ident(value)


class TestHours:
    @pytest.mark.parametrize(("value", "read"), [("2.5", 2.5), ("2", 2.0), (" 12 ", 12.0), ("0", 0.0)])
    def test_text(self, value: str, read: float) -> None:
        """Digits with an optional point decimal part."""
        expected = read

        assert expected == cells.hours(value)

    def test_decimal_comma_is_refused(self) -> None:
        """'2,5' is not guessed to be 2.5 (nor 25)."""
        expected = "participants.cell.decimal_comma"

        assert expected == _key(cells.hours, "2,5")

    @pytest.mark.parametrize("value", ["-1", "-2.5", "-0"])
    def test_negative_text_is_refused(self, value: str) -> None:
        """A negative number of hours is refused as negative, not as 'not a number'."""
        expected = "core.value.negative"

        assert expected == _key(cells.hours, value)

    @pytest.mark.parametrize("value", [None, "", "  "])
    def test_blank_is_refused(self, value: object) -> None:
        """An empty hours cell is an error, not zero."""
        expected = "participants.cell.blank"

        assert expected == _key(cells.hours, value)

    @pytest.mark.parametrize(
        "value",
        [
            "dos",
            "2h",
            "1e3",
            "1e32",
            "2.5.1",
            ".5",
            "2,5,1",
            "+2",
            "nan",
            "1_0",
            "0x2",
            "\u0662",  # Arabic-Indic two
            "\uff12",  # fullwidth two
            "\u0968",  # Devanagari two
            "\u00b2",  # superscript two
            "1\u0663.5",
            "2\x00",
        ],
    )
    def test_not_a_number(self, value: str) -> None:
        """Anything but ASCII digits with a ``.`` decimal part is refused: no other digits, exponent or ``_``."""
        expected = "participants.cell.not_number"

        assert expected == _key(cells.hours, value)

    @pytest.mark.parametrize(("value", "read"), [(3, 3.0), (2.5, 2.5), (0, 0.0)])
    def test_numbers_from_a_workbook(self, value: float, read: float) -> None:
        """An int or float cell is taken as it is."""
        expected = read

        assert expected == cells.hours(value)

    @pytest.mark.parametrize("value", [True, False])
    def test_bool_is_refused(self, *, value: bool) -> None:
        """TRUE in a workbook is not 1 hour."""
        expected = "participants.cell.not_number"

        assert expected == _key(cells.hours, value)

    @pytest.mark.parametrize("value", [-1, -0.5, -(10**400)])
    def test_negative_number_is_refused(self, value: float) -> None:
        """A negative number cell is refused, however large."""
        expected = "core.value.negative"

        assert expected == _key(cells.hours, value)

    @pytest.mark.parametrize("value", [math.inf, math.nan])
    def test_not_finite_is_refused(self, value: float) -> None:
        """Infinite or NaN hours are refused."""
        expected = "core.value.not_finite"

        assert expected == _key(cells.hours, value)

    def test_date_cell_is_refused(self) -> None:
        """A date typed where hours go is not a number."""
        expected = "participants.cell.not_number"

        assert expected == _key(cells.hours, dt.date(2024, 1, 1))

    @pytest.mark.parametrize("value", ["24.01", "25", "1" + "0" * 32, "1" + "0" * 400, 24.5, 1e32, 10**40, 10**400])
    def test_more_than_a_session_can_hold_is_refused(self, value: object) -> None:
        """A row holds one session: more hours than `MAX_SESSION_HOURS` is refused, as text or as a number."""
        expected = ("participants.cell.hours_over_limit", 24)

        with pytest.raises(cells.CellError) as caught:
            cells.hours(value)
        assert expected == (caught.value.message.key, caught.value.message.params["limit"])

    @pytest.mark.parametrize("value", ["24", "24.0", 24, 24.0])
    def test_a_whole_day_is_the_most(self, value: object) -> None:
        """24 h is read."""
        expected = 24.0

        assert expected == cells.hours(value)

    @given(st.decimals(min_value=0, max_value=24, places=2, allow_nan=False, allow_infinity=False).map(abs))
    def test_any_point_decimal_reads_back(self, value: Decimal) -> None:
        """Every non-negative decimal written with a point reads as that number."""
        text = f"{value:f}"

        expected = float(text)
        assert expected == cells.hours(text)


class TestDate:
    def test_iso_text(self) -> None:
        """YYYY-MM-DD text is a date."""
        expected = pendulum.Date(2024, 10, 17)

        assert expected == cells.date("2024-10-17")

    def test_iso_text_with_spaces(self) -> None:
        """Surrounding spaces are dropped."""
        expected = pendulum.Date(2024, 10, 17)

        assert expected == cells.date(" 2024-10-17 ")

    @pytest.mark.parametrize("value", ["17/10/2024", "10/17/2024", "2024-13-45", "2024-02-30", "20241017", "2024-1-7"])
    def test_other_text_is_refused(self, value: str) -> None:
        """Day/month orders are not guessed, and impossible dates are refused."""
        expected = "core.load.invalid_date"

        assert expected == _key(cells.date, value)

    def test_blank_is_refused(self) -> None:
        """A required date cannot be empty."""
        expected = "participants.cell.blank"

        assert expected == _key(cells.date, "")

    def test_datetime_at_midnight(self) -> None:
        """A workbook date cell (a datetime at midnight) is its date."""
        expected = pendulum.Date(2024, 10, 17)

        assert expected == cells.date(dt.datetime(2024, 10, 17))  # noqa: DTZ001 -- a workbook cell has no zone

    def test_datetime_with_a_time_is_refused(self) -> None:
        """A date and time is not a date: the time is not silently dropped."""
        expected = "core.load.invalid_date"

        assert expected == _key(cells.date, dt.datetime(2024, 10, 17, 10, 30))  # noqa: DTZ001 -- as above

    def test_date_cell(self) -> None:
        """A plain date is a date."""
        expected = pendulum.Date(2024, 10, 17)

        assert expected == cells.date(dt.date(2024, 10, 17))

    def test_result_is_a_pendulum_date(self) -> None:
        """Every date read is a pendulum Date, whatever the cell's type."""
        expected = {pendulum.Date}

        assert expected == {type(cells.date(v)) for v in ("2024-10-17", dt.date(2024, 10, 17))}

    @pytest.mark.parametrize("value", [45582, 45582.0, True])
    def test_numbers_are_refused(self, value: object) -> None:
        """A spreadsheet serial number is not guessed to be a date."""
        expected = "core.load.invalid_date"

        assert expected == _key(cells.date, value)

    @given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
    def test_every_iso_date_reads_back(self, day: dt.date) -> None:
        """Every real date written in ISO form reads as itself."""
        expected = pendulum.Date(day.year, day.month, day.day)

        assert expected == cells.date(day.isoformat())


class TestRefusalsEchoTheValue:
    """A refused cell's message repeats its value; `private` (in the parsers) hides it where a list is personal."""

    @pytest.mark.parametrize(
        ("parse", "value", "said"),
        [
            (cells.text, True, "expected a text, found True"),
            (cells.text, 2.5, "expected a text, found 2.5"),
            (cells.text, dt.date(2024, 1, 1), "expected a text, found datetime.date(2024, 1, 1)"),
            (cells.hours, True, "expected a number such as 2 or 2.5, found True"),
            (cells.hours, " 2h ", "expected a number such as 2 or 2.5, found '2h'"),
            (cells.hours, dt.date(2024, 1, 1), "expected a number such as 2 or 2.5, found datetime.date(2024, 1, 1)"),
            (cells.hours, " -2.5 ", "must be >= 0, got -2.5"),
            (cells.hours, -1, "must be >= 0, got -1"),
            (cells.hours, math.inf, "must be a finite number, got inf"),
            (cells.hours, " 2,5 ", "number with a decimal comma '2,5': use a point (2.5); the value is not guessed"),
            (cells.date, " 17/10/2024 ", "invalid date '17/10/2024': expected a real date as YYYY-MM-DD"),
            (cells.date, 45582, "invalid date 45582: expected a real date as YYYY-MM-DD"),
            (
                cells.date,
                dt.datetime(2024, 10, 17, 10, 30),  # noqa: DTZ001 -- a workbook cell has no zone
                "invalid date '2024-10-17T10:30:00': expected a real date as YYYY-MM-DD",
            ),
        ],
        ids=lambda v: v.__name__ if callable(v) else repr(v),
    )
    def test_value_in_the_message(self, parse: Callable[[object], object], value: object, said: str) -> None:
        """The message names the value refused (stripped when it is text)."""
        expected = said

        assert expected == _said(parse, value)


class TestDateCache:
    def test_a_date_read_twice_is_parsed_once(self) -> None:
        """The same text read again gives back the date already made, not a new one."""
        first = cells.date("2024-10-17")

        expected = (True, {"2024-10-17": pendulum.Date(2024, 10, 17)})
        assert expected == (cells.date(" 2024-10-17 ") is first, cells._DATE_CACHE)

    def test_the_cache_stops_growing_at_its_limit(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The cache holds at most 100,000 texts: the last one fits, the next is parsed but not kept."""
        day = pendulum.Date(2000, 1, 1)
        monkeypatch.setattr(cells, "_DATE_CACHE", {str(i): day for i in range(99_999)})
        cells.date("2024-10-17")
        cells.date("2024-10-18")

        expected = (100_000, True, False)
        assert expected == (
            len(cells._DATE_CACHE),
            "2024-10-17" in cells._DATE_CACHE,
            "2024-10-18" in cells._DATE_CACHE,
        )


class TestChoices:
    CHOICES = cells.Choices(["presencial", "en-linea"], message("participants.cell.value"))

    def test_known(self) -> None:
        """A value among the choices is returned."""
        expected = "presencial"

        assert expected == self.CHOICES.parse(" presencial")

    def test_close_value_is_suggested(self) -> None:
        """An unknown value close to a choice suggests it."""
        with pytest.raises(cells.CellError) as caught:
            self.CHOICES.parse("presencia")

        expected = ("participants.cell.unknown_suggest", "presencial")
        assert expected == (caught.value.message.key, caught.value.message.params["suggestion"])

    def test_the_same_message_for_the_same_value(self) -> None:
        """A bad value's message is looked up once, then reused."""
        choices = cells.Choices(["a-modulo"], message("core.kind.module"))

        expected = True
        assert expected == (choices.unknown("a-modul") is choices.unknown("a-modul"))

    def test_unknown_value_lists_the_choices(self) -> None:
        """An unknown value far from every choice is named as a value, with the choices listed."""
        expected = "unknown value 'a-distancia'; valid: en-linea, presencial"

        assert expected == _said(self.CHOICES.parse, " a-distancia ")


class TestUnknownIdMessage:
    def test_suggests_the_closest(self) -> None:
        """A near miss names the closest known id."""
        said = cells.unknown_id_message(
            "educacion-finaciera", ["educacion-financiera", "desarrollo-humano"], kind=message("core.kind.module")
        )

        expected = "unknown module 'educacion-finaciera'; did you mean 'educacion-financiera'?"
        assert expected == said.render("en")

    def test_lists_the_known_when_nothing_is_close(self) -> None:
        """With nothing close, the valid ids are listed, sorted."""
        said = cells.unknown_id_message("cocina", ["b-modulo", "a-modulo"], kind=message("core.kind.module"))

        expected = "unknown module 'cocina'; valid: a-modulo, b-modulo"
        assert expected == said.render("en")
