"""How rule sets show themselves in a notebook: each criterion in words, in the display language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from sce_method._core import display_lang, html_view, message
from sce_method.graduation._criteria import describe, walk

if TYPE_CHECKING:
    from sce_method.graduation._rules import Graduation, RuleSet

_HEADERS: Final = {
    "effective": "graduation.view.col.effective",
    "id": "graduation.view.col.rule_set",
    "title": "graduation.view.col.title",
    "exceptions": "graduation.view.col.exceptions",
}
"""The message heading each column of the rule sets' table."""


def rule_set_html(rule_set: RuleSet) -> str:
    """The criteria of *rule_set*, one per row, indented by depth, then its exceptions' count."""
    lang = display_lang()
    rows = [["  " * (len(path) // 2) + describe(c).render(lang)] for path, c in walk(rule_set.rule)]
    counts = [(message("graduation.view.col.exceptions").render(lang), len(rule_set.exceptions))]
    return html_view(
        caption=message("graduation.view.rule_set", id=rule_set.id, title=rule_set.title.show(lang)).render(lang),
        headers=[message("graduation.view.col.criterion").render(lang)],
        rows=rows,
        total=len(rows),
        counts=counts,
        lang=lang,
    )


def graduation_html(graduation: Graduation) -> str:
    """The rule sets in force over time: from when, which, and how many exceptions."""
    lang = display_lang()
    entries = graduation.rule_sets.entries
    rows = ([e.effective, e.value.id, e.value.title.show(lang), len(e.value.exceptions)] for e in entries)
    return html_view(
        caption=message("graduation.view.rules", count=len(entries)).render(lang),
        headers=[message(_HEADERS[k]).render(lang) for k in _HEADERS],
        rows=rows,
        total=len(entries),
        lang=lang,
    )
