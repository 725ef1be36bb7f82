"""The `Instrument`: a whole questionnaire, checked as a whole."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Final

import attrs

from sce_method._core import (
    InstrumentKind,
    PathPart,
    Problem,
    Sourced,
    Text,
    UnknownIdError,
    format_path,
    message,
    not_empty,
    slug,
    sourced_order,
    unique_ids,
)
from sce_method.monitoring.expressions import Expr, ExpressionError, Kind, check, parse
from sce_method.monitoring.instruments._questions import EXPRESSION_FIELDS, ChoiceList, Enclosing, Group, Question
from sce_method.monitoring.instruments._validate import validate_answers
from sce_method.monitoring.instruments._view import instrument_html


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Instrument(Sourced):
    """
    A monitoring instrument: the entry, exit, post-graduation or follow-up survey.

    Question names are unique across the instrument, every ``${name}`` in an
    expression names a question, every select names a choice list, and the
    types in each expression fit; a broken instrument does not load.
    """

    id: str = attrs.field(validator=slug)
    kind: InstrumentKind
    version: str = attrs.field(validator=not_empty)
    title: Text
    groups: tuple[Group, ...] = ()
    """None in a base layer that only declares the instrument; it cannot be exported to XLSForm then."""
    choice_lists: tuple[ChoiceList, ...] = ()
    participant_question: str | None = None

    def _problems(self) -> list[Problem]:
        problems = unique_ids(self.choice_lists, field="choice_lists", key=lambda c: c.name, attr="name")
        seen: dict[str, tuple[PathPart, ...]] = {}
        for path, question in self.located_questions():
            if question.name in seen:
                said = message("instruments.duplicate_name", name=question.name, first=format_path(seen[question.name]))
                problems.append(Problem(path=(*path, "name"), message=said))
            seen.setdefault(question.name, path)
        problems += self._reference_problems()
        return problems

    def _reference_problems(self) -> list[Problem]:
        lists = {c.name for c in self.choice_lists}
        kinds = {q.name: q.kind for q in self.questions}
        # What an expression kept as text may also name: a group or repeat (count(${hijos})), the metadata.
        known = kinds | dict.fromkeys((*FORM_METADATA, *(n for g in self.groups for n in g.path)), Kind.ANY)
        problems = _group_problems(self.groups, kinds, known)
        # A repeat is a value too where a node-set is wanted: count(${hijos}) (evaluated, see expressions).
        repeats = {
            n: Kind.ANY
            for g in self.groups
            for n, r in [(g.name, g.repeat), *((h.name, h.repeat) for h in g.parents)]
            if r
        }
        for path, question in self.located_questions():
            if question.choices is not None and question.choices not in lists:
                said = message("instruments.unknown_list", name=question.choices, known=", ".join(sorted(lists)))
                problems.append(Problem(path=(*path, "choices"), message=said))
            for name in EXPRESSION_FIELDS:
                expr = question.expression(name)
                if expr is not None:
                    current = question.kind if name == "constraint" else None
                    problems += _checked(expr, kinds | repeats, current, (*path, name))
                elif not question.evaluated(name):
                    problems += _text_problems(str(getattr(question, name)), known, (*path, name))
        if self.participant_question is not None and self.participant_question not in kinds:
            said = message("expressions.unknown_ref", name=self.participant_question)
            problems.append(Problem(path=("participant_question",), message=said))
        return problems

    def located_questions(self) -> Iterator[tuple[tuple[PathPart, ...], Question]]:
        """Each question with its path in the instrument (``groups[i].questions[j]``)."""
        for g_index, group in enumerate(self.groups):
            for q_index, question in enumerate(group.questions):
                yield ("groups", g_index, "questions", q_index), question

    def __repr__(self) -> str:
        return (
            f"Instrument(id={self.id!r}, kind={self.kind.value!r}, version={self.version!r},"
            f" groups={len(self.groups)}, questions={len(self.questions)})"
        )

    def _repr_html_(self) -> str:
        """Its questions with their types and labels, in the display language."""
        return instrument_html(self)

    @property
    def questions(self) -> tuple[Question, ...]:
        """Every question, in form order."""
        return tuple(q for _, q in self.located_questions())

    def question(self, name: str) -> Question:
        """The question with that name (`UnknownIdError` if none)."""
        for question in self.questions:
            if question.name == name:
                return question
        raise self._no_question(name)

    def choice_list(self, name: str) -> ChoiceList:
        """The choice list with that name (`UnknownIdError` if none)."""
        for choice_list in self.choice_lists:
            if choice_list.name == name:
                return choice_list
        known = ", ".join(c.name for c in self.choice_lists)
        raise UnknownIdError(
            message("core.id.unknown", kind=message("instruments.kind.choice_list"), id=name, known=known)
        )

    def validate(self, answers: Mapping[str, object], *, today: dt.date | None = None) -> list[Problem]:
        """
        Every problem of one response, each with its question path.

        Checks that required questions are answered, that no question that was
        not relevant has an answer, that each answer has the question's type and
        is one of its choices, and that constraints hold. *today* is the date
        ``today()`` gives in expressions.
        """
        return validate_answers(self.groups, {c.name: c for c in self.choice_lists}, answers, today=today)

    def group_of(self, name: str) -> Group:
        """The group a question is in (`UnknownIdError` if no question has that name)."""
        for group in self.groups:
            if any(q.name == name for q in group.questions):
                return group
        raise self._no_question(name)

    def _no_question(self, name: str) -> UnknownIdError:
        known = ", ".join(q.name for q in self.questions)
        return UnknownIdError(
            message("core.id.unknown", kind=message("instruments.kind.question"), id=name, known=known)
        )


def _group_problems(groups: tuple[Group, ...], kinds: Mapping[str, Kind], known: Mapping[str, Kind]) -> list[Problem]:
    """The problems of each group's ``relevant``, and of every parent's."""
    problems: list[Problem] = []
    for g_index, group in enumerate(groups):
        heads: list[tuple[tuple[PathPart, ...], Group | Enclosing]] = [(("groups", g_index), group)]
        heads += [(("groups", g_index, "parents", p_index), p) for p_index, p in enumerate(group.parents)]
        for path, head in heads:
            if head.relevant is None:
                continue
            if head.relevant_as_text:
                problems += _text_problems(head.relevant, known, (*path, "relevant"))
            else:
                problems += _expression_problems(head.relevant, kinds, None, (*path, "relevant"))
    return problems


def _expression_problems(
    text: str, kinds: Mapping[str, Kind], current: Kind | None, path: tuple[PathPart, ...]
) -> list[Problem]:
    try:
        expr = parse(text)
    except ExpressionError as err:
        return [Problem(path=path, message=message("expressions.at", column=err.column, problem=err.message))]
    return _checked(expr, kinds, current, path)


FORM_METADATA: Final = ("start", "end", "today", "deviceid")
"""The metadata every form written by `write_xlsform` has: names an expression kept as text may use."""
REFERENCE: Final = re.compile(r"\$\{([^}]*)\}")
"""A ``${name}`` in the text of an expression kept as text, or of a label."""


def _text_problems(text: str, kinds: Mapping[str, Kind], path: tuple[PathPart, ...]) -> list[Problem]:
    """An expression kept as text is not checked, but each ``${name}`` in it must be a question."""
    return [
        Problem(path=path, message=message("expressions.unknown_ref", name=name))
        for name in dict.fromkeys(REFERENCE.findall(text))
        if name not in kinds
    ]


def _checked(expr: Expr, kinds: Mapping[str, Kind], current: Kind | None, path: tuple[PathPart, ...]) -> list[Problem]:
    try:
        check(expr, kinds, current)
    except ExpressionError as err:
        return [Problem(path=path, message=err.message)]
    return []
