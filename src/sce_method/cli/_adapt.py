"""``sce-method adapt new``: start an adaptation of a methodology, as a small file to edit."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sce_method._core import Lang, message
from sce_method.cli._common import OK, USAGE, emit
from sce_method.serialization import adaptation_template, available, load


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Write an adaptation of ``--from`` with id ``--id`` to ``-o`` (or print it)."""
    parent = load(args.parent)
    target = args.output or f"{args.id}.yaml"
    parent_path = None
    if args.parent not in available():
        parent_path = os.path.relpath(Path(args.parent).resolve(), Path(target).resolve().parent)
    text = adaptation_template(parent, args.id, lang=lang, path=target, parent_path=parent_path)
    if args.output is None:
        emit(text, None)
        return OK
    if Path(args.output).exists() and not args.force:
        print(message("cli.exists", path=args.output).render(lang), file=sys.stderr)
        return USAGE
    emit(text, args.output)
    print(message("cli.adapt_written", path=args.output, parent=parent.id).render(lang))
    return OK
