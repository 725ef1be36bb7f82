"""The evaluator: criteria checked against what one participant's record says by a date."""

from __future__ import annotations

from typing import Protocol

import attrs
import pendulum

from sce_method._core import Provenance, message
from sce_method.curriculum import Module
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
    kind_of,
    survey_name,
)
from sce_method.graduation._decision import CriterionResult
from sce_method.graduation._rules import RuleSet
from sce_method.participants import ParticipantRecord

EPSILON = 1e-9
"""Hours are sums of decimals: 11.999999999 attended of 12 required is 12."""


class CurriculumView(Protocol):
    """The curriculum as evaluation needs it (a `Curriculum` is one)."""

    def module(self, ident: str) -> Module:
        """The module with that id."""

    @property
    def complete_offer_modules(self) -> tuple[Module, ...]:
        """The modules of the complete formative offer."""

    @property
    def modules(self) -> tuple[Module, ...]:
        """Every module, in order (none in a base layer)."""


@attrs.frozen
class Facts:
    """What the record says by the evaluation date, computed once."""

    hours: dict[str, float]
    completed: frozenset[str]
    submitted: frozenset[str]
    follow_ups: int
    mentoring: int


def facts_of(record: ParticipantRecord, as_of: pendulum.Date) -> Facts:
    """What *record* says by *as_of*: hours per module, completions, surveys, follow-ups."""
    return Facts(
        hours=record.hours_by_module(as_of),
        completed=record.completed(as_of),
        submitted=record.submitted(as_of),
        follow_ups=record.follow_ups_by(as_of),
        mentoring=record.mentoring_received(as_of),
    )


def _threshold(criterion: Criterion, name: str) -> Provenance:
    return criterion.field_provenance.get(name, criterion.provenance)


def _short_of(observed: float, required: float) -> float | None:
    """How far *observed* falls short of *required*; None when it reaches it (within `EPSILON`)."""
    return None if observed + EPSILON >= required else required - observed


@attrs.frozen
class Evaluator:
    """Evaluates criteria against one record's facts, applying the exceptions of its rule set (if any)."""

    curriculum: CurriculumView
    rule_set: RuleSet | None
    facts: Facts
    centre_id: str
    cohort_id: str

    def run(self, criterion: Criterion) -> CriterionResult:
        """The result of *criterion*, or of the exception that replaces it for this participant."""
        exception = (
            None if self.rule_set is None else self.rule_set.exception_for(criterion.id, self.centre_id, self.cohort_id)
        )
        if exception is None:
            return self._evaluate(criterion)
        result = self._evaluate(exception.replacement)
        return attrs.evolve(result, exception=exception.id, exception_label=exception.label)

    def _evaluate(self, c: Criterion) -> CriterionResult:
        if isinstance(c, AllOf | AnyOf | AtLeast):
            return self._combine(c)
        if isinstance(c, ModuleCompleted):
            return self._module_completed(c.id, c.module, c.share, _threshold(c, "share"))
        if isinstance(c, CompleteOffer):
            return self._complete_offer(c)
        if isinstance(c, InstrumentSubmitted):
            return instrument_result(c, done=c.instrument in self.facts.submitted)
        return self._reached(c)

    def _reached(
        self, c: ModuleHours | TotalHours | AttendanceRate | FollowUpRecorded | MentoringSessions
    ) -> CriterionResult:
        """A criterion met by reaching a number: hours, an attendance rate, a count of records."""
        if isinstance(c, ModuleHours):
            observed = self.facts.hours.get(c.module, 0.0)
        elif isinstance(c, TotalHours):
            observed = sum(self.facts.hours.values())
        elif isinstance(c, AttendanceRate):
            observed = self._attendance_rate()
        elif isinstance(c, FollowUpRecorded):
            observed = float(self.facts.follow_ups)
        else:
            observed = float(self.facts.mentoring)
        return judge_reached(self.curriculum, c, observed)

    def _module_completed(self, ident: str, module_id: str, share: float, provenance: Provenance) -> CriterionResult:
        observed = self.facts.hours.get(module_id, 0.0)
        by_record = module_id in self.facts.completed
        return judge_module(
            self.curriculum,
            ident,
            module_id,
            share=share,
            provenance=provenance,
            observed=observed,
            by_record=by_record,
        )

    def _complete_offer(self, c: CompleteOffer) -> CriterionResult:
        modules = self.curriculum.complete_offer_modules
        children = tuple(
            self._module_completed(f"{c.id}.{m.id}", m.id, c.share, _threshold(c, "share")) for m in modules
        )
        done = sum(1 for child in children if child.passed)
        passed = done == len(children)
        return CriterionResult(
            criterion_id=c.id,
            kind=kind_of(c),
            passed=passed,
            observed=float(done),
            required=float(len(children)),
            shortfall=None if passed else float(len(children) - done),
            provenance=c.provenance,
            children=children,
            message=message(
                "graduation.complete_offer.ok" if passed else "graduation.complete_offer.short",
                done=done,
                total=len(children),
            ),
        )

    def _attendance_rate(self) -> float:
        """The share of the complete offer's hours attended, each module counted up to its hours."""
        modules = self.curriculum.complete_offer_modules
        offered = sum(m.hours for m in modules)
        attended = sum(min(self.facts.hours.get(m.id, 0.0), m.hours) for m in modules)
        return attended / offered if offered else 0.0

    def _combine(self, c: AllOf | AnyOf | AtLeast) -> CriterionResult:
        children = tuple(self.run(child) for child in c.criteria)
        done = sum(1 for child in children if child.passed)
        needed = len(children) if isinstance(c, AllOf) else 1 if isinstance(c, AnyOf) else c.n
        passed = done >= needed
        said = (
            message(
                "graduation.all_of"
                if isinstance(c, AllOf)
                else "graduation.any_of"
                if isinstance(c, AnyOf)
                else "graduation.at_least",
                done=done,
                needed=needed,
                total=len(children),
            )
            if c.label is None
            else message("graduation.combined.labelled", label=c.label, done=done, needed=needed)
        )
        return CriterionResult(
            criterion_id=c.id,
            kind=kind_of(c),
            passed=passed,
            observed=float(done),
            required=float(needed),
            shortfall=None if passed else float(needed - done),
            provenance=_threshold(c, "n") if isinstance(c, AtLeast) else c.provenance,
            children=children,
            message=said,
        )


def judge_reached(
    curriculum: CurriculumView,
    c: ModuleHours | TotalHours | AttendanceRate | FollowUpRecorded | MentoringSessions,
    observed: float,
) -> CriterionResult:
    """
    The result of a criterion met by reaching a number, from the number *observed*.

    The one place that says what such a result is and how it reads: the
    readable evaluator and the columnar engines (for the words of the figures
    they computed) both come here.
    """
    if isinstance(c, ModuleHours):
        field, required = "hours", c.hours
        short = _short_of(observed, required)
        said = message("graduation.module_hours.ok" if short is None else "graduation.module_hours.short",
                       observed=observed, required=required, shortfall=short or 0.0,
                       module=curriculum.module(c.module).title)  # fmt: skip
    elif isinstance(c, TotalHours):
        field, required = "hours", c.hours
        short = _short_of(observed, required)
        said = message("graduation.total_hours.ok" if short is None else "graduation.total_hours.short",
                       observed=observed, required=required, shortfall=short or 0.0)  # fmt: skip
    elif isinstance(c, AttendanceRate):
        field, required = "rate", c.rate
        short = _short_of(observed, required)
        said = message("graduation.attendance_rate.ok" if short is None else "graduation.attendance_rate.short",
                       observed=observed, required=required, shortfall=short or 0.0)  # fmt: skip
    elif isinstance(c, FollowUpRecorded):
        field, required = "count", float(c.count)
        short = _short_of(observed, required)
        said = message("graduation.follow_up.ok" if short is None else "graduation.follow_up.short",
                       observed=observed, required=required, shortfall=short or 0.0)  # fmt: skip
    else:
        field, required = "count", float(c.count)
        short = _short_of(observed, required)
        said = message("graduation.mentoring.ok" if short is None else "graduation.mentoring.short",
                       observed=observed, required=required, shortfall=short or 0.0)  # fmt: skip
    return CriterionResult(
        criterion_id=c.id,
        kind=kind_of(c),
        passed=short is None,
        observed=observed,
        required=required,
        shortfall=short,
        provenance=_threshold(c, field),
        message=said,
    )


def judge_module(  # noqa: PLR0913 -- what a module's completion is judged on
    curriculum: CurriculumView,
    ident: str,
    module_id: str,
    *,
    share: float,
    provenance: Provenance,
    observed: float,
    by_record: bool,
) -> CriterionResult:
    """The result of a module's completion, from the hours *observed* and whether a record names it."""
    module = curriculum.module(module_id)
    required = share * module.hours
    passed = by_record or observed + EPSILON >= required
    shortfall = None if passed else required - observed
    return CriterionResult(
        criterion_id=ident,
        kind="module_completed",
        passed=passed,
        observed=observed,
        required=required,
        shortfall=shortfall,
        provenance=provenance,
        message=message(
            "graduation.module_completed.record"
            if by_record and observed + EPSILON < required
            else "graduation.module_completed.ok"
            if passed
            else "graduation.module_completed.short",
            module=module.title,
            observed=observed,
            offered=module.hours,
            required=required,
            shortfall=shortfall or 0.0,
        ),
    )


def instrument_result(c: InstrumentSubmitted, *, done: bool) -> CriterionResult:
    """The result of a survey criterion, from whether the survey was answered."""
    said = message("graduation.instrument.ok" if done else "graduation.instrument.missing",
                   instrument=survey_name(c.instrument))  # fmt: skip
    return CriterionResult(
        criterion_id=c.id, kind=kind_of(c), passed=done, observed=float(done), required=1.0,
        shortfall=None if done else 1.0, provenance=c.provenance, message=said,
    )  # fmt: skip
