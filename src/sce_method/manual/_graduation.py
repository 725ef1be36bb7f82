"""
The chapter on graduation: the rules in words, their dated history, what a completed module is, the exceptions.

The rule in force on a participant's decision date applies to her, so the
chapter gives every rule set of the history with the date it took effect, the
latest last; the table of what completes a module follows the latest rule.
"""

from __future__ import annotations

from typing import Final

from sce_method._core import DatedValue, label, message
from sce_method.curriculum import Curriculum
from sce_method.graduation import CompleteOffer, Graduation, ModuleCompleted, RuleException, RuleSet, Status, walk
from sce_method.manual._context import Context, described, heading
from sce_method.manual._document import Block, Chapter, Heading, Item, Items, Para, Spans, Strong, Table
from sce_method.manual._format import day, hours, listing, percent
from sce_method.manual._notes import Notes, compose
from sce_method.manual._rules import criterion_item, module_title

_STATUSES: Final = {
    Status.ELIGIBLE: "manual.graduation.status.eligible",
    Status.IN_PROGRESS: "manual.graduation.status.in_progress",
    Status.NOT_ELIGIBLE: "manual.graduation.status.not_eligible",
    Status.WITHDRAWN: "manual.graduation.status.withdrawn",
}
"""What each status means, by status."""


def graduation_chapter(ctx: Context) -> Chapter | None:
    """Who graduates: each dated rule set in words, its exceptions, what completes a module, the statuses."""
    graduation, notes, lang = ctx.m.graduation, ctx.notes(), ctx.lang
    if graduation is None:
        return None
    blocks = described(notes, graduation)
    blocks.append(Para((ctx.say(message("manual.graduation.history")),)))
    for entry in graduation.rule_sets.entries:
        blocks += _rule_set(ctx, entry, notes)
    blocks += _completed(ctx, graduation, notes)
    statuses = tuple(
        Item((Strong(label(status, lang)), ": ", ctx.say(message(_STATUSES[status])))) for status in _STATUSES
    )
    blocks += [heading(3, ctx.say(message("manual.graduation.statuses"))), Items(statuses)]
    return ctx.chapter("graduation", blocks, notes)


def _rule_set(ctx: Context, entry: DatedValue[RuleSet], notes: Notes) -> list[Block]:
    lang, rule_set, curriculum = ctx.lang, entry.value, ctx.m.curriculum
    since = (day(entry.effective, lang), *notes.of(entry.provenance))
    title = notes.on(rule_set.title.show(lang), rule_set, "title")
    blocks: list[Block] = [Heading(3, compose(message("manual.graduation.since", since=since, title=title), lang))]
    blocks += described(notes, rule_set)
    if entry.review_by is not None:
        review = (day(entry.review_by, lang), *notes.of(entry.provenance))
        blocks.append(Para(compose(message("manual.graduation.review_by", day=review), lang)))
    blocks += [
        Para((ctx.say(message("manual.graduation.requires")),)),
        Items((criterion_item(rule_set.rule, curriculum, notes),)),
    ]
    if rule_set.exceptions:
        items = tuple(_exception(ctx, e, rule_set, curriculum, notes) for e in rule_set.exceptions)
        blocks += [heading(4, ctx.say(message("manual.graduation.exceptions"))), Items(items)]
    return blocks


def _exception(ctx: Context, e: RuleException, rule_set: RuleSet, curriculum: Curriculum, notes: Notes) -> Item:
    lang, m = ctx.lang, ctx.m
    overridden = next((c for _, c in walk(rule_set.rule) if c.id == e.overrides), None)
    name = overridden.label.show(lang) if overridden is not None and overridden.label is not None else e.overrides
    who: list[str] = []
    if e.when.centres:
        centres = [c.name.show(lang) for c in m.centres if c.id in e.when.centres] or list(e.when.centres)
        who.append(ctx.say(message("manual.graduation.centres", centres=listing(centres, lang))))
    if e.when.cohorts:
        who.append(ctx.say(message("manual.graduation.cohorts", cohorts=listing(list(e.when.cohorts), lang))))
    applies = listing(who, lang) or ctx.say(message("manual.graduation.everyone"))
    said = message("manual.graduation.exception", who=applies, overrides=name)
    spans: Spans = (Strong(e.label.show(lang)), *notes.of(e.provenance), ": ", *compose(said, lang))
    return Item(spans, Items((criterion_item(e.replacement, curriculum, notes),)))


def _completed(ctx: Context, graduation: Graduation, notes: Notes) -> list[Block]:
    """What completes each module under the latest rule: a share of its hours, or a completion record."""
    lang, curriculum = ctx.lang, ctx.m.curriculum
    rule = graduation.rule_sets.entries[-1].value.rule
    shares: dict[str, tuple[float, Spans]] = {}
    for _, criterion in walk(rule):
        if isinstance(criterion, CompleteOffer):
            for ident in curriculum.complete_offer:
                shares.setdefault(ident, (criterion.share, notes.field(criterion, "share")))
        elif isinstance(criterion, ModuleCompleted):
            shares.setdefault(criterion.module, (criterion.share, notes.field(criterion, "share")))
    rows = []
    for module in curriculum.modules:
        if module.id not in shares:
            continue
        share, mark = shares[module.id]
        minimum = (hours(round(module.hours * share, 2)), *notes.computed(message("manual.computed.minimum")))
        rows.append(
            (
                (module_title(curriculum, module.id, lang),),
                notes.on(hours(module.hours), module, "hours"),
                (percent(share, lang), *mark),
                minimum,
            )
        )
    if not rows:
        return []
    return [
        heading(3, ctx.say(message("manual.graduation.completed"))),
        Para((ctx.say(message("manual.graduation.completed_intro")),)),
        Table(tuple(ctx.say(message(_COLUMNS[k])) for k in _COLUMNS), tuple(rows)),
    ]


_COLUMNS: Final = {
    "module": "methodology.show.col.module",
    "hours": "methodology.show.col.hours",
    "share": "manual.col.share",
    "minimum": "manual.col.minimum",
}
"""The columns of the table of what completes a module, in order."""
