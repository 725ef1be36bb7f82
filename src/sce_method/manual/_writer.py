"""
What the Markdown and HTML writers share: walking blocks and spans, each writer saying how each kind looks.

A writer is made for one chapter (its number makes note anchors unique) and
implements one method per kind of block and span; `Writer.block` and
`Writer.spans` choose among them. Two note marks in a row are separated, so
that they read as two notes, not as one number.
"""

from __future__ import annotations

import abc

import attrs

from sce_method.manual._document import Block, Code, Figure, Heading, Items, Link, Para, Ref, Spans, Strong, Table


@attrs.frozen
class Writer(abc.ABC):
    """Lays out the blocks and spans of chapter *chapter* (0 for what stands before the chapters)."""

    chapter: int

    def block(self, block: Block) -> str:
        """*block* laid out."""
        if isinstance(block, Para):
            return self.para(block)
        if isinstance(block, Heading):
            return self.heading(block)
        if isinstance(block, Items):
            return self.items(block)
        if isinstance(block, Table):
            return self.table(block)
        return self.figure(block)

    def spans(self, spans: Spans) -> str:
        """*spans* laid out, one after the other."""
        out = []
        for index, span in enumerate(spans):
            if isinstance(span, str):
                out.append(self.text(span))
            elif isinstance(span, Code):
                out.append(self.code(span))
            elif isinstance(span, Strong):
                out.append(self.strong(span))
            elif isinstance(span, Link):
                out.append(self.link(span))
            else:
                follows = index > 0 and isinstance(spans[index - 1], Ref)
                out.append(self.ref(span, follows=follows))
        return "".join(out)

    @abc.abstractmethod
    def para(self, para: Para) -> str:
        """A paragraph."""

    @abc.abstractmethod
    def heading(self, heading: Heading) -> str:
        """A section heading."""

    @abc.abstractmethod
    def items(self, items: Items) -> str:
        """A list, and the lists nested in it."""

    @abc.abstractmethod
    def table(self, table: Table) -> str:
        """A table."""

    @abc.abstractmethod
    def figure(self, figure: Figure) -> str:
        """A figure and its caption."""

    @abc.abstractmethod
    def text(self, text: str) -> str:
        """Plain text, escaped."""

    @abc.abstractmethod
    def code(self, code: Code) -> str:
        """An identifier."""

    @abc.abstractmethod
    def strong(self, strong: Strong) -> str:
        """Text that stands out."""

    @abc.abstractmethod
    def link(self, link: Link) -> str:
        """A link to a place in the Manual."""

    @abc.abstractmethod
    def ref(self, ref: Ref, *, follows: bool) -> str:
        """A note's mark; *follows* when another mark stands right before it."""
