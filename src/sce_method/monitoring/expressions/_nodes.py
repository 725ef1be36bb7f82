"""
The expression tree: the frozen nodes `parse` builds, and the functions the subset knows.

`check`, `evaluate` and `to_xlsform` each walk the same tree, so what the form
on the phone checks and what the library checks come from one definition.
"""

from __future__ import annotations

from typing import Final, TypeAlias

import attrs

from sce_method.monitoring.expressions._functions import MORE_FUNCTIONS, NODE_SET_FUNCTIONS


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
    "now": (0, 0),
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
        for child in _children(node):
            visit(child)

    visit(expr)
    return tuple(found)


def node_set_references(expr: Expr) -> tuple[str, ...]:
    """
    The names *expr* uses only as a node-set: ``${name}`` given directly to ``count``, ``sum`` or ``join``.

    Or as the question and the repeat of ``indexed-repeat`` (its first two arguments).

    Such a name may be a repeat, or a question inside one named from outside it.

    >>> from sce_method.monitoring.expressions import parse
    >>> node_set_references(parse("count(${hijos}) > 0 and sum(${edad}) > ${edad}"))
    ('hijos',)
    >>> node_set_references(parse("indexed-repeat(${edad}, ${hijos}, ${n})"))
    ('edad', 'hijos')
    """
    plain: set[str] = set()
    sets: dict[str, None] = {}

    def visit(node: Expr) -> None:
        if isinstance(node, Ref):
            plain.add(node.name)
        function = node.function if isinstance(node, Call) else None
        for place, child in enumerate(_children(node)):
            as_set = function in NODE_SET_FUNCTIONS or (function == "indexed-repeat" and place < 2)
            if as_set and isinstance(child, Ref):
                sets.setdefault(child.name)
            else:
                visit(child)

    visit(expr)
    return tuple(n for n in sets if n not in plain)


def functions_called(expr: Expr) -> frozenset[str]:
    """
    The functions *expr* calls.

    >>> from sce_method.monitoring.expressions import parse
    >>> sorted(functions_called(parse("position(..) > 1 and not(${a})")))
    ['not', 'position']
    """
    own = frozenset({expr.function}) if isinstance(expr, Call) else frozenset()
    return own.union(*(functions_called(child) for child in _children(expr)))


def _children(node: Expr) -> tuple[Expr, ...]:
    """The nodes directly under *node*, in order: what each walk of a tree descends into."""
    if isinstance(node, Binary):
        return (node.left, node.right)
    if isinstance(node, Negate):
        return (node.operand,)
    if isinstance(node, Call):
        return node.args
    return ()
