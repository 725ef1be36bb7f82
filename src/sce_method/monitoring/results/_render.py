"""Rendering the results framework: rows, tables, HTML and an SVG chart (the CSV follows from the rows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, TypedDict

from sce_method._core import (
    DEFAULT_LANG,
    Column,
    Lang,
    TableFormat,
    cells,
    html_view,
    json_text,
    label,
    message,
    table,
)
from sce_method.monitoring.results._achievement import Achievement, Measure, percent_of

if TYPE_CHECKING:
    from sce_method.monitoring.results._framework import ResultsFramework


class ResultRow(TypedDict):
    """
    One indicator in one reporting period, as a row of `ResultsFramework.rows`.

    Numbers are numbers (a whole one as an int: ``91``, else ``2.5``); None
    where there is none: a baseline or target that does not apply, a period
    without a result. A target said in words (a qualitative indicator) is in
    ``target_text``.
    """

    outcome_id: str
    indicator_id: str
    statement: str
    measure: str
    """The stable id of its `Measure` (``numero``, ``porcentaje``, ``cualitativo``)."""
    baseline: int | float | None
    """None where a baseline does not apply."""
    target: int | float | None
    """None where the target is words (``target_text``) or does not apply."""
    target_text: str | None
    """A target said in words, in the language asked for."""
    period: str
    actual: int | float | None
    progress_percent: int | None
    """A whole percent, without the ``%``."""
    status: str | None
    """The stable id of its `Achievement` (``meta-lograda``, ...)."""
    status_label: str | None
    note: str | None


COLUMNS: Final = tuple(ResultRow.__annotations__)
"""The columns of `rows` and of the tidy CSV, one row per indicator x period."""

FRAME_COLUMNS: Final = (
    Column("outcome_id", "category"),
    Column("indicator_id", "str"),
    Column("statement", "str"),
    Column("measure", "category", tuple(m.value for m in Measure)),
    Column("baseline", "float"),
    Column("target", "float"),
    Column("target_text", "str"),
    Column("period", "str"),
    Column("actual", "float"),
    Column("progress_percent", "int"),
    Column("status", "category", tuple(a.value for a in Achievement)),
    Column("status_label", "category"),
    Column("note", "str"),
)
"""The columns of the framework's frames (`ResultsFramework.to_polars`, ...)."""

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


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def shown(row: ResultRow, keys: Sequence[str], lang: Lang) -> list[str]:
    """
    A row's *keys* as people read them: a target in words, "no aplica" for a baseline or target that does not apply.

    A progress is shown with its ``%``.
    """
    words = message("results.not_applicable").render(lang)
    people: dict[str, object] = dict(row)
    people["baseline"] = words if row["baseline"] is None else row["baseline"]
    people["target"] = row["target_text"] or (words if row["target"] is None else row["target"])
    people["progress_percent"] = "" if row["progress_percent"] is None else f"{row['progress_percent']}%"
    return cells(people, keys)


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
                        "baseline": _number(indicator.baseline),
                        "target": _number(indicator.target) if indicator.target_text is None else None,
                        "target_text": indicator.target_text.get(lang) if indicator.target_text else None,
                        "period": period,
                        "actual": _number(result.actual) if result is not None else None,
                        "progress_percent": percent_of(progress) if progress is not None else None,
                        "status": status.value if status is not None else None,
                        "status_label": label(status, lang) if status is not None else None,
                        "note": result.note.get(lang) if result is not None and result.note is not None else None,
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
        body = [shown(r, keys, lang) for r in by_outcome.get(outcome.id, [])]
        lines.append(table(headers, body, fmt))
        lines.append("")
    return "\n".join(lines)


def to_html(framework: ResultsFramework, lang: Lang) -> str:
    """A compact HTML view for Jupyter: a caption, the counts by status, the first rows."""
    keys = ("outcome_id", "indicator_id", "baseline", "target", "actual", "progress_percent", "status_label")
    table_rows = rows(framework, lang)
    counts: dict[str, int] = {}
    for row in table_rows:
        if row["status_label"]:
            counts[row["status_label"]] = counts.get(row["status_label"], 0) + 1
    return html_view(
        caption=framework.title.get(lang),
        headers=[message(_HEADERS[k]).render(lang) for k in keys],
        rows=(shown(r, keys, lang) for r in table_rows),
        total=len(table_rows),
        counts=list(counts.items()),
        lang=lang,
    )


def plain_svg(framework: ResultsFramework, lang: Lang = DEFAULT_LANG, period: str | None = None) -> str:
    """
    A plain bar chart of progress against target (the 100 % line), as standalone SVG text, with no extra.

    What the Manual inlines: the same bytes wherever it is built, whether or
    not matplotlib is installed (`ResultsFramework.to_svg` draws the full
    chart with it). Qualitative indicators show their status as a full or
    empty bar. Bars past 200 % are drawn to 200 % and labelled with their
    real value.
    """
    import html  # noqa: PLC0415 -- only when a chart is drawn (keeps the import of every room quick)

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
