"""
Validating a repeat's answers: a list of rows, each checked like a response of its own.

A repeat's answers are under its name (``answers["hijos"]``), a list (or tuple) of rows, each a mapping of
the repeat's question names to answers. Each row is checked with the answers outside the repeat in view (a
``relevant`` inside may name a question outside), after the repeat's calculations for that row; a problem's
path names the repeat, the row (from 0) and the question: ``$.hogar.1.nombre``. A repeat nested in a repeat
is not validated (its rows are kept as given).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from sce_method._core import Message, Problem, message
from sce_method.monitoring.expressions import ROW_POSITION, evaluate
from sce_method.monitoring.instruments._questions import ChoiceList, Enclosing, Group, Question

Check = Callable[[Group, Question, Mapping[str, object], Mapping[str, ChoiceList], "dt.date | None"], Message | None]
"""How one question's answer is checked (`_validate._question_problem`)."""


def _repeat_of(group: Group) -> tuple[int, Group | Enclosing] | None:
    """The outermost repeat around (or of) *group*, with its place in the group's path; None if none."""
    heads: list[Group | Enclosing] = [*group.parents, group]
    return next(((i, h) for i, h in enumerate(heads) if h.repeat), None)


def repeat_names(groups: Sequence[Group]) -> set[str]:
    """The names under which repeats' rows are given."""
    return {found[1].name for g in groups if (found := _repeat_of(g)) is not None}


def repeat_problems(
    groups: Sequence[Group],
    lists: Mapping[str, ChoiceList],
    answers: Mapping[str, object],
    today: dt.date | None,
    check: Check,
) -> list[Problem]:
    """Every problem of the rows of each repeat (see the module docstring)."""
    pieces: dict[str, list[tuple[int, Group]]] = {}
    for group in groups:
        found = _repeat_of(group)
        heads: list[Group | Enclosing] = [*group.parents, group]
        inner = heads[found[0] + 1 :] if found is not None else []
        if found is not None and not any(h.repeat for h in inner):
            pieces.setdefault(found[1].name, []).append((found[0], group))
    problems: list[Problem] = []
    for name, members in pieces.items():
        rows = answers.get(name)
        root = (*members[0][1].path[: members[0][0] + 1],)
        if rows is None or rows == ():
            continue
        if not isinstance(rows, list | tuple) or not all(isinstance(r, Mapping) for r in rows):
            said = message("instruments.response.type", expected=message("core.type.list"), found=type(rows).__name__)
            problems.append(Problem(path=root, message=said))
            continue
        for index, row in enumerate(rows):
            problems += _row_problems(
                members,
                lists=lists,
                context={**answers, **row, ROW_POSITION: float(index + 1)},
                given=set(row),
                today=today,
                check=check,
                where=(*root, index),
            )
    return problems


def _row_problems(  # noqa: PLR0913 -- the row, its place, and what checks it
    members: list[tuple[int, Group]],
    *,
    lists: Mapping[str, ChoiceList],
    context: dict[str, object],
    given: set[str],
    today: dt.date | None,
    check: Check,
    where: tuple[str | int, ...],
) -> list[Problem]:
    """The problems of one row of a repeat whose group pieces are *members*."""
    for _, group in members:
        for question in group.questions:
            calculation = question.expression("calculation")
            if calculation is not None:
                context[question.name] = evaluate(calculation, context, today=today)
    problems: list[Problem] = []
    names: set[str] = set()
    for depth, group in members:
        for question in group.questions:
            names.add(question.name)
            said = check(group, question, context, lists, today)
            if said is not None:
                problems.append(Problem(path=(*where, *group.path[depth + 1 :], question.name), message=said))
    problems.extend(
        Problem(path=(*where, name), message=message("instruments.response.unknown_question"))
        for name in sorted(given - names)
    )
    return problems
