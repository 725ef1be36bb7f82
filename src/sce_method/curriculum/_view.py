"""How a curriculum shows itself in a notebook: a caption, counts and its modules, in the display language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from sce_method._core import display_lang, html_view, message

if TYPE_CHECKING:
    from sce_method.curriculum._curriculum import Curriculum

_HEADERS: Final = {
    "id": "curriculum.view.col.id",
    "title": "curriculum.view.col.title",
    "hours": "curriculum.view.col.hours",
}
"""The message heading each column of the modules' table."""


def curriculum_html(curriculum: Curriculum) -> str:
    """The modules of *curriculum* (id, title, hours), with the counts of modules, courses and pathways."""
    lang = display_lang()
    counts = [
        (message("curriculum.view.modules").render(lang), len(curriculum.modules)),
        (message("curriculum.view.courses").render(lang), len(curriculum.courses)),
        (message("curriculum.view.pathways").render(lang), len(curriculum.pathways)),
    ]
    return html_view(
        caption=message("curriculum.view.caption").render(lang),
        headers=[message(_HEADERS[k]).render(lang) for k in _HEADERS],
        rows=([m.id, m.title.get(lang), m.hours] for m in curriculum.modules),
        total=len(curriculum.modules),
        counts=counts,
        lang=lang,
    )
