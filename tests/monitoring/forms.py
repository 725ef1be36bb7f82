"""
Hand-built questions and instruments for the monitoring tests.

Everything carries an assumption as its provenance. `ENCUESTA` is a small
instrument with one question of each type, a constraint with its message and
one without, a relevant question and a relevant group; `VALID` is a response
that meets all of it on `TODAY`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Any, Final

import sce_method
from sce_method import Provenance, Text
from sce_method.monitoring.expressions import holds, parse
from sce_method.monitoring.instruments import (
    Choice,
    ChoiceList,
    Group,
    Instrument,
    InstrumentKind,
    Question,
    QuestionType,
)

ASSUMED: Final = Provenance.assume("Supuesto de prueba.", "Test assumption.")

TODAY: Final = dt.date(2024, 10, 17)
"""The date ``today()`` gives in these tests."""


def choice_list(name: str, *choices: str) -> ChoiceList:
    """A choice list whose labels repeat the choice names."""
    return ChoiceList(
        name=name,
        choices=tuple(Choice(name=c, label=Text(es=c.capitalize(), en=c.upper())) for c in choices),
        provenance=ASSUMED,
    )


SI_NO: Final = choice_list("si_no", "si", "no")
APOYO: Final = choice_list("apoyo", "beca", "guarderia", "transporte")


def question(name: str, kind: QuestionType = QuestionType.TEXT, **fields: Any) -> Question:
    """A question labelled after its name (unless *fields* says otherwise), with an assumed provenance."""
    fields.setdefault("label", Text(es=f"Pregunta {name}", en=f"Question {name}"))
    return Question(name=name, type=kind, provenance=ASSUMED, **fields)


def group(name: str, *questions: Question, relevant: str | None = None) -> Group:
    """A group of *questions*."""
    return Group(
        name=name,
        label=Text(es=f"Sección {name}", en=f"Section {name}"),
        relevant=relevant,
        questions=questions,
        provenance=ASSUMED,
    )


def instrument(*groups: Group, lists: tuple[ChoiceList, ...] = (SI_NO, APOYO), **fields: Any) -> Instrument:
    """An exit survey made of *groups* and the choice lists *lists*."""
    fields.setdefault("participant_question", None)
    fields.setdefault("title", Text(es="Encuesta de prueba", en="Test survey"))
    return Instrument(
        id="prueba",
        kind=InstrumentKind.EXIT,
        version="2024110101",
        groups=groups,
        choice_lists=lists,
        provenance=ASSUMED,
        **fields,
    )


EDAD_MESSAGE: Final = Text(es="Edad entre 15 y 99", en="Age between 15 and 99")

ENCUESTA: Final = instrument(
    group(
        "datos",
        question("participante", required=True, constraint="regex(., '^[a-z0-9-]+$')"),
        question(
            "edad",
            QuestionType.INTEGER,
            required=True,
            constraint=". >= 15 and . <= 99",
            constraint_message=EDAD_MESSAGE,
        ),
        question("trabaja", QuestionType.SELECT_ONE, choices="si_no", required=True),
        question("ingreso", QuestionType.DECIMAL, relevant="${trabaja} = 'si'", constraint=". >= 0"),
        question("apoyos", QuestionType.SELECT_MULTIPLE, choices="apoyo", hint=Text(es="Todas las que reciba")),
        question("n_apoyos", QuestionType.CALCULATE, label=None, calculation="count-selected(${apoyos})"),
        question("fecha", QuestionType.DATE, constraint=". <= today()"),
        question("aviso", QuestionType.NOTE),
    ),
    group("sin_trabajo", question("motivo", required=True), relevant="${trabaja}='no'"),
    participant_question="participante",
)
"""One question of each type; ``sin_trabajo`` applies to those who do not work."""

VALID: Final[Mapping[str, object]] = {
    "participante": "p-001",
    "edad": 30,
    "trabaja": "si",
    "ingreso": 1500.0,
    "apoyos": ("beca", "transporte"),
    "fecha": dt.date(2024, 10, 1),
}
"""A response to `ENCUESTA` with no problem on `TODAY`."""


@functools.cache
def bundled() -> tuple[Instrument, ...]:
    """The bundled methodology's instruments."""
    return sce_method.load().instruments


def valid_answers(form: Instrument) -> dict[str, object]:
    """
    A response to *form* with no problem on `TODAY`.

    Each relevant question in a relevant group (in form order) gets an answer of its type that
    meets the bundled constraints: an id-like text, 3 (or 30 where 3 breaks the
    constraint, as for an age), a past date, the first choice.
    """
    answers: dict[str, object] = {}
    for group_ in form.groups:
        if group_.relevant is not None and not holds(parse(group_.relevant), answers, today=TODAY):
            continue
        for q in group_.questions:
            relevant = q.expression("relevant")
            if not q.answers or (relevant is not None and not holds(relevant, answers, today=TODAY)):
                continue
            if q.type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
                first = form.choice_list(q.choices or "").names[0]
                answers[q.name] = first if q.type is QuestionType.SELECT_ONE else (first,)
            elif q.type is QuestionType.INTEGER:
                # 3 meets the 1-5 scales; an age (15-99) needs a larger number.
                constraint = q.expression("constraint")
                fits = [n for n in (3, 30) if constraint is None or holds(constraint, answers, current=n, today=TODAY)]
                answers[q.name] = fits[0]
            else:
                answers[q.name] = {
                    QuestionType.TEXT: "p-001",
                    QuestionType.DECIMAL: 3.5,
                    QuestionType.DATE: dt.date(2024, 10, 1),
                }[q.type]
    return answers
