"""Tests for `sce_method.monitoring.expressions._check`: type-checking expressions against the questions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import pytest

from sce_method.monitoring.expressions import ExpressionError, Kind, check, parse

KINDS: Final[Mapping[str, Kind]] = {
    "edad": Kind.NUMBER,
    "nombre": Kind.TEXT,
    "trabaja": Kind.TEXT,
    "apoyos": Kind.MULTI,
    "fecha": Kind.DATE,
    "calculo": Kind.ANY,
}
"""The kind of each question the type-checking tests refer to."""


def _refused(text: str, current: Kind | None = None) -> tuple[str, dict[str, object]]:
    """The message key and parameters of the error type-checking *text* raises."""
    with pytest.raises(ExpressionError) as caught:
        check(parse(text), KINDS, current)
    return caught.value.message.key, dict(caught.value.message.params)


class TestCheck:
    @pytest.mark.parametrize(
        ("text", "current", "expected"),
        [
            ("${edad} >= 18 and selected(${apoyos}, 'beca')", None, Kind.BOOL),
            ("${edad} * 2 + 1", None, Kind.NUMBER),
            ("-${edad}", None, Kind.NUMBER),
            ("count-selected(${apoyos})", None, Kind.NUMBER),
            ("selected(${trabaja}, 'si')", None, Kind.BOOL),
            ("${fecha} <= today()", None, Kind.BOOL),
            ("${fecha} >= '2024-01-01'", None, Kind.BOOL),
            ("${nombre} = 'x'", None, Kind.BOOL),
            ("string-length(${nombre})", None, Kind.NUMBER),
            ("regex(${nombre}, '^a')", None, Kind.BOOL),
            ("not(${nombre})", None, Kind.BOOL),
            ("if(${edad} > 1, 'a', 'b')", None, Kind.TEXT),
            ("if(${edad} > 1, 'a', 2)", None, Kind.ANY),
            (".", Kind.DATE, Kind.DATE),
            (". >= 1 and . <= 5", Kind.NUMBER, Kind.BOOL),
            ("${calculo} + 1", None, Kind.NUMBER),
            ("${calculo}", None, Kind.ANY),
            ("today()", None, Kind.DATE),
        ],
        ids=[
            "and-of-comparison-and-selected",
            "arithmetic",
            "negation",
            "count-selected",
            "selected-on-select-one",
            "date-against-today",
            "date-against-date-text",
            "text-equality",
            "string-length",
            "regex",
            "not-of-anything",
            "if-same-kinds",
            "if-different-kinds",
            "current",
            "constraint",
            "calculation-fits-number",
            "calculation-is-any",
            "today",
        ],
    )
    def test_kind(self, text: str, current: Kind | None, expected: Kind) -> None:
        """Well-typed expressions give the kind of their value."""
        assert expected == check(parse(text), KINDS, current)

    def test_unknown_ref_with_suggestion(self) -> None:
        """An unknown ${name} close to a question's name suggests it."""
        expected = ("expressions.unknown_ref_suggest", {"name": "edda", "suggestion": "edad"})

        assert expected == _refused("${edda} >= 18")

    def test_unknown_ref_without_suggestion(self) -> None:
        """An unknown ${name} like no question's name just says so."""
        expected = ("expressions.unknown_ref", {"name": "zzz"})

        assert expected == _refused("${zzz} >= 18")

    def test_unknown_ref_message(self) -> None:
        """The suggestion is rendered as a reference in both languages."""
        with pytest.raises(ExpressionError) as caught:
            check(parse("${edda} >= 18"), KINDS)

        expected = (
            "${edda} no es una pregunta del instrumento; ¿quiso decir ${edad}?",
            "${edda} is not a question of the instrument; did you mean ${edad}?",
        )
        assert expected == (caught.value.message.render("es"), caught.value.message.render("en"))

    @pytest.mark.parametrize("text", [". > 1", "selected(., 'si')", "${edad} + . > 1"])
    def test_current_outside_a_constraint(self, text: str) -> None:
        """'.' needs a current question: it is refused in a relevant or a calculation."""
        expected = "expressions.no_current"

        assert expected == _refused(text)[0]

    @pytest.mark.parametrize("text", ["${apoyos} = 'beca'", "'beca' != ${apoyos}"])
    def test_select_multiple_compared(self, text: str) -> None:
        """A select_multiple is not compared with = or !=: the message points to selected()."""
        expected = ("expressions.type", "selected()", "select_multiple")

        key, params = _refused(text)
        assert expected == (key, params["expected"], params["found"])

    @pytest.mark.parametrize("text", ["${nombre} + 1", "2 * ${trabaja}", "-${nombre}", "${fecha} div 2"])
    def test_arithmetic_on_text(self, text: str) -> None:
        """Arithmetic takes numbers only; the message quotes the expression."""
        key, params = _refused(text)

        expected = ("expressions.type", "number", text)
        assert expected == (key, params["expected"], params["where"])

    def test_count_selected_on_select_one(self) -> None:
        """count-selected() takes a select_multiple, not a select_one."""
        expected = (
            "expressions.type",
            {"where": "count-selected(${trabaja})", "expected": "select_multiple", "found": "text"},
        )

        assert expected == _refused("count-selected(${trabaja})")

    @pytest.mark.parametrize(
        "text", ["${edad} < today()", "${edad} >= 'a'", "selected(${edad}, 'x')", "${apoyos} and ${edad} > 1"]
    )
    def test_mismatched_operands(self, text: str) -> None:
        """Order needs two numbers or two dates/texts; selected() needs a select; and/or take no select_multiple."""
        expected = "expressions.type"

        assert expected == _refused(text)[0]

    def test_type_errors_are_at_column_one(self) -> None:
        """Type errors are about the whole expression, so they point at its first column."""
        with pytest.raises(ExpressionError) as caught:
            check(parse("1 + ${nombre}"), KINDS)

        expected = 1
        assert expected == caught.value.column
