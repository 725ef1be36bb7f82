"""Tests for `sce_method._core._dates`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method._core import LoadError, as_date, as_of_date, iso_date

NOT_DATES = [
    "2024-13-45",
    "2023-02-29",
    "2024-2-3",
    "20241017",
    "2024-W42-4",
    "17/10/2024",
    "2024-10-17T00:00",
    " 2024-10-17",
    "2024-10-17\n",
    "0000-01-01",
    "\u0662\u0660\u0662\u0664-\u0661\u0660-\u0661\u0667",
    "\uff12\uff10\uff12\uff14-10-17",
    "",
]
"""Text that is not a real calendar date as YYYY-MM-DD, some of which `datetime.date.fromisoformat` takes."""


Params = dict[str, object]


def _refusal(read: Callable[[str], object], text: str) -> tuple[bool, list[tuple[tuple[str | int, ...], str, Params]]]:
    """Whether reading *text* raised a LoadError that is a ValueError, and its problems as path, key, params."""
    with pytest.raises(LoadError) as caught:
        read(text)
    problems = [(p.path, p.message.key, dict(p.message.params)) for p in caught.value.problems]
    return isinstance(caught.value, ValueError), problems


class TestIsoDate:
    def test_iso_text(self) -> None:
        """YYYY-MM-DD text is the standard library's date, for hot paths."""
        result = iso_date("2024-10-17")

        assert (dt.date, dt.date(2024, 10, 17)) == (type(result), result)

    @pytest.mark.parametrize("text", NOT_DATES)
    def test_not_a_date(self, text: str) -> None:
        """Anything else is None, for the caller to report its own way."""
        assert iso_date(text) is None

    @given(st.dates())
    def test_iso_round_trip(self, day: dt.date) -> None:
        """Every date reads back from its ISO form."""
        assert day == iso_date(day.isoformat())


class TestAsDate:
    def test_iso_text(self) -> None:
        """An ISO date string becomes a pendulum.Date."""
        assert pendulum.Date(2024, 10, 17) == as_date("2024-10-17")

    def test_standard_date(self) -> None:
        """A datetime.date becomes a pendulum.Date."""
        result = as_date(dt.date(2024, 10, 17))

        assert (pendulum.Date, pendulum.Date(2024, 10, 17)) == (type(result), result)

    def test_datetime_keeps_the_day(self) -> None:
        """A datetime (standard or pendulum) keeps its day only."""
        assert [pendulum.Date(2024, 1, 2)] * 2 == [
            as_date(dt.datetime(2024, 1, 2, 23, 59)),  # noqa: DTZ001 -- a naive time of day is the point
            as_date(pendulum.datetime(2024, 1, 2, 3)),
        ]

    def test_pendulum_date_is_returned_as_is(self) -> None:
        """A pendulum.Date is already a date."""
        day = pendulum.Date(2024, 10, 17)

        assert day is as_date(day)

    def test_leap_day(self) -> None:
        """29 February exists in leap years."""
        assert pendulum.Date(2024, 2, 29) == as_date("2024-02-29")

    @pytest.mark.parametrize("text", NOT_DATES)
    def test_not_a_date(self, text: str) -> None:
        """Anything but a real calendar date as YYYY-MM-DD is a LoadError (a ValueError), one problem with no path."""
        expected = (True, [((), "core.load.invalid_date", {"value": text})])

        assert expected == _refusal(as_date, text)

    def test_message(self) -> None:
        """The error shows the text it refused, in Spanish by str()."""
        expected = "fecha inválida '17/10/2024': se espera una fecha real como AAAA-MM-DD"

        with pytest.raises(LoadError) as caught:
            as_date("17/10/2024")
        assert expected == str(caught.value)

    @given(st.dates())
    def test_iso_round_trip(self, day: dt.date) -> None:
        """Every date reads back from its ISO form."""
        assert day == as_date(day.isoformat())


class TestAsOfDate:
    def test_date(self) -> None:
        """A real date, as text or a date, is the same date as_date gives."""
        expected = [pendulum.Date(2024, 10, 17)] * 2

        assert expected == [as_of_date("2024-10-17"), as_of_date(dt.date(2024, 10, 17))]

    @pytest.mark.parametrize("text", ["17/10/2024", "2023-02-29", ""])
    def test_not_a_date(self, text: str) -> None:
        """Anything else is a LoadError (also a ValueError) with one problem at $.as_of that shows the text."""
        expected = (True, [(("as_of",), "core.load.invalid_date", {"value": text})])

        assert expected == _refusal(as_of_date, text)

    def test_message(self) -> None:
        """The problem reads as the command line shows it."""
        expected = "$.as_of: invalid date '17/10/2024': expected a real date as YYYY-MM-DD"

        with pytest.raises(LoadError) as caught:
            as_of_date("17/10/2024")
        assert expected == caught.value.render("en")
