"""Tests for `sce_method.monitoring.instruments._rows`: a repeat's answers validated row by row."""

from __future__ import annotations

from typing import Final

import pytest

from sce_method import Text
from sce_method.monitoring.instruments import Enclosing, Group, Instrument, InstrumentKind, QuestionType
from tests.monitoring.forms import ASSUMED, SI_NO, question

HOGAR: Final = Instrument(
    id="hogar",
    kind=InstrumentKind.FOLLOW_UP,
    version="1",
    title=Text(es="Hogar"),
    groups=(
        Group(
            name="datos",
            label=Text(es="Datos"),
            questions=(question("miembros", QuestionType.INTEGER, required=True),),
            provenance=ASSUMED,
        ),
        Group(
            name="persona",
            label=Text(es="Persona"),
            repeat=True,
            questions=(
                question("nombre", required=True),
                question("edad", QuestionType.INTEGER, constraint=". < 120"),
                question("doble", QuestionType.CALCULATE, calculation="${edad} * 2"),
            ),
            provenance=ASSUMED,
        ),
        Group(
            name="empleo",
            label=Text(es="Empleo"),
            relevant="${edad} >= 15",
            parents=(Enclosing(name="persona", label=Text(es="Persona"), repeat=True),),
            questions=(
                question("trabaja", QuestionType.SELECT_ONE, choices="si_no", required=True),
                question("horas", QuestionType.INTEGER, relevant="${doble} > 40"),
            ),
            provenance=ASSUMED,
        ),
    ),
    choice_lists=(SI_NO,),
    provenance=ASSUMED,
)
"""A household with one repeat of people, and a nested group inside the repeat (relevant on the row's age)."""


class TestRepeatRows:
    def test_valid_rows(self) -> None:
        """Two good rows: no problem (the calculation runs per row)."""
        rows = [{"nombre": "A", "edad": 30.0, "trabaja": "si", "horas": 40.0}, {"nombre": "B", "edad": 10.0}]

        expected: list[object] = []
        assert expected == HOGAR.validate({"miembros": 2.0, "persona": rows})

    @pytest.mark.parametrize(
        ("row", "expected"),
        [
            ({"edad": 30.0, "trabaja": "si"}, [(("persona", 0, "nombre"), "instruments.response.required")]),
            (
                {"nombre": "A", "edad": 130.0, "trabaja": "si"},
                [(("persona", 0, "edad"), "instruments.response.constraint")],
            ),
            ({"nombre": "A", "edad": 30.0}, [(("persona", 0, "empleo", "trabaja"), "instruments.response.required")]),
            (
                {"nombre": "A", "edad": 10.0, "trabaja": "si"},
                [(("persona", 0, "empleo", "trabaja"), "instruments.response.not_relevant")],
            ),
            (
                {"nombre": "A", "edad": 16.0, "trabaja": "si", "horas": 5.0},
                [(("persona", 0, "empleo", "horas"), "instruments.response.not_relevant")],
            ),
            ({"nombre": "A", "otra": 1.0}, [(("persona", 0, "otra"), "instruments.response.unknown_question")]),
        ],
    )
    def test_planted_errors_found_at_their_row(self, row: dict[str, object], expected: list[object]) -> None:
        """Each planted error is found, with the repeat, the row and the question in its path."""
        problems = HOGAR.validate({"miembros": 1.0, "persona": [row]})
        assert expected == [(p.path, p.message.key) for p in problems]

    def test_rows_not_a_list(self) -> None:
        """A repeat's answers that are not rows are one problem at the repeat."""
        problems = HOGAR.validate({"miembros": 1.0, "persona": "A"})
        expected = [(("persona",), "instruments.response.type")]
        assert expected == [(p.path, p.message.key) for p in problems]

    def test_no_rows(self) -> None:
        """No rows (absent or empty) is no problem: a repeat may have none."""
        expected: tuple[list[object], list[object]] = ([], [])
        assert expected == (HOGAR.validate({"miembros": 0.0}), HOGAR.validate({"miembros": 0.0, "persona": []}))
