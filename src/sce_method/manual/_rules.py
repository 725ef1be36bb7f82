"""
A graduation rule in words: each criterion as a sentence, each threshold followed by its note.

`sce_method.graduation.describe` says a criterion for a listing (its id first,
module ids); the Manual says it for people: modules by their titles, surveys
by their names, a combinator as the list of what it joins.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from sce_method._core import Lang, message
from sce_method.curriculum import Curriculum
from sce_method.graduation import AllOf, AnyOf, AtLeast, Criterion, kind_of, survey_name
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


def criterion_words(criterion: Criterion, curriculum: Curriculum, notes: Notes) -> Spans:
    """What *criterion* asks for, as one sentence with the note of each threshold after it."""
    c, lang = criterion, notes.lang

    def marked(field: str, shown: Callable[[Any], str]) -> Spans:
        """The field *field*, shown, followed by its note; nothing for a kind that has no such field."""
        return notes.on(shown(getattr(c, field)), c, field) if hasattr(c, field) else ()

    module = getattr(c, "module", None)
    instrument = getattr(c, "instrument", None)
    offer = [module_title(curriculum, ident, lang) for ident in curriculum.complete_offer]
    said = message(
        _RULES[kind_of(c)],
        module=module_title(curriculum, module, lang) if module is not None else "",
        modules=listing(offer, lang),
        instrument=survey_name(instrument) if instrument is not None else "",
        share=marked("share", lambda share: percent(share, lang)),
        rate=marked("rate", lambda rate: percent(rate, lang)),
        hours=marked("hours", hours),
        count=marked("count", number),
        n=marked("n", number),
    )
    spans = compose(said, lang)
    if c.label is not None:
        spans = (*compose(message("manual.rule.labelled", label=c.label), lang), *spans)
    return (*spans, *notes.of(c.provenance))


_RULES: Final = {
    "module_completed": "manual.rule.module_completed",
    "complete_offer": "manual.rule.complete_offer",
    "module_hours": "manual.rule.module_hours",
    "total_hours": "manual.rule.total_hours",
    "attendance_rate": "manual.rule.attendance_rate",
    "instrument_submitted": "manual.rule.instrument_submitted",
    "follow_up_recorded": "manual.rule.follow_up_recorded",
    "mentoring_sessions": "manual.rule.mentoring_sessions",
    "all_of": "manual.rule.all_of",
    "any_of": "manual.rule.any_of",
    "at_least": "manual.rule.at_least",
}
"""The sentence of each kind of criterion, by its YAML kind (`sce_method.graduation.KINDS`)."""
