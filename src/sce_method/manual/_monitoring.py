"""
The chapter on monitoring and evaluation: each instrument with its questions, choices, skip logic and constraints.

Skip logic and constraints are said in words (`sce_method.monitoring.words`), with the
questions and choices named by their labels; the form on the phone keeps
the expressions as written.
"""

from __future__ import annotations

import itertools
from typing import Final

from sce_method._core import label, message
from sce_method.manual._context import Context
from sce_method.manual._document import Block, Chapter, Code, Heading, Para, Spans, Table
from sce_method.manual._format import listing, number
from sce_method.manual._notes import Notes, compose
from sce_method.monitoring import DisclosurePolicy, Group, Instrument, Question
from sce_method.monitoring.expressions import parse
from sce_method.monitoring.words import Vocabulary, in_words, question_in_words

_COLUMNS: Final = {
    "question": "manual.col.question",
    "answer": "manual.col.answer",
    "conditions": "manual.col.conditions",
}
_SUMMARY: Final = {
    "instrument": "methodology.show.col.title",
    "kind": "methodology.show.col.kind",
    "questions": "methodology.show.col.questions",
    "version": "manual.col.version",
}


def monitoring_chapter(ctx: Context) -> Chapter | None:
    """Every instrument, question by question, and how the figures drawn from them protect the participants."""
    m, notes, lang = ctx.m, ctx.notes(), ctx.lang
    if not m.instruments:
        return None
    rows = tuple(
        (
            notes.on(i.title.show(lang), i, "title"),
            (label(i.kind, lang),),
            (number(len(i.questions)), *notes.computed(message("manual.computed.questions"))),
            notes.on(i.version, i, "version"),
        )
        for i in m.instruments
    )
    blocks: list[Block] = [
        Para((ctx.say(message("manual.monitoring.intro")),)),
        Table(tuple(ctx.say(message(_SUMMARY[k])) for k in _SUMMARY), rows),
    ]
    for instrument in m.instruments:
        blocks += _instrument(ctx, instrument, notes)
    if m.disclosure is not None:
        blocks += _disclosure(ctx, m.disclosure, notes)
    return ctx.chapter("monitoring", blocks, notes)


def _instrument(ctx: Context, instrument: Instrument, notes: Notes) -> list[Block]:
    lang = ctx.lang
    blocks: list[Block] = [Heading(3, notes.on(instrument.title.show(lang), instrument, "title"))]
    if not instrument.groups:
        return [*blocks, Para((ctx.say(message("manual.monitoring.no_questions")),))]
    vocabulary = Vocabulary.of(instrument, lang)
    if instrument.participant_question is not None:
        question = vocabulary.question(instrument.participant_question, lang)
        said = message("manual.monitoring.joined_by", question=notes.on(question, instrument, "participant_question"))
        blocks.append(Para(compose(said, lang)))
    for group in instrument.groups:
        blocks += _group(ctx, group, vocabulary, notes)
    return blocks


def _group(ctx: Context, group: Group, vocabulary: Vocabulary, notes: Notes) -> list[Block]:
    lang = ctx.lang
    blocks: list[Block] = [Heading(4, notes.on(group.label.show(lang), group, "label"))]
    if group.relevant is not None:
        words = notes.on(in_words(parse(group.relevant), lang, vocabulary), group, "relevant")
        blocks.append(Para(compose(message("manual.monitoring.group_relevant", condition=words), lang)))
    rows = tuple(_question(ctx, q, vocabulary, notes) for q in group.questions)
    blocks.append(Table(tuple(ctx.say(message(_COLUMNS[k])) for k in _COLUMNS), rows, kind="questions"))
    return blocks


def _question(ctx: Context, q: Question, vocabulary: Vocabulary, notes: Notes) -> tuple[Spans, ...]:
    asked: Spans = (
        notes.on(q.label.show(ctx.lang), q, "label") if q.label is not None else (Code(q.name), *notes.of(q.provenance))
    )
    if q.hint is not None:
        asked = (*asked, " ", ctx.say(message("manual.monitoring.hint", hint=q.hint)))
    said = question_in_words(q, ctx.lang, vocabulary)
    return (asked, (said.answer,), ("; ".join(said.conditions) or "—",))


def _disclosure(ctx: Context, disclosure: DisclosurePolicy, notes: Notes) -> list[Block]:
    lang = ctx.lang
    cell = notes.on(number(disclosure.min_cell), disclosure, "min_cell")
    blocks: list[Block] = [
        Heading(3, (ctx.say(message("manual.monitoring.disclosure")),)),
        Para(compose(message("manual.monitoring.small_cells", min_cell=cell), lang)),
    ]
    if disclosure.age_bands:
        bounds = disclosure.age_bands
        bands = [f"{number(low)}-{number(high - 1)}" for low, high in itertools.pairwise(bounds)]
        bands.append(ctx.say(message("manual.monitoring.age_last", low=number(bounds[-1]))))
        said = message("manual.monitoring.age_bands", bands=notes.on(listing(bands, lang), disclosure, "age_bands"))
        blocks.append(Para(compose(said, lang)))
    return blocks
