"""
The expression tree: the frozen nodes `parse` builds, and the functions the subset knows.

`check`, `evaluate` and `to_xlsform` each walk the same tree, so what the form
on the phone checks and what the library checks come from one definition.
"""

from __future__ import annotations

from typing import Final, TypeAlias

import attrs

from sce_method.monitoring.expressions._functions import MORE_FUNCTIONS


@attrs.frozen
class Literal:
    """A number or a quoted text."""

    value: float | str


@attrs.frozen
class Ref:
    """``${name}``: the answer to another question."""

    name: str


@attrs.frozen
class Current:
    """``.``: the answer to the question being checked."""


@attrs.frozen
class Binary:
    """``left op right``: or, and, comparisons, arithmetic."""

    op: str
    left: Expr
    right: Expr


@attrs.frozen
class Negate:
    """``-operand``."""

    operand: Expr


@attrs.frozen
class Call:
    """``function(args...)`` for one of the `FUNCTIONS`."""

    function: str
    args: tuple[Expr, ...]


Expr: TypeAlias = Literal | Ref | Current | Binary | Negate | Call
"""Any expression node."""

CORE_FUNCTIONS: Final = {
    "not": (1, 1),
    "selected": (2, 2),
    "count-selected": (1, 1),
    "if": (3, 3),
    "today": (0, 0),
    "string-length": (1, 1),
    "regex": (2, 2),
}
FUNCTIONS: Final = CORE_FUNCTIONS | MORE_FUNCTIONS
"""The functions the subset knows, with their (least, most) number of arguments."""

COMPARISONS: Final = ("=", "!=", "<", "<=", ">", ">=")
PRECEDENCE: Final = {"or": 1, "and": 2, **dict.fromkeys(COMPARISONS, 3), "+": 4, "-": 4, "*": 5, "div": 5, "mod": 5}
"""How tightly each binary operator binds (higher binds tighter): the parser and the writer share it."""


def references(expr: Expr) -> tuple[str, ...]:
    """
    The question names *expr* refers to, in order of first appearance.

    >>> from sce_method.monitoring.expressions import parse
    >>> references(parse("${a} + ${b} > ${a}"))
    ('a', 'b')
    """
    found: dict[str, None] = {}

    def visit(node: Expr) -> None:
        if isinstance(node, Ref):
            found.setdefault(node.name)
        elif isinstance(node, Binary):
            visit(node.left)
            visit(node.right)
        elif isinstance(node, Negate):
            visit(node.operand)
        elif isinstance(node, Call):
            for arg in node.args:
                visit(arg)

    visit(expr)
    return tuple(found)
