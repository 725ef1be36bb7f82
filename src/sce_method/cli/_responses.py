"""``sce-method responses validate``: check every row of a KoboToolbox or ODK Central export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sce_method._core import Lang, LoadError, Problem, message
from sce_method.cli._common import INVALID, OK
from sce_method.monitoring import Instrument, InstrumentKind, read_export, read_xlsform
from sce_method.serialization import load, loads


def _instrument(value: str, methodology: str | None, lang: Lang) -> Instrument:
    """
    The instrument *value* names.

    An XLSForm (.xlsx: imported, its notes on stderr), an instrument YAML file (what ``sce-method xlsform
    --import`` writes), or the id of one of the methodology's instruments.
    """
    path = Path(value)
    if path.suffix.lower() == ".xlsx":
        # The kind only names what the instrument is for: it changes nothing of how a response is checked.
        imported = read_xlsform(path, kind=InstrumentKind.FOLLOW_UP)
        for problem in imported.skipped:
            print(problem.render(lang), file=sys.stderr)
        print(imported.summary().render(lang), file=sys.stderr)
        return imported.instrument
    if path.suffix.lower() in (".yaml", ".yml"):
        if not path.is_file():
            raise LoadError([Problem(message=message("core.load.not_found"), file=value)])
        return loads(path.read_bytes(), Instrument, file=value)
    return load(methodology).instrument(value)


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Validate the export against its instrument; exit 1 if any row has a problem."""
    instrument = _instrument(args.instrument, args.methodology, lang)
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
