"""How an instrument shows itself in a notebook: a caption, counts and its questions, in the display language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from sce_method._core import display_lang, html_view, message

if TYPE_CHECKING:
    from sce_method.monitoring.instruments._instrument import Instrument

_HEADERS: Final = {
    "name": "instruments.view.col.name",
    "type": "instruments.view.col.type",
    "label": "instruments.view.col.label",
}
"""The message heading each column of the questions' table."""


def instrument_html(instrument: Instrument) -> str:
    """The questions of *instrument* (name, type, label), with the counts of groups and questions."""
    lang = display_lang()
    questions = instrument.questions
    caption = message(
        "instruments.view.caption",
        title=instrument.title.get(lang),
        id=instrument.id,
        version=instrument.version,
    )
    counts = [
        (message("instruments.view.groups").render(lang), len(instrument.groups)),
        (message("instruments.view.questions").render(lang), len(questions)),
    ]
    return html_view(
        caption=caption.render(lang),
        headers=[message(_HEADERS[k]).render(lang) for k in _HEADERS],
        rows=([q.name, q.type.value, q.label.get(lang) if q.label else ""] for q in questions),
        total=len(questions),
        counts=counts,
        lang=lang,
    )
