"""Tests for `sce_method.monitoring.expressions._functions`: the functions field forms use, as ODK computes them."""

from __future__ import annotations

import datetime as dt
import math
from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method.monitoring.expressions import (
    CHOICE_LABELS,
    ROW_POSITION,
    ExpressionError,
    Kind,
    check,
    compiled,
    evaluate,
    parse,
)

ANSWERS: dict[str, object] = {
    "nacimiento": dt.date(1990, 3, 15),
    "muerte": dt.date(2020, 3, 15),
    "nombre": "Ana",
    "vacio": None,
    "n": 2.567,
    "apoyos": ("beca", "transporte"),
    "hijos": [{"edad_hijo": 3.0, "nombre_hijo": "Eva"}, {"edad_hijo": 7.0, "nombre_hijo": "Leo"}],
}
KINDS = {
    "nacimiento": Kind.DATE,
    "muerte": Kind.DATE,
    "nombre": Kind.TEXT,
    "vacio": Kind.TEXT,
    "n": Kind.NUMBER,
    "apoyos": Kind.MULTI,
    "hijos": Kind.ANY,
}


class TestValues:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("coalesce(${vacio}, 'x')", "x"),
            ("coalesce(${nombre}, 'x')", "Ana"),
            ("concat(${nombre}, '-', 3, ${vacio})", "Ana-3"),
            ("concat(${apoyos})", "beca transporte"),
            ("round(${n}, 2)", 2.57),
            ("round(2.5)", 3.0),
            ("round(-2.5)", -2.0),
            ("int(${n})", 2.0),
            ("int(-2.7)", -2.0),
            ("number('4.5')", 4.5),
            ("string(3)", "3"),
            ("substr('abcdef', 1, 3)", "bc"),
            ("substr('abcdef', 4)", "ef"),
            ("selected-at(${apoyos}, 1)", "transporte"),
            ("selected-at(${apoyos}, 5)", ""),
            ("date('2024-05-01')", dt.date(2024, 5, 1)),
            ("date(10)", dt.date(1970, 1, 11)),
            ("decimal-date-time(${nacimiento})", 7378.0),
            ("format-date(${muerte}, '%Y-%n/%e')", "2020-3/15"),
            ("once(${nombre})", "Ana"),
            ("true() and not(false())", True),
            ("contains(${nombre}, 'n')", True),
            ("starts-with(${nombre}, 'n')", False),
            ("count(${hijos})", 2.0),
            ("sum(${edad_hijo})", 10.0),
            ("sum(${edad_hijo}) div count(${hijos})", 5.0),
            ("join(', ', ${nombre_hijo})", "Eva, Leo"),
            ("join('/', ${nombre}, ${n})", "Ana/2.567"),
            ("count(${vacio})", 0.0),
            ("count(${nombre})", 1.0),
            ("sum(${n})", 2.567),
            ("count(${no_hay})", 0.0),
            ("count-selected(${apoyos})", 2.0),
            ("now()", dt.datetime(2024, 5, 1)),  # noqa: DTZ001 -- now() is local, as ODK's
        ],
    )
    def test_value(self, text: str, expected: object) -> None:
        """Each function gives what ODK Collect gives."""
        assert expected == evaluate(parse(text), ANSWERS, today=dt.date(2024, 5, 1))

    def test_sum_of_a_repeat_with_a_blank_and_a_text(self) -> None:
        """A blank row adds 0; a row whose answer is no number makes the sum NaN, as XPath's sum()."""
        rows = {"r": [{"x": 1.0}, {"x": None}, {"x": 2.0}]}
        spoilt = {"r": [{"x": 1.0}, {"x": "n/a"}]}
        total, value = evaluate(parse("sum(${x})"), rows), evaluate(parse("sum(${x})"), spoilt)
        expected = (3.0, True)
        assert expected == (total, isinstance(value, float) and math.isnan(value))

    @given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), max_size=20))
    def test_count_and_sum_over_rows(self, xs: list[float]) -> None:
        """count() of a repeat is its rows; sum() of its question is the sum of their answers (a law)."""
        answers = {"r": [{"x": x} for x in xs]}
        count, total = evaluate(parse("count(${r})"), answers), evaluate(parse("sum(${x})"), answers)
        assert count == len(xs)
        assert total == pytest.approx(math.fsum(xs))

    @pytest.mark.parametrize(
        ("index", "expected"), [("1", "Eva"), ("2", "Leo"), ("3", None), ("0", None), ("1.5", None), ("'x'", None)]
    )
    def test_indexed_repeat(self, index: str, expected: object) -> None:
        """indexed-repeat(${q}, ${repeat}, n): q in row n (from 1); blank out of range or not a whole number."""
        assert expected == evaluate(parse(f"indexed-repeat(${{nombre_hijo}}, ${{hijos}}, {index})"), ANSWERS)

    def test_indexed_repeat_from_a_row_reads_another_row(self) -> None:
        """Inside a row (its answers over the form's), the previous row's answer is read, not the current one."""
        rows = ANSWERS["hijos"]
        assert isinstance(rows, list)
        context = {**ANSWERS, **rows[1], "i": 2.0}
        expected = (3.0, 4.0)
        assert expected == (
            evaluate(parse("indexed-repeat(${edad_hijo}, ${hijos}, ${i} - 1)"), context),
            evaluate(parse("${edad_hijo} - indexed-repeat(${edad_hijo}, ${hijos}, 1)"), context),
        )

    @given(st.lists(st.integers(-5, 5).map(float), max_size=8), st.integers(-2, 10))
    def test_indexed_repeat_is_the_row(self, xs: list[float], n: int) -> None:
        """indexed-repeat gives the n-th row's answer when 1 <= n <= rows, else blank (a law)."""
        value = evaluate(parse(f"indexed-repeat(${{x}}, ${{r}}, {n})"), {"r": [{"x": x} for x in xs]})
        assert value == (xs[n - 1] if 1 <= n <= len(xs) else None)

    def test_position_is_the_row_number(self) -> None:
        """position(..) is the row's number its answers carry (from 1); outside a row, blank."""
        tree = parse("position(..)")
        expected = (2.0, None)
        assert expected == (evaluate(tree, {ROW_POSITION: 2.0}), evaluate(tree, ANSWERS))

    @pytest.mark.parametrize("text", ["position()", "position(.)", "position(${a})", "position(..."])
    def test_position_takes_only_the_parent(self, text: str) -> None:
        """The function position takes only ``..``: any other argument is refused where it is."""
        with pytest.raises(ExpressionError):
            parse(text)

    def test_now_without_a_fixed_day_is_the_clock(self) -> None:
        """Without *today*, now() is the current local time (a datetime, of today)."""
        value = evaluate(parse("now()"), {})
        assert isinstance(value, dt.datetime)
        assert value.date() in (dt.date.today(), dt.date.today() - dt.timedelta(days=1))  # noqa: DTZ011 -- local

    def test_chained_date_arithmetic(self) -> None:
        """WHO verbal autopsy style: age in days from two dates, then years from days."""
        days = evaluate(parse("int(decimal-date-time(${muerte}) - decimal-date-time(${nacimiento}))"), ANSWERS)
        years = evaluate(parse("int(${d} div 365.25)"), {"d": days})
        expected = (10958.0, 30.0)
        assert expected == (days, years)

    def test_date_minus_date_is_days(self) -> None:
        """A date in + or - counts as days since 1970-01-01, as in ODK."""
        expected = 10958.0
        assert expected == evaluate(parse("${muerte} - ${nacimiento}"), ANSWERS)

    @pytest.mark.parametrize("text", ["int('x')", "round(${vacio})", "decimal-date-time('no')"])
    def test_not_a_number_is_nan(self, text: str) -> None:
        """What is no number stays NaN: no comparison with it holds."""
        value = evaluate(parse(text), ANSWERS)
        assert isinstance(value, float)
        assert math.isnan(value)

    @given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9))
    def test_int_never_grows_in_size(self, x: float) -> None:
        """int() truncates towards zero: |int(x)| <= |x| (a law)."""
        value = evaluate(parse("int(${x})"), {"x": x})
        assert isinstance(value, float)
        assert abs(value) <= abs(x)


class TestTypes:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("concat(${nombre}, ${n})", Kind.TEXT),
            ("int(decimal-date-time(${muerte}) - decimal-date-time(${nacimiento}))", Kind.NUMBER),
            ("${muerte} - ${nacimiento}", Kind.NUMBER),
            ("coalesce(${nombre}, 'x')", Kind.TEXT),
            ("coalesce(${nombre}, 1)", Kind.ANY),
            ("date('2024-01-01') < today()", Kind.BOOL),
            ("selected-at(${apoyos}, 0)", Kind.TEXT),
            ("count(${apoyos})", Kind.NUMBER),
            ("sum(${n})", Kind.NUMBER),
            ("join(' ', ${apoyos})", Kind.TEXT),
            ("now()", Kind.DATE),
            ("indexed-repeat(${muerte}, ${hijos}, 1)", Kind.DATE),
            ("indexed-repeat(${apoyos}, ${hijos}, ${n} + 1)", Kind.MULTI),
            ("position(..) + 1", Kind.NUMBER),
            ("jr:choice-name(${apoyos}, '${apoyos}')", Kind.TEXT),
            ("jr:choice-name(selected-at(${apoyos}, 1), '${apoyos}')", Kind.TEXT),
        ],
    )
    def test_kind(self, text: str, expected: Kind) -> None:
        """Each function has the type of its value."""
        assert expected == check(parse(text), KINDS)

    @pytest.mark.parametrize(
        "text",
        [
            "round(${nombre})",
            "decimal-date-time(${n})",
            "selected-at(${apoyos}, 'x')",
            "${muerte} * 2",
            "indexed-repeat(${n}, ${hijos}, ${nombre})",
            "indexed-repeat('x', ${hijos}, 1)",
            "indexed-repeat(${n}, 'hijos', 1)",
            "jr:choice-name(${nombre}, '${otra}')",
        ],
    )
    def test_refused(self, text: str) -> None:
        """An argument of the wrong type is refused, as the core functions are."""
        with pytest.raises(ExpressionError):
            check(parse(text), KINDS)


class TestChoiceName:
    LABELS: Final = {CHOICE_LABELS: {"apoyos": {"beca": "Beca escolar", "transporte": "Transporte"}}}

    @pytest.mark.parametrize(
        ("text", "answers", "expected"),
        [
            ("jr:choice-name('beca', '${apoyos}')", LABELS, "Beca escolar"),
            ("jr:choice-name(selected-at(${apoyos}, 1), '${apoyos}')", {**LABELS, **ANSWERS}, "Transporte"),
            ("jr:choice-name(${apoyos}, '${apoyos}')", {**LABELS, "apoyos": ("beca",)}, "Beca escolar"),
            ("jr:choice-name(${apoyos}, '${apoyos}')", {**LABELS, **ANSWERS}, None),
            ("jr:choice-name('otra', '${apoyos}')", LABELS, None),
            ("jr:choice-name('beca', '${nombre}')", LABELS, None),
            ("jr:choice-name(${vacio}, '${apoyos}')", {**LABELS, **ANSWERS}, None),
            ("jr:choice-name('beca', '${apoyos}')", ANSWERS, None),
        ],
        ids=["literal", "selected-at", "one-chosen", "two-chosen", "no-option", "no-list", "blank", "no-labels"],
    )
    def test_value(self, text: str, answers: dict[str, object], expected: object) -> None:
        """The chosen option's label from the answers' labels; blank for no option, no list, no labels, two options."""
        expr = parse(text)

        assert (expected, expected) == (evaluate(expr, answers), compiled(expr)(answers, None, None))

    @pytest.mark.parametrize(
        "text", ["jr:choice-name(${a}, 'a')", "jr:choice-name(${a}, ${a})", "jr:choice-name(1, 2)"]
    )
    def test_second_argument_is_a_quoted_question(self, text: str) -> None:
        """The second argument must be '${question}', quoted, as XLSForm writes it; else it does not parse."""
        with pytest.raises(ExpressionError) as caught:
            parse(text)

        expected = "expressions.choice_name_question"
        assert expected == caught.value.message.key
