"""
The results framework: outcomes R1 to R4, their indicators, and the figures the source reports.

The framework renders itself as rows, a tidy CSV, a table for people, HTML
and an SVG chart, and gains results computed from a cohort
(`ResultsFramework.with_computed`).
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping

import attrs
import pendulum

from sce_method._core import (
    DEFAULT_LANG,
    Lang,
    Problem,
    Provenance,
    Sourced,
    TableFormat,
    TabularReport,
    Text,
    display_lang,
    finite,
    lookup,
    message,
    not_empty,
    rule_value,
    sourced_order,
    unique_ids,
)
from sce_method.monitoring.results import _render as render
from sce_method.monitoring.results._computation import Computation
from sce_method.monitoring.results._indicator import PeriodResult, ResultIndicator
from sce_method.monitoring.results._render import COLUMNS, FRAME_COLUMNS, ResultRow


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Outcome(Sourced):
    """A result of the programme (R1 to R4) and its indicators."""

    id: str = attrs.field(validator=not_empty)
    statement: Text
    indicators: tuple[ResultIndicator, ...] = ()
    """None in a base layer: SCE's global results, which each programme measures with its own indicators."""

    def _problems(self) -> list[Problem]:
        return unique_ids(self.indicators, field="indicators")


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class ReportedFigure(Sourced):
    """
    A count the source reports (participants, graduates), with the parts it adds up to.

    A figure with *parts* must equal their sum: the seed's numbers must agree
    with each other in the data.
    """

    id: str = attrs.field(validator=not_empty)
    label: Text
    value: float = attrs.field(validator=finite, metadata=rule_value())
    more_than: bool = False
    """The source says "more than" the value (``más de 8,000``), not the value itself."""
    parts: tuple[str, ...] = ()
    computation: Computation | None = None
    """How the figure is counted from a cohort folder's records (see `Computation`); None: it is not."""


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class ResultsFramework(Sourced, TabularReport[ResultRow]):
    """
    The results framework: outcomes R1 to R4, their indicators, and reported figures.

    ``rows(lang)`` gives a `ResultRow` per indicator and period,
    ``to_csv(lang)`` the tidy CSV for PowerBI, ``write_csv(path, lang)``
    writes it atomically; ``describe`` lays out Annex A for people, ``to_svg``
    draws it, and Jupyter shows it as an HTML table.

    >>> import sce_method
    >>> rf = sce_method.load().results_framework
    >>> rf.indicator("2.1").progress, rf.indicator("2.1").status.value
    (0.91, 'avance-parcial')
    """

    csv_columns = COLUMNS
    frame_columns = FRAME_COLUMNS

    id: str = attrs.field(validator=not_empty)
    title: Text
    impact_area: Text | None = None
    strategic_result: Text | None = None
    """The result of UN Women's Strategic Note the framework contributes to (2.2.1 in the seed)."""
    outcomes: tuple[Outcome, ...] = attrs.field(validator=not_empty)
    figures: tuple[ReportedFigure, ...] = ()

    def __repr__(self) -> str:
        outcomes = tuple(o.id for o in self.outcomes)
        return f"ResultsFramework(id={self.id!r}, outcomes={outcomes!r}, indicators={len(self.indicators)})"

    def _problems(self) -> list[Problem]:
        problems = unique_ids(self.outcomes, field="outcomes")
        problems += unique_ids(self.figures, field="figures")
        seen: dict[str, int] = {}
        for o_index, outcome in enumerate(self.outcomes):
            for i_index, indicator in enumerate(outcome.indicators):
                if indicator.id in seen:
                    said = message("core.id.duplicate", id=indicator.id, first=seen[indicator.id])
                    problems.append(Problem(path=("outcomes", o_index, "indicators", i_index, "id"), message=said))
                seen.setdefault(indicator.id, o_index)
        problems += self._figure_problems()
        return problems

    def _figure_problems(self) -> list[Problem]:
        values = {f.id: f.value for f in self.figures}
        problems: list[Problem] = []
        for index, figure in enumerate(self.figures):
            missing = [p for p in figure.parts if p not in values]
            if missing:
                said = message(
                    "core.ref.unknown", kind=message("results.kind.figure"), id=missing[0], known=", ".join(values)
                )
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
        return lookup(self.indicators, ident, message("core.kind.indicator"))

    def outcome_of(self, ident: str) -> Outcome:
        """The outcome an indicator belongs to."""
        for outcome in self.outcomes:
            if any(i.id == ident for i in outcome.indicators):
                return outcome
        return lookup((), ident, message("core.kind.indicator"))

    def figure(self, ident: str) -> ReportedFigure:
        """A reported figure by id (`UnknownIdError` if none)."""
        return lookup(self.figures, ident, message("results.kind.figure"))

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

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[ResultRow]:
        """One `ResultRow` per indicator and period (``pandas.DataFrame(rf.rows())`` works)."""
        return render.rows(self, lang)

    def to_rows(self, lang: Lang = DEFAULT_LANG) -> list[ResultRow]:
        """Deprecated alias of `rows`."""
        warnings.warn("ResultsFramework.to_rows is deprecated: use rows", DeprecationWarning, stacklevel=2)
        return self.rows(lang)

    def to_svg(self, lang: Lang = DEFAULT_LANG, period: str | None = None) -> str:
        """
        The chart of progress against target, grouped by outcome, as SVG text (needs the ``charts`` extra).

        Raises:
            MissingExtraError: matplotlib is not installed.
        """
        from sce_method.monitoring.results._chart import chart  # noqa: PLC0415 -- matplotlib's chart, only when drawn

        return chart(self, lang, period, "svg").decode("utf-8")

    def plain_svg(self, lang: Lang = DEFAULT_LANG, period: str | None = None) -> str:
        """
        A plain chart of progress against target as SVG text, with no extra: the one the Manual inlines.

        Bars labelled by indicator id, a full or empty bar for a qualitative
        indicator, and the target line; `to_svg` is the chart for people.
        """
        return render.plain_svg(self, lang, period)

    def to_png(self, lang: Lang = DEFAULT_LANG, period: str | None = None) -> bytes:
        """
        The same chart as a PNG image (needs the ``charts`` extra).

        Raises:
            MissingExtraError: matplotlib is not installed.
        """
        from sce_method.monitoring.results._chart import chart  # noqa: PLC0415 -- matplotlib's chart, only when drawn

        return chart(self, lang, period, "png")

    def describe(self, lang: Lang = DEFAULT_LANG, fmt: TableFormat = "table") -> str:
        """Annex A as a table for people (``table`` or ``md``)."""
        return render.to_table(self, lang, fmt)

    def _repr_html_(self) -> str:
        """A caption, the counts by status and the first rows, in the display language."""
        return render.to_html(self, display_lang())
