"""``sce-method indicators``: a cohort's outcome indicators from its survey exports, small cells protected."""

from __future__ import annotations

import argparse
import sys
from typing import Final

from sce_method._core import Lang, as_of_date, cells, message, table
from sce_method.cli._common import INVALID, OK, data_text, emit
from sce_method.monitoring import compute_indicators, read_responses
from sce_method.participants import read_cohort
from sce_method.serialization import load

_HEADERS: Final = {
    "indicator_id": "cli.indicators.col.indicator_id",
    "dimension": "cli.indicators.col.dimension",
    "key": "cli.indicators.col.key",
    "numerator": "cli.indicators.col.numerator",
    "denominator": "cli.indicators.col.denominator",
    "value": "cli.indicators.col.value",
    "missing": "cli.indicators.col.missing",
    "reported": "cli.indicators.col.reported",
}
"""The message heading each column of the table, by column of the rows."""


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Compute the indicators; exit 1 if a list or an export had problems."""
    m = load(args.methodology)
    cohort = read_cohort(args.cohort, m)
    readings, problems = read_responses(args.cohort, m)
    for reading in readings.values():
        problems = [*problems, *reading.warnings, *reading.problems, *reading.row_problems]
    as_of = as_of_date(args.as_of) if args.as_of else None
    report = compute_indicators(m, cohort, readings, as_of=as_of, show_small_cells=args.show_small_cells)
    text = data_text(report, args.format, lang, formula_escape=args.formula_escape)
    if text is None:
        keys = ("indicator_id", "dimension", "key", "numerator", "denominator", "value", "missing", "reported")
        headers = [message(_HEADERS[k]).render(lang) for k in keys]
        body = [cells(row, keys) for row in report.rows(lang)]
        text = table(headers, body, "md" if args.format == "md" else "table") + "\n"
        text += "\n" + "\n".join(f"{v.indicator_id}: {v.explain(lang)}" for v in report.values) + "\n"
        if report.suppressed:
            text += "\n" + report.legend(lang) + "\n"
    emit(text, args.output)
    for problem in (*problems, *report.problems):
        print(problem.render(lang), file=sys.stderr)
    return INVALID if problems or report.problems else OK
