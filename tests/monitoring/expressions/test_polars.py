"""
Tests for `sce_method.monitoring.expressions._polars`: expressions compiled to polars agree with `evaluate`.

The law: where `to_polars` compiles an expression and its value for a row is known (not null), it is the XPath truth
of what `evaluate` gives for that row's answers.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from sce_method.monitoring.expressions import (
    Binary,
    Call,
    Current,
    Expr,
    Literal,
    Negate,
    Ref,
    Typed,
    evaluate,
    parse,
    polars_truth,
    to_polars,
    truthy,
)

TODAY: Final = dt.date(2024, 10, 17)
Row = tuple[int | float | None, str | None, dt.date | None, int]
"""A number, a text, a date (each maybe blank) and the current answer, a number."""
REFS: Final = {
    "n": Typed("number", pl.col("n")),
    "t": Typed("text", pl.col("t").fill_null("")),  # a blank text is '' (as the export reader gives it)
    "d": Typed("date", pl.col("d")),
}
CURRENT: Final = Typed("number", pl.col("cur"))
FUNCTIONS: Final = ("not", "today", "true", "false", "string-length", "selected", "regex", "if", "round")
PATTERNS: Final = (
    "^[A-Za-z0-9_-]+$",
    "a{2}",
    "^a.c$",
    "x|y",
    "[0-9]{3}",
    "(ab)+",
    "a{,2}",
    "\\d",
    "[[:alpha:]]",
    "[a[b]",
)


def _leaves() -> st.SearchStrategy[Expr]:
    return st.one_of(
        st.builds(Ref, st.sampled_from(("n", "t", "d"))),
        st.builds(Current),
        st.builds(Literal, st.sampled_from((0.0, 1.0, 2.5, 3.0, 10.0))),
        st.builds(Literal, st.sampled_from(("", "si", "a", "a\n", "2024-10-01", "2031-01-01", "x y", *PATTERNS))),
    )


def _trees() -> st.SearchStrategy[Expr]:
    def extend(children: st.SearchStrategy[Expr]) -> st.SearchStrategy[Expr]:
        ops = ("or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod")
        return st.one_of(
            st.builds(Binary, st.sampled_from(ops), children, children),
            st.builds(Negate, children),
            st.builds(Call, st.sampled_from(FUNCTIONS), st.lists(children, min_size=0, max_size=3).map(tuple)),
        )

    return st.recursive(_leaves(), extend, max_leaves=8)


ROWS: Final = st.lists(
    st.tuples(
        st.none() | st.integers(-5, 50) | st.sampled_from((0.5, 2.5, 1e300, -1e300)),
        st.none() | st.sampled_from(("si", "no", "a", "aa", "abc", "abc\n", "P-01", "María", "x y", "2024-10-01")),
        st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2032, 1, 1)),
        st.integers(-5, 50),
    ),
    min_size=1,
    max_size=8,
)


def _frame(rows: list[Row]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "n": pl.Series([None if r[0] is None else float(r[0]) for r in rows], dtype=pl.Float64),
            "t": pl.Series([r[1] for r in rows], dtype=pl.String),
            "d": pl.Series([r[2] for r in rows], dtype=pl.Date),
            "cur": pl.Series([float(r[3]) for r in rows], dtype=pl.Float64),
        }
    )


@given(_trees(), ROWS)
def test_a_compiled_expression_is_what_evaluate_gives_where_known(expr: Expr, rows: list[Row]) -> None:
    compiled = to_polars(expr, REFS, CURRENT, TODAY)
    if compiled is None:
        return  # left to `evaluate`, row by row
    found = _frame(rows).with_columns(polars_truth(compiled).alias("x")).get_column("x").to_list()
    for (n, t, d, cur), value in zip(rows, found, strict=True):
        if value is not None:
            assert value == truthy(evaluate(expr, {"n": n, "t": t, "d": d}, current=cur, today=TODAY))


def test_the_bundled_kinds_of_check_compile() -> None:
    for text in (". >= 1 and . <= 5", "regex(${t}, '^[A-Za-z0-9_-]+$')", "${d} <= today()", "(${n} + ${n}) div 3 > 1"):
        assert to_polars(parse(text), REFS, CURRENT, TODAY) is not None


def test_what_the_subset_does_not_match_exactly_is_not_compiled() -> None:
    for text in (
        "${t} < 'b'",
        "${n} = 'a'",
        "${n} mod 2 = 0",
        "if(${n} > 1, 1, 2) = 1",
        "regex(${t}, '\\d')",
        "${x} = 1",
    ):
        assert to_polars(parse(text), REFS, CURRENT, TODAY) is None


def test_a_blank_number_is_unknown_and_a_blank_text_empty() -> None:
    frame = _frame([(None, None, None, 1)])
    known = frame.select(polars_truth(to_polars(parse("${t} = ''"), REFS, None, TODAY)).alias("x"))  # type: ignore[arg-type]
    unknown = frame.select(polars_truth(to_polars(parse("${n} > 1"), REFS, None, TODAY)).alias("x"))  # type: ignore[arg-type]
    assert known.item() is True
    assert unknown.item() is None


def test_a_text_ending_in_a_line_break_is_unknown_to_a_pattern() -> None:
    expr = parse("regex(${t}, '^a.c$')")  # `re`'s $ matches before a last line break, Rust's does not
    compiled = to_polars(expr, REFS, None, TODAY)
    assert compiled is not None
    found = _frame([(None, "abc\n", None, 1), (None, "abc", None, 1)]).select(polars_truth(compiled).alias("x"))
    assert found.get_column("x").to_list() == [None, True]
    assert truthy(evaluate(expr, {"t": "abc\n"})) is True
