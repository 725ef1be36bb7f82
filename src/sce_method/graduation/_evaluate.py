"""`evaluate`: apply the rule set in force to one participant's record."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

import attrs
import pendulum

from sce_method._core import Message, NoGraduationRulesError, Provenance, as_of_date, has_message, message
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
    ModuleCompleted,
    ModuleHours,
    TotalHours,
    kind_of,
)
from sce_method.graduation._decision import CriterionResult, Decision, Status
from sce_method.graduation._rules import Graduation, RuleSet
from sce_method.participants import ParticipantRecord

_EPSILON = 1e-9
"""Hours are sums of decimals: 11.999999999 attended of 12 required is 12."""


class CurriculumView(Protocol):
    """The curriculum as evaluation needs it (a `Curriculum` is one)."""

    def module(self, ident: str) -> Module:
        """The module with that id."""

    @property
    def complete_offer_modules(self) -> tuple[Module, ...]:
        """The modules of the complete formative offer."""


class HasGraduation(Protocol):
    """Anything with graduation rules and a curriculum: a `Methodology` is one."""

    @property
    def graduation(self) -> Graduation | None:
        """The graduation rules."""

    @property
    def curriculum(self) -> CurriculumView:
        """The curriculum the rules refer to."""


@attrs.frozen
class _Facts:
    """What the record says by the evaluation date, computed once."""

    hours: dict[str, float]
    completed: frozenset[str]
    submitted: frozenset[str]
    follow_ups: int
    mentoring: int


def _threshold(criterion: Criterion, name: str) -> Provenance:
    return criterion.field_provenance.get(name, criterion.provenance)


@attrs.frozen
class _Evaluator:
    curriculum: CurriculumView
    rule_set: RuleSet | None
    facts: _Facts
    centre_id: str
    cohort_id: str

    def run(self, criterion: Criterion) -> CriterionResult:
        exception = (
            None if self.rule_set is None else self.rule_set.exception_for(criterion.id, self.centre_id, self.cohort_id)
        )
        if exception is None:
            return self._evaluate(criterion)
        result = self._evaluate(exception.replacement)
        return attrs.evolve(result, exception=exception.id, exception_label=exception.label)

    def _evaluate(self, c: Criterion) -> CriterionResult:  # noqa: PLR0911 -- one branch per criterion kind
        if isinstance(c, AllOf | AnyOf | AtLeast):
            return self._combine(c)
        if isinstance(c, ModuleCompleted):
            return self._module_completed(c.id, c.module, c.share, _threshold(c, "share"))
        if isinstance(c, CompleteOffer):
            return self._complete_offer(c)
        if isinstance(c, ModuleHours):
            module = self.curriculum.module(c.module)
            return self._at_least(c, self.facts.hours.get(c.module, 0.0), c.hours, "hours",
                                  message_key="graduation.module_hours", module=module.title)  # fmt: skip
        if isinstance(c, TotalHours):
            return self._at_least(c, sum(self.facts.hours.values()), c.hours, "hours",
                                  message_key="graduation.total_hours")  # fmt: skip
        if isinstance(c, AttendanceRate):
            return self._attendance_rate(c)
        if isinstance(c, InstrumentSubmitted):
            done = c.instrument in self.facts.submitted
            key = "graduation.instrument.ok" if done else "graduation.instrument.missing"
            return CriterionResult(
                criterion_id=c.id, kind=kind_of(c), passed=done, observed=float(done), required=1.0,
                shortfall=None if done else 1.0, provenance=c.provenance,
                message=message(key, instrument=_instrument_name(c.instrument)),
            )  # fmt: skip
        if isinstance(c, FollowUpRecorded):
            return self._at_least(c, float(self.facts.follow_ups), float(c.count), "count",
                                  message_key="graduation.follow_up")  # fmt: skip
        return self._at_least(c, float(self.facts.mentoring), float(c.count), "count",
                              message_key="graduation.mentoring")  # fmt: skip

    def _at_least(
        self, c: Criterion, observed: float, required: float, field: str, *, message_key: str, **params: object
    ) -> CriterionResult:
        passed = observed + _EPSILON >= required
        shortfall = None if passed else required - observed
        return CriterionResult(
            criterion_id=c.id,
            kind=kind_of(c),
            passed=passed,
            observed=observed,
            required=required,
            shortfall=shortfall,
            provenance=_threshold(c, field),
            message=message(
                message_key + (".ok" if passed else ".short"),
                observed=observed,
                required=required,
                shortfall=shortfall or 0.0,
                **params,
            ),
        )

    def _module_completed(self, ident: str, module_id: str, share: float, provenance: Provenance) -> CriterionResult:
        module = self.curriculum.module(module_id)
        observed = self.facts.hours.get(module_id, 0.0)
        required = share * module.hours
        by_record = module_id in self.facts.completed
        passed = by_record or observed + _EPSILON >= required
        shortfall = None if passed else required - observed
        if by_record and observed + _EPSILON < required:
            key = "graduation.module_completed.record"
        else:
            key = "graduation.module_completed.ok" if passed else "graduation.module_completed.short"
        return CriterionResult(
            criterion_id=ident,
            kind="module_completed",
            passed=passed,
            observed=observed,
            required=required,
            shortfall=shortfall,
            provenance=provenance,
            message=message(
                key,
                module=module.title,
                observed=observed,
                offered=module.hours,
                required=required,
                shortfall=shortfall or 0.0,
            ),
        )

    def _complete_offer(self, c: CompleteOffer) -> CriterionResult:
        modules = self.curriculum.complete_offer_modules
        children = tuple(
            self._module_completed(f"{c.id}.{m.id}", m.id, c.share, _threshold(c, "share")) for m in modules
        )
        done = sum(1 for child in children if child.passed)
        passed = done == len(children)
        key = "graduation.complete_offer.ok" if passed else "graduation.complete_offer.short"
        return CriterionResult(
            criterion_id=c.id,
            kind=kind_of(c),
            passed=passed,
            observed=float(done),
            required=float(len(children)),
            shortfall=None if passed else float(len(children) - done),
            provenance=c.provenance,
            children=children,
            message=message(key, done=done, total=len(children)),
        )

    def _attendance_rate(self, c: AttendanceRate) -> CriterionResult:
        modules = self.curriculum.complete_offer_modules
        offered = sum(m.hours for m in modules)
        attended = sum(min(self.facts.hours.get(m.id, 0.0), m.hours) for m in modules)
        rate = attended / offered if offered else 0.0
        return self._at_least(c, rate, c.rate, "rate", message_key="graduation.attendance_rate")

    def _combine(self, c: AllOf | AnyOf | AtLeast) -> CriterionResult:
        children = tuple(self.run(child) for child in c.criteria)
        done = sum(1 for child in children if child.passed)
        if isinstance(c, AllOf):
            needed, key = len(children), "graduation.all_of"
        elif isinstance(c, AnyOf):
            needed, key = 1, "graduation.any_of"
        else:
            needed, key = c.n, "graduation.at_least"
        passed = done >= needed
        said = (
            message(key, done=done, needed=needed, total=len(children))
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


def _instrument_name(ident: str) -> Message | str:
    """The survey's name from the catalog (``encuesta de salida``), or its id."""
    key = f"instrument.{ident}"
    return message(key) if has_message(key) else ident


def facts_of(record: ParticipantRecord, as_of: pendulum.Date) -> _Facts:
    """What *record* says by *as_of*: hours per module, completions, surveys, follow-ups."""
    return _Facts(
        hours=record.hours_by_module(as_of),
        completed=record.completed(as_of),
        submitted=record.submitted(as_of),
        follow_ups=record.follow_ups_by(as_of),
        mentoring=record.mentoring_received(as_of),
    )


def decision_date(record: ParticipantRecord, as_of: pendulum.Date) -> pendulum.Date:
    """The date whose rule set applies: *as_of*, or the cohort's end if it ended before."""
    if record.period is not None and record.period.ends_on < as_of:
        return record.period.ends_on
    return as_of


def evaluate_criterion(
    methodology: HasGraduation, criterion: Criterion, record: ParticipantRecord, as_of: dt.date | str
) -> CriterionResult:
    """
    Evaluate one criterion on its own, outside any rule set (no exceptions apply).

    Other rooms write their own conditions in the graduation rule model: a
    mentor's prerequisites, for one, are criteria evaluated here.
    """
    day = as_of_date(as_of)
    participant = record.participant
    evaluator = _Evaluator(
        curriculum=methodology.curriculum,
        rule_set=None,
        facts=facts_of(record, day),
        centre_id=participant.centre_id,
        cohort_id=participant.cohort_id,
    )
    return evaluator.run(criterion)


def evaluate(methodology: HasGraduation, record: ParticipantRecord, as_of: dt.date | str) -> Decision:
    """
    Decide whether one participant can graduate on *as_of*, and why not.

    Records dated after *as_of* are ignored. The rule set is the one in force
    on the decision date (see `decision_date`).

    Raises:
        LoadError: *as_of* is text that is not a real date as YYYY-MM-DD (at ``$.as_of``).
        NotInForceError: no rule set was in force on the decision date.
        NoGraduationRulesError: the methodology has no graduation rules.
    """
    day = as_of_date(as_of)
    graduation = methodology.graduation
    if graduation is None:
        raise NoGraduationRulesError
    when = decision_date(record, day)
    entry = graduation.rule_sets.entry_at(when)
    participant = record.participant
    evaluator = _Evaluator(
        curriculum=methodology.curriculum,
        rule_set=entry.value,
        facts=facts_of(record, day),
        centre_id=participant.centre_id,
        cohort_id=participant.cohort_id,
    )
    result = evaluator.run(entry.value.rule)
    if participant.enrollment.withdrawn_by(day):
        status = Status.WITHDRAWN
    elif result.passed:
        status = Status.ELIGIBLE
    elif record.period is not None and record.period.running_on(day):
        status = Status.IN_PROGRESS
    else:
        status = Status.NOT_ELIGIBLE
    return Decision(
        participant_id=participant.id,
        centre_id=participant.centre_id,
        cohort_id=participant.cohort_id,
        as_of=day,
        decision_date=when,
        status=status,
        result=result,
        rule_set_id=entry.value.id,
        rule_set_title=entry.value.title,
        rule_set_effective=entry.effective,
        rule_set_provenance=entry.provenance,
    )
