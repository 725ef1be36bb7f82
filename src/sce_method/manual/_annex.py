"""
The annex: every assumption the institution must set, grouped by chapter, then by its reason.

Each reason gets a label (``S-1``, ``S-2``, ...) in the order the annex lists
them; a note that says a value is an assumption links to that label. Every
value `Methodology.assumptions` gives (what ``sce-method show --provenance``
lists) is here, named by its record's path and its field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs

from sce_method._core import Lang, Text, message
from sce_method.manual._context import TITLES, Context
from sce_method.manual._document import Block, Chapter, Code, Heading, Item, Items, Link, Para, Span
from sce_method.manual._format import short
from sce_method.manual._notes import annex_anchor
from sce_method.methodology import Methodology

CHAPTER_OF: Final = {
    "curriculum": "curriculum",
    "centres": "centres",
    "staff_trainings": "staff-training",
    "graduation": "graduation",
    "mentoring": "mentoring",
    "instruments": "monitoring",
    "disclosure": "monitoring",
    "indicators": "results",
    "results_framework": "results",
}
"""The chapter that says the values under each field of a methodology; any other field is the programme's."""


@attrs.frozen
class Record:
    """The assumed fields of one record (by its keyed path), with their values."""

    path: str
    fields: tuple[tuple[str, object], ...]


@attrs.frozen
class Reason:
    """One reason for assuming, its label, and the records whose fields it covers."""

    label: str
    reason: Text
    records: tuple[Record, ...]


@attrs.frozen
class Annex:
    """The annex's plan: the label of each reason, and the reasons of each chapter, in the Manual's order."""

    labels: Mapping[Text, str]
    chapters: tuple[tuple[str, tuple[Reason, ...]], ...]
    count: int


def plan_annex(m: Methodology) -> Annex:
    """Group the assumptions of *m* by chapter, reason and record, and label the reasons."""
    grouped: dict[str, dict[Text, dict[str, list[tuple[str, object]]]]] = {}
    assumptions = m.assumptions()
    for entry in assumptions:
        assert entry.provenance is not None  # noqa: S101 -- assumptions() gives only assumed values
        assert entry.provenance.assumption is not None  # noqa: S101
        chapter = CHAPTER_OF.get(str(entry.path[0]), "programme")
        record = m.keyed_path(entry.path[:-1]) if len(entry.path) > 1 else m.id
        reasons = grouped.setdefault(chapter, {})
        reasons.setdefault(entry.provenance.assumption.reason, {}).setdefault(record, []).append(
            (str(entry.path[-1]), entry.value)
        )
    labels: dict[Text, str] = {}
    chapters: list[tuple[str, tuple[Reason, ...]]] = []
    for chapter in (c for c in TITLES if c in grouped):
        said: list[Reason] = []
        for reason, records in grouped[chapter].items():
            label = labels.setdefault(reason, f"S-{len(labels) + 1}")
            said.append(Reason(label, reason, tuple(Record(p, tuple(f)) for p, f in records.items())))
        chapters.append((chapter, tuple(said)))
    return Annex(labels=labels, chapters=tuple(chapters), count=len(assumptions))


def annex_chapter(ctx: Context, annex: Annex) -> Chapter:
    """The annex: by chapter, each reason with its label and the fields it covers."""
    notes, lang = ctx.notes(), ctx.lang
    blocks: list[Block] = [Para((ctx.say(message("manual.annex.intro", count=annex.count)),))]
    anchored: set[str] = set()
    for chapter, reasons in annex.chapters:
        blocks.append(Heading(3, (Link(ctx.title(chapter), chapter),)))
        for reason in reasons:
            anchor = None if reason.label in anchored else annex_anchor(reason.label)
            anchored.add(reason.label)
            items = tuple(Item(_record(record, lang)) for record in reason.records)
            blocks += [Heading(4, (reason.label,), anchor), Para((reason.reason.show(lang),)), Items(items)]
    return ctx.chapter("annex", blocks, notes)


def _record(record: Record, lang: Lang) -> tuple[Span, ...]:
    spans: list[Span] = [Code(record.path), ": "]
    for index, (field, value) in enumerate(record.fields):
        if index:
            spans.append(", ")
        spans.append(Code(field))
        if not isinstance(value, Text):
            spans.append(f" = {short(value, lang, 40)}")
    return tuple(spans)
