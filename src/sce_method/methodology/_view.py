"""How a methodology shows itself in a notebook: what it holds, counted, and its modules; a repr that stays short."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from sce_method._core import display_lang, html_view, message

if TYPE_CHECKING:
    from sce_method.methodology._model import Methodology

_PARTS: Final = {
    "modules": "curriculum.view.modules",
    "courses": "curriculum.view.courses",
    "centres": "methodology.view.centres",
    "instruments": "methodology.view.instruments",
    "rule_sets": "methodology.view.rule_sets",
    "results": "methodology.view.results",
    "indicators": "methodology.view.indicators",
}
"""The message naming each part of the methodology in its view."""

_SHOWN_IDS: Final = 6
"""Ids listed for a part before "..."."""


def methodology_html(m: Methodology) -> str:
    """A caption (title, id, version, in force from), then each part it holds: how many, and their ids."""
    lang = display_lang()
    rule_sets = tuple(e.value.id for e in m.graduation.rule_sets.entries) if m.graduation is not None else ()
    results = tuple(i.id for i in m.results_framework.indicators) if m.results_framework is not None else ()
    parts = {
        "modules": tuple(x.id for x in m.curriculum.modules),
        "courses": tuple(x.id for x in m.curriculum.courses),
        "centres": tuple(x.id for x in m.centres),
        "instruments": tuple(x.id for x in m.instruments),
        "rule_sets": rule_sets,
        "results": results,
        "indicators": tuple(x.id for x in m.indicators),
    }
    rows = [
        [
            message(_PARTS[k]).render(lang),
            len(ids),
            ", ".join(ids[:_SHOWN_IDS]) + (", ..." if len(ids) > _SHOWN_IDS else ""),
        ]
        for k, ids in parts.items()
    ]
    caption = message(
        "methodology.view.caption", title=m.title.get(lang), id=m.id, version=m.version, valid_from=m.valid_from
    )
    headers = [
        message("methodology.view.col.part"),
        message("methodology.view.col.count"),
        message("methodology.view.col.ids"),
    ]
    return html_view(
        caption=caption.render(lang), headers=[h.render(lang) for h in headers], rows=rows, total=len(rows), lang=lang
    )


def methodology_repr(m: Methodology) -> str:
    """
    A one-line repr: the ids and the counts, not the whole tree (``m.curriculum``, ``m.graduation`` hold it).

    >>> import sce_method
    >>> print(methodology_repr(sce_method.load()))  # doctest: +ELLIPSIS
    Methodology(id='jalisco-sisemh-2024', version=..., modules=5, courses=..., centres=3, instruments=4, ...)
    """
    indicators = m.results_framework.indicators if m.results_framework is not None else ()
    return (
        f"Methodology(id={m.id!r}, version={m.version!r}, valid_from={m.valid_from.isoformat()!r},"
        f" modules={len(m.curriculum.modules)}, courses={len(m.curriculum.courses)}, centres={len(m.centres)},"
        f" instruments={len(m.instruments)}, results_indicators={len(indicators)})"
    )
