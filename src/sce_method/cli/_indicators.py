"""``sce-method indicators``: a cohort's outcome indicators from its survey exports, small cells protected."""

from __future__ import annotations

import argparse
import sys

from sce_method._core import Lang, as_of_date
from sce_method.cli._common import INVALID, OK, data_text, emit
from sce_method.monitoring import compute_indicators, read_responses
from sce_method.participants import read_cohort
from sce_method.serialization import load


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Compute the indicators; exit 1 if a list or an export had problems."""
    m = load(args.methodology)
    cohort = read_cohort(args.cohort, m)
    readings, problems = read_responses(args.cohort, m)
    for reading in readings.values():
        problems = [*problems, *reading.warnings, *reading.problems, *reading.row_problems]
    as_of = as_of_date(args.as_of) if args.as_of else None
    report = compute_indicators(m, cohort, readings, as_of=as_of, show_small_cells=args.show_small_cells)
    text = data_text(report, args.format, lang)
    if text is None:
        text = report.describe(lang, "md" if args.format == "md" else "table")
    emit(text, args.output)
    for problem in (*problems, *report.problems):
        print(problem.render(lang), file=sys.stderr)
    return INVALID if problems or report.problems else OK
