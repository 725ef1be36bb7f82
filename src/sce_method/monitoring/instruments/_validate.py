"""
Validating one response (a participant's answers) against an instrument.

Every problem of a response is reported at once, each with its question path
(``$.group.question``). An answer to a question that was not relevant is
flagged, not silently kept.

A problem never repeats the answer: it says where it is and what was expected
(the type, the list's choices, the constraint). Any answer may be what a
participant said, or a name typed where an id or a choice belongs.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

from sce_method._core import Message, Problem, message
from sce_method.monitoring.expressions import compiled, holds, parse
from sce_method.monitoring.instruments._questions import ChoiceList, Group, Question, QuestionType


def blank(value: object) -> bool:
    """Whether an answer is empty: None, ``""`` or no choice at all."""
    return value is None or value in ("", ())


def _wrong_type(expected: Message, value: object) -> Message:
    """*expected* was expected: the message names the type found, never the value."""
    return message("instruments.response.type", expected=expected, found=type(value).__name__)


def _type_problem(question: Question, value: object, lists: Mapping[str, ChoiceList]) -> Message | None:  # noqa: PLR0911 -- one case per question type
    kind = question.type
    if kind is QuestionType.INTEGER:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer()
        return None if ok else _wrong_type(message("core.type.int"), value)
    if kind is QuestionType.DECIMAL:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        return None if ok else _wrong_type(message("core.type.float"), value)
    if kind is QuestionType.DATE:
        ok = isinstance(value, dt.date) and not isinstance(value, dt.datetime)
        return None if ok else _wrong_type(message("core.type.date"), value)
    if kind in (QuestionType.TEXT, QuestionType.NOTE, QuestionType.CALCULATE):
        ok = isinstance(value, str | int | float) and not isinstance(value, bool)
        return None if ok else _wrong_type(message("core.type.str"), value)
    names = lists[question.choices].names if question.choices is not None and question.choices in lists else ()
    if kind is QuestionType.SELECT_ONE:
        if not isinstance(value, str):
            return _wrong_type(message("core.type.str"), value)
        return None if value in names else message("instruments.response.not_a_choice", choices=", ".join(names))
    if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
        return _wrong_type(message("core.type.list"), value)
    unknown = [v for v in value if v not in names]
    return message("instruments.response.not_a_choice", choices=", ".join(names)) if unknown else None


def _with_calculations(
    groups: Sequence[Group], answers: Mapping[str, object], today: dt.date | None
) -> Mapping[str, object]:
    """*answers* with each calculate question's value, in form order, as the phone computes them."""
    computed = dict(answers)
    for group in groups:
        for question in group.questions:
            calculation = question.expression("calculation")
            if calculation is not None:
                computed[question.name] = compiled(calculation)(computed, None, today)
    return computed


def validate_answers(
    groups: Sequence[Group], lists: Mapping[str, ChoiceList], answers: Mapping[str, object], *, today: dt.date | None
) -> list[Problem]:
    """Every problem of *answers* (see the module docstring)."""
    answers = _with_calculations(groups, answers, today)
    problems: list[Problem] = []
    for group in groups:
        group_relevant = group.relevant is None or holds(parse(group.relevant), answers, today=today)
        for question in group.questions:
            path = (group.name, question.name)
            value = answers.get(question.name)
            relevant_expr = question.expression("relevant")
            relevant = group_relevant and (relevant_expr is None or holds(relevant_expr, answers, today=today))
            if not relevant:
                if not blank(value) and question.answers:
                    problems.append(Problem(path=path, message=message("instruments.response.not_relevant")))
                continue
            if blank(value):
                if question.required and question.answers:
                    problems.append(Problem(path=path, message=message("instruments.response.required")))
                continue
            if not question.answers:
                continue
            wrong = _type_problem(question, value, lists)
            if wrong is not None:
                problems.append(Problem(path=path, message=wrong))
                continue
            constraint = question.expression("constraint")
            if constraint is not None and not holds(constraint, answers, current=value, today=today):
                said = (
                    message("instruments.response.constraint_custom", text=question.constraint_message)
                    if question.constraint_message is not None
                    else message("instruments.response.constraint", constraint=question.constraint)
                )
                problems.append(Problem(path=path, message=said))
    unknown = set(answers) - {q.name for g in groups for q in g.questions}
    problems.extend(
        Problem(path=(name,), message=message("instruments.response.unknown_question")) for name in sorted(unknown)
    )
    return problems
