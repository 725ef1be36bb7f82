"""``sce-method results``: the results framework, beside what a cohort's records give where a row declares how."""

from __future__ import annotations

import argparse
import sys

from sce_method._core import Lang, json_text, message
from sce_method.cli._common import INVALID, OK, UsageError, emit, emit_bytes, emit_data
from sce_method.methodology import Methodology
from sce_method.participants import read_cohort
from sce_method.serialization import load


def run(args: argparse.Namespace, lang: Lang) -> int:
    """
    Show the methodology's results framework; with ``--cohort``, beside the figures its records give.

    ``--explain ROW`` lists the records one row counts and those it leaves out.
    A chart (``svg``, ``png``) draws the framework with the results the cohort
    adds. Exit 1 if there is no results framework, 2 (wrong usage) for
    ``--explain`` without ``--cohort`` or ``png`` without ``-o``.
    """
    if args.explain is not None and args.cohort is None:
        raise UsageError("--explain", message("cli.results.explain_needs_cohort"))
    m = load(args.methodology)
    framework = m.results_framework
    if framework is None:
        print(message("cli.results.none").render(lang), file=sys.stderr)
        return INVALID
    charted = args.format in ("svg", "png")
    if args.cohort is not None and m.computes_from_cohort and not charted:
        return _compared(args, m, lang)
    if args.cohort is not None and m.computes_from_cohort:
        framework = m.results_with_cohort(read_cohort(args.cohort, m), args.as_of or None) or framework
    if args.format == "svg":
        emit(framework.to_svg(lang), args.output)
    elif args.format == "png":
        if args.output is None:
            raise UsageError("--format", message("cli.usage.needs_output", format=args.format))
        emit_bytes(framework.to_png(lang), args.output)
    elif not emit_data(framework, args.format, lang, args.output, formula_escape=args.formula_escape):
        emit(framework.describe(lang, "md" if args.format == "md" else "table"), args.output)
    return OK


def _compared(args: argparse.Namespace, m: Methodology, lang: Lang) -> int:
    """The framework beside the cohort's figures, or (``--explain``) the records behind one row."""
    comparison = m.compare_with_cohort(read_cohort(args.cohort, m), args.as_of or None)
    assert comparison is not None  # noqa: S101 -- the caller checked the framework is there
    if args.explain is not None:
        found = comparison.explain(args.explain, lang)
        emit(json_text(found) if args.format == "json" else comparison.explain_text(args.explain, lang), args.output)
    elif not emit_data(comparison, args.format, lang, args.output, formula_escape=args.formula_escape):
        emit(comparison.describe(lang, "md" if args.format == "md" else "table"), args.output)
    return OK
