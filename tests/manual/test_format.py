"""Tests for `sce_method.manual._format`: numbers, shares, dates and short values as the Manual writes them."""

from __future__ import annotations

import pendulum
import pytest

import sce_method
from sce_method import Text
from sce_method.manual._format import day, hours, listing, month, number, percent, short


@pytest.mark.parametrize(
    ("value", "expected"),
    [(12.0, "12"), (1095, "1,095"), (8000.0, "8,000"), (9.6, "9.6"), (0.437, "0.437"), (88008.8, "88,008.8")],
)
def test_number(value: float, expected: str) -> None:
    """Whole numbers without decimals and with thousands separated; others as short as exact."""
    assert expected == number(value)


def test_shares_hours_dates() -> None:
    """A share as a percent per language, hours with h, dates and months written out."""
    assert (percent(0.8, "es"), percent(0.437, "en"), hours(9.6)) == ("80 %", "43.7%", "9.6 h")
    assert (
        day(pendulum.date(2024, 10, 17), "es"),
        day(pendulum.date(2024, 10, 17), "en"),
    ) == ("17 de octubre de 2024", "17 October 2024")
    assert (month("2024-09", "es"), month("2024-09", "en")) == ("septiembre de 2024", "September 2024")


def test_listing() -> None:
    """Parts joined as a sentence joins them."""
    assert (listing(["a", "b"], "es"), listing(["a", "b", "c"], "en")) == ("a y b", "a, b and c")


def test_short() -> None:
    """A value on one short line: texts in the language, records by title, lists by items, long text cut."""
    module = sce_method.load().curriculum.modules[0]

    assert (
        short(module, "en"),
        short(True, "es"),  # noqa: FBT003 -- a value shown
        short(None, "es"),
        short(("a", "b"), "es"),
        short(Text(es="abcdefgh"), "es", width=5),
    ) == ("Digital literacy", "sí", "—", "a, b", "abcd…")
