"""The computed indicators of a cohort: each value with its breakdown, and tidy rows for PowerBI or pandas."""

from __future__ import annotations

import html
from typing import Final, TypedDict

import attrs

from sce_method._core import (
    DEFAULT_LANG,
    Lang,
    Message,
    Problem,
    TabularReport,
    UnknownIdError,
    cells,
    csv_text,
    html_table,
    message,
)
from sce_method.monitoring.indicators._disclosure import HIDDEN, TOTAL, Cell


class IndicatorRow(TypedDict):
    """
    One indicator, in total or in one breakdown cell, as a row of `IndicatorReport.rows`.

    Every value is text, as ``sce-method indicators --format csv|json`` has
    always shown it: a hidden cell, or a hidden total, shows ``x`` where its
    numbers would be, so the number columns cannot be numbers.
    """

    indicator_id: str
    dimension: str
    """``total`` for the indicator as a whole, else the breakdown (``centro``, ``generacion``, ...)."""
    key: str
    """The cell of the breakdown (a centre id, an age band); blank for the total."""
    numerator: str
    denominator: str
    value: str
    """The share, three decimals; blank when there is no denominator."""
    missing: str
    """The total only: members of the population without the response(s) needed."""
    small: str
    """The total only: ``yes`` when the denominator is under the threshold."""
    reported: str
    """The total only: the figure the source reports, if any."""


INDICATOR_COLUMNS: Final = tuple(IndicatorRow.__annotations__)
"""The columns of `IndicatorReport.to_csv`, in order."""

_SHOWN: Final = ("indicator_id", "dimension", "key", "numerator", "denominator", "value", "missing", "reported")
"""The columns Jupyter shows (``small`` is said by the threshold note instead)."""


@attrs.frozen(kw_only=True)
class IndicatorValue:
    """
    One indicator computed over a cohort: numerator, denominator and value.

    *missing* counts the population members without the response(s) the
    indicator needs; *small* flags a denominator under the disclosure
    threshold; *cells* are the broken-down values, already protected;
    *suppressed* says that the total itself is hidden (small, or a hidden
    cell's twin): its rows and explanation show ``x`` for its figures.
    """

    indicator_id: str
    numerator: float
    denominator: int
    value: float | None
    missing: int
    small: bool
    cells: tuple[Cell, ...]
    reported: float | None = None
    suppressed: bool = False
    explanation: Message | None = None

    def explain(self, lang: Lang = DEFAULT_LANG) -> str:
        """Who is in the denominator, who met the condition, and who was left out for lack of a survey."""
        return "" if self.explanation is None else self.explanation.render(lang)


@attrs.frozen(kw_only=True)
class IndicatorReport(TabularReport[IndicatorRow]):
    """
    The cohort's indicators, the problems met on the way, and the policy applied.

    ``rows()`` gives tidy `IndicatorRow` s for PowerBI or pandas,
    ``to_csv()`` their CSV text, ``write_csv(path)`` writes it atomically;
    Jupyter shows the report as an HTML table.
    """

    csv_columns = INDICATOR_COLUMNS

    values: tuple[IndicatorValue, ...]
    problems: tuple[Problem, ...]
    min_cell: int
    suppressed: bool

    def value(self, indicator_id: str) -> IndicatorValue:
        """The value of one indicator (`UnknownIdError` if it was not computed)."""
        for v in self.values:
            if v.indicator_id == indicator_id:
                return v
        known = ", ".join(dict.fromkeys(v.indicator_id for v in self.values))
        raise UnknownIdError(
            message("core.id.unknown", kind=message("core.kind.indicator"), id=indicator_id, known=known)
        )

    def legend(self, lang: Lang = DEFAULT_LANG) -> str:
        """What the marker ``x`` means and why cells are hidden; blank when nothing was protected."""
        if not self.suppressed:
            return ""
        return message("indicators.legend", marker=HIDDEN, min_cell=self.min_cell).render(lang)

    def html(self, lang: Lang = DEFAULT_LANG) -> str:
        """The rows as an HTML table (without ``small``), then the legend of the marker in *lang*."""
        table = html_table(_SHOWN, (cells(r, _SHOWN) for r in self.rows(lang)))
        legend = self.legend(lang)
        return table + (f"<p>{html.escape(legend)}</p>" if legend else "")

    def _repr_html_(self) -> str:
        return self.html()

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[IndicatorRow]:  # noqa: ARG002 -- ids and numbers: no language
        """
        Tidy rows, one per indicator x breakdown cell (the total first), for PowerBI or pandas.

        Hidden cells, and a hidden total, show ``x`` in numerator, denominator
        and value alike (and a hidden total in missing). Every column is an id or a number, the same in every language.
        """
        out: list[IndicatorRow] = []
        for v in self.values:
            hidden = v.suppressed
            total: IndicatorRow = {
                "indicator_id": v.indicator_id,
                "dimension": TOTAL,
                "key": "",
                "numerator": HIDDEN if hidden else f"{v.numerator:g}",
                "denominator": HIDDEN if hidden else str(v.denominator),
                "value": HIDDEN if hidden else "" if v.value is None else f"{v.value:.3f}",
                "missing": HIDDEN if hidden else str(v.missing),
                "small": "yes" if v.small else "",
                "reported": "" if v.reported is None else f"{v.reported:g}",
            }
            out.append(total)
            out.extend(
                {
                    "indicator_id": v.indicator_id,
                    "dimension": c.dimension,
                    "key": c.key,
                    "numerator": c.shown("numerator"),
                    "denominator": c.shown("denominator"),
                    "value": c.shown("value"),
                    "missing": "",
                    "small": "",
                    "reported": "",
                }
                for c in v.cells
            )
        return out

    def to_csv(self, lang: Lang = DEFAULT_LANG, *, formula_escape: bool = True) -> str:
        """
        The rows as CSV text, newline line ends, formulas escaped unless *formula_escape* is False (see `csv_text`).

        A report of no indicator is a header of ``indicator_id`` alone, as
        ``sce-method indicators --format csv`` has always written it.
        """
        columns = INDICATOR_COLUMNS if self.values else INDICATOR_COLUMNS[:1]
        return csv_text(columns, self.rows(lang), formula_escape=formula_escape)
