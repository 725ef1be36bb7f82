"""
Numbering a chapter's notes in reading order.

A chapter marks notes as it gathers its values, which is not always the order
a reader meets them in (a sentence's second number may be looked up first).
`renumber` numbers them 1, 2, ... in reading order, blocks first to last,
spans left to right, a list's items before the items nested under them.
"""

from __future__ import annotations

from collections.abc import Iterator

from sce_method.manual._document import Block, Figure, Heading, Item, Items, Para, Ref, Spans, Table


def renumber(blocks: tuple[Block, ...], notes: tuple[Spans, ...]) -> tuple[tuple[Block, ...], tuple[Spans, ...]]:
    """*blocks* and *notes* with the notes numbered as a reader meets their marks."""
    order: dict[int, int] = {}
    for spans in (found for block in blocks for found in _spans_of(block)):
        for span in spans:
            if isinstance(span, Ref):
                order.setdefault(span.number, len(order) + 1)
    for number in range(1, len(notes) + 1):
        order.setdefault(number, len(order) + 1)
    reordered = sorted(range(len(notes)), key=lambda index: order[index + 1])
    return tuple(_block(b, order) for b in blocks), tuple(notes[index] for index in reordered)


def _spans_of(block: Block) -> Iterator[Spans]:
    """Every run of spans of *block*, in reading order."""
    if isinstance(block, Para | Heading):
        yield block.spans
    elif isinstance(block, Items):
        yield from _item_spans(block)
    elif isinstance(block, Table):
        yield from (cell for row in block.rows for cell in row)
    else:
        yield block.caption


def _item_spans(items: Items) -> Iterator[Spans]:
    for item in items.items:
        yield item.spans
        if item.children is not None:
            yield from _item_spans(item.children)


def _spans(spans: Spans, order: dict[int, int]) -> Spans:
    return tuple(Ref(order[s.number]) if isinstance(s, Ref) else s for s in spans)


def _items(items: Items, order: dict[int, int]) -> Items:
    found = tuple(
        Item(_spans(i.spans, order), None if i.children is None else _items(i.children, order)) for i in items.items
    )
    return Items(found, items.ordered)


def _block(block: Block, order: dict[int, int]) -> Block:
    if isinstance(block, Para):
        return Para(_spans(block.spans, order))
    if isinstance(block, Heading):
        return Heading(block.level, _spans(block.spans, order), block.anchor)
    if isinstance(block, Items):
        return _items(block, order)
    if isinstance(block, Table):
        rows = tuple(tuple(_spans(c, order) for c in row) for row in block.rows)
        return Table(block.headers, rows, block.caption, block.kind)
    return Figure(block.svg, _spans(block.caption, order))
