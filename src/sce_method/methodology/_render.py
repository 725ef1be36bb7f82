"""Render a methodology for people: a plain-text table or Markdown, in es or en."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from sce_method._core import Lang, TableFormat, Text, ValueProvenance, format_path, label, message, table
from sce_method.graduation import Graduation, describe, walk

if TYPE_CHECKING:
    from sce_method.methodology._model import Methodology


_COLUMNS: Final = {
    "id": "methodology.show.col.id",
    "title": "methodology.show.col.title",
    "area": "methodology.show.col.area",
    "hours": "methodology.show.col.hours",
    "sessions": "methodology.show.col.sessions",
    "delivery": "methodology.show.col.delivery",
    "course": "methodology.show.col.course",
    "kind": "methodology.show.col.kind",
    "module": "methodology.show.col.module",
    "platform": "methodology.show.col.platform",
    "audience": "methodology.show.col.audience",
    "name": "methodology.show.col.name",
    "modules": "methodology.show.col.modules",
    "questions": "methodology.show.col.questions",
    "instruments": "methodology.show.col.instruments",
    "reported": "methodology.show.col.reported",
    "path": "methodology.show.col.path",
    "value": "methodology.show.col.value",
    "provenance": "methodology.show.col.provenance",
    "layer": "methodology.show.col.layer",
}
"""The message heading each column of the tables shown, by column."""


def _col(name: str, lang: Lang) -> str:
    return message(_COLUMNS[name]).render(lang)


def _num(value: float) -> str:
    return f"{value:g}"


def _heading(text: str, fmt: TableFormat, level: int = 2) -> str:
    if fmt == "md":
        return "#" * level + " " + text
    return text + "\n" + ("=" if level == 1 else "-") * len(text)


def render_methodology(m: Methodology, *, lang: Lang, fmt: TableFormat) -> str:
    """The whole methodology: modules, courses, pathways, centres, trainings, documents."""
    c = m.curriculum

    def col(name: str) -> str:
        return _col(name, lang)

    version, valid_from = (
        message("methodology.show.version").render(lang),
        message("methodology.show.valid_from").render(lang),
    )
    parts = [
        _heading(m.title.show(lang), fmt, 1),
        f"id: {m.id} · {version} {m.version} · {valid_from} {m.valid_from}",
    ]
    if m.description is not None:
        parts.append(m.description.show(lang))
    module_rows = [
        [
            mod.id,
            mod.title.show(lang),
            mod.area.show(lang),
            _num(mod.hours),
            str(mod.sessions),
            label(mod.delivery, lang),
            mod.course or "",
        ]
        for mod in c.modules
    ]
    parts += [
        _heading(message("methodology.show.modules").render(lang), fmt),
        table([col(k) for k in ("id", "title", "area", "hours", "sessions", "delivery", "course")], module_rows, fmt),
        f"{message('methodology.show.total_hours').render(lang)}: {_num(c.hours)} h",
        _heading(message("methodology.show.complete_offer").render(lang), fmt),
        ", ".join(c.complete_offer) + f" ({_num(c.complete_offer_hours)} h)",
        _heading(message("methodology.show.courses").render(lang), fmt),
        table(
            [col(k) for k in ("id", "title", "kind", "module", "platform")],
            [[x.id, x.title.show(lang), label(x.kind, lang), x.module or "", x.platform] for x in c.courses],
            fmt,
        ),
    ]
    if c.pathways:
        parts += [
            _heading(message("methodology.show.pathways").render(lang), fmt),
            table(
                [col(k) for k in ("id", "title", "kind", "modules")],
                [[p.id, p.title.show(lang), label(p.kind, lang), ", ".join(p.modules)] for p in c.pathways],
                fmt,
            ),
        ]
    if m.centres:
        parts += [
            _heading(message("methodology.show.centres").render(lang), fmt),
            table(
                [col(k) for k in ("id", "name", "kind")],
                [[x.id, x.name.show(lang), label(x.kind, lang)] for x in m.centres],
                fmt,
            ),
        ]
    if m.staff_trainings:
        parts += [
            _heading(message("methodology.show.staff_trainings").render(lang), fmt),
            table(
                [col(k) for k in ("id", "title", "hours", "audience")],
                [[t.id, t.title.show(lang), _num(t.hours), label(t.audience, lang)] for t in m.staff_trainings],
                fmt,
            ),
        ]
    if m.graduation is not None:
        parts += [
            _heading(message("methodology.show.graduation").render(lang), fmt),
            _graduation_lines(m.graduation, lang),
        ]
    parts += _monitoring_parts(m, lang, fmt)
    parts += [
        _heading(message("methodology.show.documents").render(lang), fmt),
        "\n".join(f"- {d.id}: {d.title.show(lang)}" for d in m.documents),
    ]
    return "\n\n".join(parts) + "\n"


def _graduation_lines(graduation: Graduation, lang: Lang) -> str:
    lines: list[str] = []
    for entry in graduation.rule_sets.entries:
        rule_set = entry.value
        said = message(
            "methodology.show.rule_set",
            effective=entry.effective,
            title=rule_set.title,
            id=rule_set.id,
            provenance=entry.provenance.describe(lang),
        )
        lines.append("- " + said.render(lang))
        lines += [f"  {'  ' * (len(path) // 2)}- {describe(c).render(lang)}" for path, c in walk(rule_set.rule)]
        for exception in rule_set.exceptions:
            said = message(
                "methodology.show.exception", id=exception.id, label=exception.label, overrides=exception.overrides
            )
            lines.append(f"  - {said.render(lang)}")
            lines += [f"    {'  ' * (len(p) // 2)}- {describe(c).render(lang)}" for p, c in walk(exception.replacement)]
    return "\n".join(lines)


def _monitoring_parts(m: Methodology, lang: Lang, fmt: TableFormat) -> list[str]:
    """Instruments, outcome indicators, the results framework and mentoring, briefly."""
    parts: list[str] = []

    def col(name: str) -> str:
        return _col(name, lang)

    if m.instruments:
        rows = [[i.id, label(i.kind, lang), i.title.show(lang), str(len(i.questions))] for i in m.instruments]
        parts += [
            _heading(message("methodology.show.instruments").render(lang), fmt),
            table([col("id"), col("kind"), col("title"), col("questions")], rows, fmt),
        ]
    if m.indicators:
        rows = [
            [i.id, label(i.kind, lang), " → ".join(i.instruments), "" if i.reported is None else f"{i.reported:g}"]
            for i in m.indicators
        ]
        parts += [
            _heading(message("methodology.show.indicators").render(lang), fmt),
            table([col("id"), col("kind"), col("instruments"), col("reported")], rows, fmt),
        ]
    if m.results_framework is not None:
        said = message("methodology.show.results_summary", outcomes=len(m.results_framework.outcomes),
                       indicators=len(m.results_framework.indicators))  # fmt: skip
        parts += [_heading(message("methodology.show.results").render(lang), fmt), said.render(lang)]
    if m.mentoring is not None:
        policy = m.mentoring
        unset = message("methodology.show.not_set")
        said = message("methodology.show.mentoring_summary", coordination=policy.coordination or unset,
                       max_mentees=unset if policy.max_mentees is None else policy.max_mentees,
                       sessions=unset if policy.expected_sessions is None else policy.expected_sessions)  # fmt: skip
        parts += [_heading(message("methodology.show.mentoring").render(lang), fmt), said.render(lang)]
    return parts


def show_value(value: object, lang: Lang) -> str:
    """A leaf value as one short line of text."""
    if isinstance(value, Text):
        text = value.show(lang)
    elif isinstance(value, enum.Enum):
        text = label(value, lang)
    elif isinstance(value, bool):
        text = message("methodology.show.yes" if value else "methodology.show.no").render(lang)
    elif isinstance(value, float):
        text = _num(value)
    elif isinstance(value, tuple):
        text = ", ".join(str(v) for v in value) or "—"
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= 70 else text[:67] + "..."


def render_provenance(m: Methodology, *, lang: Lang, fmt: TableFormat) -> str:
    """Every value with its source, then the assumptions the institution should set."""
    entries = m.provenance_entries()
    layered = len(m.lineage) > 1

    def row(e: ValueProvenance) -> list[str]:
        prov = e.provenance.describe(lang) if e.provenance is not None else "?"
        found = [format_path(e.path), show_value(e.value, lang), prov]
        return [*found, m.layer_of(m.keyed_path(e.path))] if layered else found

    def listing(items: Sequence[ValueProvenance]) -> str:
        if not items:
            return message("methodology.show.no_assumptions").render(lang)
        if fmt == "md":
            keys = ("path", "value", "provenance", "layer") if layered else ("path", "value", "provenance")
            return table([_col(k, lang) for k in keys], [row(e) for e in items], fmt)
        lines = []
        for found in map(row, items):
            layer = "" if not layered else " · " + message("methodology.show.set_by", layer=found[3]).render(lang)
            lines.append(f"{found[0]} = {found[1]}\n    {found[2]}{layer}")
        return "\n".join(lines)

    assumptions = m.assumptions()
    parts = [
        _heading(f"{m.title.show(lang)}: {message('methodology.show.provenance').render(lang)}", fmt, 1),
        listing(entries),
        _heading(f"{message('methodology.show.assumptions').render(lang)} ({len(assumptions)})", fmt),
        listing(assumptions),
    ]
    return "\n\n".join(parts) + "\n"
