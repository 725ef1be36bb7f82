"""
Explicit Hypothesis strategies for the expression model of `sce_method.monitoring.expressions`.

Trees are built node by node with ``st.builds`` and ``st.recursive``: number
literals are the non-negative finite floats `parse` gives (a minus sign is a
`Negate` node), texts never hold both quote kinds (XLSForm has no escape for
that), and every call has its function's number of arguments. Answers are the
Python values `evaluate` reads, blank (None) included.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Final

from hypothesis import strategies as st

from sce_method.monitoring.expressions import (
    CHOICE_LABELS,
    FUNCTIONS,
    Binary,
    Call,
    Current,
    Expr,
    Literal,
    Negate,
    Ref,
)

OPERATORS: Final = ("or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod")
"""Every binary operator of the subset."""

ANSWERED: Final = ("a", "b", "c")
"""The question names that `answer_sets` answers and that `answerable_trees` refers to."""

MAX_LEAVES: Final = 12
"""The most leaves a generated tree has: trees stay small, so examples stay fast."""


@functools.cache
def names() -> st.SearchStrategy[str]:
    """XLSForm question names: a letter or ``_``, then letters, digits, ``_``, ``-``, ``.``."""
    return st.from_regex(r"[A-Za-z_][A-Za-z0-9_.-]{0,6}", fullmatch=True)


@functools.cache
def quotable_texts() -> st.SearchStrategy[str]:
    """Any short text that does not hold both ``'`` and ``"``."""
    return st.text(max_size=8).filter(lambda s: not ("'" in s and '"' in s))


@functools.cache
def numbers() -> st.SearchStrategy[float]:
    """The numbers a literal holds: finite and not negative, as floats."""
    return st.floats(min_value=0, allow_nan=False, allow_infinity=False)


def literals() -> st.SearchStrategy[Literal]:
    """A number or a text literal."""
    return st.builds(Literal, numbers()) | st.builds(Literal, quotable_texts())


def calls(children: st.SearchStrategy[Expr]) -> st.SearchStrategy[Call]:
    """
    A call of one of `FUNCTIONS`, with as many arguments as it takes.

    ``jr:choice-name``'s second argument is a question (``'${a}'``), as `parse` reads it.
    """
    return st.one_of(
        [
            st.builds(Call, st.just(name), st.lists(children, min_size=least, max_size=most).map(tuple))
            for name, (least, most) in FUNCTIONS.items()
            if name != "jr:choice-name"
        ]
        + [st.builds(Call, st.just("jr:choice-name"), st.tuples(children, st.builds(Ref, st.sampled_from(ANSWERED))))]
    )


def _trees(leaves: st.SearchStrategy[Expr]) -> st.SearchStrategy[Expr]:
    def extend(children: st.SearchStrategy[Expr]) -> st.SearchStrategy[Expr]:
        return st.one_of(
            st.builds(Binary, st.sampled_from(OPERATORS), children, children),
            st.builds(Negate, children),
            calls(children),
        )

    return st.recursive(leaves, extend, max_leaves=MAX_LEAVES)


@functools.cache
def trees() -> st.SearchStrategy[Expr]:
    """Any expression tree of the subset, references to any names included."""
    leaves: st.SearchStrategy[Expr] = literals() | st.builds(Ref, names()) | st.builds(Current)
    return _trees(leaves)


@functools.cache
def answerable_trees() -> st.SearchStrategy[Expr]:
    """Like `trees`, referring only to the questions `ANSWERED` (answered or not)."""
    leaves: st.SearchStrategy[Expr] = literals() | st.builds(Ref, st.sampled_from(ANSWERED)) | st.builds(Current)
    return _trees(leaves)


@functools.cache
def answers() -> st.SearchStrategy[object]:
    """
    One answer of any kind `evaluate` reads.

    A number, a text or select_one choice, a select_multiple tuple, a date, or
    blank (None).
    """
    return st.one_of(
        st.none(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.integers(min_value=-1000, max_value=1000),
        st.text(max_size=8),
        st.tuples(st.from_regex(r"\S{1,6}", fullmatch=True)),
        st.lists(st.from_regex(r"\S{1,6}", fullmatch=True), max_size=3).map(tuple),
        st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
    )


@functools.cache
def answer_sets() -> st.SearchStrategy[Mapping[str, object]]:
    """
    A response: some of the questions `ANSWERED`, each with an answer of any kind.

    Half the time with the options' labels of some of them, under `CHOICE_LABELS`, as a validation gives them.
    """
    options = st.dictionaries(st.from_regex(r"\S{1,6}", fullmatch=True), st.text(min_size=1, max_size=8), max_size=3)
    labels = st.dictionaries(st.sampled_from(ANSWERED), options)
    return st.builds(
        lambda given, found: {**given, **({} if found is None else {CHOICE_LABELS: found})},
        st.dictionaries(st.sampled_from(ANSWERED), answers()),
        st.none() | labels,
    )
