"""Tests for `sce_method.monitoring.instruments._validate`: `Instrument.validate` on one response."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pytest

from sce_method import message
from sce_method.monitoring import INSTRUMENT_IDS
from sce_method.monitoring.instruments import blank
from tests.monitoring.forms import ENCUESTA, TODAY, VALID, bundled, valid_answers

Found = list[tuple[tuple[str | int, ...], str]]


def _found(changes: Mapping[str, object], *, drop: tuple[str, ...] = ()) -> Found:
    """The (path, message key) of each problem of `VALID` with *changes* made and *drop* left out."""
    answers = {k: v for k, v in {**VALID, **changes}.items() if k not in drop}
    return [(p.path, p.message.key) for p in ENCUESTA.validate(answers, today=TODAY)]


class TestValidate:
    def test_valid_response(self) -> None:
        """A response that meets every rule has no problem."""
        expected: Found = []

        assert expected == _found({})

    @pytest.mark.parametrize("ident", INSTRUMENT_IDS)
    def test_valid_response_to_each_bundled_instrument(self, ident: str) -> None:
        """A fully valid response to each bundled instrument gives no problem."""
        (form,) = [i for i in bundled() if i.id == ident]

        expected: list[object] = []
        assert expected == form.validate(valid_answers(form), today=TODAY)

    def test_select_one_not_in_its_list(self) -> None:
        """A select_one answer must be one of its list's choices."""
        expected = [(("datos", "trabaja"), "instruments.response.not_a_choice")]

        assert expected == _found({"trabaja": "quizas"}, drop=("ingreso",))

    def test_select_one_message_lists_the_choices(self) -> None:
        """The message names the list's choices, and not the answer: it may be a name typed in the wrong place."""
        (problem,) = ENCUESTA.validate({**VALID, "trabaja": "Ana López"} | {"ingreso": None}, today=TODAY)

        expected = "$.datos.trabaja: not a choice of the list; choices: si, no"
        assert expected == problem.render("en")

    def test_select_multiple_not_in_its_list(self) -> None:
        """Each choice of a select_multiple must be in its list; the answer is not repeated."""
        (problem,) = ENCUESTA.validate({**VALID, "apoyos": ("beca", "otro", "mas")}, today=TODAY)

        expected = (
            ("datos", "apoyos"),
            message("instruments.response.not_a_choice", choices="beca, guarderia, transporte"),
        )
        assert expected == (problem.path, problem.message)

    @pytest.mark.parametrize("missing", [None, "", ()], ids=["none", "empty-text", "no-choice"])
    def test_required_answer_missing(self, missing: object) -> None:
        """A required question left blank is reported."""
        expected = [(("datos", "edad"), "instruments.response.required")]

        assert expected == _found({"edad": missing})

    def test_required_answer_absent(self) -> None:
        """A required question with no entry at all is reported."""
        expected = [(("datos", "participante"), "instruments.response.required")]

        assert expected == _found({}, drop=("participante",))

    def test_optional_answer_may_be_blank(self) -> None:
        """Questions not required may be left blank."""
        expected: Found = []

        assert expected == _found({"apoyos": (), "fecha": None}, drop=("ingreso",))

    def test_answer_to_a_question_that_did_not_apply(self) -> None:
        """An answer to a non-relevant question is flagged, not silently kept."""
        expected = [
            (("datos", "ingreso"), "instruments.response.not_relevant"),
            (("sin_trabajo", "motivo"), "instruments.response.required"),
        ]

        assert expected == _found({"trabaja": "no"})

    def test_answer_in_a_group_that_did_not_apply(self) -> None:
        """An answer inside a group whose relevant is false is flagged."""
        expected = [(("sin_trabajo", "motivo"), "instruments.response.not_relevant")]

        assert expected == _found({"motivo": "cuidados"})

    def test_required_in_a_group_that_applies(self) -> None:
        """A required question in a group that applies must be answered, and then is fine."""
        expected: tuple[Found, Found] = ([(("sin_trabajo", "motivo"), "instruments.response.required")], [])

        assert expected == (
            _found({"trabaja": "no"}, drop=("ingreso",)),
            _found({"trabaja": "no", "motivo": "cuidados"}, drop=("ingreso",)),
        )

    def test_blank_answer_to_a_question_that_did_not_apply(self) -> None:
        """Leaving a non-relevant question blank is no problem."""
        expected: Found = []

        assert expected == _found({"trabaja": "no", "ingreso": None, "motivo": "cuidados"})

    def test_constraint_with_its_message(self) -> None:
        """A violated constraint shows its constraint_message, in Spanish and in English."""
        (problem,) = ENCUESTA.validate({**VALID, "edad": 12}, today=TODAY)

        expected = (
            "instruments.response.constraint_custom",
            "$.datos.edad: Edad entre 15 y 99",
            "$.datos.edad: Age between 15 and 99",
        )
        assert expected == (problem.message.key, problem.render("es"), problem.render("en"))

    def test_constraint_without_a_message(self) -> None:
        """A violated constraint without a message quotes the constraint."""
        (problem,) = ENCUESTA.validate({**VALID, "ingreso": -5.0}, today=TODAY)

        expected = ("instruments.response.constraint", "$.datos.ingreso: does not meet the constraint . >= 0")
        assert expected == (problem.message.key, problem.render("en"))

    def test_constraint_uses_today(self) -> None:
        """today() in a constraint is the date given to validate."""
        answers = {**VALID, "fecha": dt.date(2024, 10, 18)}

        expected: tuple[Found, list[object]] = ([(("datos", "fecha"), "instruments.response.constraint")], [])
        assert expected == (
            [(p.path, p.message.key) for p in ENCUESTA.validate(answers, today=TODAY)],
            ENCUESTA.validate(answers, today=dt.date(2024, 10, 18)),
        )

    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("edad", "treinta"),
            ("edad", "30"),
            ("edad", 30.5),
            ("edad", True),
            ("ingreso", True),
            ("ingreso", "1500"),
            ("ingreso", float("nan")),
            ("ingreso", float("inf")),
            ("fecha", dt.datetime(2024, 10, 1, 9, 30, tzinfo=dt.UTC)),
            ("fecha", "2024-10-01"),
            ("trabaja", 1),
            ("apoyos", "beca"),
            ("apoyos", ["beca"]),
            ("apoyos", ("beca", 1)),
            ("participante", ("p-001",)),
            ("participante", True),
        ],
        ids=[
            "text-for-integer",
            "numeric-text-for-integer",
            "fraction-for-integer",
            "bool-for-integer",
            "bool-for-decimal",
            "text-for-decimal",
            "nan-for-decimal",
            "infinity-for-decimal",
            "datetime-for-date",
            "text-for-date",
            "number-for-select-one",
            "text-for-select-multiple",
            "list-for-select-multiple",
            "non-text-choice",
            "tuple-for-text",
            "bool-for-text",
        ],
    )
    def test_wrong_type(self, name: str, value: object) -> None:
        """An answer of the wrong Python type is reported at its question (and its constraint is not run)."""
        (group,) = [g.name for g in ENCUESTA.groups if any(q.name == name for q in g.questions)]

        dependent = ("ingreso",) if name == "trabaja" else ()  # ingreso applies only when trabaja is 'si'

        expected = [((group, name), "instruments.response.type")]
        assert expected == _found({name: value}, drop=dependent)

    def test_wrong_type_message(self) -> None:
        """The message says what was expected and the type found, never the value."""
        (problem,) = ENCUESTA.validate({**VALID, "ingreso": "33 1234 5678"}, today=TODAY)

        expected = "$.datos.ingreso: expected a number, found a value of type str"
        assert expected == problem.render("en")

    def test_integer_accepts_a_whole_float(self) -> None:
        """30.0 is an integer answer (numbers may come as floats)."""
        expected: Found = []

        assert expected == _found({"edad": 30.0})

    def test_unknown_question(self) -> None:
        """An answer to a question the instrument does not have is reported under its name."""
        expected = [(("zz",), "instruments.response.unknown_question")]

        assert expected == _found({"zz": 1})

    def test_answer_to_a_calculation_is_not_checked(self) -> None:
        """Calculations and notes store no answer people give: nothing is checked for them."""
        expected: Found = []

        assert expected == _found({"n_apoyos": "2", "aviso": "x"})

    def test_all_problems_at_once(self) -> None:
        """A response with three problems gives three problems, in form order, unknown names last."""
        expected = [
            (("datos", "edad"), "instruments.response.constraint_custom"),
            (("datos", "trabaja"), "instruments.response.not_a_choice"),
            (("zz",), "instruments.response.unknown_question"),
        ]

        assert expected == _found({"edad": 120, "trabaja": "quizas", "zz": "x"}, drop=("ingreso",))

    def test_every_problem_of_a_response(self) -> None:
        """Problems of every kind in one response are all reported."""
        answers = {
            "edad": "treinta",
            "trabaja": "no",
            "ingreso": 10.0,
            "apoyos": ("beca", "otro"),
            "fecha": dt.date(2030, 1, 1),
            "b": 1,
            "a": 2,
        }

        expected = [
            (("datos", "participante"), "instruments.response.required"),
            (("datos", "edad"), "instruments.response.type"),
            (("datos", "ingreso"), "instruments.response.not_relevant"),
            (("datos", "apoyos"), "instruments.response.not_a_choice"),
            (("datos", "fecha"), "instruments.response.constraint"),
            (("sin_trabajo", "motivo"), "instruments.response.required"),
            (("a",), "instruments.response.unknown_question"),
            (("b",), "instruments.response.unknown_question"),
        ]
        assert expected == [(p.path, p.message.key) for p in ENCUESTA.validate(answers, today=TODAY)]


class TestBlank:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [(None, True), ("", True), ((), True), (0, False), (" ", False), (("a",), False), (False, False)],
        ids=str,
    )
    def test_blank(self, value: object, *, expected: bool) -> None:
        """None, the empty text and no choice are blank; 0, a space and False are answers."""
        assert expected == blank(value)
