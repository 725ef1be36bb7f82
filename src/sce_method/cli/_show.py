"""``sce-method show``: a methodology as text, Markdown or JSON, with or without its provenance."""

from __future__ import annotations

import argparse

from sce_method._core import Lang, format_path, json_text
from sce_method.cli._common import OK, emit
from sce_method.methodology import Methodology
from sce_method.serialization import load, unstructure


def _provenance_json(m: Methodology) -> object:
    return [
        {
            "path": format_path(entry.path),
            "value": unstructure(entry.value),
            "provenance": unstructure(entry.provenance),
        }
        for entry in m.provenance_entries()
    ]


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Show the methodology named by ``source`` (the bundled one by default)."""
    m = load(args.source)
    if args.format == "json":
        data = _provenance_json(m) if args.provenance else unstructure(m)
        text = json_text(data)
    elif args.provenance:
        text = m.describe_provenance(lang, args.format)
    else:
        text = m.describe(lang, args.format)
    emit(text, args.output)
    return OK
