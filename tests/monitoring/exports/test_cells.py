"""Tests for `sce_method.monitoring.exports._cells`: the cells of an export turned into typed answers, strictly."""

from __future__ import annotations

import datetime as dt

import pytest

from sce_method.monitoring.exports import _cells as cells


def _refused_key(read: object, value: object) -> tuple[str, dict[str, object]]:
    """The message key and parameters of the CellError reading *value* with *read* raises."""
    assert callable(read)
    with pytest.raises(cells.CellError) as caught:
        read(value)
    return caught.value.message.key, dict(caught.value.message.params)


class TestDate:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2024-10-17", dt.date(2024, 10, 17)),
            (" 2024-10-17 ", dt.date(2024, 10, 17)),
            ("2024-10-17T09:30:00.000-06:00", dt.date(2024, 10, 17)),
            ("2024-10-17T23:30Z", dt.date(2024, 10, 17)),
            (dt.date(2024, 10, 17), dt.date(2024, 10, 17)),
            (dt.datetime(2024, 10, 17, 9, 30), dt.date(2024, 10, 17)),  # noqa: DTZ001 -- a spreadsheet's naive cell
        ],
        ids=["iso", "spaces", "with-a-time", "utc-time-kept-as-written", "date-cell", "datetime-cell"],
    )
    def test_date(self, value: object, expected: dt.date) -> None:
        """An ISO date, an ISO date and time (its date as written), or a spreadsheet's date cell."""
        result = cells.date(value)

        assert (dt.date, expected) == (type(result), result)

    @pytest.mark.parametrize(
        "value",
        [
            "17/10/2024",
            "20241017",
            "2024-W42-4",
            "2024-02-30",
            "mañana",
            "2024-09-20 no sé",
            "2024-09-20x",
            "2024-09-20 10:00",
            "2024-09-20T25:00",
            "2024-09-20T10:00+99:00",
            "\uff12\uff10\uff12\uff14-\uff10\uff19-\uff12\uff10",  # full-width digits
            45000.0,
            True,
        ],
        ids=[
            "day-first",
            "no-dashes",
            "week-date",
            "not-in-the-calendar",
            "a-word",
            "a-date-and-words",
            "a-date-and-a-letter",
            "a-space-before-the-time",
            "no-such-hour",
            "no-such-offset",
            "full-width-digits",
            "a-spreadsheet-serial",
            "a-boolean",
        ],
    )
    def test_not_a_date(self, value: object) -> None:
        """Anything else is refused, with a message that does not repeat the cell."""
        expected: tuple[str, dict[str, object]] = ("exports.not_date", {})

        assert expected == _refused_key(cells.date, value)

    def test_str_is_spanish(self) -> None:
        """str() of the error is its Spanish rendering, like every error of the library."""
        with pytest.raises(cells.CellError) as caught:
            cells.date("17/10/2024")

        expected = "se esperaba una fecha real AAAA-MM-DD (o una fecha y hora ISO 8601, como 2024-10-17T09:30:00-06:00)"
        assert expected == str(caught.value)


class TestInteger:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("30", 30),
            (" 30 ", 30),
            ("-2", -2),
            ("030", 30),
            ("999999999999999", 999_999_999_999_999),
            (30.0, 30),
            (30, 30),
        ],
        ids=["digits", "spaces", "negative", "leading-zero", "fifteen-digits", "a-whole-float-cell", "an-int-cell"],
    )
    def test_integer(self, value: object, expected: int) -> None:
        """ASCII digits with an optional minus, or a whole number cell, is an int."""
        result = cells.number(value, integer=True)

        assert (int, expected) == (type(result), result)

    @pytest.mark.parametrize(
        "value",
        [
            "3_0",
            "4e1",
            "30.0",
            "3.5",
            "+3",
            "1 000",
            "1,000",
            "\u0663\u0660",
            "\uff13\uff10",
            "0x1F",
            "nan",
            "inf",
            "treinta",
            "1" * 16,
        ],
        ids=[
            "underscore",
            "exponent",
            "decimal-point",
            "fraction",
            "plus-sign",
            "space-separator",
            "comma-separator",
            "arabic-indic-digits",
            "full-width-digits",
            "hexadecimal",
            "nan",
            "infinity",
            "a-word",
            "sixteen-digits",
        ],
    )
    def test_not_an_integer(self, value: str) -> None:
        """Anything else is refused, not read as the number Python would make of it."""
        expected: tuple[str, dict[str, object]] = ("exports.not_integer", {})

        assert expected == _refused_key(lambda v: cells.number(v, integer=True), value)

    @pytest.mark.parametrize("value", [30.5, float("nan"), float("inf"), 1e15, True], ids=str)
    def test_not_an_integer_cell(self, value: object) -> None:
        """A number cell that is not whole, not finite or too large, or a boolean, is refused."""
        expected: tuple[str, dict[str, object]] = ("exports.not_integer", {})

        assert expected == _refused_key(lambda v: cells.number(v, integer=True), value)


class TestDecimal:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [("2500.5", 2500.5), ("2", 2.0), (".5", 0.5), ("-1.25", -1.25), (2500.5, 2500.5), (3, 3.0)],
        ids=["point", "whole", "leading-point", "negative", "a-float-cell", "an-int-cell"],
    )
    def test_decimal(self, value: object, expected: float) -> None:
        """ASCII digits with '.' as the decimal point, or a number cell, is a float."""
        result = cells.number(value, integer=False)

        assert (float, expected) == (type(result), result)

    @pytest.mark.parametrize(
        "value",
        ["2,5", "2_500.5", "1e3", "2.", "\u0662.\u0665", "nan", "-inf", "1" * 400, "$2500"],
        ids=[
            "decimal-comma",
            "underscore",
            "exponent",
            "trailing-point",
            "arabic-indic-digits",
            "nan",
            "infinity",
            "too-large-for-a-float",
            "currency",
        ],
    )
    def test_not_a_decimal(self, value: str) -> None:
        """Anything else is refused."""
        expected: tuple[str, dict[str, object]] = ("exports.not_decimal", {})

        assert expected == _refused_key(lambda v: cells.number(v, integer=False), value)
