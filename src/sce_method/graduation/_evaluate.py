"""`evaluate`: apply the rule set in force to one participant's record."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

import attrs
import pendulum

from sce_method._core import InvariantError, NoGraduationRulesError, Problem, as_of_date, message
from sce_method.graduation._criteria import Criterion
from sce_method.graduation._decision import CriterionResult, Decision, Status
from sce_method.graduation._evaluator import CurriculumView, Evaluator, facts_of
from sce_method.graduation._rules import Graduation
from sce_method.participants import ParticipantRecord


class HasGraduation(Protocol):
    """Anything with graduation rules and a curriculum: a `Methodology` is one."""

    @property
    def graduation(self) -> Graduation | None:
        """The graduation rules."""

    @property
    def curriculum(self) -> CurriculumView:
        """The curriculum the rules refer to."""


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
    evaluator = Evaluator(
        curriculum=methodology.curriculum,
        rule_set=None,
        facts=facts_of(record, day),
        centre_id=participant.centre_id,
        cohort_id=participant.cohort_id,
    )
    return evaluator.run(criterion)


def require_rules(methodology: HasGraduation) -> Graduation:
    """
    The methodology's graduation rules, if participants can be checked against it.

    Raises:
        NoGraduationRulesError: it has no graduation rules.
        InvariantError: it has no modules (a base layer such as ``sce-base``, to adapt rather than use).
    """
    if methodology.graduation is None:
        raise NoGraduationRulesError
    if not methodology.curriculum.modules:
        raise InvariantError([Problem(path=("curriculum", "modules"), message=message("graduation.no_modules"))])
    return methodology.graduation


def evaluate(methodology: HasGraduation, record: ParticipantRecord, as_of: dt.date | str) -> Decision:
    """
    Where one participant is on *as_of* (`Status`), and why: what she meets and what she lacks.

    Records dated after *as_of* are ignored, and so are those after she
    withdrew. The rule set is the one in force on the decision date (see
    `decision_date`).

    A graduation recorded on or before *as_of* makes her `Status.GRADUATED`
    whatever the rules say now, and freezes the decision of its day (her
    ``admission``): the rule set in force on that day, its thresholds and
    what her record showed. Rules changed from a later date leave it as it
    was; an admission that was not `Status.ELIGIBLE` is an unwarranted
    graduation, which `CohortReport.problems` reports.

    Raises:
        LoadError: *as_of* is text that is not a real date as YYYY-MM-DD (at ``$.as_of``).
        NotInForceError: no rule set was in force on the decision date.
        NoGraduationRulesError: the methodology has no graduation rules.
        InvariantError: the methodology has no modules (a base layer such as ``sce-base``).
    """
    day = as_of_date(as_of)
    graduation = require_rules(methodology)
    recorded = record.graduation
    if recorded is not None and recorded.graduated_on <= day:
        admission = _decide(methodology, graduation, record, recorded.graduated_on)
        return attrs.evolve(admission, as_of=day, status=Status.GRADUATED, graduation=recorded, admission=admission)
    return _decide(methodology, graduation, record, day)


def _decide(
    methodology: HasGraduation, graduation: Graduation, record: ParticipantRecord, day: pendulum.Date
) -> Decision:
    """The decision on *day* as the rules and the record give it, a recorded graduation aside."""
    when = decision_date(record, day)
    entry = graduation.rule_sets.entry_at(when)
    participant = record.participant
    left = participant.enrollment.withdrawn_on if participant.enrollment.withdrawn_by(day) else None
    evaluator = Evaluator(
        curriculum=methodology.curriculum,
        rule_set=entry.value,
        facts=facts_of(record, day if left is None else left),
        centre_id=participant.centre_id,
        cohort_id=participant.cohort_id,
    )
    result = evaluator.run(entry.value.rule)
    period = record.period
    if left is not None:
        status = Status.WITHDRAWN
    elif period is not None and day < period.starts_on:
        status = Status.ENROLLED
    elif result.passed:
        status = Status.ELIGIBLE
    elif period is not None and period.running_on(day):
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
        cohort_starts_on=None if period is None else period.starts_on,
        withdrawn_on=left,
    )
