"""``sce-method diff A B``: what changed from one methodology to another, with both provenances."""

from __future__ import annotations

import argparse
import json

from sce_method._core import Lang
from sce_method.cli._common import INVALID, OK, emit
from sce_method.methodology import Difference, DiffKind, diff, render_diff
from sce_method.serialization import load, unstructure


def _json(d: Difference) -> dict[str, object]:
    """One difference as plain data: values and provenances as a methodology file writes them."""
    return {
        "path": d.path,
        "kind": d.kind.value,
        "old": None if d.kind is DiffKind.ADDED else unstructure(d.old),
        "new": None if d.kind is DiffKind.REMOVED else unstructure(d.new),
        "old_provenance": unstructure(d.old_provenance),
        "new_provenance": unstructure(d.new_provenance),
        "layer": d.layer,
    }


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Compare the two methodologies; exit 0 (or 1 with ``--exit-code`` when they differ)."""
    differences = diff(load(args.first), load(args.second))
    if args.format == "json":
        text = json.dumps([_json(d) for d in differences], ensure_ascii=False, indent=2) + "\n"
    else:
        text = render_diff(differences, lang=lang, fmt="md" if args.format == "md" else "table")
    emit(text, args.output)
    return INVALID if args.exit_code and differences else OK
