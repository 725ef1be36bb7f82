"""
One row of the results framework: an indicator, its target, and what was achieved in each period.

Progress is computed, never typed in: actual / target, as the seed's Annex A
computes it (91 of 100 is 91 %; 2 of 1 is 200 %; 40 of 36 is 111 %), or the
IATI baseline-relative formula; both respect the indicator's direction. A
qualitative target ("documento con estrategia definida") has no number: a
person sets its status, with provenance.
"""

from __future__ import annotations

import attrs
import pendulum

from sce_method._core import (
    Problem,
    Sourced,
    Text,
    finite,
    message,
    not_empty,
    rule_value,
    sourced_order,
    unique_ids,
)
from sce_method.monitoring.results._achievement import Achievement, Measure, achievement
from sce_method.monitoring.results._computation import Computation

_optional_finite = attrs.validators.optional(finite)


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class PeriodResult(Sourced):
    """What was achieved in one reporting period (an IATI period's actual)."""

    period: str = attrs.field(validator=not_empty)
    starts_on: pendulum.Date
    ends_on: pendulum.Date
    actual: float | None = attrs.field(default=None, validator=_optional_finite, metadata=rule_value())
    status: Achievement | None = attrs.field(default=None, metadata=rule_value())
    """Set by a person for a qualitative indicator; computed otherwise."""
    note: Text | None = None

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.ends_on < self.starts_on:
            problems.append(Problem(path=("ends_on",), message=message("results.period_order")))
        return problems


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class ResultIndicator(Sourced):
    """
    One row of the results framework: a statement, its baseline, target and results.

    *baseline* and *target* are numbers, or None where Annex A says "No aplica"
    (and always None for a qualitative indicator, whose target is a text).
    """

    id: str = attrs.field(validator=not_empty)
    statement: Text
    measure: Measure
    unit: Text | None = None
    ascending: bool = attrs.field(default=True, metadata=rule_value())
    baseline: float | None = attrs.field(default=None, validator=_optional_finite, metadata=rule_value())
    target: float | None = attrs.field(default=None, validator=_optional_finite, metadata=rule_value())
    target_text: Text | None = None
    computed: str | None = None
    """A figure computed from a cohort that gives this indicator's actual (e.g. ``mentoring.cobertura``)."""
    computation: Computation | None = None
    """How its actual is counted from a cohort folder's records (see `Computation`); None: it is not."""
    results: tuple[PeriodResult, ...] = ()

    def _problems(self) -> list[Problem]:
        problems = unique_ids(self.results, field="results", key=lambda r: r.period, attr="period")
        qualitative = self.measure is Measure.QUALITATIVE
        if self.target is not None and self.target == 0:
            problems.append(Problem(path=("target",), message=message("results.zero_target")))
        for name, number in (("target", self.target), ("baseline", self.baseline)):
            if qualitative and number is not None:
                problems.append(Problem(path=(name,), message=message("results.qualitative_number")))
        for index, result in enumerate(self.results):
            if qualitative and result.actual is not None:
                problems.append(
                    Problem(path=("results", index, "actual"), message=message("results.qualitative_number"))
                )
            if qualitative and result.status is None:
                problems.append(Problem(path=("results", index, "status"), message=message("results.status_needed")))
            if not qualitative and result.status is not None:
                problems.append(Problem(path=("results", index, "status"), message=message("results.status_computed")))
        return problems

    def result(self, period: str | None = None) -> PeriodResult | None:
        """The result of *period* (the latest when None), or None if there is none."""
        if not self.results:
            return None
        if period is None:
            return self.results[-1]
        for result in self.results:
            if result.period == period:
                return result
        return None

    def progress_in(self, period: str | None = None) -> float | None:
        """
        Actual / target (target / actual when lower is better), as Annex A computes it.

        None for a qualitative indicator, a missing actual or a missing target.
        """
        result = self.result(period)
        if result is None or result.actual is None or self.target is None:
            return None
        if self.ascending:
            return result.actual / self.target
        return self.target / result.actual if result.actual else None

    def progress_from_baseline_in(self, period: str | None = None) -> float | None:
        """
        IATI's baseline-relative progress: (actual - baseline) / (target - baseline).

        Direction-aware by construction; None without a numeric baseline, or when
        the target equals the baseline.
        """
        result = self.result(period)
        if result is None or result.actual is None or self.target is None or self.baseline is None:
            return None
        span = self.target - self.baseline
        return None if span == 0 else (result.actual - self.baseline) / span

    def status_in(self, period: str | None = None) -> Achievement:
        """The status: set by a person for a qualitative indicator, from `progress_in` otherwise."""
        result = self.result(period)
        if result is not None and result.status is not None:
            return result.status
        return achievement(self.progress_in(period))

    @property
    def progress(self) -> float | None:
        """`progress_in` the latest period."""
        return self.progress_in()

    @property
    def progress_from_baseline(self) -> float | None:
        """`progress_from_baseline_in` the latest period."""
        return self.progress_from_baseline_in()

    @property
    def status(self) -> Achievement:
        """`status_in` the latest period."""
        return self.status_in()
