"""
An expression tree compiled once into nested Python closures, for checking many responses.

`evaluate` walks the tree for every response, asking each node what it is;
``compiled(expr)`` asks once and keeps a closure per node that only computes.
It is the same meaning, node for node (a property test compares the two on
generated trees and answers); `holds` and the validation of a response use it.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Mapping
from typing import Final

from sce_method.monitoring.expressions._evaluate import (
    ARITHMETIC,
    ORDER,
    as_number,
    call,
    compare,
    indexed,
    labelled,
    nodes,
    truthy,
)
from sce_method.monitoring.expressions._functions import NODE_SET_FUNCTIONS, ROW_POSITION
from sce_method.monitoring.expressions._nodes import COMPARISONS, Binary, Current, Expr, Literal, Negate, Ref

Compiled = Callable[[Mapping[str, object], object, "dt.date | None"], object]
"""A compiled expression: ``f(answers, current, today)`` is `evaluate(expr, answers, current=..., today=...)`."""


_BY_ID: dict[int, tuple[Expr, Compiled]] = {}
"""Closures by the id of their tree, which they keep alive (hashing a tree per response costs more than walking it)."""

_MOST: Final = 4096


def compiled(expr: Expr) -> Compiled:
    """
    *expr* as a closure of (answers, current, today), compiled on first use.

    >>> from sce_method.monitoring.expressions import parse
    >>> compiled(parse(". >= 1 and . <= 5"))({}, 3.0, None)
    True
    """
    found = _BY_ID.get(id(expr))
    if found is not None:
        return found[1]
    if len(_BY_ID) >= _MOST:
        _BY_ID.clear()
    closure = _compile(expr)
    _BY_ID[id(expr)] = (expr, closure)
    return closure


@functools.lru_cache(maxsize=_MOST)
def _compile(expr: Expr) -> Compiled:  # noqa: PLR0911 -- one closure per kind of node
    if isinstance(expr, Literal):
        value = expr.value
        return lambda _a, _c, _t: value
    if isinstance(expr, Ref):
        name = expr.name
        return lambda a, _c, _t: a.get(name)
    if isinstance(expr, Current):
        return lambda _a, c, _t: c
    if isinstance(expr, Negate):
        operand = compiled(expr.operand)
        return lambda a, c, t: -as_number(operand(a, c, t))
    if isinstance(expr, Binary):
        left, right, op = compiled(expr.left), compiled(expr.right), expr.op
        if op == "and":
            return lambda a, c, t: truthy(left(a, c, t)) and truthy(right(a, c, t))
        if op == "or":
            return lambda a, c, t: truthy(left(a, c, t)) or truthy(right(a, c, t))
        if op in ORDER and isinstance(expr.right, Literal) and type(expr.right.value) is float:
            return _against_number(op, left, expr.right.value)
        if op in COMPARISONS:
            return lambda a, c, t: compare(op, left(a, c, t), right(a, c, t))
        arithmetic = ARITHMETIC[op]
        return lambda a, c, t: arithmetic(as_number(left(a, c, t)), as_number(right(a, c, t)))
    return _call(expr.function, expr.args)


def _call(function: str, arguments: tuple[Expr, ...]) -> Compiled:
    """A function call; a node-set function (count, sum) takes a reference as a node-set, with no current node."""
    if function == "position":
        return lambda a, _c, _t: a.get(ROW_POSITION)
    if function == "indexed-repeat":
        question, repeat, index = arguments[0], arguments[1], compiled(arguments[2])
        return lambda a, c, t: indexed(question, repeat, a, index(a, c, t))
    if function == "jr:choice-name":
        value, named = compiled(arguments[0]), arguments[1]
        return lambda a, c, t: labelled(value(a, c, t), named, a)
    if function in NODE_SET_FUNCTIONS:
        args = tuple(_node_set(e.name) if isinstance(e, Ref) else _no_current(compiled(e)) for e in arguments)
    else:
        args = tuple(compiled(a) for a in arguments)
    return lambda a, c, t: call(function, [f(a, c, t) for f in args], t)


def _node_set(name: str) -> Compiled:
    """``${name}`` as a node-set function's argument (see `nodes`)."""
    return lambda a, _c, _t: nodes(name, a)


def _no_current(inner: Compiled) -> Compiled:
    """*inner* evaluated with no current node, as a node-set function's other arguments are."""
    return lambda a, _c, t: inner(a, None, t)


def _against_number(op: str, left: Compiled, bound: float) -> Compiled:
    """``left op bound``, with a number on the right (``. >= 1``): a number on the left is compared at once."""
    order = ORDER[op]

    def closure(a: Mapping[str, object], c: object, t: dt.date | None) -> object:
        value = left(a, c, t)
        if type(value) is float:
            return not math.isnan(value) and order(value, bound)
        if type(value) is int:  # not a bool; as `compare` does, as a float
            return order(float(value), bound)
        return compare(op, value, bound)

    return closure
