"""``sce-method indicators``: a cohort's outcome indicators from its survey exports, small cells protected."""

from __future__ import annotations

import argparse
import sys

from sce_method._core import Lang
from sce_method.cli._common import INVALID, OK, emit, emit_data
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
    report = compute_indicators(m, cohort, readings, as_of=args.as_of, show_small_cells=args.show_small_cells)
    if not emit_data(report, args.format, lang, args.output, formula_escape=args.formula_escape):
        emit(report.describe(lang, "md" if args.format == "md" else "table"), args.output)
    for problem in (*problems, *report.problems):
        print(problem.render(lang), file=sys.stderr)
    return INVALID if problems or report.problems else OK
