"""Tests for `sce_method.monitoring.exports._cells`: the cells of an export turned into typed answers, strictly."""

from __future__ import annotations

import datetime as dt
from typing import Final

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


NOT_NUMBERS: Final = {
    "integer": {
        "underscore": "3_0",
        "exponent": "4e1",
        "decimal-point": "30.0",
        "fraction": "3.5",
        "plus-sign": "+3",
        "space-separator": "1 000",
        "comma-separator": "1,000",
        "arabic-indic-digits": "\u0663\u0660",
        "full-width-digits": "\uff13\uff10",
        "hexadecimal": "0x1F",
        "nan": "nan",
        "infinity": "inf",
        "a-word": "treinta",
        "sixteen-digits": "1" * 16,
        "a-fraction-cell": 30.5,
        "a-nan-cell": float("nan"),
        "an-infinite-cell": float("inf"),
        "a-cell-too-large": 1e15,
        "a-boolean-cell": True,
    },
    "decimal": {
        "decimal-comma": "2,5",
        "underscore": "2_500.5",
        "exponent": "1e3",
        "trailing-point": "2.",
        "arabic-indic-digits": "\u0662.\u0665",
        "nan": "nan",
        "infinity": "-inf",
        "too-large-for-a-float": "1" * 400,
        "currency": "$2500",
        "a-boolean-cell": False,
    },
}
"""What an integer or a decimal question refuses, by what each is."""


class TestNotANumber:
    @pytest.mark.parametrize(
        ("kind", "value"),
        [(kind, value) for kind, values in NOT_NUMBERS.items() for value in values.values()],
        ids=[f"{kind}-{name}" for kind, values in NOT_NUMBERS.items() for name in values],
    )
    def test_refused(self, kind: str, value: object) -> None:
        """Anything else is refused, not read as the number Python would make of it, and the cell is not repeated."""
        expected: tuple[str, dict[str, object]] = (f"exports.not_{kind}", {})

        assert expected == _refused_key(lambda v: cells.number(v, integer=kind == "integer"), value)
