"""Render the differences between two methodologies for people (table, Markdown) and for machines (rows)."""

from __future__ import annotations

import attrs

from sce_method._core import Lang, Provenance, Text, message, table
from sce_method.methodology._diff import Difference, DiffKind
from sce_method.methodology._render import Format, show_value

_KIND_KEYS = {
    DiffKind.ADDED: "diff.added",
    DiffKind.REMOVED: "diff.removed",
    DiffKind.CHANGED: "diff.changed",
    DiffKind.PROVENANCE: "diff.provenance",
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


def render_diff(differences: tuple[Difference, ...], *, lang: Lang, fmt: Format) -> str:
    """The differences as a table (or Markdown): what changed, from what to what, and why, by whom."""
    if not differences:
        return message("diff.none").render(lang) + "\n"
    if fmt == "md":
        headers = [message(key).render(lang) for key in _HEADERS]
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
            lines.append("    " + message("diff.before", provenance=_provenance(d.old_provenance, lang)).render(lang))
        if d.new_provenance is not None and d.kind is not DiffKind.REMOVED:
            lines.append("    " + message("diff.after", provenance=_provenance(d.new_provenance, lang),
                                            layer=d.layer or "—").render(lang))  # fmt: skip
        blocks.append("\n".join(lines))
    summary = message("diff.summary", count=len(differences)).render(lang)
    return "\n".join(blocks) + "\n\n" + summary + "\n"


_HEADERS = (
    "diff.col.path",
    "diff.col.kind",
    "diff.col.old",
    "diff.col.new",
    "diff.col.old_provenance",
    "diff.col.new_provenance",
    "diff.col.layer",
)
