"""
The rule tree compiled once into a plan of column expressions, for the columnar engines.

A criterion is data, so it compiles: each kind becomes a small expression over
one row of facts per participant (``hours_0``, ``completed_1``, ``follow_ups``,
...), written in a tiny language of its own (`Col`, `Lit`, `Op`) that each
engine renders in its terms (polars expressions, SQL through sqlglot). Rule
sets by date and labelled exceptions make *variants*: the participants whose
decision date, centre and cohort lead to the same resolved tree share one,
and each variant's tree is compiled once. The readable evaluator stays the
meaning; a property test holds the engines to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeAlias

import attrs
import pendulum

from sce_method.graduation._criteria import (
    AllOf,
    AnyOf,
    AtLeast,
    AttendanceRate,
    CompleteOffer,
    Criterion,
    FollowUpRecorded,
    InstrumentSubmitted,
    MentoringSessions,
    ModuleCompleted,
    ModuleHours,
    TotalHours,
)
from sce_method.graduation._evaluate import HasGraduation, require_rules
from sce_method.graduation._evaluator import EPSILON
from sce_method.graduation._rules import RuleException, RuleSet


@attrs.frozen
class Col:
    """A column: a fact, or a step computed before."""

    name: str


@attrs.frozen
class Lit:
    """A constant."""

    value: float | bool | str | int


@attrs.frozen
class Op:
    """
    An operation on expressions.

    ``reach`` (a + epsilon >= b), ``ge``, ``eq``, ``or``, ``and``, ``not``,
    ``count`` (how many are true, as a number), ``sum``, ``least``, ``div``,
    ``float`` (a truth or a count as a number), and ``case`` (conditions and values in
    pairs, then the default).
    """

    name: str
    args: tuple[Expr, ...]


Expr: TypeAlias = Col | Lit | Op
"""An expression of the plan."""


def op(name: str, *args: Expr) -> Op:
    """The operation *name* on *args*."""
    return Op(name, args)


@attrs.frozen
class Facts:
    """The columns of facts a plan reads, one row per participant."""

    modules: tuple[str, ...]
    """Module ids: ``hours_<i>`` is the hours attended of module *i* by the date; ``hours_other``, of any other."""
    courses: tuple[str, ...]
    """Course ids: ``completed_<i>`` is whether a completion record names course *i* by the date."""
    instruments: tuple[str, ...]
    """Instrument ids: ``submitted_<i>`` is whether she answered survey *i* by the date."""

    def hours(self, module: str) -> Col:
        """The hours of *module*."""
        return Col(f"hours_{self.modules.index(module)}")


@attrs.frozen
class Leaf:
    """A leaf of the result tree of one variant: what a participant may lack."""

    variant: int
    result_id: str
    """The id its result carries (``oferta.desarrollo-humano`` for a module of a complete offer)."""
    criterion: Criterion
    module: str | None = None
    """For a module of a complete offer: the module."""


@attrs.frozen
class Plan:
    """The compiled rules: named steps in order, the leaves, and the facts they read."""

    facts: Facts
    steps: tuple[tuple[str, Expr], ...]
    """Columns to compute in this order; a step may read the facts and earlier steps."""
    leaves: tuple[Leaf, ...]
    """Leaf *k* gives the steps ``failing_<k>``, ``passed_<k>`` and ``observed_<k>``."""
    variants: dict[tuple[pendulum.Date, str, str], int]
    """(decision date, centre, cohort) -> the variant whose tree applies."""


Key = tuple[pendulum.Date, str, str]
"""A participant's decision date, centre and cohort: what chooses her rule set and exceptions."""


def compile_plan(methodology: HasGraduation, keys: Iterable[Key]) -> Plan:
    """
    The plan for participants with these (decision date, centre, cohort) keys.

    Raises:
        NotInForceError: no rule set was in force on one of the dates (as `evaluate` says).
    """
    graduation = require_rules(methodology)
    chosen: dict[tuple[object, ...], int] = {}
    variants: dict[Key, int] = {}
    trees: list[_Resolved] = []
    for key in keys:
        when, centre, cohort = key
        rule_set = graduation.rule_sets.entry_at(when).value
        resolved = _resolve(rule_set.rule, rule_set, centre, cohort, replaced=None)
        signature = (rule_set.id, resolved.signature())
        if signature not in chosen:
            chosen[signature] = len(trees)
            trees.append(resolved)
        variants[key] = chosen[signature]
    builder = _Builder(methodology)
    roots = [builder.node(resolved, variant, ()) for variant, resolved in enumerate(trees)]
    pairs = [e for v, name in enumerate(roots) for e in (op("eq", Col("variant"), Lit(v)), Col(name))]
    status = op(
        "case",
        Col("withdrawn"), Lit("withdrawn"),
        Col("passed"), Lit("eligible"),
        Col("running"), Lit("in_progress"),
        Lit("not_eligible"),
    )  # fmt: skip
    steps = (*builder.steps, ("passed", op("case", *pairs, Lit(value=False))), ("status", status), *builder.failing())
    return Plan(facts=builder.facts, steps=steps, leaves=tuple(builder.leaves), variants=variants)


@attrs.frozen
class _Resolved:
    """A criterion as evaluated for one variant: the exception that replaced it, if any, and its children."""

    criterion: Criterion
    exception: RuleException | None
    children: tuple[_Resolved, ...]

    def signature(self) -> tuple[object, ...]:
        """What tells two resolved trees apart: the exceptions taken, in tree order."""
        own = None if self.exception is None else self.exception.id
        return (own, *(c.signature() for c in self.children))


def _resolve(
    criterion: Criterion, rule_set: RuleSet | None, centre: str, cohort: str, replaced: RuleException | None
) -> _Resolved:
    """*criterion* as `Evaluator.run` evaluates it: the exception that replaces it, then its children."""
    exception = replaced
    if replaced is None and rule_set is not None:
        exception = rule_set.exception_for(criterion.id, centre, cohort)
        if exception is not None:
            return _resolve(exception.replacement, rule_set, centre, cohort, replaced=exception)
    children: tuple[_Resolved, ...] = ()
    if isinstance(criterion, AllOf | AnyOf | AtLeast):
        children = tuple(_resolve(c, rule_set, centre, cohort, replaced=None) for c in criterion.criteria)
    return _Resolved(criterion, exception, children)


class _Builder:
    """Compiles resolved trees into steps, naming each node's truth once."""

    def __init__(self, methodology: HasGraduation) -> None:
        curriculum = methodology.curriculum
        self.curriculum = curriculum
        self.offer = curriculum.complete_offer_modules
        self.facts = Facts(modules=tuple(m.id for m in curriculum.modules), courses=(), instruments=())
        self.steps: list[tuple[str, Expr]] = []
        self.leaves: list[Leaf] = []
        self._ancestors: list[tuple[str, ...]] = []
        self._count = 0

    def _course(self, course: str) -> Col:
        if course not in self.facts.courses:
            self.facts = attrs.evolve(self.facts, courses=(*self.facts.courses, course))
        return Col(f"completed_{self.facts.courses.index(course)}")

    def _instrument(self, instrument: str) -> Col:
        if instrument not in self.facts.instruments:
            self.facts = attrs.evolve(self.facts, instruments=(*self.facts.instruments, instrument))
        return Col(f"submitted_{self.facts.instruments.index(instrument)}")

    def node(self, resolved: _Resolved, variant: int, ancestors: tuple[str, ...]) -> str:
        """The step naming whether *resolved* passes; its leaves are added with their failing step."""
        c = resolved.criterion
        if not isinstance(c, AllOf | AnyOf | AtLeast | CompleteOffer):
            return self._leaf(Leaf(variant, c.id, c), ancestors)
        name = f"node_{self._count}"
        self._count += 1
        inner = (*ancestors, name)
        if isinstance(c, CompleteOffer):
            passed = [Col(self._leaf(Leaf(variant, f"{c.id}.{m.id}", c, m.id), inner)) for m in self.offer]
            needed = len(passed)
        else:
            passed = [Col(self.node(child, variant, inner)) for child in resolved.children]
            needed = len(passed) if isinstance(c, AllOf) else 1 if isinstance(c, AnyOf) else c.n
        self.steps.append((name, op("ge", op("count", *passed), Lit(float(needed)))))
        return name

    def _leaf(self, leaf: Leaf, ancestors: tuple[str, ...]) -> str:
        passed, observed = self._judged(leaf)
        k = len(self.leaves)
        self.leaves.append(leaf)
        self.steps.append((f"observed_{k}", observed))
        self.steps.append((f"passed_{k}", passed))
        self._ancestors.append(ancestors)
        return f"passed_{k}"

    def failing(self) -> list[tuple[str, Expr]]:
        """
        A step per leaf: whether it is one that keeps her from graduating (`CriterionResult.failing`).

        A leaf fails her when it, and every node above it, did not pass, in her variant.
        """
        steps: list[tuple[str, Expr]] = []
        for k, (leaf, ancestors) in enumerate(zip(self.leaves, self._ancestors, strict=True)):
            unmet = [op("not", Col(name)) for name in (*ancestors, f"passed_{k}")]
            steps.append((f"failing_{k}", op("and", op("eq", Col("variant"), Lit(leaf.variant)), *unmet)))
        return steps

    def _judged(self, leaf: Leaf) -> tuple[Expr, Expr]:  # noqa: PLR0911 -- one compilation per leaf kind
        """Whether the leaf passes, and its observed figure, as `judge_reached` and `judge_module` judge them."""
        c, reach = leaf.criterion, _reach
        if leaf.module is not None and isinstance(c, CompleteOffer):
            return self._module(leaf.module, c.share)
        if isinstance(c, ModuleCompleted):
            return self._module(c.module, c.share)
        if isinstance(c, ModuleHours):
            hours = self.facts.hours(c.module)
            return reach(hours, c.hours), hours
        if isinstance(c, TotalHours):
            total = op("sum", *[Col(f"hours_{i}") for i in range(len(self.facts.modules))], Col("hours_other"))
            return reach(total, c.hours), total
        if isinstance(c, AttendanceRate):
            offered = sum(m.hours for m in self.offer)
            attended = op("sum", *[op("least", self.facts.hours(m.id), Lit(m.hours)) for m in self.offer])
            rate = op("div", attended, Lit(offered)) if offered else Lit(0.0)
            return reach(rate, c.rate), rate
        if isinstance(c, InstrumentSubmitted):
            done = self._instrument(c.instrument)
            return done, op("float", done)
        if isinstance(c, FollowUpRecorded):
            count = op("float", Col("follow_ups"))
            return reach(count, float(c.count)), count
        if isinstance(c, MentoringSessions):
            count = op("float", Col("mentoring"))
            return reach(count, float(c.count)), count
        msg = f"not a leaf criterion: {type(c).__name__}"
        raise TypeError(msg)

    def _module(self, module: str, share: float) -> tuple[Expr, Expr]:
        hours = self.facts.hours(module)
        required = share * self.curriculum.module(module).hours
        return op("or", self._course(module), _reach(hours, required)), hours


def _reach(observed: Expr, required: float) -> Expr:
    return op("reach", observed, Lit(required), Lit(EPSILON))
