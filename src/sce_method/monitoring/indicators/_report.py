"""The computed indicators of a cohort: each value with its breakdown, and tidy rows for PowerBI or pandas."""

from __future__ import annotations

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
from sce_method.monitoring.indicators._disclosure import Cell


class IndicatorRow(TypedDict):
    """
    One indicator, in total or in one breakdown cell, as a row of `IndicatorReport.rows`.

    Every value is text, as ``sce-method indicators --format csv|json`` has
    always shown it: a hidden cell shows ``<5`` (under the threshold) or ``x``
    (hidden so that another cannot be recovered) where its numbers would be,
    so the number columns cannot be numbers.
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
    threshold; *cells* are the broken-down values, already protected.
    """

    indicator_id: str
    numerator: float
    denominator: int
    value: float | None
    missing: int
    small: bool
    cells: tuple[Cell, ...]
    reported: float | None = None
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

    def _repr_html_(self) -> str:
        return html_table(_SHOWN, (cells(r, _SHOWN) for r in self.rows()))

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[IndicatorRow]:  # noqa: ARG002 -- ids and numbers: no language
        """
        Tidy rows, one per indicator x breakdown cell (the total first), for PowerBI or pandas.

        Hidden cells show ``<min_cell`` in numerator, denominator and value
        alike. Every column is an id or a number, the same in every language.
        """
        out: list[IndicatorRow] = []
        for v in self.values:
            total: IndicatorRow = {
                "indicator_id": v.indicator_id,
                "dimension": "total",
                "key": "",
                "numerator": f"{v.numerator:g}",
                "denominator": str(v.denominator),
                "value": "" if v.value is None else f"{v.value:.3f}",
                "missing": str(v.missing),
                "small": "yes" if v.small else "",
                "reported": "" if v.reported is None else f"{v.reported:g}",
            }
            out.append(total)
            out.extend(
                {
                    "indicator_id": v.indicator_id,
                    "dimension": c.dimension,
                    "key": c.key,
                    "numerator": c.shown("numerator", self.min_cell),
                    "denominator": c.shown("denominator", self.min_cell),
                    "value": c.shown("value", self.min_cell),
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
