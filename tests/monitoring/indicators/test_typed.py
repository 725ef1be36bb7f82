"""Tests for `sce_method.monitoring.indicators._typed`: a column of answers typed from values or from a series."""

from __future__ import annotations

import datetime as dt
import math

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from sce_method.monitoring.indicators._typed import answers_of, typed, typed_series

EPOCH = dt.datetime(1970, 1, 1)  # noqa: DTZ001 -- a naive date and time, as polars holds one
COLUMNS = st.one_of(
    st.tuples(st.just(pl.Int64), st.lists(st.none() | st.integers(-(2**62), 2**62))),
    st.tuples(st.just(pl.Int32), st.lists(st.none() | st.integers(-(2**31), 2**31 - 1))),
    st.tuples(st.just(pl.Float64), st.lists(st.none() | st.floats())),
    st.tuples(st.just(pl.String), st.lists(st.none() | st.sampled_from(("", "si", "no", "ñ")))),
    st.tuples(st.just(pl.Date), st.lists(st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)))),
    st.tuples(st.just(pl.Boolean), st.lists(st.none() | st.booleans())),
    st.tuples(st.just(pl.Datetime), st.lists(st.none() | st.datetimes(EPOCH))),
)
"""A column as the reader may keep it, of each type, with nulls, empty, or null throughout."""


def _same(mine: object, theirs: object) -> bool:
    return mine == theirs or (
        isinstance(mine, float) and isinstance(theirs, float) and math.isnan(mine) and math.isnan(theirs)
    )


class TestTypedSeries:
    @given(COLUMNS)
    def test_the_same_as_typing_its_values(self, column: tuple[pl.DataType, list[object]]) -> None:
        """The law: a series typed by its type gives the series and kind its values typed one by one give."""
        dtype, values = column
        series = pl.Series("x", values, dtype=dtype)

        mine, theirs = typed_series(series, "answer"), typed(series.to_list(), "answer")

        if theirs is None:
            assert mine is None
        else:
            assert mine is not None
            assert mine[1] == theirs[1]
            assert (mine[0].name, mine[0].dtype) == (theirs[0].name, theirs[0].dtype)
            assert all(_same(a, b) for a, b in zip(mine[0].to_list(), theirs[0].to_list(), strict=True))


class TestAnswersOf:
    def test_one_pass_for_many_names(self) -> None:
        """Each name's column, in the order asked; None where a row lacks the question."""
        rows = [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]

        assert [list(c) for c in answers_of(rows, ["b", "a"])] == [["x", "y"], [1, 2]]
        assert [list(c) for c in answers_of([{"a": 1}, {"b": 2}], ["a", "b"])] == [[1, None], [None, 2]]
        assert answers_of([], ["a"]) == [()]
