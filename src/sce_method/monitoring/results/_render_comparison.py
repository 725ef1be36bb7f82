"""Laying out `ResultsComparison`: tables for people (per outcome, then the figures), frame columns, notebook view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final

from sce_method._core import Column, Lang, TableFormat, html_view, label, message, table
from sce_method.monitoring.results._achievement import Achievement
from sce_method.monitoring.results._computation import COMPUTATION_KINDS

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
_ACHIEVEMENTS: Final = tuple(a.value for a in Achievement)

COMPARISON_FRAME: Final = (
    Column("row", "category", ("indicator", "figure")),
    Column("id", "str"),
    Column("outcome_id", "category"),
    Column("label", "str"),
    Column("target", "float"),
    Column("target_text", "str"),
    Column("reported", "float"),
    Column("reported_progress_percent", "int"),
    Column("reported_status", "category", _ACHIEVEMENTS),
    Column("computed", "float"),
    Column("computed_progress_percent", "int"),
    Column("computed_status", "category", _ACHIEVEMENTS),
    Column("agrees", "bool"),
    Column("computation", "category", tuple(COMPUTATION_KINDS)),
    Column("counted", "int"),
    Column("excluded", "int"),
    Column("missing", "str"),
)
"""The columns of the comparison's frames (`ResultsComparison.to_polars`, ...), in the order of its rows."""


def number_text(value: float | None) -> str:
    """A number as people read it: ``91``, not ``91.0``; blank for None."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


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


def comparison_html(title: str, rows: Sequence[ComparisonRow], lang: Lang) -> str:
    """
    A compact HTML view for Jupyter: a caption, how many rows agree, differ or are not computed, the first rows.

    Each row shows its id, target, the report's value, the computed one and
    whether they agree, as in the table for people.
    """
    said = {
        "yes": message("results.agrees.yes").render(lang),
        "no": message("results.agrees.no").render(lang),
        "none": message("results.view.not_computed").render(lang),
    }
    counts: dict[str, int] = {}
    for row in rows:
        key = "none" if row["agrees"] is None else "yes" if row["agrees"] else "no"
        counts[said[key]] = counts.get(said[key], 0) + 1
    headers = [message(_INDICATOR_HEADERS[k]).render(lang) for k in ("id", "target", "reported", "computed", "agrees")]
    shown = (
        [
            r["id"],
            r["target_text"] or number_text(r["target"]),
            number_text(r["reported"]),
            _computed(r, lang),
            _agrees(r, lang),
        ]
        for r in rows
    )
    return html_view(
        caption=message("results.view.comparison", title=title).render(lang),
        headers=headers,
        rows=shown,
        total=len(rows),
        counts=[(name, counts[name]) for name in said.values() if name in counts],
        lang=lang,
    )
