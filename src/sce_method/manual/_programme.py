"""The chapters on what the programme is and whom it serves, its centres, and the training of its staff."""

from __future__ import annotations

from typing import Final

from sce_method._core import label, message
from sce_method.curriculum import Centre
from sce_method.manual._context import Context, described, heading, listed
from sce_method.manual._document import Block, Chapter, Code, Item, Items, Para, Spans, Strong, Table
from sce_method.manual._format import day, hours, listing, month, number, yes_no
from sce_method.manual._notes import Notes, compose
from sce_method.methodology import Agreement, OrganisationRole, ProductKind, Programme

_ROLES: Final = {
    OrganisationRole.PROGRAMME_OWNER: "manual.role.programme_owner",
    OrganisationRole.COUNTERPART: "manual.role.counterpart",
    OrganisationRole.IMPLEMENTING_PARTNER: "manual.role.implementing_partner",
    OrganisationRole.CENTRE_OPERATOR: "manual.role.centre_operator",
    OrganisationRole.NETWORK: "manual.role.network",
}


def programme_chapter(ctx: Context) -> Chapter:
    """What the programme is, whom it serves, under which agreement, with whom, and when."""
    m, notes, lang = ctx.m, ctx.notes(), ctx.lang
    blocks = described(notes, m)
    framework = m.results_framework
    if framework is not None and framework.strategic_result is not None:
        said = message("manual.programme.serves", result=notes.on(framework.strategic_result.show(lang), framework,
                                                                "strategic_result"))  # fmt: skip
        blocks.append(Para(compose(said, lang)))
    survivors = [c for c in m.centres if c.serves_survivors]
    if survivors:
        names = listed([notes.on(c.name.show(lang), c, "serves_survivors") for c in survivors], lang)
        blocks.append(Para(compose(message("manual.programme.survivors", centres=names), lang)))
    valid = notes.on(day(m.valid_from, lang), m, "valid_from")
    said = message("manual.programme.version", id=(Code(m.id),), version=notes.on(m.version, m, "version"), since=valid)
    blocks += [Para(compose(said, lang)), Para((ctx.say(message("manual.programme.how_to_read")),))]
    if m.programme is not None:
        blocks += _programme(ctx, m.programme, notes)
    return ctx.chapter("programme", blocks, notes)


def _programme(ctx: Context, programme: Programme, notes: Notes) -> list[Block]:
    lang = ctx.lang
    blocks: list[Block] = []
    for product in programme.products:
        if product.kind is ProductKind.MANUAL:
            part_of = next((p for p in programme.products if p.id == product.part_of), None)
            spans: Spans = notes.on(product.title.show(lang), product, "title")
            if part_of is not None:
                model = notes.on(part_of.title.show(lang), part_of, "title")
                spans = compose(message("manual.programme.part_of", manual=spans, model=model), lang)
            if product.section is not None:
                spans = (*spans, " — ", *notes.on(product.section.show(lang), product, "section"))
            blocks.append(Para(compose(message("manual.programme.this_manual", manual=spans), lang)))
            if product.description is not None:
                blocks.append(Para(notes.on(product.description.show(lang), product, "description")))
    if programme.agreement is not None:
        agreement = _agreement(ctx, programme.agreement, notes)
        blocks += [heading(3, ctx.say(message("manual.programme.agreement"))), agreement]
    if programme.organisations:
        items = []
        for o in programme.organisations:
            described = (". ", o.description.show(lang)) if o.description is not None else ()
            role = ctx.say(message(_ROLES[o.role]))
            items.append(Item((Strong(o.name.show(lang)), *notes.field(o, "name"), " — ", role, *described)))
        blocks += [heading(3, ctx.say(message("manual.programme.organisations"))), Items(tuple(items))]
    if programme.events:
        blocks += [heading(3, ctx.say(message("manual.programme.events"))), _events(ctx, programme, notes)]
    return blocks


def _events(ctx: Context, programme: Programme, notes: Notes) -> Items:
    lang = ctx.lang
    items = []
    for event in programme.events:
        when = day(event.on, lang) if event.on is not None else month(str(event.month), lang)
        field = "on" if event.on is not None else "month"
        place = (" (", event.place.show(lang), ")") if event.place is not None else ()
        text = (". ", event.description.show(lang)) if event.description is not None else ()
        items.append(Item((Strong(when), *notes.field(event, field), ": ", event.title.show(lang), *place,
                           *text, *notes.of(event.provenance))))  # fmt: skip
    return Items(tuple(items))


def _agreement(ctx: Context, agreement: Agreement, notes: Notes) -> Items:
    lang = ctx.lang
    items = [Item(notes.on(agreement.title.show(lang), agreement, "title"))]
    if agreement.project_number is not None:
        said = message(
            "manual.programme.project", number=notes.on(agreement.project_number, agreement, "project_number")
        )
        items.append(Item(compose(said, lang)))
    said = message(
        "manual.programme.period",
        starts=notes.on(day(agreement.starts_on, lang), agreement, "starts_on"),
        ends=notes.on(day(agreement.ends_on, lang), agreement, "ends_on"),
    )
    items.append(Item(compose(said, lang)))
    if agreement.funding:
        amounts = " · ".join(f"{a.currency} {a.value:,.2f}" for a in agreement.funding)
        said = message("manual.programme.funding", amounts=notes.on(amounts, agreement, "funding"))
        items.append(Item(compose(said, lang)))
    return Items(tuple(items))


def centres_chapter(ctx: Context) -> Chapter | None:
    """The centres: each with its kind, place, facilitators and whether its participants have lived violence."""
    m, notes, lang = ctx.m, ctx.notes(), ctx.lang
    if not m.centres:
        return None
    keys = ("centre", "kind", "municipality", "facilitators", "survivors")
    rows = tuple(_centre_row(ctx, c, notes) for c in m.centres)
    described = [Item((Strong(c.name.show(lang)), ": ", c.description.show(lang))) for c in m.centres if c.description]
    blocks: list[Block] = [
        Para((ctx.say(message("manual.centres.intro")),)),
        Table(tuple(ctx.say(message(_COLUMNS[k])) for k in keys), rows),
    ]
    if described:
        blocks.append(Items(tuple(described)))
    return ctx.chapter("centres", blocks, notes)


def _centre_row(ctx: Context, centre: Centre, notes: Notes) -> tuple[Spans, ...]:
    lang = ctx.lang
    facilitators = notes.on(number(centre.facilitators), centre, "facilitators") if centre.facilitators else ("—",)
    return (
        notes.on(centre.name.show(lang), centre, "name"),
        (label(centre.kind, lang),),
        (centre.municipality or "—",),
        facilitators,
        notes.on(yes_no(centre.serves_survivors, lang), centre, "serves_survivors"),
    )


def staff_chapter(ctx: Context) -> Chapter | None:
    """The trainings of the people who run the programme: who takes each, its hours, its target and its reach."""
    m, notes, lang = ctx.m, ctx.notes(), ctx.lang
    if not m.staff_trainings:
        return None
    keys = ("training", "audience", "hours", "centres", "target", "trained")
    rows = []
    for t in m.staff_trainings:
        centres = listing([c.name.show(lang) for c in m.centres if c.id in t.centres], lang) or "—"
        rows.append(
            (
                notes.on(t.title.show(lang), t, "title"),
                (label(t.audience, lang),),
                notes.on(hours(t.hours), t, "hours"),
                (centres,),
                notes.on(number(t.target), t, "target") if t.target is not None else ("—",),
                notes.on(number(t.trained), t, "trained") if t.trained is not None else ("—",),
            )
        )
    described = [Item((Strong(t.title.show(lang)), ": ", t.description.show(lang))) for t in m.staff_trainings
                 if t.description is not None]  # fmt: skip
    blocks: list[Block] = [
        Para((ctx.say(message("manual.staff.intro")),)),
        Table(tuple(ctx.say(message(_COLUMNS[k])) for k in keys), tuple(rows)),
    ]
    if described:
        blocks.append(Items(tuple(described)))
    return ctx.chapter("staff-training", blocks, notes)


_COLUMNS: Final = {
    "centre": "methodology.show.col.name",
    "kind": "methodology.show.col.kind",
    "municipality": "manual.col.municipality",
    "facilitators": "manual.col.facilitators",
    "survivors": "manual.col.survivors",
    "training": "methodology.show.col.title",
    "audience": "methodology.show.col.audience",
    "hours": "methodology.show.col.hours",
    "centres": "manual.col.centres",
    "target": "results.col.target",
    "trained": "manual.col.trained",
}
