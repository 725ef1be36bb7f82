"""``sce-method results``: the results framework, beside what a cohort's records give where a row declares how."""

from __future__ import annotations

import argparse
import sys

from sce_method._core import Lang, json_text, message
from sce_method.cli._common import INVALID, OK, USAGE, data_text, emit
from sce_method.participants import read_cohort
from sce_method.serialization import load


def run(args: argparse.Namespace, lang: Lang) -> int:
    """
    Show the methodology's results framework; with ``--cohort``, beside the figures its records give.

    ``--explain ROW`` lists the records one row counts and those it leaves out.
    Exit 1 if there is no results framework, 2 for ``--explain`` without ``--cohort``.
    """
    m = load(args.methodology)
    if args.explain is not None and args.cohort is None:
        print(message("cli.results.explain_needs_cohort").render(lang), file=sys.stderr)
        return USAGE
    if m.results_framework is None:
        print(message("cli.results.none").render(lang), file=sys.stderr)
        return INVALID
    if args.cohort is None or not m.computes_from_cohort:
        framework = m.results_framework
        text = data_text(framework, args.format, lang, formula_escape=args.formula_escape)
        emit(framework.describe(lang, "md" if args.format == "md" else "table") if text is None else text, args.output)
        return OK
    comparison = m.compare_with_cohort(read_cohort(args.cohort, m), args.as_of or None)
    assert comparison is not None  # noqa: S101 -- the framework is there (checked above)
    if args.explain is not None:
        found = comparison.explain(args.explain, lang)
        emit(json_text(found) if args.format == "json" else comparison.explain_text(args.explain, lang), args.output)
        return OK
    text = data_text(comparison, args.format, lang, formula_escape=args.formula_escape)
    emit(comparison.describe(lang, "md" if args.format == "md" else "table") if text is None else text, args.output)
    return OK
