"""``sce-method results``: the results framework, with the figures a cohort gives where declared."""

from __future__ import annotations

import argparse
import sys

from sce_method._core import Lang, message
from sce_method.cli._common import INVALID, OK, data_text, emit
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
    text = data_text(framework, args.format, lang, formula_escape=args.formula_escape)
    if text is None:
        text = framework.describe(lang, "md" if args.format == "md" else "table")
    emit(text, args.output)
    return OK
