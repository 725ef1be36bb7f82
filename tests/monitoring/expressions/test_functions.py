"""Tests for `sce_method.monitoring.expressions._functions`: the functions field forms use, as ODK computes them."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method.monitoring.expressions import ExpressionError, Kind, check, evaluate, parse

ANSWERS: dict[str, object] = {
    "nacimiento": dt.date(1990, 3, 15),
    "muerte": dt.date(2020, 3, 15),
    "nombre": "Ana",
    "vacio": None,
    "n": 2.567,
    "apoyos": ("beca", "transporte"),
}
KINDS = {
    "nacimiento": Kind.DATE,
    "muerte": Kind.DATE,
    "nombre": Kind.TEXT,
    "vacio": Kind.TEXT,
    "n": Kind.NUMBER,
    "apoyos": Kind.MULTI,
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
        ],
    )
    def test_value(self, text: str, expected: object) -> None:
        """Each function gives what ODK Collect gives."""
        assert expected == evaluate(parse(text), ANSWERS)

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
        ],
    )
    def test_kind(self, text: str, expected: Kind) -> None:
        """Each function has the type of its value."""
        assert expected == check(parse(text), KINDS)

    @pytest.mark.parametrize(
        "text", ["round(${nombre})", "decimal-date-time(${n})", "selected-at(${apoyos}, 'x')", "${muerte} * 2"]
    )
    def test_refused(self, text: str) -> None:
        """An argument of the wrong type is refused, as the core functions are."""
        with pytest.raises(ExpressionError):
            check(parse(text), KINDS)
