"""``sce-method validate``: check methodology files, one problem per line."""

from __future__ import annotations

import argparse
import sys

from sce_method._core import Lang, ProblemsError, message
from sce_method.cli._common import INVALID, OK, print_problems
from sce_method.serialization import load_file


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Validate every file; exit 1 if any is invalid."""
    status = OK
    for name in args.files:
        try:
            m = load_file(name)
        except ProblemsError as err:
            status = INVALID
            print_problems(err, lang)
            count = message("cli.invalid_count", path=name, count=len(err.problems))
            print(count.render(lang), file=sys.stderr)
        else:
            if len(m.lineage) > 1:
                lineage = " -> ".join(str(layer) for layer in m.lineage)
                print(message("cli.lineage", path=name, lineage=lineage).render(lang))
            else:
                print(message("cli.valid", path=name).render(lang))
    return status
