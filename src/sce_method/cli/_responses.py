"""``sce-method responses validate``: check every row of a KoboToolbox or ODK Central export."""

from __future__ import annotations

import argparse
import sys

from sce_method._core import Lang, message
from sce_method.cli._common import INVALID, OK
from sce_method.monitoring import read_export
from sce_method.serialization import load


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Validate the export against its instrument; exit 1 if any row has a problem."""
    instrument = load(args.methodology).instrument(args.instrument)
    reading = read_export(args.export, instrument, participant_question=args.participant_question)
    for problem in (*reading.warnings, *reading.problems, *reading.row_problems):
        print(problem.render(lang), file=sys.stderr)
    invalid = sum(1 for r in reading.responses if not r.valid)
    summary = message(
        "cli.export.summary",
        path=args.export,
        rows=len(reading.responses),
        invalid=invalid,
        problems=message("cli.export.problems", count=len(reading.problems) + len(reading.row_problems)),
        warnings=message("cli.export.warnings", count=len(reading.warnings)),
    )
    print(summary.render(lang))
    return OK if reading.valid else INVALID
