"""
The results framework: outcomes, their indicators, targets and what was achieved.

Progress is computed, never typed in: actual / target, as the seed's Annex A
computes it (91 of 100 is 91 %; 2 of 1 is 200 %; 40 of 36 is 111 %), or the
IATI baseline-relative formula; both respect the indicator's direction. A
qualitative target ("documento con estrategia definida") has no number: a
person sets its status, with provenance.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import pendulum

from sce_method._core import (
    DEFAULT_LANG,
    Lang,
    Problem,
    Provenance,
    TableFormat,
    Text,
    check_provenance,
    finite,
    lookup,
    message,
    not_empty,
    provenance_overrides,
    raise_if,
    rule_value,
    unique_ids,
)
from sce_method.monitoring import _results_render as render
from sce_method.monitoring._achievement import Achievement, Measure, achievement

_optional_finite = attrs.validators.optional(finite)


@attrs.frozen(kw_only=True)
class PeriodResult:
    """What was achieved in one reporting period (an IATI period's actual)."""

    period: str = attrs.field(validator=not_empty)
    starts_on: pendulum.Date
    ends_on: pendulum.Date
    actual: float | None = attrs.field(default=None, validator=_optional_finite, metadata=rule_value())
    status: Achievement | None = attrs.field(default=None, metadata=rule_value())
    """Set by a person for a qualitative indicator; computed otherwise."""
    note: Text | None = None
    provenance: Provenance
    field_provenance: Mapping[str, Provenance] = provenance_overrides()

    def __attrs_post_init__(self) -> None:
        problems = check_provenance(self)
        if self.ends_on < self.starts_on:
            problems.append(Problem(path=("ends_on",), message=message("results.period_order")))
        raise_if(problems)


@attrs.frozen(kw_only=True)
class ResultIndicator:
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
    results: tuple[PeriodResult, ...] = ()
    provenance: Provenance
    field_provenance: Mapping[str, Provenance] = provenance_overrides()

    def __attrs_post_init__(self) -> None:
        problems = check_provenance(self)
        problems += unique_ids(self.results, field="results", key=lambda r: r.period, attr="period")
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
        raise_if(problems)

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


@attrs.frozen(kw_only=True)
class Outcome:
    """A result of the programme (R1 to R4) and its indicators."""

    id: str = attrs.field(validator=not_empty)
    statement: Text
    indicators: tuple[ResultIndicator, ...] = attrs.field(validator=not_empty)
    provenance: Provenance
    field_provenance: Mapping[str, Provenance] = provenance_overrides()

    def __attrs_post_init__(self) -> None:
        problems = check_provenance(self)
        problems += unique_ids(self.indicators, field="indicators")
        raise_if(problems)


@attrs.frozen(kw_only=True)
class ReportedFigure:
    """
    A count the source reports (participants, graduates), with the parts it adds up to.

    A figure with *parts* must equal their sum: the seed's numbers must agree
    with each other in the data.
    """

    id: str = attrs.field(validator=not_empty)
    label: Text
    value: float = attrs.field(validator=finite, metadata=rule_value())
    parts: tuple[str, ...] = ()
    provenance: Provenance
    field_provenance: Mapping[str, Provenance] = provenance_overrides()

    def __attrs_post_init__(self) -> None:
        raise_if(check_provenance(self))


@attrs.frozen(kw_only=True)
class ResultsFramework:
    """
    The results framework: outcomes R1 to R4, their indicators, and reported figures.

    >>> import sce_method
    >>> rf = sce_method.load().results_framework
    >>> rf.indicator("2.1").progress, rf.indicator("2.1").status.value
    (0.91, 'avance-parcial')
    """

    id: str = attrs.field(validator=not_empty)
    title: Text
    impact_area: Text | None = None
    outcomes: tuple[Outcome, ...] = attrs.field(validator=not_empty)
    figures: tuple[ReportedFigure, ...] = ()
    provenance: Provenance
    field_provenance: Mapping[str, Provenance] = provenance_overrides()

    def __attrs_post_init__(self) -> None:
        problems = check_provenance(self)
        problems += unique_ids(self.outcomes, field="outcomes")
        problems += unique_ids(self.figures, field="figures")
        seen: dict[str, int] = {}
        for o_index, outcome in enumerate(self.outcomes):
            for i_index, indicator in enumerate(outcome.indicators):
                if indicator.id in seen:
                    said = message("id.duplicate", id=indicator.id, first=seen[indicator.id])
                    problems.append(Problem(path=("outcomes", o_index, "indicators", i_index, "id"), message=said))
                seen.setdefault(indicator.id, o_index)
        problems += self._figure_problems()
        raise_if(problems)

    def _figure_problems(self) -> list[Problem]:
        values = {f.id: f.value for f in self.figures}
        problems: list[Problem] = []
        for index, figure in enumerate(self.figures):
            missing = [p for p in figure.parts if p not in values]
            if missing:
                said = message("ref.unknown", kind=message("kind.figure"), id=missing[0], known=", ".join(values))
                problems.append(Problem(path=("figures", index, "parts"), message=said))
            elif figure.parts and sum(values[p] for p in figure.parts) != figure.value:
                total = sum(values[p] for p in figure.parts)
                said = message(
                    "results.parts_disagree", value=figure.value, total=total, parts=" + ".join(figure.parts)
                )
                problems.append(Problem(path=("figures", index, "value"), message=said))
        return problems

    @property
    def indicators(self) -> tuple[ResultIndicator, ...]:
        """Every indicator, in framework order."""
        return tuple(i for o in self.outcomes for i in o.indicators)

    def indicator(self, ident: str) -> ResultIndicator:
        """The indicator with that id (`UnknownIdError` if none)."""
        return lookup(self.indicators, ident, "kind.indicator")

    def outcome_of(self, ident: str) -> Outcome:
        """The outcome an indicator belongs to."""
        for outcome in self.outcomes:
            if any(i.id == ident for i in outcome.indicators):
                return outcome
        return lookup((), ident, "kind.indicator")

    def figure(self, ident: str) -> ReportedFigure:
        """A reported figure by id (`UnknownIdError` if none)."""
        return lookup(self.figures, ident, "kind.figure")

    def with_computed(
        self,
        figures: Mapping[str, float | int | None],
        *,
        period: str,
        starts_on: pendulum.Date,
        ends_on: pendulum.Date,
    ) -> ResultsFramework:
        """
        A new framework with results computed from a cohort for *period*.

        Each indicator that declares a ``computed`` figure found in *figures*
        gains a result with that figure as its actual. The figures come from a
        cohort (e.g. `sce_method.mentoring.mentoring_report`), so each result
        cites the cohort's lists, not the seed.
        """
        provenance = Provenance.cite("cohorte", f"{period}: {', '.join(sorted(figures))}")

        def extended(indicator: ResultIndicator) -> ResultIndicator:
            value = figures.get(indicator.computed) if indicator.computed is not None else None
            if value is None:
                return indicator
            result = PeriodResult(
                period=period,
                starts_on=starts_on,
                ends_on=ends_on,
                actual=float(value),
                provenance=provenance,
                field_provenance={"actual": provenance, "status": provenance},
            )
            return attrs.evolve(indicator, results=(*indicator.results, result))

        outcomes = tuple(attrs.evolve(o, indicators=tuple(extended(i) for i in o.indicators)) for o in self.outcomes)
        return attrs.evolve(self, outcomes=outcomes)

    def to_rows(self, lang: Lang = DEFAULT_LANG) -> list[dict[str, str]]:
        """One plain dict per indicator and period (``pandas.DataFrame(rf.to_rows())`` works)."""
        return render.rows(self, lang)

    def to_csv(self, lang: Lang = DEFAULT_LANG) -> str:
        """The tidy CSV, one row per indicator x period, for PowerBI."""
        return render.to_csv(self, lang)

    def to_svg(self, lang: Lang = DEFAULT_LANG, period: str | None = None) -> str:
        """A chart of progress against target, as SVG text (no plotting library needed)."""
        return render.to_svg(self, lang, period)

    def describe(self, lang: Lang = DEFAULT_LANG, fmt: TableFormat = "table") -> str:
        """Annex A as a table for people (``table`` or ``md``)."""
        return render.to_table(self, lang, fmt)

    def _repr_html_(self) -> str:
        return render.to_html(self)
