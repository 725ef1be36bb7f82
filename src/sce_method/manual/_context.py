"""What every chapter is built from: the methodology, the language, the annex's labels, the layers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs

from sce_method._core import Lang, Message, Text, message
from sce_method.manual._document import Block, Chapter, Heading, Para, Span, Spans
from sce_method.manual._notes import Notes, compose
from sce_method.manual._order import renumber
from sce_method.methodology import Methodology

TITLES: Final = {
    "programme": "manual.chapter.programme",
    "curriculum": "manual.chapter.curriculum",
    "centres": "manual.chapter.centres",
    "staff-training": "manual.chapter.staff_training",
    "graduation": "manual.chapter.graduation",
    "mentoring": "manual.chapter.mentoring",
    "monitoring": "manual.chapter.monitoring",
    "results": "manual.chapter.results",
    "changes": "manual.chapter.changes",
    "glossary": "manual.chapter.glossary",
    "documents": "manual.chapter.documents",
    "annex": "manual.chapter.annex",
}
"""Each chapter's anchor (the same in every language) and the message of its title, in the Manual's order."""


@attrs.frozen(kw_only=True)
class Context:
    """
    The methodology a chapter says, in which language, and what the chapters share.

    *assumptions* gives each assumption's reason its label in the annex
    (``S-3``); *layers* are the methodologies of the lineage, base first,
    ending with the methodology itself.
    """

    m: Methodology
    lang: Lang
    assumptions: Mapping[Text, str]
    layers: tuple[Methodology, ...]

    def notes(self) -> Notes:
        """A fresh set of notes for one chapter."""
        return Notes(lang=self.lang, assumptions=self.assumptions)

    def say(self, said: Message) -> str:
        """*said* in the Manual's language."""
        return said.render(self.lang)

    def chapter(self, ident: str, blocks: list[Block], notes: Notes) -> Chapter:
        """The chapter *ident*, its title from `TITLES`, with *blocks* and the notes they marked."""
        ordered, said = renumber(tuple(blocks), notes.notes())
        return Chapter(id=ident, title=self.title(ident), blocks=ordered, notes=said)

    def title(self, ident: str) -> str:
        """The title of the chapter *ident*."""
        return message(TITLES[ident]).render(self.lang)


def described(notes: Notes, record: object) -> list[Block]:
    """*record*'s description with its note, as a paragraph; none where it has no description."""
    description = getattr(record, "description", None)
    return [Para(notes.on(description.show(notes.lang), record, "description"))] if description is not None else []


def heading(level: int, *spans: str, anchor: str | None = None) -> Heading:
    """A heading of plain text."""
    return Heading(level, tuple(spans), anchor)


def listed(parts: list[Spans], lang: Lang) -> Spans:
    """*parts* as a sentence lists them (``a, b y c``), each part with its marks."""
    if len(parts) < 2:
        return parts[0] if parts else ()
    return compose(message("manual.and", first=joined(parts[:-1], ", "), last=parts[-1]), lang)


def joined(parts: list[Spans], separator: str) -> Spans:
    """*parts* one after the other, *separator* between them."""
    out: list[Span] = []
    for index, part in enumerate(parts):
        if index:
            out.append(separator)
        out.extend(part)
    return tuple(out)
