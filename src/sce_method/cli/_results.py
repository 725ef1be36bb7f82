"""``sce-method results``: the results framework, with the figures a cohort gives where declared."""

from __future__ import annotations

import argparse
import json
import sys

from sce_method._core import Lang, message
from sce_method.cli._common import INVALID, OK, date_arg, emit
from sce_method.mentoring import mentoring_report
from sce_method.participants import read_cohort
from sce_method.serialization import load


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Show the methodology's results framework; exit 1 if it has none."""
    m = load(args.methodology)
    framework = m.results_framework
    if framework is None:
        print(message("results.none").render(lang), file=sys.stderr)
        return INVALID
    if args.cohort is not None and m.mentoring is not None:
        cohort = read_cohort(args.cohort, m)
        if cohort.participants:  # an empty cohort has no figures to compute
            report = mentoring_report(m, cohort, date_arg(args.as_of) if args.as_of else None)
            figures = {f"mentoring.{k}": v for k, v in report.figures().items()}
            start = min(p.enrollment.enrolled_on for p in cohort.participants)
            period = f"cohorte {report.as_of}"
            framework = framework.with_computed(figures, period=period, starts_on=start, ends_on=report.as_of)
    if args.format == "csv":
        text = framework.to_csv(lang)
    elif args.format == "json":
        text = json.dumps(framework.to_rows(lang), ensure_ascii=False, indent=2) + "\n"
    else:
        text = framework.describe(lang, "md" if args.format == "md" else "table")
    emit(text, args.output)
    return OK
