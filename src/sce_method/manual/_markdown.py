"""
The Manual as Markdown: chapters as numbered headings, notes as footnotes at the end of each chapter.

A note's mark is ``[^3-2]`` (chapter 3, note 2), so marks stay unique across
the document; renderers number them in order. Identifiers are code spans.
The chart is an HTML block, which Markdown keeps as it is.
"""

from __future__ import annotations

import re
from typing import Final

from sce_method.manual._document import (
    Block,
    Chapter,
    Code,
    Figure,
    Heading,
    Items,
    Link,
    Manual,
    Para,
    Ref,
    Spans,
    Strong,
    Table,
)

_SPACE: Final = re.compile(r"\s+")


def to_markdown(manual: Manual) -> str:
    """The whole Manual as Markdown text, ending in one newline."""
    parts = [f"# {manual.title}", f"**{_escape(manual.subtitle)}**"]
    parts += [_spans(line, 0) for line in manual.about]
    contents = "\n".join(f"{n}. {chapter.title}" for n, chapter in enumerate(manual.chapters, 1))
    parts += [f"## {manual.contents_title}", contents]
    for number, chapter in enumerate(manual.chapters, 1):
        parts += _chapter(chapter, number)
    return "\n\n".join(parts) + "\n"


def _chapter(chapter: Chapter, number: int) -> list[str]:
    parts = [f"## {number}. {chapter.title}"]
    parts += [_block(block, number) for block in chapter.blocks]
    if chapter.notes:
        parts.append("\n".join(f"[^{number}-{n}]: {_spans(note, number)}" for n, note in enumerate(chapter.notes, 1)))
    return parts


def _block(block: Block, chapter: int) -> str:
    if isinstance(block, Para):
        return _spans(block.spans, chapter)
    if isinstance(block, Heading):
        return "#" * block.level + " " + _spans(block.spans, chapter)
    if isinstance(block, Items):
        return _items(block, chapter, 0)
    if isinstance(block, Table):
        head = "| " + " | ".join(_escape(h) for h in block.headers) + " |"
        rule = "|" + "|".join("---" for _ in block.headers) + "|"
        rows = [
            "| " + " | ".join(_spans(cell, chapter).replace("|", "\\|") for cell in row) + " |" for row in block.rows
        ]
        return "\n".join([head, rule, *rows])
    return _figure(block, chapter)


def _figure(figure: Figure, chapter: int) -> str:
    svg = "\n".join(line for line in figure.svg.splitlines() if line.strip())
    return f"<figure>\n{svg}\n</figure>\n\n*{_spans(figure.caption, chapter)}*"


def _items(items: Items, chapter: int, depth: int) -> str:
    lines = []
    for index, item in enumerate(items.items, 1):
        bullet = f"{index}." if items.ordered else "-"
        lines.append("  " * depth + f"{bullet} {_spans(item.spans, chapter)}")
        if item.children is not None:
            lines.append(_items(item.children, chapter, depth + 1))
    return "\n".join(lines)


def _spans(spans: Spans, chapter: int) -> str:
    out = []
    for index, span in enumerate(spans):
        if isinstance(span, Ref) and index and isinstance(spans[index - 1], Ref):
            out.append(",")  # two marks in a row read as two notes (and [^a][^b] reads as a link to b)
        if isinstance(span, str):
            out.append(_escape(span))
        elif isinstance(span, Code):
            out.append(f"`{span.text}`")
        elif isinstance(span, Strong):
            out.append(f"**{_escape(span.text)}**")
        elif isinstance(span, Ref):
            out.append(f"[^{chapter}-{span.number}]")
        elif isinstance(span, Link):
            out.append(f"[{_escape(span.text)}](#{span.target})")
    return "".join(out)


def _escape(text: str) -> str:
    """*text* with the characters Markdown would read as markup escaped, and on one line."""
    for char in ("\\", "*", "_", "[", "]", "<", ">", "`"):
        text = text.replace(char, "\\" + char)
    return _SPACE.sub(" ", text)
