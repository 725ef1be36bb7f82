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
from typing import Final

import attrs

from sce_method._core import Message, Problem, message
from sce_method.monitoring.expressions import CHOICE_LABELS, Compiled, compiled, holds, parse
from sce_method.monitoring.instruments._filters import filter_problem
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
    names = _choice_names(lists, question.choices)
    if question.type_name is not None and question.type_name.endswith(" or_other"):
        names = frozenset((*names, "other"))
    if kind is QuestionType.SELECT_ONE:
        if not isinstance(value, str):
            return _wrong_type(message("core.type.str"), value)
        return (
            None
            if value in names
            else message("instruments.response.not_a_choice", choices=", ".join(_ordered(lists, question)))
        )
    if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
        return _wrong_type(message("core.type.list"), value)
    unknown = [v for v in value if v not in names]
    return (
        message("instruments.response.not_a_choice", choices=", ".join(_ordered(lists, question))) if unknown else None
    )


@attrs.frozen
class _Plan:
    """An instrument's groups as every response is checked against them (see `_plan_of`)."""

    calculations: tuple[tuple[str, Compiled], ...]
    """Each calculate question outside a repeat, its calculation compiled once, in form order."""
    names: frozenset[str]
    """Every question's name, in a repeat too: any other answer is an unknown question."""
    selects: tuple[tuple[str, str], ...] | None
    """
    Each select question with its list, when an expression calls ``jr:choice-name`` (the answers then carry the
    options' labels); None when none does.
    """


_PLANS: dict[int, tuple[Sequence[Group], _Plan]] = {}
"""Plans by the id of their groups, which they keep alive (as `compiled` does its trees)."""
_MOST_PLANS: Final = 256
_LISTS: dict[int, tuple[ChoiceList, frozenset[str], dict[str, str]]] = {}
"""
Each choice list's names, and its options' labels by name in the form's first language (`Text.es`, what
``jr:choice-name`` gives), by the id of the list, which they keep alive.
"""


def _plan_of(groups: Sequence[Group]) -> _Plan:
    """The plan of *groups*, made on first use: each expression compiled once, not walked once per response."""
    found = _PLANS.get(id(groups))
    if found is not None:
        return found[1]
    if len(_PLANS) >= _MOST_PLANS:
        _PLANS.clear()
    calculations = tuple(
        (q.name, compiled(expr))
        for g in groups
        if not g.in_repeat
        for q in g.questions
        if (expr := q.expression("calculation")) is not None
    )
    names = frozenset(q.name for g in groups for q in g.questions) | frozenset(repeat_names(groups))
    texts = [text for g in groups for text, _ in g.conditions]
    fields = ("relevant", "constraint", "calculation")
    texts += [getattr(q, f) or "" for g in groups for q in g.questions for f in fields]
    texts += [c.text for g in groups for q in g.questions for c in q.columns if c.name == "choice_filter"]
    selects = tuple((q.name, q.choices) for g in groups for q in g.questions if q.choices is not None)
    labelled = any("jr:choice-name" in t for t in texts)
    plan = _Plan(calculations=calculations, names=names, selects=selects if labelled else None)
    _PLANS[id(groups)] = (groups, plan)
    return plan


def _list_of(choice_list: ChoiceList) -> tuple[frozenset[str], dict[str, str]]:
    """The names of *choice_list*, and its options' labels by name (see `_LISTS`), made on first use."""
    found = _LISTS.get(id(choice_list))
    if found is None or found[0] is not choice_list:
        if len(_LISTS) >= _MOST_PLANS:
            _LISTS.clear()
        labels = {c.name: c.label.es for c in choice_list.choices}
        found = _LISTS[id(choice_list)] = (choice_list, frozenset(choice_list.names), labels)
    return found[1], found[2]


def _choice_names(lists: Mapping[str, ChoiceList], name: str | None) -> frozenset[str] | tuple[str, ...]:
    """The names of the choice list *name* (none when it is not one of *lists*)."""
    choice_list = lists.get(name) if name is not None else None
    return () if choice_list is None else _list_of(choice_list)[0]


def _ordered(lists: Mapping[str, ChoiceList], question: Question) -> tuple[str, ...]:
    """The names of the question's choice list in their order, for a message."""
    choice_list = lists.get(question.choices) if question.choices is not None else None
    return () if choice_list is None else choice_list.names


def _with_calculations(
    calculations: tuple[tuple[str, Compiled], ...], answers: Mapping[str, object], today: dt.date | None
) -> Mapping[str, object]:
    """*answers* with each calculate question's value, in form order, as the phone computes them."""
    if not calculations:
        return answers
    computed = dict(answers)
    for name, calculation in calculations:
        computed[name] = calculation(computed, None, today)
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
        if required and question.required_message is not None:
            return message("instruments.response.required_custom", text=question.required_message)
        return message("instruments.response.required") if required else None
    if not question.answers:
        return None
    wrong = _type_problem(question, value, lists)
    if wrong is not None:
        return wrong
    filtered = filter_problem(question, value, answers, lists, today)
    if filtered is not None:
        return filtered
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
    plan = _plan_of(groups)
    given = answers
    if plan.selects is not None:
        labels = {name: _list_of(lists[listed])[1] for name, listed in plan.selects if listed in lists}
        answers = {**answers, CHOICE_LABELS: labels}
    answers = _with_calculations(plan.calculations, answers, today)
    problems: list[Problem] = []
    for group in groups:
        if group.in_repeat:
            continue  # a repeat's answers are rows, each checked by `repeat_problems`
        for question in group.questions:
            said = _question_problem(group, question, answers, lists, today)
            if said is not None:
                problems.append(Problem(path=(*group.path, question.name), message=said))
    problems += repeat_problems(groups, lists, answers, today, _question_problem)
    unknown = set(given) - plan.names
    problems.extend(
        Problem(path=(name,), message=message("instruments.response.unknown_question")) for name in sorted(unknown)
    )
    return problems
