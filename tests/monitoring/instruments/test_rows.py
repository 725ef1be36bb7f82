"""Tests for `sce_method.monitoring.instruments._rows`: a repeat's answers validated row by row."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method import Text
from sce_method.exceptions import Problem
from sce_method.monitoring.instruments import Enclosing, Group, Instrument, InstrumentKind, QuestionType
from sce_method.monitoring.xlsform import read_xlsform
from tests.monitoring.forms import ASSUMED, SI_NO, question
from tests.monitoring.xlsform.tables import write_md

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


def _enclosing(*names: str) -> tuple[Enclosing, ...]:
    """The repeats (or, named ``g:...``, plain groups) around a nested group, outermost first."""
    return tuple(Enclosing(name=n.removeprefix("g:"), label=Text(es=n), repeat=not n.startswith("g:")) for n in names)


NESTED: Final = Instrument(
    id="hogares",
    kind=InstrumentKind.FOLLOW_UP,
    version="1",
    title=Text(es="Hogares"),
    groups=(
        Group(
            name="datos",
            label=Text(es="Datos"),
            questions=(question("miembros", QuestionType.INTEGER, required=True),),
            provenance=ASSUMED,
        ),
        Group(
            name="hogar",
            label=Text(es="Hogar"),
            repeat=True,
            questions=(
                question("jefe", required=True),
                question("rural", QuestionType.SELECT_ONE, choices="si_no"),
            ),
            provenance=ASSUMED,
        ),
        Group(
            name="persona",
            label=Text(es="Persona"),
            repeat=True,
            parents=_enclosing("hogar"),
            questions=(
                question("nombre", required=True),
                question("edad", QuestionType.INTEGER, constraint=". < 120"),
                question("orden", QuestionType.INTEGER, constraint=". = position(..)"),
                question("doble", QuestionType.CALCULATE, calculation="${edad} * 2"),
                question("trabaja", QuestionType.SELECT_ONE, choices="si_no", required=True, relevant="${doble} >= 30"),
                question("parcela", relevant="${rural} = 'si'"),
                question("extra", relevant="${miembros} > 1"),
            ),
            provenance=ASSUMED,
        ),
        Group(
            name="ingreso",
            label=Text(es="Ingreso"),
            repeat=True,
            parents=_enclosing("hogar", "persona", "g:economia"),
            questions=(
                question("monto", QuestionType.DECIMAL, required=True, constraint=". > 0"),
                question("fuente", relevant="${edad} >= 15 and ${jefe} != 'nadie'"),
            ),
            provenance=ASSUMED,
        ),
        Group(
            name="cierre",
            label=Text(es="Cierre"),
            repeat=True,
            parents=_enclosing("hogar"),
            questions=(question("nota"),),
            provenance=ASSUMED,
        ),
    ),
    choice_lists=(SI_NO,),
    provenance=ASSUMED,
)
"""
Households (a repeat), their people (a repeat in it), each person's incomes (three levels deep, inside a plain
group ``economia`` of the person), and a second repeat in the household after the people (``cierre``).
"""


def _person(orden: float, **answers: object) -> dict[str, object]:
    """A valid person, numbered *orden*, with *answers* over it."""
    return {"nombre": "A", "edad": 10.0, "orden": orden, **answers}


class TestNestedRepeats:
    def test_valid_nested_rows(self) -> None:
        """Good rows at three levels: no problem (calculations and position(..) per inner row)."""
        personas = [
            _person(1.0, edad=40.0, trabaja="si", ingreso=[{"monto": 5.0, "fuente": "x"}, {"monto": 1.5}]),
            _person(2.0),
        ]
        hogares = [
            {"jefe": "J", "persona": personas, "cierre": [{"nota": "n"}]},
            {"jefe": "K", "persona": [_person(1.0)]},
        ]

        expected: list[object] = []
        assert expected == NESTED.validate({"miembros": 2.0, "hogar": hogares})

    @pytest.mark.parametrize(
        ("person", "expected"),
        [
            ({"edad": 10.0, "orden": 1.0}, [(("hogar", 1, "persona", 0, "nombre"), "instruments.response.required")]),
            (
                _person(1.0, edad=130.0, trabaja="no"),
                [(("hogar", 1, "persona", 0, "edad"), "instruments.response.constraint")],
            ),
            (_person(1.0, edad=20.0), [(("hogar", 1, "persona", 0, "trabaja"), "instruments.response.required")]),
            (
                _person(1.0, trabaja="si"),
                [(("hogar", 1, "persona", 0, "trabaja"), "instruments.response.not_relevant")],
            ),
            (_person(1.0, edad="diez"), [(("hogar", 1, "persona", 0, "edad"), "instruments.response.type")]),
            (_person(1.0, otra=1.0), [(("hogar", 1, "persona", 0, "otra"), "instruments.response.unknown_question")]),
            (_person(1.0, monto=1.0), [(("hogar", 1, "persona", 0, "monto"), "instruments.response.unknown_question")]),
            (
                _person(1.0, ingreso="x"),
                [(("hogar", 1, "persona", 0, "economia", "ingreso"), "instruments.response.type")],
            ),
        ],
    )
    def test_planted_errors_found_at_their_inner_row(self, person: dict[str, object], expected: list[object]) -> None:
        """Each planted error of a person in the second household is found at its path, and only it."""
        hogares = [{"jefe": "J"}, {"jefe": "K", "persona": [person]}]

        problems = NESTED.validate({"miembros": 1.0, "hogar": hogares})
        assert expected == [(p.path, p.message.key) for p in problems]

    def test_position_is_the_inner_rows_number(self) -> None:
        """position(..) numbers the rows of each household's people from 1 again, not the households."""
        hogares = [
            {"jefe": "J", "persona": [_person(1.0), _person(2.0)]},
            {"jefe": "K", "persona": [_person(1.0), _person(1.0)]},
        ]

        problems = NESTED.validate({"miembros": 1.0, "hogar": hogares})
        expected = [(("hogar", 1, "persona", 1, "orden"), "instruments.response.constraint")]
        assert expected == [(p.path, p.message.key) for p in problems]

    def test_outer_row_and_submission_in_view(self) -> None:
        """A person's relevance reads the household's answer and the submission's; the person's own answer wins."""
        hogares = [
            {"jefe": "J", "rural": "no", "persona": [_person(1.0, parcela="p", extra="e")]},
            {"jefe": "K", "rural": "si", "persona": [_person(1.0, parcela="p", rural="no")]},
        ]

        problems = NESTED.validate({"miembros": 1.0, "hogar": hogares})
        expected = [
            (("hogar", 0, "persona", 0, "parcela"), "instruments.response.not_relevant"),
            (("hogar", 0, "persona", 0, "extra"), "instruments.response.not_relevant"),
            (("hogar", 1, "persona", 0, "parcela"), "instruments.response.not_relevant"),
            (("hogar", 1, "persona", 0, "rural"), "instruments.response.unknown_question"),
        ]
        assert expected == [(p.path, p.message.key) for p in problems]

    def test_three_levels_deep(self) -> None:
        """An income's problems name the household, the person, the plain group, the income and the question."""
        ingresos = [{"monto": 0.0}, {"fuente": "x"}, {"monto": 2.0, "fuente": "x"}]
        hogares = [
            {"jefe": "nadie", "persona": [_person(1.0, edad=16.0, trabaja="si"), _person(2.0, ingreso=ingresos)]}
        ]

        problems = NESTED.validate({"miembros": 1.0, "hogar": hogares})
        where = ("hogar", 0, "persona", 1, "economia", "ingreso")
        expected = [
            ((*where, 0, "monto"), "instruments.response.constraint"),
            ((*where, 1, "monto"), "instruments.response.required"),
            ((*where, 1, "fuente"), "instruments.response.not_relevant"),
            ((*where, 2, "fuente"), "instruments.response.not_relevant"),
        ]
        assert expected == [(p.path, p.message.key) for p in problems]

    def test_inner_repeat_names_known_where_they_belong(self) -> None:
        """Each repeat's name is known in the row of the repeat around it, and only there."""
        hogares = [{"jefe": "J", "persona": [], "cierre": [], "ingreso": []}]

        problems = NESTED.validate({"miembros": 1.0, "hogar": hogares, "persona": []})
        expected = [
            (("hogar", 0, "ingreso"), "instruments.response.unknown_question"),
            (("persona",), "instruments.response.unknown_question"),
        ]
        assert expected == [(p.path, p.message.key) for p in problems]

    def test_inner_rows_not_a_list(self) -> None:
        """An inner repeat's answers that are not rows are one problem at the inner repeat, in its outer row."""
        hogares = [{"jefe": "J", "persona": {"nombre": "A"}, "cierre": ["x"]}]

        problems = NESTED.validate({"miembros": 1.0, "hogar": hogares})
        expected = [
            (("hogar", 0, "persona"), "instruments.response.type"),
            (("hogar", 0, "cierre"), "instruments.response.type"),
        ]
        assert expected == [(p.path, p.message.key) for p in problems]


_INCOMES: Final = st.lists(
    st.fixed_dictionaries({}, optional={"monto": st.sampled_from([0.0, 2.0, "x"]), "fuente": st.just("f")}), max_size=2
)
_PEOPLE: Final = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            "nombre": st.sampled_from(["A", 3.0]),
            "edad": st.sampled_from([10.0, 20.0, 130.0, "x"]),
            "trabaja": st.sampled_from(["si", "zz"]),
            "parcela": st.just("p"),
            "otra": st.just(1.0),
            "ingreso": st.one_of(_INCOMES, st.just("x")),
        },
    ),
    max_size=3,
)
_HOUSEHOLDS: Final = st.lists(
    st.fixed_dictionaries(
        {"persona": _PEOPLE},
        optional={
            "jefe": st.sampled_from(["J", "nadie"]),
            "rural": st.sampled_from(["si", "no"]),
            "cierre": st.just([]),
        },
    ),
    max_size=3,
)
"""Households, people and incomes with right and wrong answers (no ``orden``: ``position(..)`` is the one answer
that depends on a row's place)."""


def _shifted(problems: Sequence[Problem], at: int, index: int) -> list[Problem]:
    """*problems* of a row checked alone (row 0 at ``path[at]``) as those of row *index*."""
    return [attrs.evolve(p, path=(*p.path[:at], index, *p.path[at + 1 :])) for p in problems]


class TestNestedRowsLaw:
    @given(_HOUSEHOLDS)
    def test_each_household_is_checked_alone(self, hogares: list[dict[str, object]]) -> None:
        """A response's problems are those of each household checked alone, renumbered: rows do not leak."""
        alone = [
            p for i, h in enumerate(hogares) for p in _shifted(NESTED.validate({"miembros": 1.0, "hogar": [h]}), 1, i)
        ]
        assert alone == NESTED.validate({"miembros": 1.0, "hogar": hogares})

    @given(_HOUSEHOLDS.filter(bool))
    def test_each_person_is_checked_alone(self, hogares: list[dict[str, object]]) -> None:
        """A household's people's problems are those of each person checked alone in it, renumbered."""
        first, people = hogares[0], hogares[0]["persona"]
        assert isinstance(people, list)
        under = ("hogar", 0, "persona")

        def of_people(problems: list[Problem]) -> list[Problem]:
            return [p for p in problems if p.path[:3] == under and len(p.path) > 3]

        alone = [
            p
            for j, person in enumerate(people)
            for p in _shifted(
                of_people(NESTED.validate({"miembros": 1.0, "hogar": [{**first, "persona": [person]}]})), 3, j
            )
        ]
        assert alone == of_people(NESTED.validate({"miembros": 1.0, "hogar": [first]}))


class TestNestedRepeatsFromAForm:
    FORM = """
    | survey |
    | | type         | name    | label   | constraint            | calculation  |
    | | begin_repeat | hogar   | Hogar   |                       |              |
    | | integer      | n       | N       | . = count(${persona}) |              |
    | | begin_repeat | persona | Persona |                       |              |
    | | calculate    | pos     |         |                       | position(..) |
    | | integer      | orden   | Orden   | . = ${pos}            |              |
    | | end_repeat   |         |         |                       |              |
    | | end_repeat   |         |         |                       |              |
    """

    def test_counts_and_positions_per_row(self, tmp_path: Path) -> None:
        """An imported form: count(${persona}) counts the outer row's people; position(..) is computed per person."""
        form = read_xlsform(write_md(tmp_path / "f.xlsx", self.FORM), kind=InstrumentKind.FOLLOW_UP).instrument
        good = [{"n": 2, "persona": [{"orden": 1}, {"orden": 2}]}, {"n": 1, "persona": [{"orden": 1}]}]
        bad = [{"n": 2, "persona": [{"orden": 1}, {"orden": 2}]}, {"n": 2, "persona": [{"orden": 2}]}]

        expected: tuple[object, ...] = (
            [],
            [
                (("hogar", 1, "n"), "instruments.response.constraint"),
                (("hogar", 1, "persona", 0, "orden"), "instruments.response.constraint"),
            ],
        )
        assert expected == (
            form.validate({"hogar": good}),
            [(p.path, p.message.key) for p in form.validate({"hogar": bad})],
        )
