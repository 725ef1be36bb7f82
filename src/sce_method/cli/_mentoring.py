"""``sce-method mentoring assign`` and ``mentoring report``: peer mentoring in a cohort."""

from __future__ import annotations

import argparse
import sys

from sce_method._core import Lang, message
from sce_method.cli._common import INVALID, OK, emit, emit_data
from sce_method.mentoring import assign, mentoring_report
from sce_method.participants import read_cohort
from sce_method.serialization import load


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Propose mentors (``assign``) or report on mentoring (``report``, exit 1 if the lists have problems)."""
    m = load(args.methodology)
    cohort = read_cohort(args.cohort, m)
    as_of = args.as_of
    if args.mentoring_command == "assign":
        result = assign(m, cohort, as_of, rebalance=args.rebalance)
        emit(result.to_csv(formula_escape=args.formula_escape), args.output)
        kept = len(result.assignments) - len(result.new)
        said = message("cli.mentoring.assigned", new=len(result.new), kept=kept, unassigned=len(result.unassigned))
        print(said.render(lang), file=sys.stderr)
        for left in result.unassigned:
            print(
                message("cli.mentoring.unassigned", participant=left.participant_id, reason=left.reason).render(lang),
                file=sys.stderr,
            )
        return OK
    report = mentoring_report(m, cohort, as_of)
    if args.format == "json":
        emit(report.to_json(lang), args.output)
    elif not emit_data(report, args.format, lang, args.output, formula_escape=args.formula_escape):
        emit(report.describe(lang, "md" if args.format == "md" else "table"), args.output)
    for problem in report.problems:
        print(problem.render(lang), file=sys.stderr)
    return INVALID if report.problems else OK
