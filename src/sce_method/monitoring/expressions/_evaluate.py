"""
Evaluating an expression tree (see `parse`) against a response.

Answers are Python values: ``float`` for numbers, ``str`` for text and
select_one, ``tuple[str, ...]`` for select_multiple, `datetime.date` for
dates, and ``None`` for a blank. Blank means empty, not 0: as in ODK, a blank
compares equal to ``''`` and makes every numeric comparison false.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
import re
from collections.abc import Callable, Mapping
from typing import Any

from sce_method._core import iso_date
from sce_method.monitoring.expressions._functions import (
    CALLS,
    NODE_SET_FUNCTIONS,
    ROW_POSITION,
    NodeSet,
    choice_label,
    number,
    row_answer,
)
from sce_method.monitoring.expressions._nodes import COMPARISONS, Binary, Current, Expr, Literal, Negate, Ref


def truthy(value: object) -> bool:
    """XPath truth: a non-zero number, a non-empty text, true; blank is false."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, float | int):
        return value != 0 and not math.isnan(value)
    if isinstance(value, str | tuple):
        return len(value) > 0
    return True


def as_number(value: object) -> float:
    """A value as a number (NaN when it is none)."""
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return math.nan
    if isinstance(value, dt.date):
        return number(value)  # days since 1970-01-01, as ODK counts a date in arithmetic
    return math.nan


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return iso_date(value)
    return None


ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def compare(op: str, left: object, right: object) -> bool:
    """The comparison *op* of two values, as XPath compares them (a blank makes an order false)."""
    if op in ("=", "!="):
        equal = _equal(left, right)
        return equal if op == "=" else not equal
    if isinstance(left, dt.date) or isinstance(right, dt.date):
        a, b = _as_date(left), _as_date(right)
        if a is None or b is None:
            return False
        return ORDER[op](a, b)
    x, y = as_number(left), as_number(right)
    if math.isnan(x) or math.isnan(y):
        return False
    return ORDER[op](x, y)


def _equal(left: object, right: object) -> bool:
    if left is None or right is None:
        other = right if left is None else left
        return other is None or other == ""
    if isinstance(left, int | float) or isinstance(right, int | float):
        x, y = as_number(left), as_number(right)
        return not math.isnan(x) and x == y
    if isinstance(left, dt.date) or isinstance(right, dt.date):
        return _as_date(left) == _as_date(right)
    return str(left) == str(right)


ARITHMETIC: dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "div": lambda a, b: a / b if b else math.nan,
    "mod": lambda a, b: math.fmod(a, b) if b and math.isfinite(a) else math.nan,
}


def evaluate(  # noqa: C901, PLR0911 -- one case per node
    expr: Expr, answers: Mapping[str, object], *, current: object = None, today: dt.date | None = None
) -> object:
    """
    The value of *expr* for a response.

    >>> from sce_method.monitoring.expressions import parse
    >>> evaluate(parse("${edad} >= 18 and selected(${apoyos}, 'beca')"), {"edad": 30.0, "apoyos": ("beca",)})
    True
    >>> evaluate(parse("${ingreso} > 0"), {"ingreso": None})  # blank is empty, not 0
    False

    *today* is the date ``today()`` gives (the system date when None).
    """
    if isinstance(expr, Literal):
        return expr.value
    if isinstance(expr, Ref):
        return answers.get(expr.name)
    if isinstance(expr, Current):
        return current
    if isinstance(expr, Negate):
        return -as_number(evaluate(expr.operand, answers, current=current, today=today))
    if isinstance(expr, Binary):
        left = evaluate(expr.left, answers, current=current, today=today)
        if expr.op == "and":
            return truthy(left) and truthy(evaluate(expr.right, answers, current=current, today=today))
        if expr.op == "or":
            return truthy(left) or truthy(evaluate(expr.right, answers, current=current, today=today))
        right = evaluate(expr.right, answers, current=current, today=today)
        if expr.op in COMPARISONS:
            return compare(expr.op, left, right)
        return ARITHMETIC[expr.op](as_number(left), as_number(right))
    if expr.function == "position":
        return answers.get(ROW_POSITION)
    if expr.function == "indexed-repeat":
        index = evaluate(expr.args[2], answers, current=current, today=today)
        return indexed(expr.args[0], expr.args[1], answers, index)
    if expr.function == "jr:choice-name":
        return labelled(evaluate(expr.args[0], answers, current=current, today=today), expr.args[1], answers)
    if expr.function in NODE_SET_FUNCTIONS:
        args = [nodes(a.name, answers) if isinstance(a, Ref) else evaluate(a, answers, today=today) for a in expr.args]
        return call(expr.function, args, today)
    return call(expr.function, [evaluate(a, answers, current=current, today=today) for a in expr.args], today)


def nodes(name: str, answers: Mapping[str, object]) -> object:
    """
    ``${name}`` as a node-set: a repeat's rows, or a question's answers across the rows of its repeat.

    A question outside any repeat is its one answer, as it is elsewhere.
    """
    value = answers.get(name)
    rows = _rows(value)
    if rows is not None:
        return NodeSet(rows)
    if value is not None or name in answers:
        return value
    for other in answers.values():
        rows = _rows(other)
        if rows and any(name in r for r in rows):
            return NodeSet(tuple(r.get(name) for r in rows))
    return None


def indexed(question: Expr, repeat: Expr, answers: Mapping[str, object], index: object) -> object:
    """``indexed-repeat(question, repeat, index)``: blank unless both are ``${name}`` (see `row_answer`)."""
    if not isinstance(question, Ref) or not isinstance(repeat, Ref):
        return None
    return row_answer(question.name, nodes(repeat.name, answers), index)


def labelled(value: object, question: Expr, answers: Mapping[str, object]) -> object:
    """``jr:choice-name(value, '${question}')``: blank unless *question* is ``${name}`` (see `choice_label`)."""
    return choice_label(value, question.name, answers) if isinstance(question, Ref) else None


def _rows(value: object) -> tuple[Mapping[str, object], ...] | None:
    """*value* as a repeat's rows (a list or tuple of mappings), or None if it is not."""
    if isinstance(value, list | tuple) and all(isinstance(r, Mapping) for r in value):
        return tuple(value)
    return None


def call(function: str, args: list[object], today: dt.date | None) -> object:  # noqa: PLR0911 -- one case per function
    """The value of the function *function* on *args*."""
    if function == "not":
        return not truthy(args[0])
    if function == "selected":
        chosen = args[0]
        wanted = "" if args[1] is None else str(args[1])
        return wanted in chosen if isinstance(chosen, tuple) else chosen == wanted
    if function == "count-selected":
        chosen = args[0]
        return float(len(chosen)) if isinstance(chosen, tuple) else 0.0
    if function == "if":
        return args[1] if truthy(args[0]) else args[2]
    if function == "today":
        return today if today is not None else dt.date.today()  # noqa: DTZ011 -- the form's today(), local like ODK's
    if function == "now":
        # With a fixed *today* (tests, a re-run), now() is that day's midnight, so the result is reproducible.
        return dt.datetime.combine(today, dt.time()) if today is not None else dt.datetime.now()  # noqa: DTZ005 -- local, as ODK's
    if function == "string-length":
        return float(len("" if args[0] is None else str(args[0])))
    if function in CALLS:
        return CALLS[function](args)
    text = "" if args[0] is None else str(args[0])
    try:
        return re.search(str(args[1]), text) is not None
    except (re.error, OverflowError):
        return False  # a pattern that does not compile matches nothing


def holds(expr: Expr, answers: Mapping[str, object], *, current: object = None, today: dt.date | None = None) -> bool:
    """Whether *expr* is true for a response (XPath truth of its value), through its compiled closure."""
    from sce_method.monitoring.expressions._compile import compiled  # noqa: PLC0415 -- it builds on this module

    return truthy(compiled(expr)(answers, current, today))
