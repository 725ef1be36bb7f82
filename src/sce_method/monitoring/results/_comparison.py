"""
The results framework beside what a cohort folder's records give: `ResultsComparison`.

Each indicator and each reported figure is a row with the report's own value
and, where the row declares how (its ``computation``), the value counted from
the records, whether the two agree, and how many records were counted and left
out. ``explain(row)`` lists them, each with its detail or its reason.

Rows hold numbers as numbers (``91``, not ``"91"``), a text target in its own
column, and None where a value does not apply.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal, TypedDict

import attrs
import pendulum

from sce_method._core import DEFAULT_LANG, Lang, TableFormat, TabularReport, display_lang
from sce_method.monitoring.results._achievement import Measure, achievement, percent_of
from sce_method.monitoring.results._computation import Computation, computation_kind
from sce_method.monitoring.results._count import Count, HasRecords, count
from sce_method.monitoring.results._explain import Explanation, explanation, explanation_text
from sce_method.monitoring.results._framework import ResultsFramework
from sce_method.monitoring.results._indicator import ResultIndicator
from sce_method.monitoring.results._render_comparison import COMPARISON_FRAME, comparison_html, render_comparison
from sce_method.participants import Cohort

Number = int | float


class ComparisonRow(TypedDict):
    """One indicator or reported figure: the report's value, and beside it the one its records give."""

    row: Literal["indicator", "figure"]
    id: str
    outcome_id: str | None
    label: str
    target: Number | None
    """A numeric target; a target the report words is in ``target_text``."""
    target_text: str | None
    reported: Number | None
    """The report's own value: the indicator's latest result, or the figure."""
    reported_progress_percent: int | None
    """The report's value against the target, a whole percent (as the framework computes it)."""
    reported_status: str | None
    """The stable id of the report's `Achievement` for the indicator (set by a person for a qualitative one)."""
    computed: Number | None
    """The value counted from the records; None when the row declares no computation, or a list is missing."""
    computed_progress_percent: int | None
    computed_status: str | None
    agrees: bool | None
    """Whether the computed value equals the report's; None when either is missing."""
    computation: str | None
    """The computation's kind (``participants``, ``graduations``, ...)."""
    counted: int | None
    excluded: int | None
    missing: str | None
    """The lists the computation needs that the folder does not have, ``;`` separated."""


COMPARISON_COLUMNS: Final = tuple(ComparisonRow.__annotations__)
"""The columns of `ResultsComparison.rows` and of its CSV, in order."""


def _number(value: float | None) -> Number | None:
    """A whole number as an int (``91``, not ``91.0``); other numbers as they are."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _read_only(counts: Mapping[str, Count]) -> Mapping[str, Count]:
    return MappingProxyType(dict(counts))


@attrs.frozen(kw_only=True)
class ResultsComparison(TabularReport[ComparisonRow]):
    """
    Every indicator and reported figure of a framework, with what a cohort folder's records give for it.

    ``rows(lang)`` gives a `ComparisonRow` each (indicators first, in
    framework order, then the figures), ``to_csv`` and ``write_csv`` follow,
    and so do typed frames (``to_polars``, ``to_pandas``, ``to_arrow``,
    ``write_parquet``); ``describe`` lays it out for people, Jupyter shows a
    compact view, and ``explain(row)`` lists the records behind one row.
    """

    csv_columns = COMPARISON_COLUMNS
    frame_columns = COMPARISON_FRAME

    framework: ResultsFramework
    counts: Mapping[str, Count] = attrs.field(converter=_read_only, hash=False)
    """Each computed row's count, by the row's id (an indicator's or a figure's)."""
    as_of: dt.date | None = None

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[ComparisonRow]:
        """One row per indicator, then one per reported figure."""
        out: list[ComparisonRow] = []
        for outcome in self.framework.outcomes:
            for indicator in outcome.indicators:
                latest = indicator.result()
                row = self._row(indicator.id, indicator.computation, None if latest is None else latest.actual)
                reported = indicator.progress_in(None if latest is None else latest.period)
                computed = None if row["computed"] is None else _progress(indicator, row["computed"])
                row["outcome_id"] = outcome.id
                row["label"] = indicator.statement.get(lang)
                row["target"] = _number(indicator.target)
                row["target_text"] = None if indicator.target_text is None else indicator.target_text.get(lang)
                row["reported_progress_percent"] = None if reported is None else percent_of(reported)
                row["reported_status"] = None if latest is None else indicator.status_in(latest.period).value
                row["computed_progress_percent"] = None if computed is None else percent_of(computed)
                row["computed_status"] = None if computed is None else achievement(computed).value
                out.append(row)
        for figure in self.framework.figures:
            row = self._row(figure.id, figure.computation, figure.value)
            row["row"] = "figure"
            row["label"] = figure.label.get(lang)
            out.append(row)
        return out

    def count(self, ident: str) -> Count | None:
        """The count of the row *ident*, if it is computed."""
        return self.counts.get(ident)

    def _row(self, ident: str, computation: Computation | None, reported: float | None) -> ComparisonRow:
        """A row's own columns, the computed ones filled in; those of an indicator or a figure are left to fill."""
        found = self.counts.get(ident)
        computed = None if found is None else _number(found.value)
        shown = _number(reported)
        return {
            "row": "indicator",
            "id": ident,
            "outcome_id": None,
            "label": "",
            "target": None,
            "target_text": None,
            "reported": shown,
            "reported_progress_percent": None,
            "reported_status": None,
            "computed": computed,
            "computed_progress_percent": None,
            "computed_status": None,
            "agrees": None if computed is None or shown is None else computed == shown,
            "computation": None if computation is None else computation_kind(computation),
            "counted": None if found is None or computation is None else len(found.counted),
            "excluded": None if found is None or computation is None else len(found.excluded),
            "missing": None if found is None else ";".join(found.missing) or None,
        }

    def describe(self, lang: Lang = DEFAULT_LANG, fmt: TableFormat = "table") -> str:
        """The framework and its figures for people: the target, the report's value, the computed one, and agreement."""
        outcomes = {o.id: f"{o.id}. {o.statement.get(lang)}" for o in self.framework.outcomes}
        return render_comparison(self.framework.title.get(lang), outcomes, self.rows(lang), lang, fmt)

    def html(self, lang: Lang = DEFAULT_LANG) -> str:
        """A caption, how many rows agree, differ or are not computed, and the first rows, in *lang*."""
        return comparison_html(self.framework.title.get(lang), self.rows(lang), lang)

    def _repr_html_(self) -> str:
        """`html` in the display language (`sce_method.set_display_lang`)."""
        return self.html(display_lang())

    def explain(self, ident: str, lang: Lang = DEFAULT_LANG) -> Explanation:
        """
        Which records make the row *ident* (an indicator's or a figure's id), and which were left out, and why.

        Raises:
            UnknownIdError: no indicator or figure has that id.
        """
        return explanation(self, ident, lang)

    def explain_text(self, ident: str, lang: Lang = DEFAULT_LANG) -> str:
        """`explain` in words, the ids grouped by their detail or reason."""
        return explanation_text(self.explain(ident, lang), lang)


def _progress(indicator: ResultIndicator, computed: Number) -> float | None:
    """The computed value against the target, as Annex A computes progress; None for a qualitative indicator."""
    if indicator.target is None or indicator.measure is Measure.QUALITATIVE:
        return None
    if indicator.ascending:
        return computed / indicator.target
    return indicator.target / computed if computed else None


def compare(
    methodology: HasRecords,
    framework: ResultsFramework,
    cohort: Cohort,
    as_of: pendulum.Date | None = None,
    figures: Mapping[str, float | int | None] | None = None,
) -> ResultsComparison:
    """
    *framework* beside what *cohort*'s records give for each row that declares a computation.

    Args:
        methodology: the rules and staff trainings counting needs.
        framework: the results framework (the methodology's, or one with results added).
        cohort: the records.
        as_of: the last day to look at; None: each computation's own end.
        figures: figures computed elsewhere (a cohort's mentoring figures), by the name an
            indicator's ``computed`` gives them; such an indicator shows the figure as computed.
    """
    given = figures or {}
    counts: dict[str, Count] = {}
    for indicator in framework.indicators:
        if indicator.computation is not None:
            counts[indicator.id] = count(methodology, indicator.computation, cohort, as_of)
        elif indicator.computed is not None and indicator.computed in given:
            found = given[indicator.computed]
            counts[indicator.id] = Count(value=None if found is None else float(found))
    for figure in framework.figures:
        if figure.computation is not None:
            counts[figure.id] = count(methodology, figure.computation, cohort, as_of)
    return ResultsComparison(framework=framework, counts=counts, as_of=as_of)
