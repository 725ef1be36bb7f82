"""
Parsing the XLSForm subset people write into a tree of frozen nodes, without ``eval``.

Grammar, loosest first::

    or      := and ("or" and)*
    and     := compare ("and" compare)*
    compare := sum (("=" | "!=" | "<" | "<=" | ">" | ">=") sum)?
    sum     := product (("+" | "-") product)*
    product := unary (("*" | "div" | "mod") unary)*
    unary   := "-" unary | primary
    primary := number | 'text' | "${name}" | "." | function "(" args ")" | "(" or ")"

An expression nests at most `MAX_DEPTH` levels; deeper, it is refused at the
column where it crosses the limit, before the parser (or any walk of the tree
after it) runs out of stack.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

import attrs

from sce_method._core import ExpressionError, Problem, message
from sce_method.monitoring.expressions._nodes import (
    COMPARISONS,
    FUNCTIONS,
    PRECEDENCE,
    Binary,
    Call,
    Current,
    Expr,
    Literal,
    Negate,
    Ref,
)

_TOKEN: Final = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<ref>\$\{(?P<refname>[^}]*)\})
  | (?P<number>\d+(?:\.\d+)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<op><=|>=|!=|=|<|>|\+|-|\*|\(|\)|,)
  | (?P<name>[A-Za-z_][A-Za-z0-9_:-]*)
  | (?P<dot>\.)
    """,
    re.VERBOSE,
)
_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")

MAX_DEPTH: Final = 100
"""
How deeply an expression may nest, counting one level for each pair of brackets, each function call, each unary
minus and each operator applied to the result of another (``${a} or ${b} or ${c}`` is three levels deep).

Forms people write stay far below it (a ``relevant`` joining forty conditions with ``or`` is about forty levels). It
keeps the parser, and every walk of the tree (`check`, `evaluate`, `to_xlsform`), well inside Python's recursion
limit, so that a pathological expression is refused at a column rather than crashing the reader.
"""

Parsed = tuple[Expr, int]
"""A subtree and how deep it nests (see `MAX_DEPTH`)."""


@attrs.frozen
class _Token:
    kind: str
    text: str
    column: int


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise ExpressionError(message("expressions.unexpected", found=text[position]), position + 1)
        kind = match.lastgroup or ""
        if kind == "refname":
            kind = "ref"
        if kind != "space":
            out.append(_Token(kind, match.group(), position + 1))
        position = match.end()
    out.append(_Token("end", "", len(text) + 1))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        self.index = 0
        self.level = 0
        """How many `unary` calls are open: never more than the depth of the tree being built."""

    @property
    def token(self) -> _Token:
        return self.tokens[self.index]

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, text: str) -> None:
        if self.token.text != text:
            raise ExpressionError(
                message(
                    "expressions.expected",
                    expected=text,
                    found=repr(self.token.text) if self.token.text else message("expressions.end"),
                ),
                self.token.column,
            )
        self.index += 1

    def binary_op(self) -> str | None:
        token = self.token
        if token.kind == "op" and token.text in PRECEDENCE:
            return token.text
        if token.kind == "name" and token.text in ("or", "and", "div", "mod"):
            return token.text
        return None

    def expression(self, floor: int = 1) -> Parsed:
        left, depth = self.unary()
        while (op := self.binary_op()) is not None and PRECEDENCE[op] >= floor:
            column = self.token.column
            self.take()
            right, right_depth = self.expression(PRECEDENCE[op] + 1)
            if op in COMPARISONS and self.binary_op() in COMPARISONS:
                raise ExpressionError(message("expressions.chained_comparison"), column)
            left, depth = Binary(op, left, right), _deeper(max(depth, right_depth), column)
        return left, depth

    def unary(self) -> Parsed:
        # Every way the parser recurses goes through here, and each open call stands for a level of the tree:
        # counting them refuses a deep expression before the recursion, not after it.
        self.level += 1
        _deeper(self.level - 1, self.token.column)
        try:
            if self.token.kind == "op" and self.token.text == "-":
                column = self.take().column
                operand, depth = self.unary()
                return Negate(operand), _deeper(depth, column)
            return self.primary()
        finally:
            self.level -= 1

    def primary(self) -> Parsed:
        token = self.take()
        if token.kind == "number":
            return Literal(float(token.text)), 1
        if token.kind == "string":
            return Literal(token.text[1:-1]), 1
        if token.kind == "ref":
            name = token.text[2:-1]
            if not _NAME.fullmatch(name):
                raise ExpressionError(message("expressions.bad_name", name=name), token.column)
            return Ref(name), 1
        if token.kind == "dot":
            return Current(), 1
        if token.kind == "op" and token.text == "(":
            inner, depth = self.expression()
            self.expect(")")
            return inner, _deeper(depth, token.column)
        if token.kind == "name" and self.token.text == "(":
            return self.call(token)
        if token.kind == "end":
            raise ExpressionError(message("expressions.unexpected_end"), token.column)
        raise ExpressionError(message("expressions.unexpected", found=token.text), token.column)

    def call(self, name: _Token) -> Parsed:
        if name.text == "position":  # only position(..): the current row's number in its repeat
            for text in ("(", ".", ".", ")"):
                self.expect(text)
            return Call("position", ()), 1
        if name.text not in FUNCTIONS:
            known = ", ".join(FUNCTIONS)
            raise ExpressionError(message("expressions.unknown_function", name=name.text, known=known), name.column)
        self.expect("(")
        args: list[Parsed] = []
        if self.token.text != ")":
            args.append(self.expression())
            while self.token.text == ",":
                self.take()
                args.append(self.expression())
        self.expect(")")
        least, most = FUNCTIONS[name.text]
        if not least <= len(args) <= most:
            said = message("expressions.arity", name=name.text, expected=least, found=len(args))
            raise ExpressionError(said, name.column)
        nodes = tuple(a for a, _ in args)
        if name.text == "jr:choice-name":
            nodes = (nodes[0], _question_named(nodes[1], name.column))
        return Call(name.text, nodes), _deeper(max((d for _, d in args), default=0), name.column)


_QUOTED_REF: Final = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}")


def _question_named(arg: Expr, column: int) -> Ref:
    """``jr:choice-name``'s second argument, ``'${question}'`` (a quoted reference), as the reference it names."""
    found = _QUOTED_REF.fullmatch(arg.value) if isinstance(arg, Literal) and isinstance(arg.value, str) else None
    if found is None:
        raise ExpressionError(message("expressions.choice_name_question"), column)
    return Ref(found.group(1))


def _deeper(depth: int, column: int) -> int:
    """The depth of a node over a child *depth* levels deep; refused at *column* past `MAX_DEPTH`."""
    if depth >= MAX_DEPTH:
        raise ExpressionError(message("expressions.too_deep", limit=MAX_DEPTH), column)
    return depth + 1


@functools.lru_cache(maxsize=1024)
def parse(text: str) -> Expr:
    """
    Parse an expression of the XLSForm subset.

    Trees are immutable, so each text is parsed once and its tree shared (a
    group's ``relevant`` is looked up per response).

    >>> parse("${edad} >= 18 and selected(${apoyos}, 'beca')")  # doctest: +NORMALIZE_WHITESPACE
    Binary(op='and', left=Binary(op='>=', left=Ref(name='edad'), right=Literal(value=18.0)),
           right=Call(function='selected', args=(Ref(name='apoyos'), Literal(value='beca'))))

    Raises:
        ExpressionError: the text is not an expression of the subset, or it
            nests deeper than `MAX_DEPTH`; its ``column`` says where.
    """
    parser = _Parser(text)
    if parser.token.kind == "end":
        raise ExpressionError(message("expressions.empty"), 1)
    tree, _ = parser.expression()
    if parser.token.kind != "end":
        raise ExpressionError(message("expressions.unexpected", found=parser.token.text), parser.token.column)
    return tree


def parse_fields(record: object, names: Iterable[str]) -> tuple[dict[str, Expr], list[Problem]]:
    """
    Parse the expression fields *names* of *record* that are set (not None).

    Returns the tree of each field that parses, and a problem at each field
    that does not, saying at which column of its text (``expr.at``): what a
    record that holds expressions checks when it is built.
    """
    parsed: dict[str, Expr] = {}
    problems: list[Problem] = []
    for name in names:
        text = getattr(record, name)
        if text is None:
            continue
        try:
            parsed[name] = parse(text)
        except ExpressionError as err:
            said = message("expressions.at", column=err.column, problem=err.message)
            problems.append(Problem(path=(name,), message=said))
    return parsed, problems
