"""
Validating a repeat's answers: a list of rows, each checked like a response of its own, to any depth.

A repeat's answers are under its name (``answers["hogar"]``), a list (or tuple) of rows, each a mapping of
the repeat's question names to answers. Each row is checked with the answers outside the repeat in view (a
``relevant`` inside may name a question outside; the row's own answers win), after the repeat's calculations
for that row; ``position(..)`` is the row's number (from 1). A problem's path names the repeat, the row
(from 0) and the question: ``$.hogar.1.nombre``.

A repeat inside a repeat is answered in each outer row, under its own name (``row["persona"]``, a list of
rows), and checked the same way, with the outer row's answers and the submission's in view:
``$.hogar.1.persona.0.edad``. So on, to any depth: each level is "the next repeat after the *depth* repeats
already entered", one recursion (`_repeats` over the rows given, `_row` for one row).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

import attrs

from sce_method._core import Message, Problem, message
from sce_method.monitoring.expressions import ROW_POSITION, evaluate
from sce_method.monitoring.instruments._questions import ChoiceList, Enclosing, Group, Question

Check = Callable[[Group, Question, Mapping[str, object], Mapping[str, ChoiceList], "dt.date | None"], Message | None]
"""How one question's answer is checked (`_validate._question_problem`)."""

Member = tuple[Group, tuple[int, ...]]
"""A group in a repeat, and the places in its path (`Group.path`) of the repeats around it or of it, outermost first."""


@attrs.frozen
class _Walk:
    """What every row is checked with."""

    lists: Mapping[str, ChoiceList]
    today: dt.date | None
    check: Check


def _chain(group: Group) -> tuple[int, ...]:
    """The places in *group*'s path of the repeats around it (or of it), outermost first."""
    heads: list[Group | Enclosing] = [*group.parents, group]
    return tuple(i for i, head in enumerate(heads) if head.repeat)


def repeat_names(groups: Sequence[Group]) -> set[str]:
    """The names under which the outermost repeats' rows are given."""
    return {g.path[chain[0]] for g in groups if (chain := _chain(g))}


def repeat_problems(
    groups: Sequence[Group],
    lists: Mapping[str, ChoiceList],
    answers: Mapping[str, object],
    today: dt.date | None,
    check: Check,
) -> list[Problem]:
    """Every problem of the rows of each repeat, nested ones too (see the module docstring)."""
    members = [(g, chain) for g in groups if (chain := _chain(g))]
    return _repeats(members, 0, _Walk(lists, today, check), given=answers, context=answers, where=())


def _repeats(  # noqa: PLR0913 -- the members, the level, and where the rows are
    members: Sequence[Member],
    depth: int,
    walk: _Walk,
    *,
    given: Mapping[str, object],
    context: Mapping[str, object],
    where: tuple[str | int, ...],
) -> list[Problem]:
    """
    The problems of the rows of each repeat that is the next after *depth* repeats already entered.

    Its rows are under its name in *given* (the submission's answers, or the outer row's); each is checked with
    *context* (the answers around it) in view. *where* is the path of the outer row (empty at the top).
    """
    pieces: dict[tuple[str, ...], list[Member]] = {}
    for group, chain in members:
        if len(chain) > depth:
            pieces.setdefault(group.path[: chain[depth] + 1], []).append((group, chain))
    problems: list[Problem] = []
    for path, inner in pieces.items():
        start = inner[0][1][depth - 1] + 1 if depth else 0
        root = (*where, *path[start:])
        rows = given.get(path[-1])
        if rows is None or rows == ():
            continue
        if not isinstance(rows, list | tuple) or not all(isinstance(r, Mapping) for r in rows):
            said = message("instruments.response.type", expected=message("core.type.list"), found=type(rows).__name__)
            problems.append(Problem(path=root, message=said))
            continue
        for index, row in enumerate(rows):
            seen = {**context, **row, ROW_POSITION: float(index + 1)}
            problems += _row(inner, depth + 1, walk, row=row, context=seen, where=(*root, index))
    return problems


def _row(  # noqa: PLR0913 -- the row, its place, and what checks it
    members: Sequence[Member],
    depth: int,
    walk: _Walk,
    *,
    row: Mapping[str, object],
    context: dict[str, object],
    where: tuple[str | int, ...],
) -> list[Problem]:
    """
    The problems of one row of a repeat entered at *depth*, whose groups (and deeper ones) are *members*.

    The groups of this repeat and not of a deeper one are checked here, after their calculations for the row;
    a deeper repeat's rows, under its name in *row*, by `_repeats`.
    """
    own = [(g, chain) for g, chain in members if len(chain) == depth]
    for group, _ in own:
        for question in group.questions:
            calculation = question.expression("calculation")
            if calculation is not None:
                context[question.name] = evaluate(calculation, context, today=walk.today)
    problems: list[Problem] = []
    names = {g.path[chain[depth]] for g, chain in members if len(chain) > depth}
    for group, chain in own:
        for question in group.questions:
            names.add(question.name)
            said = walk.check(group, question, context, walk.lists, walk.today)
            if said is not None:
                problems.append(Problem(path=(*where, *group.path[chain[-1] + 1 :], question.name), message=said))
    problems += _repeats(members, depth, walk, given=row, context=context, where=where)
    problems.extend(
        Problem(path=(*where, name), message=message("instruments.response.unknown_question"))
        for name in sorted(set(row) - names)
    )
    return problems
