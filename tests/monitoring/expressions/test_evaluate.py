"""Tests for `sce_method.monitoring.expressions._evaluate`: evaluating expressions, blank as empty."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Final

import pytest
from hypothesis import given

from sce_method.monitoring.expressions import Call, Expr, evaluate, holds, parse, truthy
from tests.expr_strategies import answer_sets, answerable_trees, answers

TODAY: Final = dt.date(2024, 10, 17)


def _value(text: str, answers: Mapping[str, object] | None = None, *, current: object = None) -> object:
    return evaluate(parse(text), answers or {}, current=current, today=TODAY)


class TestEvaluateBlank:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("${x} > 0", False),
            ("${x} < 0", False),
            ("${x} >= 0", False),
            ("${x} = 0", False),
            ("${x} = ''", True),
            ("'' = ${x}", True),
            ("${x} != 'si'", True),
            ("${x} = 'si'", False),
            ("${x} = ${y}", True),
            ("${x} or ${x}", False),
            ("not(${x})", True),
            ("string-length(${x})", 0.0),
            ("count-selected(${x})", 0.0),
            ("selected(${x}, 'si')", False),
        ],
        ids=[
            "greater",
            "less",
            "at-least",
            "not-zero",
            "equals-empty-text",
            "empty-text-equals",
            "differs-from-a-choice",
            "is-no-choice",
            "equals-another-blank",
            "is-false",
            "not-is-true",
            "has-no-length",
            "has-no-choices",
            "selects-nothing",
        ],
    )
    def test_blank_is_empty_not_zero(self, text: str, expected: object) -> None:
        """A blank answer (None) is empty, as in ODK: not 0, and every numeric comparison is false."""
        assert expected == _value(text, {"x": None})


class TestEvaluate:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [("si", True), ("no", False), (("beca", "guarderia"), True), (("guarderia",), False), ((), False)],
        ids=["select-one-chosen", "select-one-other", "multi-chosen", "multi-not-chosen", "multi-empty"],
    )
    def test_selected(self, value: object, expected: bool) -> None:  # noqa: FBT001 -- parametrized
        """selected() is equality for a select_one and membership for a select_multiple."""
        wanted = "si" if isinstance(value, str) else "beca"

        assert expected == _value(f"selected(${{q}}, '{wanted}')", {"q": value})

    @pytest.mark.parametrize(
        ("value", "expected"), [(("a", "b", "c"), 3.0), (("a",), 1.0), ((), 0.0), ("a", 0.0)], ids=str
    )
    def test_count_selected(self, value: object, expected: float) -> None:
        """count-selected() counts a select_multiple's choices (a number)."""
        assert expected == _value("count-selected(${q})", {"q": value})

    @pytest.mark.parametrize(("edad", "expected"), [(30.0, "adulta"), (15.0, "joven"), (None, "joven")])
    def test_if(self, edad: float | None, expected: str) -> None:
        """if() gives its second argument when the first is true, its third otherwise."""
        assert expected == _value("if(${edad} >= 18, 'adulta', 'joven')", {"edad": edad})

    def test_today_is_the_date_given(self) -> None:
        """today() is the date passed as *today*."""
        expected = dt.date(2024, 10, 17)

        assert expected == _value("today()")

    def test_today_defaults_to_the_system_date(self) -> None:
        """Without *today*, today() is the system's date."""
        before = dt.date.today()  # noqa: DTZ011 -- what today() itself reads
        value = evaluate(parse("today()"), {})
        after = dt.date.today()  # noqa: DTZ011

        assert value in (before, after)

    @pytest.mark.parametrize(
        ("fecha", "expected"),
        [(dt.date(2024, 10, 16), True), (dt.date(2024, 10, 17), True), (dt.date(2024, 10, 18), False)],
        ids=["past", "today", "future"],
    )
    def test_date_not_in_the_future(self, fecha: dt.date, *, expected: bool) -> None:
        """The bundled constraint '. <= today()' holds up to today."""
        assert expected == holds(parse(". <= today()"), {}, current=fecha, today=TODAY)

    @pytest.mark.parametrize(("value", "expected"), [("hola", 4.0), ("", 0.0), ("año", 3.0)])
    def test_string_length(self, value: object, expected: float) -> None:
        """string-length() counts the characters of a text."""
        assert expected == _value("string-length(.)", current=value)

    @pytest.mark.parametrize(
        ("value", "expected"),
        [("p-001", True), ("Ana López", False), ("", False), (None, False)],
        ids=["id", "name", "empty", "blank"],
    )
    def test_regex(self, value: object, *, expected: bool) -> None:
        """regex() is true when the pattern matches the answer."""
        assert expected == _value("regex(., '^[A-Za-z0-9_-]+$')", current=value)

    @pytest.mark.parametrize("pattern", ["(", "[z-a]", "a{99999999999}"])
    def test_regex_that_does_not_compile_matches_nothing(self, pattern: str) -> None:
        """A pattern Python cannot compile makes regex() false instead of raising."""
        expected = False

        assert expected == _value(f"regex('abc', '{pattern}')")

    @pytest.mark.parametrize(
        ("text", "fecha", "expected"),
        [
            ("${f} >= '2024-01-01'", dt.date(2024, 5, 1), True),
            ("${f} >= '2024-01-01'", dt.date(2023, 12, 31), False),
            ("${f} < '2024-01-01'", dt.date(2023, 12, 31), True),
            ("${f} = '2024-05-01'", dt.date(2024, 5, 1), True),
            ("'2024-05-02' > ${f}", dt.date(2024, 5, 1), True),
            ("${f} >= 'mañana'", dt.date(2024, 5, 1), False),
            ("${f} < 'mañana'", dt.date(2024, 5, 1), False),
            ("${f} > '2024-01-01'", None, False),
            ("${f} >= '20240101'", dt.date(2024, 5, 1), False),
            ("${f} < '2024-W42-4'", dt.date(2024, 5, 1), False),
        ],
        ids=[
            "on-or-after",
            "before",
            "less",
            "equal",
            "literal-on-the-left",
            "not-a-date",
            "not-a-date-less",
            "blank",
            "compact-form-is-not-iso",
            "week-date-is-not-iso",
        ],
    )
    def test_date_against_a_date_text(self, text: str, fecha: dt.date | None, *, expected: bool) -> None:
        """A date compares with an ISO date text; with any other text every comparison is false."""
        assert expected == _value(text, {"f": fecha})

    @pytest.mark.parametrize("text", ["1 div 0", "5 mod 0", "${x} div 0", "-1 div 0", "${big} * 10 mod 3"])
    def test_division_by_zero_is_nan(self, text: str) -> None:
        """Division and modulo by zero (and modulo of an infinity) give NaN, not an error."""
        value = _value(text, {"x": 3.0, "big": 1e308})

        expected = True
        assert expected == (isinstance(value, float) and math.isnan(value))

    @pytest.mark.parametrize("op", ["=", "!=", "<", "<=", ">", ">="])
    def test_nan_comparisons_are_false(self, op: str) -> None:
        """Every comparison with NaN is false; != too, since NaN equals nothing and is not an answer."""
        expected = (op == "!=", op == "!=")

        assert expected == (_value(f"1 div 0 {op} 0"), _value(f"5 mod 0 {op} 5 mod 0"))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("7 div 2", 3.5),
            ("7 mod 3", 1.0),
            ("-7 mod 3", -1.0),
            ("2 + 3 * 4", 14.0),
            ("(2 + 3) * 4", 20.0),
            ("10 - 4 - 3", 3.0),
            ("-${t}", -3.0),
            ("${t} + 1", 4.0),
            ("${t} = 3", True),
        ],
        ids=[
            "div",
            "mod",
            "mod-keeps-sign",
            "precedence",
            "parentheses",
            "left-to-right",
            "negate-numeric-text",
            "numeric-text-adds",
            "numeric-text-equals",
        ],
    )
    def test_arithmetic(self, text: str, expected: object) -> None:
        """Arithmetic on numbers and on texts that are numbers (as XPath's number())."""
        assert expected == _value(text, {"t": "3"})

    @pytest.mark.parametrize("text", ["'abc' + 1", "${blank} * 2"])
    def test_arithmetic_on_non_numbers_is_nan(self, text: str) -> None:
        """A text that is no number, or a blank, is NaN in arithmetic."""
        value = _value(text, {"blank": None})

        expected = True
        assert expected == (isinstance(value, float) and math.isnan(value))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("1 and 'x'", True),
            ("0 or ''", False),
            ("${x} = 'si' or ${y} > 1", True),
            ("${x} = 'si' and ${y} > 3", False),
        ],
    )
    def test_and_or_are_booleans(self, text: str, *, expected: bool) -> None:
        """The operators and / or give a boolean from the truth of their sides."""
        assert expected == _value(text, {"x": "si", "y": 2.0})

    def test_and_does_not_evaluate_its_right_side_when_false(self) -> None:
        """An and stops at a false left side and gives false."""
        expected = False

        assert expected == _value("${x} > 1 and 1 div 0 = 1", {"x": 0.0})

    @pytest.mark.parametrize(
        ("left", "right", "expected"),
        [(5.0, "5", True), (5.0, "5.0", True), ("si", "si", True), ("si", "no", False), (5.0, "cinco", False)],
        ids=["number-and-text", "number-and-decimal-text", "same-text", "other-text", "number-and-word"],
    )
    def test_equality(self, left: object, right: object, *, expected: bool) -> None:
        """= compares numbers as numbers when either side is one, texts as texts otherwise."""
        assert expected == _value("${a} = ${b}", {"a": left, "b": right})


class TestTruthy:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (None, False),
            (True, True),
            (False, False),
            (0.0, False),
            (2.5, True),
            (-1, True),
            (math.nan, False),
            ("", False),
            ("0", True),
            ((), False),
            (("a",), True),
            (dt.date(2024, 1, 1), True),
        ],
        ids=str,
    )
    def test_xpath_truth(self, value: object, *, expected: bool) -> None:
        """Non-zero numbers, non-empty texts and choices, true and dates are true; blank and NaN are false."""
        assert expected == truthy(value)


class TestEvaluateProperties:
    @given(answerable_trees(), answer_sets(), answers())
    def test_never_raises_and_holds_is_its_truth(
        self, tree: Expr, given_answers: Mapping[str, object], current: object
    ) -> None:
        """Any tree evaluates, for any answers of the kinds the library uses (blank too); holds is its truth."""
        value = evaluate(tree, given_answers, current=current, today=TODAY)

        assert truthy(value) == holds(tree, given_answers, current=current, today=TODAY)

    @given(answerable_trees(), answer_sets(), answers())
    def test_not_is_the_negation_of_truth(
        self, tree: Expr, given_answers: Mapping[str, object], current: object
    ) -> None:
        """not(x) is the negation of the truth of x."""
        expected = not truthy(evaluate(tree, given_answers, current=current, today=TODAY))

        assert expected == evaluate(Call("not", (tree,)), given_answers, current=current, today=TODAY)
