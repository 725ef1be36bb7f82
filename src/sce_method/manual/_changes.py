"""
The chapter on what each layer of an adaptation changed, from `sce_method.diff` between consecutive layers.

A methodology resolved from layers (``sce-base`` -> ``jalisco-sisemh-2024``
-> ``crea-2024``) is compared layer by layer: each value a layer added,
removed or changed, before and after, each side with the note of where it
comes from.
"""

from __future__ import annotations

import itertools
from typing import Final

from sce_method._core import message
from sce_method.manual._context import Context
from sce_method.manual._document import Block, Chapter, Code, Heading, Para, Spans, Table
from sce_method.manual._format import short
from sce_method.manual._notes import Notes, compose
from sce_method.methodology import Difference, DiffKind, Methodology, diff

_KINDS: Final = {
    DiffKind.ADDED: "methodology.diff.added",
    DiffKind.REMOVED: "methodology.diff.removed",
    DiffKind.CHANGED: "methodology.diff.changed",
    DiffKind.PROVENANCE: "methodology.diff.provenance",
}
_COLUMNS: Final = {
    "path": "methodology.diff.col.path",
    "kind": "methodology.diff.col.kind",
    "old": "methodology.diff.col.old",
    "new": "methodology.diff.col.new",
}


def changes_chapter(ctx: Context) -> Chapter | None:
    """Layer by layer, every value the layer changed; None for a methodology of one layer."""
    layers, notes = ctx.layers, ctx.notes()
    if len(layers) < 2:
        return None
    chain = " → ".join(f"{layer.id} {layer.version}" for layer in layers)
    blocks: list[Block] = [Para((ctx.say(message("manual.changes.intro", chain=chain)),))]
    for parent, child in itertools.pairwise(layers):
        blocks += _layer(ctx, parent, child, notes)
    return ctx.chapter("changes", blocks, notes)


def _layer(ctx: Context, parent: Methodology, child: Methodology, notes: Notes) -> list[Block]:
    lang = ctx.lang
    said = message("manual.changes.layer", layer=(Code(child.id),), version=child.version, parent=(Code(parent.id),))
    blocks: list[Block] = [
        Heading(3, compose(said, lang)),
        Para(notes.on(child.title.show(lang), child, "title")),
    ]
    differences = diff(parent, child)
    if not differences:
        return [*blocks, Para((ctx.say(message("manual.changes.none")),))]
    rows = tuple(_row(ctx, d, notes) for d in differences)
    return [*blocks, Table(tuple(ctx.say(message(_COLUMNS[k])) for k in _COLUMNS), rows)]


def _row(ctx: Context, d: Difference, notes: Notes) -> tuple[Spans, ...]:
    lang = ctx.lang
    old: Spans = ("—",) if d.kind is DiffKind.ADDED else (short(d.old, lang), *notes.of(d.old_provenance))
    new: Spans = ("—",) if d.kind is DiffKind.REMOVED else (short(d.new, lang), *notes.of(d.new_provenance))
    return ((Code(d.path),), (ctx.say(message(_KINDS[d.kind])),), old, new)
