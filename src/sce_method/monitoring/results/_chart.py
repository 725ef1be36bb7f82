"""
The results framework as a chart of progress against target, grouped by outcome, drawn by matplotlib (``charts``).

One horizontal bar per indicator, under its outcome (R1 to R4), labelled with
its id and its statement shortened; an axis in percent of the target; the
target line at 100 %, named above the plot so that no bar's label meets it.
A numeric indicator is a solid bar with its percent; one past 200 % is drawn
to 200 % and says its real value. A qualitative indicator has no percent: it
is a hatched outline, full when its target was met, with its status in words.
The same figure is written as SVG (text kept as text) or PNG, the same bytes
for the same framework.
"""

from __future__ import annotations

import io
import textwrap
from typing import TYPE_CHECKING, Final, Literal

from sce_method._core import Lang, label, message, require
from sce_method.monitoring.results._achievement import Achievement, Measure, percent_of

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from sce_method.monitoring.results._framework import ResultsFramework
    from sce_method.monitoring.results._indicator import ResultIndicator

CAP: Final = 200
"""Bars stop at this percent; past it the label says the real value."""
SHORT: Final = 48
"""Characters of an indicator's statement shown beside its bar."""
NUMERIC, QUALITATIVE, TARGET = "#3b5bdb", "#868e96", "#c92a2a"
_MET: Final = (Achievement.MET, Achievement.EXCEEDED)


def chart(framework: ResultsFramework, lang: Lang, period: str | None, fmt: Literal["svg", "png"]) -> bytes:
    """
    The chart of *framework* in *period* (the latest by default) as SVG or PNG bytes.

    Raises:
        MissingExtraError: matplotlib (the ``charts`` extra) is not installed.
    """
    figure_module = require("matplotlib.figure", "charts")
    matplotlib = require("matplotlib", "charts")
    rows = _rows(framework, lang)
    figure = figure_module.Figure(figsize=(10, 0.32 * len(rows) + 1.6), dpi=100)
    ax = figure.add_axes((0.42, 0.9 / (0.32 * len(rows) + 1.6), 0.5, 1 - 1.5 / (0.32 * len(rows) + 1.6)))
    heading = require("matplotlib.transforms", "charts").blended_transform_factory(figure.transFigure, ax.transData)
    for y, row in enumerate(rows):
        if isinstance(row, str):
            ax.text(0.01, y, row, transform=heading, ha="left", va="center", weight="bold", fontsize=9, zorder=5,
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})  # fmt: skip
            continue
        _bar(ax, y, row, period, lang)
    ax.axvline(100, color=TARGET, linestyle="--", linewidth=1.2, zorder=3)
    ax.text(100, 1.0, " " + message("results.target_line").render(lang), color=TARGET,
            transform=ax.get_xaxis_transform(), va="bottom", ha="center")  # fmt: skip
    ax.set_xlim(0, CAP + 25)
    ax.set_xticks(range(0, CAP + 1, 25))
    ax.set_xlabel(message("results.chart.axis").render(lang))
    ax.set_ylim(len(rows) - 0.4, -0.6)
    ax.set_yticks([y for y, r in enumerate(rows) if not isinstance(r, str)])
    ax.set_yticklabels([_label(r, lang) for r in rows if not isinstance(r, str)], fontsize=8)
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#e9ecef", zorder=0)
    figure.suptitle(framework.title.get(lang), x=0.02, ha="left", fontsize=11)
    handles = [
        matplotlib.patches.Patch(color=NUMERIC, label=message("results.chart.numeric").render(lang)),
        matplotlib.patches.Patch(facecolor="white", edgecolor=QUALITATIVE, hatch="///",
                                 label=message("results.chart.qualitative").render(lang)),
    ]  # fmt: skip
    figure.legend(handles=handles, loc="lower left", ncol=1, fontsize=8, frameon=False)
    out = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "sce-method"}):
        figure.savefig(out, format=fmt, metadata={"Date": None} if fmt == "svg" else {"Software": None})
    return out.getvalue()


def _rows(framework: ResultsFramework, lang: Lang) -> list[str | ResultIndicator]:
    """Each outcome's heading, then its indicators, top to bottom."""
    rows: list[str | ResultIndicator] = []
    for outcome in framework.outcomes:
        rows.append(textwrap.shorten(f"{outcome.id}. {outcome.statement.get(lang)}", 95, placeholder="…"))
        rows.extend(outcome.indicators)
    return rows


def _label(indicator: ResultIndicator, lang: Lang) -> str:
    return f"{indicator.id}  " + textwrap.shorten(indicator.statement.get(lang), SHORT, placeholder="…")


def _bar(ax: Axes, y: int, indicator: ResultIndicator, period: str | None, lang: Lang) -> None:
    """One indicator's bar and its label, placed so that it never sits on the target line."""
    progress = indicator.progress_in(period)
    if indicator.measure is Measure.QUALITATIVE or progress is None:
        status = indicator.status_in(period)
        width = 100 if status in _MET else 0
        ax.barh(y, max(width, 1), height=0.6, facecolor="white", edgecolor=QUALITATIVE, hatch="///", zorder=2)
        ax.text(max(width, 1) + 3, y, label(status, lang), va="center", fontsize=8, color="#495057")
        return
    percent = percent_of(progress)
    shown = min(percent, CAP)
    ax.barh(y, shown, height=0.6, color=NUMERIC, zorder=2)
    text = f"{percent}%" + (" ▸" if percent > CAP else "")
    if 80 <= shown <= 100:  # beside the bar it would sit on the target line: inside the bar's end
        ax.text(shown - 2, y, text, va="center", ha="right", fontsize=8, color="white", weight="bold", zorder=4)
    else:
        ax.text(shown + 3, y, text, va="center", fontsize=8, zorder=4)
