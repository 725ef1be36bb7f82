"""The chapter on the formative offer: modules, hours, sessions, delivery, courses and pathways."""

from __future__ import annotations

from typing import Final

from sce_method._core import label, message
from sce_method.curriculum import Course, CourseKind, Curriculum, Module
from sce_method.manual._context import Context, heading
from sce_method.manual._document import Block, Chapter, Item, Items, Para, Spans, Strong, Table
from sce_method.manual._format import hours, listing, number
from sce_method.manual._notes import Notes, compose
from sce_method.manual._rules import module_title

_COLUMNS: Final = {
    "module": "methodology.show.col.module",
    "area": "methodology.show.col.area",
    "hours": "methodology.show.col.hours",
    "sessions": "methodology.show.col.sessions",
    "delivery": "methodology.show.col.delivery",
    "course": "methodology.show.col.course",
    "platform": "methodology.show.col.platform",
}


def curriculum_chapter(ctx: Context) -> Chapter:
    """The modules with their hours, sessions and delivery, the complete offer, the courses and the pathways."""
    c, notes, lang = ctx.m.curriculum, ctx.notes(), ctx.lang
    blocks: list[Block] = []
    if c.modules:
        blocks += _modules(ctx, c, notes)
    else:
        blocks.append(Para((ctx.say(message("manual.curriculum.no_modules")),)))
    complementary = c.courses_of(CourseKind.COMPLEMENTARY)
    if complementary:
        keys = ("course", "module", "platform")
        rows = tuple(_course_row(ctx, course, c, notes) for course in complementary)
        blocks += [
            heading(3, ctx.say(message("manual.curriculum.complementary"))),
            Para((ctx.say(message("manual.curriculum.complementary_intro")),)),
            Table(tuple(ctx.say(message(_COLUMNS[k])) for k in keys), rows),
        ]
    foundational = c.courses_of(CourseKind.FOUNDATIONAL)
    if foundational:
        items = tuple(Item(_described(ctx, course, notes)) for course in foundational)
        blocks += [
            heading(3, ctx.say(message("manual.curriculum.foundational"))),
            Para((ctx.say(message("manual.curriculum.foundational_intro")),)),
            Items(items),
        ]
    if c.pathways:
        routes: list[Item] = []
        for pathway in c.pathways:
            modules = listing([module_title(c, ident, lang) for ident in pathway.modules], lang)
            leads = notes.on(modules or ctx.say(message("manual.curriculum.no_pathway_modules")), pathway, "modules")
            said = message("manual.curriculum.pathway", kind=label(pathway.kind, lang), modules=leads)
            spans = (Strong(pathway.title.show(lang)), *notes.field(pathway, "title"), *compose(said, lang))
            if pathway.description is not None:
                spans = (*spans, " ", pathway.description.show(lang))
            routes.append(Item(spans))
        blocks += [heading(3, ctx.say(message("manual.curriculum.pathways"))), Items(tuple(routes))]
    return ctx.chapter("curriculum", blocks, notes)


def _modules(ctx: Context, c: Curriculum, notes: Notes) -> list[Block]:
    lang = ctx.lang
    keys = ("module", "area", "hours", "sessions", "delivery", "course")
    rows = tuple(_module_row(ctx, module, c, notes) for module in c.modules)
    total = (hours(c.hours), *notes.computed(message("manual.computed.total_hours")))
    offer = [module_title(c, ident, lang) for ident in c.complete_offer]
    blocks: list[Block] = [
        Para((ctx.say(message("manual.curriculum.intro")),)),
        Table(tuple(ctx.say(message(_COLUMNS[k])) for k in keys), rows),
        Para(compose(message("manual.curriculum.total", hours=total), lang)),
    ]
    if offer:
        offer_hours = (hours(c.complete_offer_hours), *notes.computed(message("manual.computed.offer_hours")))
        said = message(
            "manual.curriculum.complete_offer",
            modules=notes.on(listing(offer, lang), c, "complete_offer"),
            hours=offer_hours,
        )
        blocks.append(Para(compose(said, lang)))
    return blocks


def _module_row(ctx: Context, module: Module, c: Curriculum, notes: Notes) -> tuple[Spans, ...]:
    lang = ctx.lang
    course = next((x for x in c.courses if x.id == module.course), None)
    return (
        notes.on(module.title.show(lang), module, "title"),
        notes.on(module.area.show(lang), module, "area"),
        notes.on(hours(module.hours), module, "hours"),
        notes.on(number(module.sessions), module, "sessions"),
        notes.on(label(module.delivery, lang), module, "delivery"),
        (course.title.show(lang),) if course is not None else ("—",),
    )


def _course_row(ctx: Context, course: Course, c: Curriculum, notes: Notes) -> tuple[Spans, ...]:
    module = module_title(c, course.module, ctx.lang) if course.module is not None else "—"
    return (notes.on(course.title.show(ctx.lang), course, "title"), (module,), (course.platform,))


def _described(ctx: Context, course: Course, notes: Notes) -> Spans:
    spans: Spans = (Strong(course.title.show(ctx.lang)), *notes.field(course, "title"))
    if course.description is not None:
        spans = (*spans, ": ", course.description.show(ctx.lang))
    return spans
