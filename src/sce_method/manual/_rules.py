"""
A graduation rule in words: each criterion as a sentence, each threshold followed by its note.

`sce_method.graduation.describe` says a criterion for a listing (its id first,
module ids); the Manual says it for people: modules by their titles, surveys
by their names, a combinator as the list of what it joins.
"""

from __future__ import annotations

from sce_method._core import Lang, message
from sce_method.curriculum import Curriculum
from sce_method.graduation import (
    AllOf,
    AnyOf,
    AtLeast,
    AttendanceRate,
    CompleteOffer,
    Criterion,
    FollowUpRecorded,
    InstrumentSubmitted,
    MentoringSessions,
    ModuleCompleted,
    ModuleHours,
    TotalHours,
    survey_name,
)
from sce_method.manual._document import Item, Items, Spans
from sce_method.manual._format import hours, listing, number, percent
from sce_method.manual._notes import Notes, compose


def module_title(curriculum: Curriculum, ident: str, lang: Lang) -> str:
    """A module by its title, quoted (by its id where the curriculum has no such module)."""
    found = next((m.title.show(lang) for m in curriculum.modules if m.id == ident), ident)
    return message("words.quoted", text=found).render(lang)


def criterion_item(criterion: Criterion, curriculum: Curriculum, notes: Notes) -> Item:
    """*criterion* as an item of a list, what it joins nested under it."""
    spans = criterion_words(criterion, curriculum, notes)
    if isinstance(criterion, AllOf | AnyOf | AtLeast):
        children = tuple(criterion_item(c, curriculum, notes) for c in criterion.criteria)
        return Item(spans, Items(children))
    return Item(spans)


def criterion_words(criterion: Criterion, curriculum: Curriculum, notes: Notes) -> Spans:  # noqa: C901 -- one per kind
    """What *criterion* asks for, as one sentence with the note of each threshold after it."""
    c, lang = criterion, notes.lang

    def marked(text: str, field: str) -> Spans:
        return notes.on(text, c, field)

    if isinstance(c, ModuleCompleted):
        said = message(
            "manual.rule.module_completed",
            module=module_title(curriculum, c.module, lang),
            share=marked(percent(c.share, lang), "share"),
        )
    elif isinstance(c, CompleteOffer):
        titles = [module_title(curriculum, ident, lang) for ident in curriculum.complete_offer]
        said = message(
            "manual.rule.complete_offer", modules=listing(titles, lang), share=marked(percent(c.share, lang), "share")
        )
    elif isinstance(c, ModuleHours):
        said = message(
            "manual.rule.module_hours",
            module=module_title(curriculum, c.module, lang),
            hours=marked(hours(c.hours), "hours"),
        )
    elif isinstance(c, TotalHours):
        said = message("manual.rule.total_hours", hours=marked(hours(c.hours), "hours"))
    elif isinstance(c, AttendanceRate):
        said = message("manual.rule.attendance_rate", rate=marked(percent(c.rate, lang), "rate"))
    elif isinstance(c, InstrumentSubmitted):
        said = message("manual.rule.instrument_submitted", instrument=survey_name(c.instrument))
    elif isinstance(c, FollowUpRecorded):
        said = message("manual.rule.follow_up_recorded", number=marked(number(c.count), "count"))
    elif isinstance(c, MentoringSessions):
        said = message("manual.rule.mentoring_sessions", number=marked(number(c.count), "count"))
    elif isinstance(c, AllOf):
        said = message("manual.rule.all_of")
    elif isinstance(c, AnyOf):
        said = message("manual.rule.any_of")
    else:
        said = message("manual.rule.at_least", n=marked(number(c.n), "n"))
    spans = compose(said, lang)
    if c.label is not None:
        spans = (*compose(message("manual.rule.labelled", label=c.label), lang), *spans)
    return (*spans, *notes.of(c.provenance))
