"""Rendering the results framework: rows, tables, HTML and an SVG chart (the CSV follows from the rows)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Final, TypedDict

from sce_method._core import DEFAULT_LANG, Lang, TableFormat, cells, html_table, json_text, label, message, table
from sce_method.monitoring.results._achievement import Measure, percent_of

if TYPE_CHECKING:
    from sce_method.monitoring.results._framework import ResultsFramework
    from sce_method.monitoring.results._indicator import ResultIndicator


class ResultRow(TypedDict):
    """
    One indicator in one reporting period, as a row of `ResultsFramework.rows`.

    Every value is text, as the tidy CSV and ``sce-method results --format
    json`` have always shown it: a number as ``91`` or ``2.5``, a value that
    does not apply as the words for it, and a blank as ``""``.
    """

    outcome_id: str
    indicator_id: str
    statement: str
    measure: str
    """The stable id of its `Measure` (``numero``, ``porcentaje``, ``cualitativo``)."""
    baseline: str
    target: str
    period: str
    actual: str
    progress_percent: str
    """A whole percent, without the ``%``."""
    status: str
    """The stable id of its `Achievement` (``meta-lograda``, ...)."""
    status_label: str
    note: str


COLUMNS: Final = tuple(ResultRow.__annotations__)
"""The columns of `rows` and of the tidy CSV, one row per indicator x period."""

_HEADERS: Final = {
    "outcome_id": "results.col.outcome_id",
    "indicator_id": "results.col.indicator_id",
    "baseline": "results.col.baseline",
    "target": "results.col.target",
    "actual": "results.col.actual",
    "progress_percent": "results.col.progress_percent",
    "status_label": "results.col.status_label",
}
"""The message heading each column shown to people, by column."""


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _target(indicator: ResultIndicator, lang: Lang) -> str:
    if indicator.target_text is not None:
        return indicator.target_text.get(lang)
    if indicator.target is None:
        return message("results.not_applicable").render(lang)
    return _number(indicator.target)


def rows(framework: ResultsFramework, lang: Lang = DEFAULT_LANG) -> list[ResultRow]:
    """One `ResultRow` per indicator and reporting period, keyed by `COLUMNS`."""
    out: list[ResultRow] = []
    for outcome in framework.outcomes:
        for indicator in outcome.indicators:
            periods = [r.period for r in indicator.results] or [""]
            for period in periods:
                result = indicator.result(period) if period else None
                progress = indicator.progress_in(period) if period else None
                status = indicator.status_in(period) if period else None
                out.append(
                    {
                        "outcome_id": outcome.id,
                        "indicator_id": indicator.id,
                        "statement": indicator.statement.get(lang),
                        "measure": indicator.measure.value,
                        "baseline": _number(indicator.baseline)
                        if indicator.baseline is not None
                        else message("results.not_applicable").render(lang),
                        "target": _target(indicator, lang),
                        "period": period,
                        "actual": _number(result.actual) if result is not None else "",
                        "progress_percent": str(percent_of(progress)) if progress is not None else "",
                        "status": status.value if status is not None else "",
                        "status_label": label(status, lang) if status is not None else "",
                        "note": result.note.get(lang) if result is not None and result.note is not None else "",
                    }
                )
    return out


def to_json(framework: ResultsFramework, lang: Lang = DEFAULT_LANG) -> str:
    """The rows as JSON, keys in `COLUMNS` order."""
    return json_text(rows(framework, lang))


def to_table(framework: ResultsFramework, lang: Lang = DEFAULT_LANG, fmt: TableFormat = "table") -> str:
    """Annex A as a table for people: indicator, baseline, target, actual, progress, status."""
    keys = ("indicator_id", "baseline", "target", "actual", "progress_percent", "status_label")
    headers = [message(_HEADERS[k]).render(lang) for k in keys]
    lines: list[str] = [framework.title.get(lang), ""]
    by_outcome: dict[str, list[ResultRow]] = {}
    for row in rows(framework, lang):
        by_outcome.setdefault(row["outcome_id"], []).append(row)
    for outcome in framework.outcomes:
        lines.append(("## " if fmt == "md" else "") + f"{outcome.id}. {outcome.statement.get(lang)}")
        lines.append("")
        body = [
            cells({**r, "progress_percent": r["progress_percent"] + ("%" if r["progress_percent"] else "")}, keys)
            for r in by_outcome.get(outcome.id, [])
        ]
        lines.append(table(headers, body, fmt))
        lines.append("")
    return "\n".join(lines)


def to_html(framework: ResultsFramework, lang: Lang = DEFAULT_LANG) -> str:
    """An HTML table of the tidy rows, for Jupyter."""
    keys = ("outcome_id", "indicator_id", "baseline", "target", "actual", "progress_percent", "status_label")
    body = (cells(r, keys) for r in rows(framework, lang))
    return html_table([message(_HEADERS[k]).render(lang) for k in keys], body)


def to_svg(framework: ResultsFramework, lang: Lang = DEFAULT_LANG, period: str | None = None) -> str:
    """
    A bar chart of progress against target (the 100 % line), as standalone SVG text.

    Qualitative indicators show their status as a full or empty bar. Bars past
    200 % are drawn to 200 % and labelled with their real value.
    """
    indicators = framework.indicators
    width, row_height, left, scale = 640, 26, 70, 240.0
    height = row_height * len(indicators) + 40
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
    parts = [
        svg + ' font-family="sans-serif" font-size="12">',
        f"<title>{html.escape(framework.title.get(lang))}</title>",
    ]
    for index, indicator in enumerate(indicators):
        y = 20 + index * row_height
        progress = indicator.progress_in(period)
        if indicator.measure is Measure.QUALITATIVE or progress is None:
            status = indicator.status_in(period)
            progress = 1.0 if status.value in ("meta-lograda", "meta-rebasada") else 0.0
        shown = min(progress, 2.0)
        text = f"{percent_of(progress)}%"
        parts.append(f'<text x="4" y="{y + 14}">{html.escape(indicator.id)}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{shown * scale:.1f}" height="18" fill="#4c6ef5"/>')
        parts.append(f'<text x="{left + shown * scale + 6:.1f}" y="{y + 14}">{text}</text>')
    target_x = left + scale
    parts.append(
        f'<line x1="{target_x}" y1="10" x2="{target_x}" y2="{height - 10}" stroke="#c92a2a" stroke-dasharray="4 3"/>'
    )
    parts.append(
        f'<text x="{target_x + 4}" y="{height - 2}" fill="#c92a2a">{message("results.target_line").render(lang)}</text>'
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
