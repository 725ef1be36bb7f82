"""Render the differences between two methodologies for people (table, Markdown) and for machines (rows)."""

from __future__ import annotations

from typing import Final

import attrs

from sce_method._core import Lang, Provenance, TableFormat, Text, message, table
from sce_method.methodology._diff import Difference, DiffKind
from sce_method.methodology._render import show_value

_KIND_KEYS: Final = {
    DiffKind.ADDED: "methodology.diff.added",
    DiffKind.REMOVED: "methodology.diff.removed",
    DiffKind.CHANGED: "methodology.diff.changed",
    DiffKind.PROVENANCE: "methodology.diff.provenance",
}


def _value(value: object, lang: Lang) -> str:
    """A value as a short text: a record by its key, anything else as `show_value` writes it."""
    if value is None:
        return "—"
    if attrs.has(type(value)) and not isinstance(value, Text):
        for name in ("id", "name", "effective", "period"):
            key = getattr(value, name, None)
            if key is not None:
                return f"{type(value).__name__} {key}"
        return type(value).__name__
    return show_value(value, lang)


def _provenance(provenance: Provenance | None, lang: Lang) -> str:
    return provenance.describe(lang) if provenance is not None else "—"


def render_diff(differences: tuple[Difference, ...], *, lang: Lang, fmt: TableFormat) -> str:
    """The differences as a table (or Markdown): what changed, from what to what, and why, by whom."""
    if not differences:
        return message("methodology.diff.none").render(lang) + "\n"
    if fmt == "md":
        headers = [message(_HEADERS[column]).render(lang) for column in _HEADERS]
        rows = [
            [d.path, message(_KIND_KEYS[d.kind]).render(lang), _value(d.old, lang), _value(d.new, lang),
             _provenance(d.old_provenance, lang), _provenance(d.new_provenance, lang), d.layer or "—"]
            for d in differences
        ]  # fmt: skip
        return table(headers, rows, "md") + "\n"
    blocks = []
    for d in differences:
        head = f"{d.path}  [{message(_KIND_KEYS[d.kind]).render(lang)}]"
        lines = [head, f"    {_value(d.old, lang)} -> {_value(d.new, lang)}"]
        if d.old_provenance is not None and d.kind is not DiffKind.ADDED:
            lines.append(
                "    " + message("methodology.diff.before", provenance=_provenance(d.old_provenance, lang)).render(lang)
            )
        if d.new_provenance is not None and d.kind is not DiffKind.REMOVED:
            lines.append("    " + message("methodology.diff.after", provenance=_provenance(d.new_provenance, lang),
                                            layer=d.layer or "—").render(lang))  # fmt: skip
        blocks.append("\n".join(lines))
    summary = message("methodology.diff.summary", count=len(differences)).render(lang)
    return "\n".join(blocks) + "\n\n" + summary + "\n"


_HEADERS: Final = {
    "path": "methodology.diff.col.path",
    "kind": "methodology.diff.col.kind",
    "old": "methodology.diff.col.old",
    "new": "methodology.diff.col.new",
    "old_provenance": "methodology.diff.col.old_provenance",
    "new_provenance": "methodology.diff.col.new_provenance",
    "layer": "methodology.diff.col.layer",
}
"""The message heading each column of the Markdown table, by column."""
