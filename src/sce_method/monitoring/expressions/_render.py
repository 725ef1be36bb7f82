"""Writing an expression tree back as XLSForm text, with only the parentheses it needs."""

from __future__ import annotations

from decimal import Decimal

from sce_method.monitoring.expressions._nodes import COMPARISONS, PRECEDENCE, Call, Current, Expr, Literal, Negate, Ref


def _number(value: float) -> str:
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    # XPath has no exponent notation (and `parse` reads none): 1e-05 is written 0.00001.
    return format(Decimal(text), "f") if "e" in text else text


def to_xlsform(expr: Expr, parent: int = 0) -> str:  # noqa: PLR0911 -- one return per node kind
    """
    XLSForm text for *expr*, with only the parentheses it needs.

    >>> from sce_method.monitoring.expressions import parse
    >>> to_xlsform(parse("(${a}+1)*2 >= 10 and not(${b}='si')"))
    "(${a} + 1) * 2 >= 10 and not(${b} = 'si')"
    """
    if isinstance(expr, Literal):
        if isinstance(expr.value, str):
            quote = '"' if "'" in expr.value else "'"
            return f"{quote}{expr.value}{quote}"
        return _number(expr.value)
    if isinstance(expr, Ref):
        return "${" + expr.name + "}"
    if isinstance(expr, Current):
        return "."
    if isinstance(expr, Negate):
        return "-" + to_xlsform(expr.operand, 6)
    if isinstance(expr, Call) and expr.function == "position":
        return "position(..)"
    if isinstance(expr, Call) and expr.function == "jr:choice-name" and isinstance(expr.args[1], Ref):
        return f"jr:choice-name({to_xlsform(expr.args[0])}, '{to_xlsform(expr.args[1])}')"  # the question, quoted
    if isinstance(expr, Call):
        return f"{expr.function}({', '.join(to_xlsform(a) for a in expr.args)})"
    precedence = PRECEDENCE[expr.op]
    # Comparisons do not chain: a comparison inside a comparison is bracketed on either side.
    left = precedence + 1 if expr.op in COMPARISONS else precedence
    text = f"{to_xlsform(expr.left, left)} {expr.op} {to_xlsform(expr.right, precedence + 1)}"
    return f"({text})" if precedence < parent else text
