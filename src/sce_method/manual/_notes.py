"""
The notes of a chapter: where each number and rule comes from, said once, marked wherever it is used.

A note cites the place in the source (with its words, where the data quotes
them), or says that the value is an assumption, why, and which entry of the
annex lists it for the institution to set; a computed number says how it is
computed. A chapter numbers its notes from 1 in the order they are first
used, and a note said twice in one chapter is one note marked twice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

import attrs

from sce_method._core import Lang, Message, Provenance, Text, message
from sce_method.manual._document import Link, Ref, Span, Spans

_SLOT: Final = re.compile("\x00(\\d+)\x00")
"""Stands for a parameter given as spans while a message is rendered (``\\x002\\x00`` for the third)."""


def compose(said: Message, lang: Lang) -> Spans:
    """
    *said* rendered in *lang*, with each parameter given as spans (a tuple) in its place.

    So the words around a number and its note, or around a link, come from the
    catalog: ``message("manual.x", hours=("12 h", Ref(1)))``.
    """
    slots: list[Spans] = []
    params: dict[str, object] = {}
    for name, value in said.params.items():
        if isinstance(value, tuple):
            params[name] = f"\x00{len(slots)}\x00"
            slots.append(value)
        else:
            params[name] = value
    pieces = _SLOT.split(attrs.evolve(said, params=params).render(lang))
    out: list[Span] = []
    for index, piece in enumerate(pieces):
        out.extend(slots[int(piece)] if index % 2 else ([piece] if piece else []))
    return tuple(out)


def annex_anchor(label: str) -> str:
    """The anchor of an assumption of the annex: ``S-3`` is at ``s-3``."""
    return label.lower()


@attrs.define
class Notes:
    """
    The notes of one chapter, as they are marked.

    *assumptions* gives the annex label (``S-3``) of each assumption's reason.
    """

    lang: Lang
    assumptions: Mapping[Text, str]
    said: list[Spans] = attrs.field(factory=list)
    _index: dict[Spans, int] = attrs.field(factory=dict)

    def mark(self, note: Spans) -> Ref:
        """The mark of *note*: a new number, or the one it already has in this chapter."""
        if note not in self._index:
            self.said.append(note)
            self._index[note] = len(self.said)
        return Ref(self._index[note])

    def of(self, provenance: Provenance | None) -> Spans:
        """A mark for *provenance*, as spans to put after the value (none when there is no provenance)."""
        return () if provenance is None else (self.mark(self.provenance(provenance)),)

    def provenance(self, provenance: Provenance) -> Spans:
        """What a note says of *provenance*: the place and words of its source, or the assumption and its label."""
        source, assumption = provenance.source, provenance.assumption
        if source is not None:
            if source.quote is None:
                return (message("manual.note.source", cite=source.cite()).render(self.lang),)
            said = message("manual.note.quoted", cite=source.cite(), quote=" ".join(source.quote.split()).rstrip("."))
            return (said.render(self.lang),)
        assert assumption is not None  # noqa: S101 -- a Provenance is one or the other
        label = self.assumptions.get(assumption.reason, "")
        link = (Link(label, annex_anchor(label)),)
        return compose(
            message("manual.note.assumption", reason=assumption.reason.show(self.lang), link=link), self.lang
        )

    def field(self, record: object, field: str) -> Spans:
        """The mark of the provenance of *record*'s *field*: its own entry, or the record's."""
        own: Mapping[str, Provenance] = getattr(record, "field_provenance", {})
        return self.of(own.get(field, getattr(record, "provenance", None)))

    def on(self, text: str, record: object, field: str) -> Spans:
        """*text* (a value of *record*'s *field*) followed by the mark of its provenance."""
        return (text, *self.field(record, field))

    def computed(self, how: Message) -> Spans:
        """A mark for a number computed from others: *how* says from which."""
        return (self.mark((message("manual.note.computed", how=how).render(self.lang),)),)

    def notes(self) -> tuple[Spans, ...]:
        """The notes marked so far, in order."""
        return tuple(self.said)


def spans_of(*parts: Span | Spans) -> Spans:
    """Spans and tuples of spans, flattened into one tuple."""
    out: list[Span] = []
    for part in parts:
        if isinstance(part, tuple):
            out.extend(part)
        else:
            out.append(part)
    return tuple(out)
