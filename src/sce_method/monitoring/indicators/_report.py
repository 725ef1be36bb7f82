"""The computed indicators of a cohort: each value with its breakdown, and tidy rows for PowerBI or pandas."""

from __future__ import annotations

from typing import Final, TypedDict

import attrs

from sce_method._core import (
    DEFAULT_LANG,
    Column,
    Lang,
    Message,
    Problem,
    TableFormat,
    TabularReport,
    UnknownIdError,
    csv_text,
    display_lang,
    html_view,
    message,
    sized,
    table,
)
from sce_method.monitoring.indicators._disclosure import HIDDEN, TOTAL, Cell


class IndicatorRow(TypedDict):
    """
    One indicator, in total or in one breakdown cell, as a row of `IndicatorReport.rows`.

    Numbers are numbers. A hidden cell, or a hidden total, has None where its
    numbers would be and ``suppressed`` True, whatever the reason: saying which
    cells are the small ones would point at them (shown to people as ``x``).
    """

    indicator_id: str
    dimension: str
    """``total`` for the indicator as a whole, else the breakdown (``centro``, ``generacion``, ...)."""
    key: str
    """The cell of the breakdown (a centre id, an age band); blank for the total."""
    numerator: int | float | None
    denominator: int | None
    value: float | None
    """The share, rounded to three decimals; None when there is no denominator or the cell is hidden."""
    missing: int | None
    """The total only: members of the population without the response(s) needed."""
    small: bool | None
    """The total only: whether the denominator is under the threshold."""
    reported: int | float | None
    """The total only: the figure the source reports, if any."""
    suppressed: bool
    """Whether the cell is hidden (its numbers are None)."""


INDICATOR_COLUMNS: Final = tuple(IndicatorRow.__annotations__)
"""The columns of `IndicatorReport.to_csv`, in order."""

_FRAME: Final = (
    Column("indicator_id", "category"),
    Column("dimension", "category"),
    Column("key", "str"),
    Column("numerator", "float"),
    Column("denominator", "int"),
    Column("value", "float"),
    Column("missing", "int"),
    Column("small", "bool"),
    Column("reported", "float"),
    Column("suppressed", "bool"),
)

_SHOWN: Final = {
    "indicator_id": "indicators.col.indicator_id",
    "dimension": "indicators.col.dimension",
    "key": "indicators.col.key",
    "numerator": "indicators.col.numerator",
    "denominator": "indicators.col.denominator",
    "value": "indicators.col.value",
    "missing": "indicators.col.missing",
    "reported": "indicators.col.reported",
}
"""The columns shown to people, and the message heading each (``small`` is said by the threshold note instead)."""


_NUMBERS: Final = ("numerator", "denominator", "value")
"""The figures of a cell, which a hidden one shows as `HIDDEN` (a total hides its ``missing`` too)."""


def _whole(value: float | None) -> int | float | None:
    """A whole number as an int (``3``, not ``3.0``), any other as it is."""
    return int(value) if value is not None and float(value).is_integer() else value


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
    frame_columns = _FRAME

    values: tuple[IndicatorValue, ...]
    problems: tuple[Problem, ...] = attrs.field(repr=sized)
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
        """A caption, the first rows and how many more, and the legend of the marker ``x``, in *lang*."""
        rows = self.rows(lang)
        return html_view(
            caption=message("indicators.view.caption", count=len(self.values)).render(lang),
            headers=[message(_SHOWN[k]).render(lang) for k in _SHOWN],
            rows=(self.shown(r) for r in rows),
            total=len(rows),
            legend=self.legend(lang) or None,
            lang=lang,
        )

    def _repr_html_(self) -> str:
        """`html` in the display language (`set_display_lang`)."""
        return self.html(display_lang())

    def shown(self, row: IndicatorRow) -> list[str]:
        """A row as people read it: hidden numbers as `HIDDEN` (``x``), the share with three decimals."""
        out = []
        for key in _SHOWN:
            value = row[key]  # type: ignore[literal-required]
            hidden = ("numerator", "denominator", "value", "missing") if row["dimension"] == TOTAL else _NUMBERS
            if row["suppressed"] and key in hidden:
                out.append(HIDDEN)
            elif key == "value" and value is not None:
                out.append(f"{value:.3f}")
            else:
                out.append("" if value is None else f"{value:g}" if isinstance(value, float) else str(value))
        return out

    def describe(self, lang: Lang = DEFAULT_LANG, fmt: TableFormat = "table") -> str:
        """The rows as a table for people, then what each indicator counts, then the note on hidden cells."""
        headers = [message(_SHOWN[k]).render(lang) for k in _SHOWN]
        text = table(headers, [self.shown(r) for r in self.rows(lang)], fmt) + "\n"
        text += "\n" + "\n".join(f"{v.indicator_id}: {v.explain(lang)}" for v in self.values) + "\n"
        if self.suppressed:
            text += "\n" + self.legend(lang) + "\n"
        return text

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[IndicatorRow]:  # noqa: ARG002 -- ids and numbers: no language
        """
        Tidy rows, one per indicator x breakdown cell (the total first), for PowerBI or pandas.

        Hidden cells, and a hidden total, have None in numerator, denominator
        and value (and a hidden total in missing), and ``suppressed`` True.
        Every column is an id, a number or a flag, the same in every language.
        """
        out: list[IndicatorRow] = []
        for v in self.values:
            hidden = v.suppressed
            total: IndicatorRow = {
                "indicator_id": v.indicator_id,
                "dimension": TOTAL,
                "key": "",
                "numerator": None if hidden else _whole(v.numerator),
                "denominator": None if hidden else v.denominator,
                "value": None if hidden or v.value is None else round(v.value, 3),
                "missing": None if hidden else v.missing,
                "small": v.small,
                "reported": _whole(v.reported),
                "suppressed": hidden,
            }
            out.append(total)
            out.extend(
                {
                    "indicator_id": v.indicator_id,
                    "dimension": c.dimension,
                    "key": c.key,
                    "numerator": None if c.suppressed else _whole(c.numerator),
                    "denominator": None if c.suppressed else c.denominator,
                    "value": None if c.value is None else round(c.value, 3),
                    "missing": None,
                    "small": None,
                    "reported": None,
                    "suppressed": c.suppressed,
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
