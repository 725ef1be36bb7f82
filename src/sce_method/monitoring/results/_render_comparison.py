"""Rendering `ResultsComparison` for people: a table per outcome, then the report's figures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final

from sce_method._core import Lang, TableFormat, label, message, table
from sce_method.monitoring.results._achievement import Achievement
from sce_method.monitoring.results._render import _number as number_text

if TYPE_CHECKING:
    from sce_method.monitoring.results._comparison import ComparisonRow

_INDICATOR_HEADERS: Final = {
    "id": "results.col.indicator_id",
    "target": "results.col.target",
    "reported": "results.col.reported",
    "progress": "results.col.progress_percent",
    "status": "results.col.status_label",
    "computed": "results.col.computed",
    "agrees": "results.col.agrees",
}
"""The message heading each column of an outcome's table, in order."""
_FIGURE_HEADERS: Final = {
    "id": "results.col.figure",
    "reported": "results.col.reported",
    "computed": "results.col.computed",
    "agrees": "results.col.agrees",
}
"""The message heading each column of the figures' table, in order."""


def _computed(row: ComparisonRow, lang: Lang) -> str:
    if row["missing"] is not None:
        lists = ", ".join(f"{name}.csv" for name in row["missing"].split(";"))
        return message("results.missing_lists", lists=lists).render(lang)
    return number_text(row["computed"])


def _agrees(row: ComparisonRow, lang: Lang) -> str:
    if row["agrees"] is None:
        return ""
    return message("results.agrees.yes" if row["agrees"] else "results.agrees.no").render(lang)


def _status(row: ComparisonRow, lang: Lang) -> str:
    if row["reported_status"] is None:
        return ""
    return label(Achievement(row["reported_status"]), lang)


def render_comparison(
    title: str, outcomes: Mapping[str, str], rows: Sequence[ComparisonRow], lang: Lang, fmt: TableFormat
) -> str:
    """
    A table per outcome, then the report's figures: Annex A as the report gives it, and beside it the computed value.

    *outcomes* heads each outcome's table (``R1. Más mujeres ...``).
    """
    lines = [title, ""]
    by_outcome: dict[str, list[ComparisonRow]] = {}
    for row in rows:
        if row["outcome_id"] is not None:
            by_outcome.setdefault(row["outcome_id"], []).append(row)
    headers = [message(_INDICATOR_HEADERS[k]).render(lang) for k in _INDICATOR_HEADERS]
    for outcome, members in by_outcome.items():
        lines += [("## " if fmt == "md" else "") + outcomes.get(outcome, outcome), ""]
        body = [
            [
                r["id"],
                r["target_text"] or number_text(r["target"]) or message("results.not_applicable").render(lang),
                number_text(r["reported"]),
                "" if r["reported_progress_percent"] is None else f"{r['reported_progress_percent']}%",
                _status(r, lang),
                _computed(r, lang),
                _agrees(r, lang),
            ]
            for r in members
        ]
        lines += [table(headers, body, fmt), ""]
    figures = [r for r in rows if r["row"] == "figure"]
    if figures:
        lines += [("## " if fmt == "md" else "") + message("results.figures").render(lang), ""]
        body = [[r["id"], number_text(r["reported"]), _computed(r, lang), _agrees(r, lang)] for r in figures]
        lines += [table([message(_FIGURE_HEADERS[k]).render(lang) for k in _FIGURE_HEADERS], body, fmt), ""]
    return "\n".join(lines)
