"""How a methodology shows itself in a notebook: what it holds, counted, and its modules; a repr that stays short."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from sce_method._core import display_lang, html_view, message

if TYPE_CHECKING:
    from sce_method.methodology._model import Methodology

_HEADERS: Final = {
    "id": "curriculum.view.col.id",
    "title": "curriculum.view.col.title",
    "hours": "curriculum.view.col.hours",
}
"""The message heading each column of the modules' table (the curriculum's words)."""


def methodology_html(m: Methodology) -> str:
    """A caption (title, id, version, in force from), the counts of what it holds, and its modules."""
    lang = display_lang()
    indicators = m.results_framework.indicators if m.results_framework is not None else ()
    counts = [
        (message("curriculum.view.modules").render(lang), len(m.curriculum.modules)),
        (message("curriculum.view.courses").render(lang), len(m.curriculum.courses)),
        (message("methodology.view.centres").render(lang), len(m.centres)),
        (message("methodology.view.instruments").render(lang), len(m.instruments)),
        (message("methodology.view.results").render(lang), len(indicators)),
    ]
    caption = message(
        "methodology.view.caption", title=m.title.get(lang), id=m.id, version=m.version, valid_from=m.valid_from
    )
    return html_view(
        caption=caption.render(lang),
        headers=[message(_HEADERS[k]).render(lang) for k in _HEADERS],
        rows=([module.id, module.title.get(lang), module.hours] for module in m.curriculum.modules),
        total=len(m.curriculum.modules),
        counts=counts,
        lang=lang,
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
