"""
Type-checking an expression tree (see `parse`) against the types of an instrument's questions.

An instrument, and an indicator's filters, are checked when they load: a
``${name}`` that is no question, or operands of the wrong type, do not load.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Final

from sce_method._core import ExpressionError, message
from sce_method.monitoring.expressions._nodes import COMPARISONS, Binary, Call, Current, Expr, Literal, Negate, Ref
from sce_method.monitoring.expressions._render import to_xlsform


class Kind(enum.Enum):
    """The type of a value in an expression."""

    NUMBER = "number"
    TEXT = "text"
    BOOL = "boolean"
    DATE = "date"
    MULTI = "select_multiple"
    ANY = "any"


def _fits(found: Kind, *wanted: Kind) -> bool:
    return found is Kind.ANY or Kind.ANY in wanted or found in wanted


def _type_error(expr: Expr, what: str, found: Kind) -> ExpressionError:
    said = message("expressions.type", where=to_xlsform(expr), expected=what, found=found.value)
    return ExpressionError(said, 1)


def check(expr: Expr, kinds: Mapping[str, Kind], current: Kind | None = None) -> Kind:  # noqa: C901, PLR0911, PLR0912 -- one case per node and function
    """
    The type of *expr*, given the type of each question (*kinds*) and of ``.``.

    Raises:
        ExpressionError: a ``${name}`` that is not a question (the closest name
            suggested), ``.`` where there is no current question, or operands of
            the wrong type.
    """
    if isinstance(expr, Literal):
        return Kind.TEXT if isinstance(expr.value, str) else Kind.NUMBER
    if isinstance(expr, Ref):
        if expr.name not in kinds:
            import difflib  # noqa: PLC0415 -- only when an error is worded (keeps the import of every room quick)

            close = difflib.get_close_matches(expr.name, list(kinds), n=1, cutoff=0.6)
            said = (
                message("expressions.unknown_ref_suggest", name=expr.name, suggestion=close[0])
                if close
                else message("expressions.unknown_ref", name=expr.name)
            )
            raise ExpressionError(said, 1)
        return kinds[expr.name]
    if isinstance(expr, Current):
        if current is None:
            raise ExpressionError(message("expressions.no_current"), 1)
        return current
    if isinstance(expr, Negate):
        operand = check(expr.operand, kinds, current)
        if not _fits(operand, Kind.NUMBER):
            raise _type_error(expr, Kind.NUMBER.value, operand)
        return Kind.NUMBER
    if isinstance(expr, Binary):
        left, right = check(expr.left, kinds, current), check(expr.right, kinds, current)
        if expr.op in ("and", "or"):
            for side in (left, right):
                if side is Kind.MULTI:
                    raise _type_error(expr, Kind.BOOL.value, side)
            return Kind.BOOL
        if expr.op in COMPARISONS:
            for side in (left, right):
                if side is Kind.MULTI:
                    raise _type_error(expr, "selected()", side)
            if expr.op not in ("=", "!=") and not (
                (_fits(left, Kind.NUMBER) and _fits(right, Kind.NUMBER))
                or (_fits(left, Kind.DATE, Kind.TEXT) and _fits(right, Kind.DATE, Kind.TEXT))
            ):
                raise _type_error(expr, f"{Kind.NUMBER.value} | {Kind.DATE.value}", right if _fits(left) else left)
            return Kind.BOOL
        # A date counts as days since 1970-01-01 in + and - (date arithmetic, as ODK does it).
        wanted = (Kind.NUMBER, Kind.DATE) if expr.op in ("+", "-") else (Kind.NUMBER,)
        for side in (left, right):
            if not _fits(side, *wanted):
                raise _type_error(expr, Kind.NUMBER.value, side)
        return Kind.NUMBER
    args = [check(a, kinds, current) for a in expr.args]
    if expr.function == "not":
        return Kind.BOOL
    if expr.function == "selected":
        if not _fits(args[0], Kind.MULTI, Kind.TEXT):
            raise _type_error(expr, Kind.MULTI.value, args[0])
        return Kind.BOOL
    if expr.function == "count-selected":
        if not _fits(args[0], Kind.MULTI):
            raise _type_error(expr, Kind.MULTI.value, args[0])
        return Kind.NUMBER
    if expr.function == "if":
        return args[1] if args[1] is args[2] else Kind.ANY
    if expr.function in ("today", "now"):
        return Kind.DATE
    if expr.function in ("string-length", "regex"):
        return Kind.NUMBER if expr.function == "string-length" else Kind.BOOL
    return _more(expr, args)


_RESULTS: Final = {
    "concat": Kind.TEXT,
    "round": Kind.NUMBER,
    "int": Kind.NUMBER,
    "number": Kind.NUMBER,
    "string": Kind.TEXT,
    "substr": Kind.TEXT,
    "selected-at": Kind.TEXT,
    "date": Kind.DATE,
    "decimal-date-time": Kind.NUMBER,
    "format-date": Kind.TEXT,
    "true": Kind.BOOL,
    "false": Kind.BOOL,
    "contains": Kind.BOOL,
    "starts-with": Kind.BOOL,
    "count": Kind.NUMBER,
    "sum": Kind.NUMBER,
    "join": Kind.TEXT,
    "position": Kind.NUMBER,
}
_FIRST: Final = {
    "round": (Kind.NUMBER,),
    "int": (Kind.NUMBER,),
    "selected-at": (Kind.MULTI, Kind.TEXT),
    "decimal-date-time": (Kind.DATE, Kind.TEXT),
    "format-date": (Kind.DATE, Kind.TEXT),
}
"""What the first argument of these functions must be."""


def _named(expr: Call, args: list[Kind]) -> Kind:
    """The type of a call whose arguments name questions: ``indexed-repeat`` or ``jr:choice-name``."""
    if expr.function == "jr:choice-name":  # any answer; the question whose list labels it, named
        if not isinstance(expr.args[1], Ref):
            raise _type_error(expr, "'${question}'", Kind.ANY)
        return Kind.TEXT
    # indexed-repeat: a question and its repeat, named; a row number
    if not (isinstance(expr.args[0], Ref) and isinstance(expr.args[1], Ref)):
        raise _type_error(expr, "${question}, ${repeat}", Kind.ANY)
    if not _fits(args[2], Kind.NUMBER):
        raise _type_error(expr, Kind.NUMBER.value, args[2])
    return args[0]


def _more(expr: Call, args: list[Kind]) -> Kind:
    """The type of a call of one of the functions beyond the core subset (see `_functions`)."""
    if expr.function in ("indexed-repeat", "jr:choice-name"):
        return _named(expr, args)
    if expr.function in ("count", "sum", "join"):  # node-sets: any value, a repeat's rows, a question's answers
        return _RESULTS[expr.function]
    if expr.function in ("coalesce", "once"):
        return args[0] if all(a is args[0] for a in args) else Kind.ANY
    wanted = _FIRST.get(expr.function)
    if wanted is not None and not _fits(args[0], *wanted):
        raise _type_error(expr, " | ".join(k.value for k in wanted), args[0])
    if expr.function in ("round", "selected-at", "substr") and not all(_fits(a, Kind.NUMBER) for a in args[1:]):
        raise _type_error(expr, Kind.NUMBER.value, next(a for a in args[1:] if not _fits(a, Kind.NUMBER)))
    if expr.function != "selected-at" and Kind.MULTI in args and expr.function not in ("concat", "string"):
        raise _type_error(expr, Kind.TEXT.value, Kind.MULTI)
    return _RESULTS[expr.function]
