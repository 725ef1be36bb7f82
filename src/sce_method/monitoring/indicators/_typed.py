"""
A wave's answers to one question as a typed polars series, the kind `to_polars` gives a ``${name}``.

`typed` types a column of answers read from the responses (Python values), `typed_series` a column the export's
reader kept (`AnswerColumns`): the same series and kind for the same answers, or None for both when the answers are
of a kind the column-wise tally does not type (a select_multiple, a date and time, a true/false, a mix of kinds).
A blank text is ``''`` (as `evaluate` reads it), a blank or NaN number unknown (null), a column of blanks a text
one. `typed_answers` takes each question from the reader's columns where they give it, and reads the others from
the rows, each row once for all of them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import polars as pl

    from sce_method.monitoring.exports import AnswerColumns
    from sce_method.monitoring.indicators._responses import Answers

TypedColumn = tuple["pl.Series", str]
"""A column of answers as a polars series, and its kind: ``text``, ``number`` or ``date``."""
_NONE: Final = type(None)


def typed(values: Sequence[object], name: str) -> TypedColumn | None:
    """A column of answers as a series and the kind `to_polars` gives it; None for a kind it does not type."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    kinds = set(map(type, values)) - {_NONE}
    if kinds <= {str}:  # a blank text compares as '' (`evaluate`), and a column of blanks is a text one
        return pl.Series(name, values, dtype=pl.String).fill_null(""), "text"
    if kinds <= {int, float}:  # a blank or NaN number is unknown: a check that needs it is left to `evaluate`
        numbers = [None if v is None or math.isnan(v) else float(v) for v in values]  # type: ignore[arg-type]
        return pl.Series(name, numbers, dtype=pl.Float64), "number"
    if kinds <= {dt.date}:  # not a date and time: `type` is exact
        return pl.Series(name, values, dtype=pl.Date), "date"
    return None


def typed_series(series: pl.Series, name: str) -> TypedColumn | None:
    """`typed` of ``series.to_list()``, worked out on the series: by its type, not by each value's."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    dtype = series.dtype
    if series.null_count() == len(series):  # no value at all: a text column of blanks, whatever its type
        return pl.Series(name, [""] * len(series), dtype=pl.String), "text"
    if dtype == pl.String:
        return series.fill_null("").rename(name), "text"
    if dtype.is_integer() or dtype.is_float():
        number = series.cast(pl.Float64)
        return (number.fill_nan(None) if dtype.is_float() else number).rename(name), "number"
    if dtype == pl.Date:
        return series.rename(name), "date"
    return None


def answers_of(rows: Sequence[Answers], names: Sequence[str]) -> list[Sequence[object]]:
    """
    Each row's answer to each of *names*, a column per name; None where a row has none (as `evaluate` reads it).

    Every row is read once for all the names: the rows are many small dicts, and reading each once is what costs.
    """
    if not rows:
        return [() for _ in names]
    try:  # every row holds every question it read: the usual case
        if len(names) == 1:
            return [list(map(itemgetter(names[0]), rows))]
        return list(zip(*map(itemgetter(*names), rows), strict=True))
    except KeyError:
        return [[a.get(name) for a in rows] for name in names]


def typed_answers(
    rows: Callable[[], Sequence[Answers]], columns: AnswerColumns | None, names: Sequence[str]
) -> dict[str, TypedColumn | None]:
    """Each of *names* typed: from the reader's *columns* where they give it, else from the *rows* (asked then)."""
    found: dict[str, TypedColumn | None] = {}
    rest: list[str] = []
    for name in names:
        given = columns.answers(name) if columns is not None else None
        if given is None:
            rest.append(name)
        else:
            found[name] = typed_series(given, "answer")
    if rest:
        found.update(zip(rest, (typed(values, "answer") for values in answers_of(rows(), rest)), strict=True))
    return found
