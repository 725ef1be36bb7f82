"""The chapter on peer mentoring: the policy, who coordinates it, and how many mentees and sessions it allows."""

from __future__ import annotations

from sce_method._core import message
from sce_method.manual._context import Context, described
from sce_method.manual._document import Chapter, Item, Items, Para, Spans
from sce_method.manual._format import number, yes_no
from sce_method.manual._notes import compose
from sce_method.manual._rules import criterion_words


def mentoring_chapter(ctx: Context) -> Chapter | None:
    """The mentoring policy in words, each number with its note; a value the methodology leaves unset says so."""
    policy, notes, lang = ctx.m.mentoring, ctx.notes(), ctx.lang
    if policy is None:
        return None
    blocks = described(notes, policy)
    unset: Spans = (ctx.say(message("manual.mentoring.unset")),)
    items: list[Spans] = []
    if policy.coordination is not None:
        said = message("manual.mentoring.coordination", who=notes.on(policy.coordination.show(lang), policy,
                                                                      "coordination"))  # fmt: skip
        items.append(compose(said, lang))
    mentees = notes.on(number(policy.max_mentees), policy, "max_mentees") if policy.max_mentees else unset
    items.append(compose(message("manual.mentoring.capacity", mentees=mentees), lang))
    sessions = (
        notes.on(number(policy.expected_sessions), policy, "expected_sessions") if policy.expected_sessions else unset
    )
    items.append(compose(message("manual.mentoring.sessions", sessions=sessions), lang))
    if policy.same_centre is not None:
        same = notes.on(yes_no(policy.same_centre, lang), policy, "same_centre")
        items.append(compose(message("manual.mentoring.same_centre", same=same), lang))
    if policy.prerequisite is not None:
        rule = criterion_words(policy.prerequisite, ctx.m.curriculum, notes)
        items.append(compose(message("manual.mentoring.prerequisite", rule=rule), lang))
    blocks += [Para((ctx.say(message("manual.mentoring.intro")),)), Items(tuple(Item(s) for s in items))]
    return ctx.chapter("mentoring", blocks, notes)
