"""Tests for `sce_method.monitoring.exports._cells`: the cells of an export turned into typed answers."""

from __future__ import annotations

import datetime as dt

import pytest

from sce_method.monitoring.exports import _cells as cells


class TestDate:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2024-10-17", dt.date(2024, 10, 17)),
            (" 2024-10-17 ", dt.date(2024, 10, 17)),
            ("2024-10-17T09:30:00.000-06:00", dt.date(2024, 10, 17)),
            (dt.date(2024, 10, 17), dt.date(2024, 10, 17)),
            (dt.datetime(2024, 10, 17, 9, 30), dt.date(2024, 10, 17)),  # noqa: DTZ001 -- a spreadsheet's naive cell
        ],
        ids=["iso", "spaces", "with-a-time", "date-cell", "datetime-cell"],
    )
    def test_date(self, value: object, expected: dt.date) -> None:
        """An ISO date, with a time after it or not, or a spreadsheet's date cell, is the standard library's date."""
        result = cells.date(value)

        assert (dt.date, expected) == (type(result), result)

    @pytest.mark.parametrize("value", ["17/10/2024", "20241017", "2024-W42-4", "2024-02-30", "mañana"])
    def test_not_a_date(self, value: str) -> None:
        """Anything else is refused with the catalog's message, as every reader of the library refuses it."""
        with pytest.raises(cells.CellError) as caught:
            cells.date(value)

        expected = ("core.load.invalid_date", {"value": value})
        assert expected == (caught.value.message.key, dict(caught.value.message.params))

    def test_str_is_spanish(self) -> None:
        """str() of the error is its Spanish rendering, like every error of the library."""
        with pytest.raises(cells.CellError) as caught:
            cells.date("17/10/2024")

        expected = "fecha inválida '17/10/2024': se espera una fecha real como AAAA-MM-DD"
        assert expected == str(caught.value)
