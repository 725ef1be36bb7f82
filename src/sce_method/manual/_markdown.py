"""
The Manual as Markdown: chapters as numbered headings, notes as footnotes at the end of each chapter.

A note's mark is ``[^3-2]`` (chapter 3, note 2), so marks stay unique across
the document; renderers number them in order. Identifiers are code spans.
The chart is an HTML block, which Markdown keeps as it is.
"""

from __future__ import annotations

import re
from typing import Final

from sce_method.manual._document import Chapter, Code, Figure, Heading, Items, Link, Manual, Para, Ref, Strong, Table
from sce_method.manual._writer import Writer

_SPACE: Final = re.compile(r"\s+")
_MARKUP: Final = ("\\", "*", "_", "[", "]", "<", ">", "`")


def to_markdown(manual: Manual) -> str:
    """The whole Manual as Markdown text, ending in one newline."""
    front = _Markdown(0)
    parts = [f"# {manual.title}", f"**{front.text(manual.subtitle)}**"]
    parts += [front.spans(line) for line in manual.about]
    contents = "\n".join(f"{n}. {chapter.title}" for n, chapter in enumerate(manual.chapters, 1))
    parts += [f"## {manual.contents_title}", contents]
    for number, chapter in enumerate(manual.chapters, 1):
        parts += _chapter(chapter, number)
    return "\n\n".join(parts) + "\n"


def _chapter(chapter: Chapter, number: int) -> list[str]:
    writer = _Markdown(number)
    parts = [f"## {number}. {chapter.title}", *(writer.block(block) for block in chapter.blocks)]
    if chapter.notes:
        parts.append("\n".join(f"[^{number}-{n}]: {writer.spans(note)}" for n, note in enumerate(chapter.notes, 1)))
    return parts


class _Markdown(Writer):
    def para(self, para: Para) -> str:
        return self.spans(para.spans)

    def heading(self, heading: Heading) -> str:
        return "#" * heading.level + " " + self.spans(heading.spans)

    def items(self, items: Items, depth: int = 0) -> str:
        lines = []
        for index, item in enumerate(items.items, 1):
            bullet = f"{index}." if items.ordered else "-"
            lines.append("  " * depth + f"{bullet} {self.spans(item.spans)}")
            if item.children is not None:
                lines.append(self.items(item.children, depth + 1))
        return "\n".join(lines)

    def table(self, table: Table) -> str:
        head = "| " + " | ".join(self.text(h) for h in table.headers) + " |"
        rule = "|" + "|".join("---" for _ in table.headers) + "|"
        rows = ["| " + " | ".join(self.spans(cell).replace("|", "\\|") for cell in row) + " |" for row in table.rows]
        return "\n".join([head, rule, *rows])

    def figure(self, figure: Figure) -> str:
        svg = "\n".join(line for line in figure.svg.splitlines() if line.strip())
        return f"<figure>\n{svg}\n</figure>\n\n*{self.spans(figure.caption)}*"

    def text(self, text: str) -> str:
        """*text* with what Markdown would read as markup escaped, on one line."""
        for char in _MARKUP:
            text = text.replace(char, "\\" + char)
        return _SPACE.sub(" ", text)

    def code(self, code: Code) -> str:
        return f"`{code.text}`"

    def strong(self, strong: Strong) -> str:
        return f"**{self.text(strong.text)}**"

    def link(self, link: Link) -> str:
        return f"[{self.text(link.text)}](#{link.target})"

    def ref(self, ref: Ref, *, follows: bool) -> str:
        # [^a][^b] would read as a link to b: two marks in a row are separated
        return ("," if follows else "") + f"[^{self.chapter}-{ref.number}]"
