"""The computed indicators of a cohort: each value with its breakdown, and tidy rows for PowerBI or pandas."""

from __future__ import annotations

import html

import attrs

from sce_method._core import DEFAULT_LANG, Lang, Message, Problem, UnknownIdError, message
from sce_method.monitoring.indicators._disclosure import Cell


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
class IndicatorReport:
    """The cohort's indicators, the problems met on the way, and the policy applied."""

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
        raise UnknownIdError(message("id.unknown", kind=message("kind.indicator"), id=indicator_id, known=known))

    def _repr_html_(self) -> str:
        keys = ("indicator_id", "dimension", "key", "numerator", "denominator", "value", "missing", "reported")
        head = "".join(f"<th>{html.escape(k)}</th>" for k in keys)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(r[k])}</td>" for k in keys) + "</tr>" for r in self.rows())
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def rows(self) -> list[dict[str, str]]:
        """
        Tidy rows, one per indicator x breakdown cell (the total first), for PowerBI or pandas.

        Hidden cells show ``<min_cell`` in numerator, denominator and value alike.
        """
        out: list[dict[str, str]] = []
        for v in self.values:
            total = {
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
