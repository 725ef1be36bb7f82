"""Building the Manual of a methodology: its chapters in order, in one language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from sce_method._core import DEFAULT_LANG, Lang, check_lang, message
from sce_method.manual._annex import annex_chapter, plan_annex
from sce_method.manual._changes import changes_chapter
from sce_method.manual._context import Context
from sce_method.manual._document import Chapter, Code, Manual, Spans
from sce_method.manual._graduation import graduation_chapter
from sce_method.manual._mentoring import mentoring_chapter
from sce_method.manual._monitoring import monitoring_chapter
from sce_method.manual._notes import compose
from sce_method.manual._offer import curriculum_chapter
from sce_method.manual._programme import centres_chapter, programme_chapter, staff_chapter
from sce_method.manual._reference import documents_chapter, glossary_chapter
from sce_method.manual._results import results_chapter
from sce_method.methodology import Methodology, ProductKind

_CHAPTERS: Final[tuple[Callable[[Context], Chapter | None], ...]] = (
    programme_chapter,
    curriculum_chapter,
    centres_chapter,
    staff_chapter,
    graduation_chapter,
    mentoring_chapter,
    monitoring_chapter,
    results_chapter,
    changes_chapter,
    glossary_chapter,
    documents_chapter,
)
"""The chapters before the annex, in order; one returns None when the methodology has nothing for it."""


def build_manual(m: Methodology, lang: Lang = DEFAULT_LANG, *, layers: Sequence[Methodology] | None = None) -> Manual:
    """
    The Manual of *m* in *lang*: every chapter, each number with its note, and the annex of assumptions.

    *layers* are the methodologies of *m*'s lineage, base first (the last may
    be *m* itself); by default each layer is loaded by the id or path its
    lineage records (`Methodology.lineage`), for the chapter on what each
    layer changed.

    >>> import sce_method
    >>> manual = build_manual(sce_method.load("crea-2024"), "en")
    >>> manual.title
    'Manual of the Economic Empowerment Process'
    >>> [c.id for c in manual.chapters][:4]
    ['programme', 'curriculum', 'centres', 'staff-training']

    Raises:
        LoadError: a layer of the lineage could not be loaded.
    """
    lang = check_lang(lang)
    found = tuple(layers) if layers is not None else _layers(m)
    if found and found[-1] is not m:
        found = (*found[:-1], m) if found[-1].id == m.id else (*found, m)
    annex = plan_annex(m)
    ctx = Context(m=m, lang=lang, assumptions=annex.labels, layers=found)
    chapters = [chapter for build in _CHAPTERS if (chapter := build(ctx)) is not None]
    chapters.append(annex_chapter(ctx, annex))
    return Manual(
        lang=lang,
        title=_title(m, lang),
        subtitle=m.title.show(lang),
        about=_about(m, lang),
        contents_title=message("manual.contents").render(lang),
        notes_title=message("manual.notes").render(lang),
        chapters=tuple(chapters),
    )


def _layers(m: Methodology) -> tuple[Methodology, ...]:
    """The methodology of each layer of *m*'s lineage, loaded by its id or path; *m* itself for the last."""
    if len(m.lineage) < 2:
        return (m,)
    from sce_method.serialization import load  # noqa: PLC0415 -- only an adaptation needs its layers loaded

    return (*(load(layer.source) for layer in m.lineage[:-1]), m)


def _title(m: Methodology, lang: Lang) -> str:
    """The title of the manual product the methodology names, or the Manual's own."""
    products = m.programme.products if m.programme is not None else ()
    manual = next((p for p in products if p.kind is ProductKind.MANUAL), None)
    return manual.title.show(lang) if manual is not None else message("manual.title").render(lang)


def _about(m: Methodology, lang: Lang) -> tuple[Spans, ...]:
    lines = [compose(message("manual.about.methodology", id=(Code(m.id),), version=m.version), lang)]
    if len(m.lineage) > 1:
        chain = " → ".join(str(layer) for layer in m.lineage)
        lines.append(compose(message("manual.about.layers", chain=chain), lang))
    lines.append(compose(message("manual.about.generated"), lang))
    return tuple(lines)
