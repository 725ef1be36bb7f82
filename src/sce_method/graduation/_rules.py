"""Rule sets by date, and labelled exceptions that override one of their criteria."""

from __future__ import annotations

import itertools
from typing import Protocol

import attrs

from sce_method._core import (
    Dated,
    PathPart,
    Problem,
    Sourced,
    Text,
    format_path,
    message,
    slug,
    sourced_order,
    unique_ids,
    unknown_ref,
)
from sce_method.curriculum import Module
from sce_method.graduation._criteria import (
    Criterion,
    InstrumentSubmitted,
    ModuleCompleted,
    ModuleHours,
    TotalHours,
    walk,
)
from sce_method.graduation._view import graduation_html, rule_set_html


@attrs.frozen(kw_only=True)
class Condition:
    """
    Where an exception applies: participants of these centres and cohorts.

    An empty tuple means "any". Conditions are data, so that two exceptions
    can be checked for overlap when the methodology loads.
    """

    centres: tuple[str, ...] = ()
    cohorts: tuple[str, ...] = ()

    def holds(self, centre_id: str, cohort_id: str) -> bool:
        """Whether a participant of *centre_id* and *cohort_id* is covered."""
        return (not self.centres or centre_id in self.centres) and (not self.cohorts or cohort_id in self.cohorts)

    def overlaps(self, other: Condition) -> bool:
        """Whether some participant could be covered by both conditions."""

        def meet(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
            return not a or not b or bool(set(a) & set(b))

        return meet(self.centres, other.centres) and meet(self.cohorts, other.cohorts)


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class RuleException(Sourced):
    """
    A labelled exception to one criterion of a rule set.

    Where *when* holds, *replacement* stands for the criterion *overrides* names.

    Two exceptions to the same criterion that can both apply must have
    different priorities (the higher wins); otherwise the rule set does not load.
    """

    id: str = attrs.field(validator=slug)
    label: Text
    overrides: str = attrs.field(validator=slug)
    when: Condition = attrs.field(factory=Condition)
    replacement: Criterion
    priority: int | None = None


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class RuleSet(Sourced):
    """A graduation rule (a criterion tree) and its labelled exceptions."""

    id: str = attrs.field(validator=slug)
    title: Text
    rule: Criterion
    exceptions: tuple[RuleException, ...] = ()
    description: Text | None = None

    def __repr__(self) -> str:
        criteria = sum(1 for _ in walk(self.rule))
        return f"RuleSet(id={self.id!r}, criteria={criteria}, exceptions={len(self.exceptions)})"

    def _repr_html_(self) -> str:
        """Each criterion in words, in the display language."""
        return rule_set_html(self)

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        walked = list(walk(self.rule))
        criteria = [c for _, c in walked]
        problems += _duplicate_criteria(walked)
        problems += unique_ids(self.exceptions, field="exceptions")
        problems += self._exception_problems({c.id for c in criteria})
        return problems

    def _exception_problems(self, criterion_ids: set[str]) -> list[Problem]:
        problems = [
            unknown_ref(
                ("exceptions", index, "overrides"),
                kind=message("graduation.kind.criterion"),
                ident=e.overrides,
                known=criterion_ids,
            )
            for index, e in enumerate(self.exceptions)
            if e.overrides not in criterion_ids
        ]
        for (_, a), (j, b) in itertools.combinations(enumerate(self.exceptions), 2):
            if (
                a.overrides == b.overrides
                and a.when.overlaps(b.when)
                and (a.priority is None or b.priority is None or a.priority == b.priority)
            ):
                msg = message("graduation.exception_overlap", first=a.id, second=b.id, criterion=a.overrides)
                problems.append(Problem(path=("exceptions", j, "priority"), message=msg))
        return problems

    def exception_for(self, criterion_id: str, centre_id: str, cohort_id: str) -> RuleException | None:
        """The exception that replaces *criterion_id* for this participant, if any."""
        applicable = [e for e in self.exceptions if e.overrides == criterion_id and e.when.holds(centre_id, cohort_id)]
        if not applicable:
            return None
        return max(applicable, key=lambda e: e.priority if e.priority is not None else 0)


def _duplicate_criteria(walked: list[tuple[tuple[PathPart, ...], Criterion]]) -> list[Problem]:
    """A problem at each criterion whose id repeats an earlier one, placed where it is in the tree."""
    first: dict[str, tuple[PathPart, ...]] = {}
    problems: list[Problem] = []
    for path, criterion in walked:
        if criterion.id in first:
            msg = message("core.id.duplicate", id=criterion.id, first=format_path(("rule", *first[criterion.id])))
            problems.append(Problem(path=("rule", *path, "id"), message=msg))
        else:
            first[criterion.id] = path
    return problems


class CurriculumLike(Protocol):
    """What the graduation rules are checked against (a `Curriculum` is one)."""

    @property
    def modules(self) -> tuple[Module, ...]:
        """The modules, in order."""

    @property
    def hours(self) -> float:
        """Hours offered across all modules."""


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Graduation(Sourced):
    """
    The graduation rules of a methodology: rule sets by effective date.

    The rule set that applies to a participant is the one in force on her
    decision date: the evaluation date, or the end of her cohort if it ended
    before (a cohort that graduated in 2021 keeps the 2021 rule).
    """

    rule_sets: Dated[RuleSet]
    description: Text | None = None

    def __repr__(self) -> str:
        sets = [(e.effective.isoformat(), e.value.id) for e in self.rule_sets.entries]
        return f"Graduation(rule_sets={sets!r})"

    def _repr_html_(self) -> str:
        """The rule sets in force over time, in the display language."""
        return graduation_html(self)

    def check(
        self, curriculum: CurriculumLike, instruments: tuple[str, ...], centres: tuple[str, ...] = ()
    ) -> list[Problem]:
        """
        Problems of the rules against *curriculum*.

        Unknown modules or instruments, and requirements no one could meet (more
        hours required than offered).
        """
        modules = {m.id: m for m in curriculum.modules}
        problems: list[Problem] = []
        for index, entry in enumerate(self.rule_sets.entries):
            base: tuple[PathPart, ...] = ("rule_sets", "entries", index, "value")
            rule_set = entry.value
            trees: list[tuple[tuple[PathPart, ...], Criterion]] = [(("rule",), rule_set.rule)]
            trees += [(("exceptions", i, "replacement"), e.replacement) for i, e in enumerate(rule_set.exceptions)]
            for e_index, exception in enumerate(rule_set.exceptions):
                problems.extend(
                    unknown_ref(
                        (*base, "exceptions", e_index, "when", "centres", c_index),
                        kind=message("participants.kind.centre"),
                        ident=centre,
                        known=centres,
                    )
                    for c_index, centre in enumerate(exception.when.centres)
                    if centres and centre not in centres
                )
            for prefix, tree in trees:
                for path, criterion in walk(tree):
                    where = (*base, *prefix, *path)
                    problems += _criterion_problems(criterion, where, modules, curriculum.hours, instruments)
        return problems


def criterion_problems(criterion: Criterion, curriculum: CurriculumLike, instruments: tuple[str, ...]) -> list[Problem]:
    """
    Problems of one criterion tree against *curriculum*, with paths relative to it.

    For criteria written outside a rule set (a mentor's prerequisite, for one).
    """
    modules = {m.id: m for m in curriculum.modules}
    problems: list[Problem] = []
    for path, node in walk(criterion):
        problems += _criterion_problems(node, path, modules, curriculum.hours, instruments)
    return problems


def _criterion_problems(
    criterion: Criterion,
    where: tuple[PathPart, ...],
    modules: dict[str, Module],
    offered: float,
    instruments: tuple[str, ...],
) -> list[Problem]:
    problems: list[Problem] = []
    if isinstance(criterion, ModuleCompleted | ModuleHours) and criterion.module not in modules:
        problems.append(
            unknown_ref((*where, "module"), kind=message("core.kind.module"), ident=criterion.module, known=modules)
        )
    if isinstance(criterion, ModuleHours) and criterion.module in modules:
        hours = modules[criterion.module].hours
        if criterion.hours > hours:
            msg = message("graduation.unreachable_hours", required=criterion.hours, offered=hours)
            problems.append(Problem(path=(*where, "hours"), message=msg))
    if isinstance(criterion, TotalHours) and criterion.hours > offered:
        msg = message("graduation.unreachable_hours", required=criterion.hours, offered=offered)
        problems.append(Problem(path=(*where, "hours"), message=msg))
    if isinstance(criterion, InstrumentSubmitted) and criterion.instrument not in instruments:
        problems.append(
            unknown_ref(
                (*where, "instrument"),
                kind=message("participants.kind.instrument"),
                ident=criterion.instrument,
                known=instruments,
            )
        )
    return problems
