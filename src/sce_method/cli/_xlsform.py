"""``sce-method xlsform``: write an instrument as an XLSForm, or read one back to YAML."""

from __future__ import annotations

import argparse
import sys

from sce_method._core import Lang, atomic_write_text, message
from sce_method.cli._common import OK, USAGE, writing
from sce_method.monitoring import InstrumentKind, read_xlsform, write_xlsform
from sce_method.serialization import dumps, load


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Export the named instrument, or with ``--import`` turn an XLSForm into an instrument's YAML."""
    if args.import_from is not None:
        kind = InstrumentKind(args.kind) if args.kind else None
        imported = read_xlsform(args.import_from, kind=kind)
        for problem in imported.skipped:
            print(problem.render(lang), file=sys.stderr)
        with writing(args.output):
            atomic_write_text(args.output, dumps(imported.instrument))
        said = message(
            "cli.imported", path=args.output, count=len(imported.instrument.questions), skipped=len(imported.skipped)
        )
        print(said.render(lang))
        return OK
    if args.instrument is None:
        print(message("cli.instrument_needed").render(lang), file=sys.stderr)
        return USAGE
    instrument = load(args.methodology).instrument(args.instrument)
    with writing(args.output):
        write_xlsform(instrument, args.output)
    print(message("cli.written", path=args.output).render(lang))
    return OK
