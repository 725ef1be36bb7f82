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
from sce_method.monitoring.expressions import evaluate, holds, parse
from sce_method.monitoring.instruments._questions import ChoiceList, Group, Question, QuestionType
from sce_method.monitoring.instruments._rows import repeat_names, repeat_problems


def blank(value: object) -> bool:
    """Whether an answer is empty: None, ``""`` or no choice at all."""
    return value is None or value in ("", ())


def _wrong_type(expected: Message, value: object) -> Message:
    """*expected* was expected: the message names the type found, never the value."""
    return message("instruments.response.type", expected=expected, found=type(value).__name__)


def _type_problem(question: Question, value: object, lists: Mapping[str, ChoiceList]) -> Message | None:  # noqa: C901, PLR0911 -- one case per question type
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
    if kind in (QuestionType.TEXT, QuestionType.NOTE, QuestionType.CALCULATE, QuestionType.TIME):
        ok = isinstance(value, str | int | float | dt.time) and not isinstance(value, bool)
        return None if ok else _wrong_type(message("core.type.str"), value)
    if kind is QuestionType.DATETIME:
        ok = isinstance(value, str | dt.datetime)
        return None if ok else _wrong_type(message("core.type.str"), value)
    if kind is QuestionType.RANGE:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        return None if ok else _wrong_type(message("core.type.float"), value)
    if kind is QuestionType.OPAQUE:
        return None
    names = lists[question.choices].names if question.choices is not None and question.choices in lists else ()
    if question.type_name is not None and question.type_name.endswith(" or_other"):
        names = (*names, "other")
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
        if group.in_repeat:
            continue
        for question in group.questions:
            calculation = question.expression("calculation")
            if calculation is not None:
                computed[question.name] = evaluate(calculation, computed, today=today)
    return computed


def _relevance(
    conditions: Sequence[tuple[str, bool]], answers: Mapping[str, object], today: dt.date | None
) -> bool | None:
    """
    Whether every condition holds: False, True, or None (unknown).

    False if one evaluated condition is false; else None if one is kept as text; else True.
    """
    unknown = False
    for text, as_text in conditions:
        if as_text:
            unknown = True
        elif not holds(parse(text), answers, today=today):
            return False
    return None if unknown else True


def _question_problem(  # noqa: PLR0911 -- one return per step of the check
    group: Group,
    question: Question,
    answers: Mapping[str, object],
    lists: Mapping[str, ChoiceList],
    today: dt.date | None,
) -> Message | None:
    """The problem of one question's answer, if any (see the module docstring)."""
    value = answers.get(question.name)
    own = () if question.relevant is None else ((question.relevant, not question.evaluated("relevant")),)
    relevant = _relevance((*group.conditions, *own), answers, today)
    if relevant is False:
        return message("instruments.response.not_relevant") if not blank(value) and question.answers else None
    if blank(value):
        # A relevance kept as text is unknown: the question is not required of this response.
        required = question.required and question.answers and relevant is True
        return message("instruments.response.required") if required else None
    if not question.answers:
        return None
    wrong = _type_problem(question, value, lists)
    if wrong is not None:
        return wrong
    constraint = question.expression("constraint")  # None when kept as text: not judged
    if constraint is not None and not holds(constraint, answers, current=value, today=today):
        if question.constraint_message is not None:
            return message("instruments.response.constraint_custom", text=question.constraint_message)
        return message("instruments.response.constraint", constraint=question.constraint)
    return None


def validate_answers(
    groups: Sequence[Group], lists: Mapping[str, ChoiceList], answers: Mapping[str, object], *, today: dt.date | None
) -> list[Problem]:
    """Every problem of *answers* (see the module docstring)."""
    answers = _with_calculations(groups, answers, today)
    problems: list[Problem] = []
    for group in groups:
        if group.in_repeat:
            continue  # a repeat's answers are rows, each checked by `repeat_problems`
        for question in group.questions:
            said = _question_problem(group, question, answers, lists, today)
            if said is not None:
                problems.append(Problem(path=(*group.path, question.name), message=said))
    problems += repeat_problems(groups, lists, answers, today, _question_problem)
    unknown = set(answers) - {q.name for g in groups for q in g.questions} - repeat_names(groups)
    problems.extend(
        Problem(path=(name,), message=message("instruments.response.unknown_question")) for name in sorted(unknown)
    )
    return problems
