"""``sce-method manual``: the Manual of a methodology, as Markdown, self-contained HTML or PDF."""

from __future__ import annotations

import argparse
import sys

from sce_method._core import Lang, WriteError, atomic_path, message
from sce_method.cli._common import OK, USAGE, emit
from sce_method.manual import build_manual
from sce_method.serialization import load


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Write the Manual of the methodology named by ``source`` (the bundled one by default) in ``--format``."""
    if args.format == "pdf" and args.output is None:
        print(message("cli.manual.pdf_output").render(lang), file=sys.stderr)
        return USAGE
    manual = build_manual(load(args.source), lang)
    if args.format == "md":
        emit(manual.to_markdown(), args.output)
    elif args.format == "html":
        emit(manual.to_html(), args.output)
    else:
        _write_bytes(manual.to_pdf(), args.output)
    return OK


def _write_bytes(data: bytes, output: str) -> None:
    """Write *data* to *output* all at once (see `emit`)."""
    try:
        with atomic_path(output) as tmp:
            tmp.write_bytes(data)
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise WriteError(message("cli.write_failed", path=output, reason=reason)) from None
