"""``sce-method schema``: the JSON Schema of a YAML file, or the cohort folder's Frictionless Data Package."""

from __future__ import annotations

import argparse

from sce_method._core import Lang
from sce_method.cli._common import OK, emit
from sce_method.serialization import schema_text


def run(args: argparse.Namespace, lang: Lang) -> int:  # noqa: ARG001 -- the schema is in English, whatever --lang says
    """Print (or with ``-o`` write) the schema named by ``kind``, generated from the classes."""
    emit(schema_text(args.kind), args.output)
    return OK
