"""
The Manual as a document: chapters of blocks, blocks of spans, and the notes each chapter keeps.

The chapters are built once, in one language, into this small tree of frozen
values; the Markdown and HTML writers only lay it out. So both outputs say the
same thing, and a test can read the tree (or either output) the way a reader
would: every number followed by its note, every assumption in the annex.
"""

from __future__ import annotations

from typing import TypeAlias

import attrs

from sce_method._core import Lang


@attrs.frozen
class Code:
    """An identifier as the data writes it (``educacion-financiera``, ``1.2.b``): shown as code, never as prose."""

    text: str


@attrs.frozen
class Strong:
    """Text to stand out (a term being defined, the label of a line)."""

    text: str


@attrs.frozen
class Ref:
    """The mark of a note of the chapter: its number there (1, 2, ...)."""

    number: int


@attrs.frozen
class Link:
    """A link to a place in the Manual (an anchor: ``graduation``, ``s-3``)."""

    text: str
    target: str


Span: TypeAlias = str | Code | Strong | Ref | Link
"""A piece of a line: plain text, an identifier, a note's mark or a link."""

Spans: TypeAlias = tuple[Span, ...]


@attrs.frozen
class Para:
    """A paragraph."""

    spans: Spans


@attrs.frozen
class Heading:
    """A section heading inside a chapter: level 3 (a section) or 4 (a part of one)."""

    level: int
    spans: Spans
    anchor: str | None = None


@attrs.frozen
class Item:
    """One item of a list, with the list nested under it, if any."""

    spans: Spans
    children: Items | None = None


@attrs.frozen
class Items:
    """A list; numbered when *ordered*."""

    items: tuple[Item, ...]
    ordered: bool = False


@attrs.frozen
class Table:
    """
    A table: a header of column names and rows of cells.

    The first cell of each row names the row (a ``th`` with ``scope="row"`` in HTML).
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[Spans, ...], ...]
    caption: str | None = None
    kind: str | None = None
    """What kind of table it is, for the layout (``questions``: the same columns in every group of a survey)."""


@attrs.frozen
class Figure:
    """A drawing (SVG text, drawn by the room that owns the data) and its caption."""

    svg: str
    caption: Spans


Block: TypeAlias = Para | Heading | Items | Table | Figure


@attrs.frozen
class Chapter:
    """
    A chapter: its anchor (the same in every language), its title, its blocks and its notes.

    A `Ref` in a block points into *notes* (``Ref(1)`` is ``notes[0]``).
    """

    id: str
    title: str
    blocks: tuple[Block, ...]
    notes: tuple[Spans, ...] = ()


@attrs.frozen
class Manual:
    """
    The whole Manual in one language: its title, what it is about, and its chapters.

    Build one with `sce_method.manual.build_manual`; `to_markdown`, `to_html`
    and `to_pdf` lay it out. The same methodology always gives the same
    Manual, and the same bytes in each format.
    """

    lang: Lang
    title: str
    subtitle: str
    about: tuple[Spans, ...]
    """Lines under the title: which methodology, which version, which layers."""
    contents_title: str
    notes_title: str
    chapters: tuple[Chapter, ...]

    def chapter(self, ident: str) -> Chapter:
        """The chapter with that anchor (``graduation``); `KeyError` if there is none."""
        for chapter in self.chapters:
            if chapter.id == ident:
                return chapter
        raise KeyError(ident)

    def to_markdown(self) -> str:
        """The Manual as Markdown, notes as footnotes at the end of each chapter."""
        from sce_method.manual._markdown import to_markdown  # noqa: PLC0415 -- the writers import this module

        return to_markdown(self)

    def to_html(self) -> str:
        """The Manual as one self-contained, printable HTML page (inline CSS, the chart inline, no scripts)."""
        from sce_method.manual._html import to_html  # noqa: PLC0415 -- the writers import this module

        return to_html(self)

    def to_pdf(self) -> bytes:
        """
        The Manual as PDF, through WeasyPrint (the ``pdf`` extra).

        Raises:
            WriteError: WeasyPrint, or the system libraries it needs (Pango), is not installed.
        """
        from sce_method.manual._pdf import to_pdf  # noqa: PLC0415 -- the writers import this module

        return to_pdf(self.to_html())
