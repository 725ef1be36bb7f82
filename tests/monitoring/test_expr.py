"""Tests for `sce_method.monitoring._expr`: parsing, references and XLSForm text of expressions."""

from __future__ import annotations

from typing import cast

import attrs
import pytest
from hypothesis import given

from sce_method._core import SCEError
from sce_method.monitoring import (
    FUNCTIONS,
    Binary,
    Call,
    Current,
    Expr,
    ExpressionError,
    Literal,
    Negate,
    Ref,
    parse,
    references,
    to_xlsform,
)
from tests.expr_strategies import OPERATORS, trees


def _refused(text: str) -> tuple[str, int]:
    """The message key and column of the error parsing *text* raises."""
    with pytest.raises(ExpressionError) as caught:
        parse(text)
    return caught.value.message.key, caught.value.column


def _ref_names(node: object) -> list[str]:
    """Every `Ref` name in *node*, depth first, left to right, repeats kept (walks any attrs tree)."""
    if isinstance(node, Ref):
        return [node.name]
    if isinstance(node, tuple):
        return [name for item in node for name in _ref_names(item)]
    if attrs.has(type(node)):
        fields = attrs.astuple(cast("attrs.AttrsInstance", node), recurse=False)
        return [name for value in fields for name in _ref_names(value)]
    return []


A, B, C = Ref("a"), Ref("b"), Ref("c")


def n(value: float) -> Literal:
    """A number literal."""
    return Literal(float(value))


class TestParse:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("${edad}", Ref("edad")),
            ("${_a.b-c9}", Ref("_a.b-c9")),
            (".", Current()),
            ("18", n(18)),
            ("3.25", n(3.25)),
            (".5", n(0.5)),
            ("'si'", Literal("si")),
            ('"si"', Literal("si")),
            ("''", Literal("")),
            ('"it\'s"', Literal("it's")),
            ("'dijo \"no\"'", Literal('dijo "no"')),
            ("'a, (b) and c'", Literal("a, (b) and c")),
        ],
        ids=[
            "ref",
            "ref-name-chars",
            "current",
            "integer",
            "decimal",
            "leading-dot",
            "single-quoted",
            "double-quoted",
            "empty-text",
            "apostrophe",
            "double-quotes-inside",
            "operators-inside-text",
        ],
    )
    def test_primary(self, text: str, expected: Expr) -> None:
        """References, the current answer, numbers (as floats) and texts in either quote."""
        assert expected == parse(text)

    @pytest.mark.parametrize("op", OPERATORS)
    def test_each_operator(self, op: str) -> None:
        """Every binary operator reads as a `Binary` of its two sides."""
        expected = Binary(op, A, B)

        assert expected == parse(f"${{a}} {op} ${{b}}")

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("1 + 2 * 3", Binary("+", n(1), Binary("*", n(2), n(3)))),
            ("1 * 2 + 3", Binary("+", Binary("*", n(1), n(2)), n(3))),
            ("6 div 2 mod 4", Binary("mod", Binary("div", n(6), n(2)), n(4))),
            ("1 - 2 - 3", Binary("-", Binary("-", n(1), n(2)), n(3))),
            ("${a} + 1 >= 2 * ${b}", Binary(">=", Binary("+", A, n(1)), Binary("*", n(2), B))),
            ("${a} = 1 and ${b} != 2", Binary("and", Binary("=", A, n(1)), Binary("!=", B, n(2)))),
            ("${a} or ${b} and ${c}", Binary("or", A, Binary("and", B, C))),
            ("${a} and ${b} or ${c}", Binary("or", Binary("and", A, B), C)),
            ("${a} or ${b} or ${c}", Binary("or", Binary("or", A, B), C)),
        ],
        ids=[
            "times-before-plus",
            "times-before-plus-left",
            "div-mod-left-to-right",
            "minus-left-to-right",
            "arithmetic-before-comparison",
            "comparison-before-and",
            "and-before-or",
            "and-before-or-left",
            "or-left-to-right",
        ],
    )
    def test_precedence(self, text: str, expected: Expr) -> None:
        """Products bind tighter than sums, sums than comparisons, comparisons than and, and than or."""
        assert expected == parse(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("-1", Negate(n(1))),
            ("--1", Negate(Negate(n(1)))),
            ("-${a} * 2", Binary("*", Negate(A), n(2))),
            ("1 - -${a}", Binary("-", n(1), Negate(A))),
            ("-(1 + 2)", Negate(Binary("+", n(1), n(2)))),
        ],
        ids=["number", "twice", "binds-tightest", "after-minus", "of-parentheses"],
    )
    def test_unary_minus(self, text: str, expected: Expr) -> None:
        """A leading minus is a `Negate` that binds tighter than any operator."""
        assert expected == parse(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("(1 + 2) * 3", Binary("*", Binary("+", n(1), n(2)), n(3))),
            ("1 - (2 - 3)", Binary("-", n(1), Binary("-", n(2), n(3)))),
            ("((${a}))", A),
            ("${a} and (${b} or ${c})", Binary("and", A, Binary("or", B, C))),
        ],
        ids=["group-a-sum", "right-grouping", "redundant", "group-an-or"],
    )
    def test_parentheses(self, text: str, expected: Expr) -> None:
        """Parentheses override precedence and leave no node of their own."""
        assert expected == parse(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("not(${a})", Call("not", (A,))),
            ("selected(${a}, 'beca')", Call("selected", (A, Literal("beca")))),
            ("count-selected(${a})", Call("count-selected", (A,))),
            ("if(${a} > 1, 'si', 'no')", Call("if", (Binary(">", A, n(1)), Literal("si"), Literal("no")))),
            ("today()", Call("today", ())),
            ("string-length(.)", Call("string-length", (Current(),))),
            ("regex(., '^[0-9]+$')", Call("regex", (Current(), Literal("^[0-9]+$")))),
        ],
        ids=list(FUNCTIONS),
    )
    def test_each_function(self, text: str, expected: Expr) -> None:
        """Every function of the subset, with its number of arguments."""
        assert expected == parse(text)

    def test_every_function_is_tested(self) -> None:
        """The functions above are all the subset knows, with these arities."""
        expected = {
            "not": (1, 1),
            "selected": (2, 2),
            "count-selected": (1, 1),
            "if": (3, 3),
            "today": (0, 0),
            "string-length": (1, 1),
            "regex": (2, 2),
        }

        assert expected == FUNCTIONS

    def test_white_space_is_free(self) -> None:
        """Spaces, tabs and line breaks between tokens, or none at all, read the same."""
        expected = parse("${a} >= 1 and selected(${b}, 'x')")

        assert expected == parse("  ${a}>=1\tand\nselected( ${b} ,'x' ) ")

    def test_function_call_inside_arithmetic(self) -> None:
        """A call is a primary: it takes part in arithmetic and comparisons."""
        expected = Binary(">", Binary("+", Call("count-selected", (A,)), n(1)), n(2))

        assert expected == parse("count-selected(${a}) + 1 > 2")


class TestParseErrors:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("(1 + 2", ("expr.expected", 7)),
            ("not(${a}", ("expr.expected", 9)),
            ("1 +", ("expr.unexpected_end", 4)),
            ("${a} and", ("expr.unexpected_end", 9)),
            ("foo(1)", ("expr.unknown_function", 1)),
            ("${a} > max(1, 2)", ("expr.unknown_function", 8)),
            ("not(1, 2)", ("expr.arity", 1)),
            ("1 + today(1)", ("expr.arity", 5)),
            ("selected(${a})", ("expr.arity", 1)),
            ("1 < 2 < 3", ("expr.chained_comparison", 3)),
            ("${a} = 1 != 2", ("expr.chained_comparison", 6)),
            ("${1edad} > 3", ("expr.bad_name", 1)),
            ("1 + ${mi edad}", ("expr.bad_name", 5)),
            ("${}", ("expr.bad_name", 1)),
            ("", ("expr.empty", 1)),
            ("   ", ("expr.empty", 1)),
            ("${a} # 1", ("expr.unexpected", 6)),
            ("1 2", ("expr.unexpected", 3)),
            ("${a", ("expr.unexpected", 1)),
            ("'abc", ("expr.unexpected", 1)),
            ("1 + )", ("expr.unexpected", 5)),
            ("${a} and or", ("expr.unexpected", 10)),
        ],
        ids=[
            "unclosed-paren",
            "unclosed-call",
            "ends-after-operator",
            "ends-after-and",
            "unknown-function",
            "unknown-function-later",
            "too-many-arguments",
            "arguments-to-today",
            "too-few-arguments",
            "chained-comparison",
            "chained-equality",
            "name-starts-with-digit",
            "name-with-space",
            "empty-name",
            "empty",
            "blank",
            "unknown-character",
            "two-numbers",
            "unclosed-reference",
            "unclosed-text",
            "stray-close",
            "two-operators",
        ],
    )
    def test_key_and_column(self, text: str, expected: tuple[str, int]) -> None:
        """A syntax error says what is wrong (its message key) and at which 1-based column."""
        assert expected == _refused(text)

    def test_parameters(self) -> None:
        """The unknown-function message names the function and those the subset knows."""
        with pytest.raises(ExpressionError) as caught:
            parse("max(1)")

        expected = {"name": "max", "known": ", ".join(FUNCTIONS)}
        assert expected == dict(caught.value.message.params)

    def test_arity_parameters(self) -> None:
        """The arity message says how many arguments were expected and found."""
        with pytest.raises(ExpressionError) as caught:
            parse("if(1, 2)")

        expected = {"name": "if", "expected": 3, "found": 2}
        assert expected == dict(caught.value.message.params)


class TestExpressionError:
    def test_is_a_value_error_and_an_sce_error(self) -> None:
        """Callers catch it as a ValueError or as the package's root error."""
        with pytest.raises(ExpressionError) as caught:
            parse("1 +")

        expected = (True, True)
        assert expected == (isinstance(caught.value, ValueError), isinstance(caught.value, SCEError))

    def test_str_is_spanish(self) -> None:
        """str() renders the message in Spanish; the message renders in English too."""
        with pytest.raises(ExpressionError) as caught:
            parse("")

        expected = ("la expresión está vacía", "the expression is empty")
        assert expected == (str(caught.value), caught.value.message.render("en"))


class TestReferences:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("1 + 2", ()),
            (". > 1", ()),
            ("${a} + ${b} > ${a}", ("a", "b")),
            ("not(-${c}) or selected(${b}, 'x') and if(${a}, ${c}, 1)", ("c", "b", "a")),
            ("'${a}' = ${b}", ("b",)),
        ],
        ids=["none", "current-is-no-reference", "once-each-in-order", "inside-calls-and-minus", "not-in-text"],
    )
    def test_names(self, text: str, expected: tuple[str, ...]) -> None:
        """The names referred to, once each, in order of first appearance; text that looks like one is not one."""
        assert expected == references(parse(text))

    @given(trees())
    def test_exactly_the_refs_of_the_tree(self, tree: Expr) -> None:
        """References are the tree's `Ref` names, without repeats, in order of first appearance."""
        expected = tuple(dict.fromkeys(_ref_names(tree)))

        assert expected == references(tree)


class TestToXlsform:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("(${a}+1)*2 >= 10 and not(${b}='si')", "(${a} + 1) * 2 >= 10 and not(${b} = 'si')"),
            ("((${a} + 1)) * ((2))", "(${a} + 1) * 2"),
            ("1 - (2 - 3)", "1 - (2 - 3)"),
            ("(1 - 2) - 3", "1 - 2 - 3"),
            ("${a} or (${b} and ${c})", "${a} or ${b} and ${c}"),
            ("(${a} or ${b}) and ${c}", "(${a} or ${b}) and ${c}"),
            ("-(${a} + 1)", "-(${a} + 1)"),
            ("--${a}", "--${a}"),
            ("(${a} < 1) = (${b} > 2)", "(${a} < 1) = (${b} > 2)"),
            ("if(${a} > 1, 'x', \"it's\")", "if(${a} > 1, 'x', \"it's\")"),
            ('"si"', "'si'"),
            ("3.50", "3.5"),
            ("18.0", "18"),
            ("0.00001", "0.00001"),
            ("regex(., '^[0-9]+$')", "regex(., '^[0-9]+$')"),
        ],
        ids=[
            "docstring",
            "redundant-parentheses-dropped",
            "right-grouping-kept",
            "left-grouping-dropped",
            "and-inside-or",
            "or-inside-and",
            "minus-of-a-sum",
            "double-minus",
            "comparison-of-comparisons",
            "quote-kind-chosen-by-content",
            "double-quotes-become-single",
            "decimal",
            "whole-number",
            "no-exponent",
            "regex",
        ],
    )
    def test_text(self, text: str, expected: str) -> None:
        """Canonical XLSForm text: single spaces around operators, only the parentheses it needs."""
        assert expected == to_xlsform(parse(text))

    @pytest.mark.parametrize(
        ("tree", "expected"),
        [
            (Literal(1e-05), "0.00001"),
            (Literal(1.5e-10), "0.00000000015"),
            (Literal(1e20), "100000000000000000000"),
            (Binary("=", Binary("<", A, B), C), "(${a} < ${b}) = ${c}"),
            (Binary("<", A, Binary("=", B, C)), "${a} < (${b} = ${c})"),
        ],
        ids=["small", "tiny", "large", "comparison-on-the-left", "comparison-on-the-right"],
    )
    def test_trees_parse_cannot_give_directly(self, tree: Expr, expected: str) -> None:
        """Numbers never use exponents, and a comparison inside a comparison is bracketed on either side."""
        assert expected == to_xlsform(tree)

    @given(trees())
    def test_parse_reads_back_the_tree(self, tree: Expr) -> None:
        """parse(to_xlsform(e)) == e for every tree (non-negative float literals, texts without both quotes)."""
        assert tree == parse(to_xlsform(tree))

    @given(trees())
    def test_text_is_a_fixed_point(self, tree: Expr) -> None:
        """Writing the tree read back from its text gives the same text."""
        text = to_xlsform(tree)

        assert text == to_xlsform(parse(text))
