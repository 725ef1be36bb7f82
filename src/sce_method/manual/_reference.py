"""The glossary (Spanish and English terms, as DESIGN.md pairs them) and the documents the Manual cites."""

from __future__ import annotations

from typing import Final

from sce_method._core import message
from sce_method.manual._context import Context
from sce_method.manual._document import Block, Chapter, Code, Item, Items, Para, Table

GLOSSARY: Final = (
    ("metodología", "methodology"),
    ("oferta formativa / módulo / curso", "curriculum / module / course"),
    ("horas, sesiones", "hours, sessions"),
    ("ruta / trayecto formativo", "pathway"),
    ("centro de aprendizaje (CREA, CJM, CDM)", "centre"),
    ("generación", "cohort"),
    ("participante, usuaria", "participant"),
    ("graduación, graduada, acredita graduación", "graduation, graduate, eligible"),
    ("seguimiento individualizado", "follow-up"),
    ("mentora, mentoría", "mentor, mentoring"),
    ("persona facilitadora", "facilitator"),
    ("funcionariado", "public officials"),
    ("encuesta de entrada / salida / postgraduación", "entry / exit / post-graduation survey"),
    (
        "marco de resultados, indicador, línea base (LB), meta, avance",
        "results framework, indicator, baseline, target, progress",
    ),
    ("meta lograda / rebasada", "target met / exceeded"),
)
"""The glossary of DESIGN.md: the Spanish of the data and labels, the English of the code, in its order."""


def glossary_chapter(ctx: Context) -> Chapter:
    """The glossary: the Manual's language first, the other beside it."""
    notes = ctx.notes()
    spanish, english = ctx.say(message("manual.glossary.spanish")), ctx.say(message("manual.glossary.english"))
    if ctx.lang == "es":
        table = Table((spanish, english), tuple(((es,), (en,)) for es, en in GLOSSARY))
    else:
        table = Table((english, spanish), tuple(((en,), (es,)) for es, en in GLOSSARY))
    blocks: list[Block] = [Para((ctx.say(message("manual.glossary.intro")),)), table]
    return ctx.chapter("glossary", blocks, notes)


def documents_chapter(ctx: Context) -> Chapter:
    """The documents the notes cite, by the id the notes give."""
    notes, lang = ctx.notes(), ctx.lang
    items = []
    for document in ctx.m.documents:
        details = ", ".join(str(part) for part in (document.publisher, document.year) if part is not None)
        spans = (Code(document.id), ": ", document.title.show(lang), *((f" ({details})",) if details else ()))
        items.append(Item(spans if document.url is None else (*spans, " ", document.url)))
    blocks: list[Block] = [Para((ctx.say(message("manual.documents.intro")),)), Items(tuple(items))]
    return ctx.chapter("documents", blocks, notes)
