"""``sce-method results``: the results framework, with the figures a cohort gives where declared."""

from __future__ import annotations

import argparse
import sys

from sce_method._core import Lang, message
from sce_method.cli._common import INVALID, OK, UsageError, emit, emit_bytes, emit_data
from sce_method.participants import read_cohort
from sce_method.serialization import load


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Show the methodology's results framework; exit 1 if it has none."""
    m = load(args.methodology)
    framework = m.results_framework
    if args.cohort is not None and m.computes_from_cohort:
        framework = m.results_with_cohort(read_cohort(args.cohort, m), args.as_of or None)
    if framework is None:
        print(message("cli.results.none").render(lang), file=sys.stderr)
        return INVALID
    if args.format == "svg":
        emit(framework.to_svg(lang), args.output)
    elif args.format == "png":
        if args.output is None:
            raise UsageError("--format", message("cli.usage.needs_output", format=args.format))
        emit_bytes(framework.to_png(lang), args.output)
    elif not emit_data(framework, args.format, lang, args.output, formula_escape=args.formula_escape):
        emit(framework.describe(lang, "md" if args.format == "md" else "table"), args.output)
    return OK
