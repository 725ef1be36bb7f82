"""Tests for `sce_method.monitoring.expressions._parse`: the XLSForm subset parsed into a tree, and its errors."""

from __future__ import annotations

from typing import Final

import attrs
import pytest

from sce_method.exceptions import SCEError
from sce_method.monitoring.expressions import (
    FUNCTIONS,
    MAX_DEPTH,
    Binary,
    Call,
    Current,
    Expr,
    ExpressionError,
    Literal,
    Negate,
    Ref,
    evaluate,
    parse,
    parse_fields,
    to_xlsform,
)
from tests.expr_strategies import OPERATORS


def _refused(text: str) -> tuple[str, int]:
    """The message key and column of the error parsing *text* raises."""
    with pytest.raises(ExpressionError) as caught:
        parse(text)
    return caught.value.message.key, caught.value.column


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
            ("now()", Call("now", ())),
            ("string-length(.)", Call("string-length", (Current(),))),
            ("regex(., '^[0-9]+$')", Call("regex", (Current(), Literal("^[0-9]+$")))),
            ("coalesce(${a}, 0)", Call("coalesce", (A, n(0)))),
            ("concat(${a}, '-', 1)", Call("concat", (A, Literal("-"), n(1)))),
            ("round(${a}, 2)", Call("round", (A, n(2)))),
            ("int(${a})", Call("int", (A,))),
            ("number(${a})", Call("number", (A,))),
            ("string(${a})", Call("string", (A,))),
            ("substr(${a}, 0, 2)", Call("substr", (A, n(0), n(2)))),
            ("selected-at(${a}, 0)", Call("selected-at", (A, n(0)))),
            ("date(${a})", Call("date", (A,))),
            ("decimal-date-time(${a})", Call("decimal-date-time", (A,))),
            ("format-date(${a}, '%Y')", Call("format-date", (A, Literal("%Y")))),
            ("once(${a})", Call("once", (A,))),
            ("true()", Call("true", ())),
            ("false()", Call("false", ())),
            ("contains(${a}, 'x')", Call("contains", (A, Literal("x")))),
            ("starts-with(${a}, 'x')", Call("starts-with", (A, Literal("x")))),
            ("count(${a})", Call("count", (A,))),
            ("sum(${a})", Call("sum", (A,))),
            ("join(' ', ${a})", Call("join", (Literal(" "), A))),
            ("indexed-repeat(${a}, ${r}, 1)", Call("indexed-repeat", (A, Ref("r"), Literal(1.0)))),
            ("position(..)", Call("position", ())),
            ("jr:choice-name(${a}, '${a}')", Call("jr:choice-name", (A, A))),
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
            "now": (0, 0),
            "string-length": (1, 1),
            "regex": (2, 2),
            "coalesce": (2, 2),
            "concat": (1, 20),
            "round": (1, 2),
            "int": (1, 1),
            "number": (1, 1),
            "string": (1, 1),
            "substr": (2, 3),
            "selected-at": (2, 2),
            "date": (1, 1),
            "decimal-date-time": (1, 1),
            "format-date": (2, 2),
            "once": (1, 1),
            "true": (0, 0),
            "false": (0, 0),
            "contains": (2, 2),
            "starts-with": (2, 2),
            "count": (1, 1),
            "sum": (1, 1),
            "join": (2, 20),
            "indexed-repeat": (3, 3),
            "position": (0, 0),
            "jr:choice-name": (2, 2),
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
            ("(1 + 2", ("expressions.expected", 7)),
            ("not(${a}", ("expressions.expected", 9)),
            ("1 +", ("expressions.unexpected_end", 4)),
            ("${a} and", ("expressions.unexpected_end", 9)),
            ("foo(1)", ("expressions.unknown_function", 1)),
            ("${a} > max(1, 2)", ("expressions.unknown_function", 8)),
            ("not(1, 2)", ("expressions.arity", 1)),
            ("1 + today(1)", ("expressions.arity", 5)),
            ("selected(${a})", ("expressions.arity", 1)),
            ("1 < 2 < 3", ("expressions.chained_comparison", 3)),
            ("${a} = 1 != 2", ("expressions.chained_comparison", 6)),
            ("${1edad} > 3", ("expressions.bad_name", 1)),
            ("1 + ${mi edad}", ("expressions.bad_name", 5)),
            ("${}", ("expressions.bad_name", 1)),
            ("", ("expressions.empty", 1)),
            ("   ", ("expressions.empty", 1)),
            ("${a} # 1", ("expressions.unexpected", 6)),
            ("1 2", ("expressions.unexpected", 3)),
            ("${a", ("expressions.unexpected", 1)),
            ("'abc", ("expressions.unexpected", 1)),
            ("1 + )", ("expressions.unexpected", 5)),
            ("${a} and or", ("expressions.unexpected", 10)),
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

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("not(1, 2)", ("not() espera 1 argumento; recibió 2", "not() takes 1 argument, got 2")),
            ("if(1, 2)", ("if() espera 3 argumentos; recibió 2", "if() takes 3 arguments, got 2")),
        ],
    )
    def test_arity_in_words(self, text: str, expected: tuple[str, str]) -> None:
        """The number of arguments expected takes its singular or plural form."""
        with pytest.raises(ExpressionError) as caught:
            parse(text)

        assert expected == (caught.value.message.render("es"), caught.value.message.render("en"))


def _nested(depth: int, kind: str) -> str:
    """An expression *depth* levels deep (see `MAX_DEPTH`), nesting in one way."""
    if kind == "brackets":
        return "(" * (depth - 1) + "1" + ")" * (depth - 1)
    if kind == "calls":
        return "not(" * (depth - 1) + "1" + ")" * (depth - 1)
    if kind == "minus":
        return "-" * (depth - 1) + "1"
    return " or ".join(["${a}"] * depth)  # one level per operator, with no bracket at all


NESTINGS: Final = ("brackets", "calls", "minus", "or-chain")


class TestDepth:
    @pytest.mark.parametrize(
        ("kind", "value"), [("brackets", 1.0), ("calls", False), ("minus", -1.0), ("or-chain", True)], ids=NESTINGS
    )
    def test_at_the_limit(self, kind: str, value: object) -> None:
        """An expression exactly MAX_DEPTH levels deep parses, evaluates, and is written and read back the same."""
        tree = parse(_nested(MAX_DEPTH, kind))

        expected = (value, tree)
        assert expected == (evaluate(tree, {"a": 1.0}), parse(to_xlsform(tree)))

    @pytest.mark.parametrize(
        ("kind", "column"),
        [
            ("brackets", MAX_DEPTH + 1),
            ("calls", 4 * MAX_DEPTH + 1),
            ("minus", MAX_DEPTH + 1),
            ("or-chain", 8 * MAX_DEPTH - 2),  # the operator that joins the last ${a}
        ],
        ids=NESTINGS,
    )
    def test_one_level_more(self, kind: str, column: int) -> None:
        """One level past MAX_DEPTH is refused, at the column of the bracket, call or operator that crosses it."""
        expected = ("expressions.too_deep", column)

        assert expected == _refused(_nested(MAX_DEPTH + 1, kind))

    def test_four_hundred_brackets(self) -> None:
        """A constraint nested 400 brackets deep is refused at a column, not a RecursionError."""
        expected = ("expressions.too_deep", MAX_DEPTH + 1)

        assert expected == _refused("(" * 400 + ". > 1" + ")" * 400)

    def test_message(self) -> None:
        """The message gives the limit, in Spanish and English."""
        with pytest.raises(ExpressionError) as caught:
            parse(_nested(MAX_DEPTH + 1, "brackets"))

        expected = (
            "la expresión anida más de 100 niveles (paréntesis, funciones u operadores encadenados): divídala",
            "the expression nests more than 100 levels (brackets, functions or chained operators): split it",
        )
        assert expected == (str(caught.value), caught.value.message.render("en"))


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


class TestParseFields:
    def test_trees_and_problems(self) -> None:
        """Each set field that parses gives its tree; one that does not, a problem at the field saying the column."""

        @attrs.frozen
        class Record:  # a record holding expressions, as a Question or an OutcomeIndicator does
            relevant: str | None
            constraint: str | None
            calculation: str | None

        parsed, problems = parse_fields(Record(relevant="${a} = 1", constraint=None, calculation="1 +"), EXPRESSION)

        expected = (
            {"relevant": parse("${a} = 1")},
            [(("calculation",), "expressions.at", 4)],
        )
        assert expected == (parsed, [(p.path, p.message.key, p.message.params["column"]) for p in problems])


EXPRESSION: Final = ("relevant", "constraint", "calculation")
