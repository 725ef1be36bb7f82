"""
A subset of the expression language compiled to polars expressions, for checking a whole column of responses at once.

`to_polars` turns a tree (see `parse`) into a polars expression over a frame whose columns hold the answers,
each given with its kind (`Typed`). A **null** in the result means *unknown*: the value could be any of its kind,
so a row whose check comes out null is one the caller leaves to `evaluate`. The logic is Kleene's (``false and
unknown`` is false), which is what XPath's ``and`` and ``or`` give whatever the unknown value is. A blank text is
``''`` (as `evaluate` compares it); a blank number or date is unknown.

Only what can be matched exactly is compiled: ``${name}``, ``.``, numbers and texts, ``and``, ``or``, the six
comparisons between two numbers, two texts (``=``, ``!=``) or two dates (a text that is an ISO date counts as one),
``+ - * div`` and ``-`` on numbers, ``not``, ``today()``, ``true()``, ``false()``, ``string-length``, ``selected``
of a text and a quoted choice, and ``regex`` of a text and a quoted pattern both the standard library and polars read
the same way. Anything else gives None, and the caller checks every row one by one. polars is imported
only when one is compiled (the ``tables`` extra).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

import attrs

from sce_method._core import iso_date
from sce_method.monitoring.expressions._nodes import COMPARISONS, Binary, Call, Current, Expr, Literal, Negate, Ref

if TYPE_CHECKING:
    import polars as pl


_SAFE_PATTERN: Final = re.compile(r"[A-Za-z0-9 _\-^$\[\]+*?{}.,|()]*")
"""The characters of a ``regex`` pattern compiled to polars: no escape, no flag, no class shorthand."""
_UNSAFE_PARTS: Final = ("(?", "[[", "[]", "[^]", "&&", "--", "~~", "[:", "*+", "++", "?+", "}+")
"""What the two regex engines read differently (or only one reads): a pattern holding one is not compiled."""


_ARITY: Final = {"today": 0, "true": 0, "false": 0, "not": 1, "string-length": 1, "selected": 2, "regex": 2}
"""The functions compiled, with the number of arguments each takes."""


class _Unsupported(Exception):  # noqa: N818 -- private control flow, never raised out of `to_polars`
    """The expression uses something this subset does not compile."""


@attrs.frozen
class Typed:
    """A polars expression and the kind of value it gives (a null in it is unknown)."""

    kind: str
    """``number`` (a float), ``text`` (a str, blank is ``''``), ``date`` or ``bool``."""
    expr: pl.Expr


def to_polars(expr: Expr, refs: Mapping[str, Typed], current: Typed | None, today: dt.date) -> Typed | None:
    """
    *expr* as a polars expression, its ``${name}`` s given by *refs* and ``.`` by *current*; ``today()`` is *today*.

    None when it uses a node, a function or a mix of kinds this subset leaves to `evaluate` (or a ``${name}`` not
    in *refs*).
    """
    try:
        return _compiled(expr, refs, current, today)
    except _Unsupported:
        return None


def _compiled(expr: Expr, refs: Mapping[str, Typed], current: Typed | None, today: dt.date) -> Typed:  # noqa: C901, PLR0911 -- one case per node
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if isinstance(expr, Literal):
        if isinstance(expr.value, str):
            return Typed("text", pl.lit(expr.value, dtype=pl.String))
        return Typed("number", pl.lit(float(expr.value), dtype=pl.Float64))
    if isinstance(expr, Ref):
        if expr.name not in refs:
            raise _Unsupported(expr.name)
        return refs[expr.name]
    if isinstance(expr, Current):
        if current is None:
            raise _Unsupported(".")
        return current
    if isinstance(expr, Negate):
        operand = _compiled(expr.operand, refs, current, today)
        if operand.kind != "number":
            raise _Unsupported("-")
        return Typed("number", -operand.expr)
    if isinstance(expr, Binary):
        left = _compiled(expr.left, refs, current, today)
        right = _compiled(expr.right, refs, current, today)
        if expr.op == "and":
            return Typed("bool", polars_truth(left) & polars_truth(right))
        if expr.op == "or":
            return Typed("bool", polars_truth(left) | polars_truth(right))
        if expr.op in COMPARISONS:
            left, right = _dated(expr.left, left, right.kind), _dated(expr.right, right, left.kind)
            return Typed("bool", _compare(expr.op, left, right))
        return Typed("number", _arithmetic(expr.op, left, right))
    return _call(expr, refs, current, today)


def polars_truth(value: Typed) -> pl.Expr:
    """XPath truth of *value* (see `truthy`): a non-zero number, a non-empty text, a date, true."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if value.kind == "bool":
        return value.expr
    if value.kind == "number":
        return value.expr != 0.0
    if value.kind == "text":
        return value.expr.str.len_bytes() > 0
    return pl.when(value.expr.is_not_null()).then(pl.lit(value=True)).otherwise(pl.lit(None, dtype=pl.Boolean))


def _compare(op: str, left: Typed, right: Typed) -> pl.Expr:
    """``left op right`` as `compare` does it, for the kinds it is exact on."""
    same = left.kind == right.kind and left.kind in ("number", "date", "text")
    if not same or (left.kind == "text" and op not in ("=", "!=")):
        raise _Unsupported(op)
    a, b = left.expr, right.expr
    compared = {"=": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}
    return compared[op]


def _dated(node: Expr, value: Typed, other: str) -> Typed:
    """A quoted ISO date compared with a date, as the date it writes (`compare` reads it so)."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if value.kind != "text" or other != "date":
        return value
    day = iso_date(node.value) if isinstance(node, Literal) and isinstance(node.value, str) else None
    if day is None:
        raise _Unsupported("date")
    return Typed("date", pl.lit(day, dtype=pl.Date))


def _arithmetic(op: str, left: Typed, right: Typed) -> pl.Expr:
    """``+ - * div`` of two numbers; NaN (and ``div`` by 0, NaN in `evaluate`) is unknown."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if left.kind != "number" or right.kind != "number" or op not in ("+", "-", "*", "div"):
        raise _Unsupported(op)
    a, b = left.expr, right.expr
    if op == "div":
        result = pl.when(b != 0.0).then(a / b).otherwise(pl.lit(None, dtype=pl.Float64))
    else:
        result = {"+": a + b, "-": a - b, "*": a * b}[op]
    return pl.when(result.is_nan()).then(pl.lit(None, dtype=pl.Float64)).otherwise(result)


def _call(expr: Call, refs: Mapping[str, Typed], current: Typed | None, today: dt.date) -> Typed:
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if _ARITY.get(expr.function) != len(expr.args):
        raise _Unsupported(expr.function)
    if expr.function == "today":
        return Typed("date", pl.lit(today, dtype=pl.Date))
    if expr.function in ("true", "false"):
        return Typed("bool", pl.lit(expr.function == "true"))
    args = [_compiled(a, refs, current, today) for a in expr.args]
    if expr.function == "not":
        return Typed("bool", ~polars_truth(args[0]))
    if expr.function == "string-length" and args[0].kind == "text":
        return Typed("number", args[0].expr.str.len_chars().cast(pl.Float64))
    quoted = expr.args[-1].value if isinstance(expr.args[-1], Literal) else None
    if expr.function == "selected" and args[0].kind == "text" and isinstance(quoted, str) and quoted:
        return Typed("bool", args[0].expr == pl.lit(quoted, dtype=pl.String))
    if expr.function == "regex" and args[0].kind == "text" and isinstance(quoted, str) and same_pattern(quoted):
        text = args[0].expr  # `re`'s ``$`` also matches before a last line break, Rust's does not: unknown there
        return Typed("bool", pl.when(text.str.ends_with("\n")).then(None).otherwise(text.str.contains(quoted)))
    raise _Unsupported(expr.function)


def same_pattern(pattern: str) -> bool:
    """Whether *pattern* is one `re` and polars (Rust's regex) both read, and read alike."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if _SAFE_PATTERN.fullmatch(pattern) is None or any(part in pattern for part in _UNSAFE_PARTS):
        return False
    depth = 0
    for char in pattern:
        if char == "[" and depth:
            return False  # a class inside a class: Rust nests it, `re` reads a "["
        depth = 1 if char == "[" else 0 if char == "]" else depth
    if "{" in pattern and re.search(r"\{(?![0-9]+(?:,[0-9]+)?\})", pattern):
        return False  # only {n} and {n,m}: `re` reads other braces as text, Rust refuses them
    try:
        re.compile(pattern)
        pl.Series([""], dtype=pl.String).str.contains(pattern)
    except (re.error, pl.exceptions.PolarsError):
        return False
    return True
