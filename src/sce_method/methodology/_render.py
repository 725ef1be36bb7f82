"""Render a methodology for people: a plain-text table or Markdown, in es or en."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from sce_method._core import Lang, Text, ValueProvenance, format_path, label, message, table
from sce_method.graduation import Graduation, describe, walk

if TYPE_CHECKING:
    from sce_method.methodology._model import Methodology

Format = Literal["table", "md"]
"""The formats these renderers write: aligned plain text, or Markdown (see `table`)."""


def _t(key: str, lang: Lang) -> str:
    return message(key).render(lang)


def _num(value: float) -> str:
    return f"{value:g}"


def _heading(text: str, fmt: Format, level: int = 2) -> str:
    if fmt == "md":
        return "#" * level + " " + text
    return text + "\n" + ("=" if level == 1 else "-") * len(text)


def render_methodology(m: Methodology, *, lang: Lang, fmt: Format) -> str:
    """The whole methodology: modules, courses, pathways, centres, trainings, documents."""
    c = m.curriculum

    def col(name: str) -> str:
        return _t(f"show.col.{name}", lang)

    parts = [
        _heading(m.title.show(lang), fmt, 1),
        f"id: {m.id} · {_t('show.version', lang)} {m.version} · {_t('show.valid_from', lang)} {m.valid_from}",
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
        _heading(_t("show.modules", lang), fmt),
        table([col(k) for k in ("id", "title", "area", "hours", "sessions", "delivery", "course")], module_rows, fmt),
        f"{_t('show.total_hours', lang)}: {_num(c.hours)} h",
        _heading(_t("show.complete_offer", lang), fmt),
        ", ".join(c.complete_offer) + f" ({_num(c.complete_offer_hours)} h)",
        _heading(_t("show.courses", lang), fmt),
        table(
            [col(k) for k in ("id", "title", "kind", "module", "platform")],
            [[x.id, x.title.show(lang), label(x.kind, lang), x.module or "", x.platform] for x in c.courses],
            fmt,
        ),
    ]
    if c.pathways:
        parts += [
            _heading(_t("show.pathways", lang), fmt),
            table(
                [col(k) for k in ("id", "title", "kind", "modules")],
                [[p.id, p.title.show(lang), label(p.kind, lang), ", ".join(p.modules)] for p in c.pathways],
                fmt,
            ),
        ]
    if m.centres:
        parts += [
            _heading(_t("show.centres", lang), fmt),
            table(
                [col(k) for k in ("id", "name", "kind")],
                [[x.id, x.name.show(lang), label(x.kind, lang)] for x in m.centres],
                fmt,
            ),
        ]
    if m.staff_trainings:
        parts += [
            _heading(_t("show.staff_trainings", lang), fmt),
            table(
                [col(k) for k in ("id", "title", "hours", "audience")],
                [[t.id, t.title.show(lang), _num(t.hours), label(t.audience, lang)] for t in m.staff_trainings],
                fmt,
            ),
        ]
    if m.graduation is not None:
        parts += [_heading(_t("show.graduation", lang), fmt), _graduation_lines(m.graduation, lang)]
    parts += _monitoring_parts(m, lang, fmt)
    parts += [
        _heading(_t("show.documents", lang), fmt),
        "\n".join(f"- {d.id}: {d.title.show(lang)}" for d in m.documents),
    ]
    return "\n\n".join(parts) + "\n"


def _graduation_lines(graduation: Graduation, lang: Lang) -> str:
    lines: list[str] = []
    for entry in graduation.rule_sets.entries:
        rule_set = entry.value
        said = message(
            "show.rule_set",
            effective=entry.effective,
            title=rule_set.title,
            id=rule_set.id,
            provenance=entry.provenance.describe(lang),
        )
        lines.append("- " + said.render(lang))
        lines += [f"  {'  ' * (len(path) // 2)}- {describe(c).render(lang)}" for path, c in walk(rule_set.rule)]
        for exception in rule_set.exceptions:
            said = message("show.exception", id=exception.id, label=exception.label, overrides=exception.overrides)
            lines.append(f"  - {said.render(lang)}")
            lines += [f"    {'  ' * (len(p) // 2)}- {describe(c).render(lang)}" for p, c in walk(exception.replacement)]
    return "\n".join(lines)


def _monitoring_parts(m: Methodology, lang: Lang, fmt: Format) -> list[str]:
    """Instruments, outcome indicators, the results framework and mentoring, briefly."""
    parts: list[str] = []

    def col(name: str) -> str:
        return _t(f"show.col.{name}", lang)

    if m.instruments:
        rows = [[i.id, label(i.kind, lang), i.title.show(lang), str(len(i.questions))] for i in m.instruments]
        parts += [
            _heading(_t("show.instruments", lang), fmt),
            table([col("id"), col("kind"), col("title"), col("questions")], rows, fmt),
        ]
    if m.indicators:
        rows = [
            [i.id, label(i.kind, lang), " → ".join(i.instruments), "" if i.reported is None else f"{i.reported:g}"]
            for i in m.indicators
        ]
        parts += [
            _heading(_t("show.indicators", lang), fmt),
            table([col("id"), col("kind"), col("instruments"), col("reported")], rows, fmt),
        ]
    if m.results_framework is not None:
        said = message("show.results_summary", outcomes=len(m.results_framework.outcomes),
                       indicators=len(m.results_framework.indicators))  # fmt: skip
        parts += [_heading(_t("show.results", lang), fmt), said.render(lang)]
    if m.mentoring is not None:
        policy = m.mentoring
        unset = message("show.not_set")
        said = message("show.mentoring_summary", coordination=policy.coordination or unset,
                       max_mentees=unset if policy.max_mentees is None else policy.max_mentees,
                       sessions=unset if policy.expected_sessions is None else policy.expected_sessions)  # fmt: skip
        parts += [_heading(_t("show.mentoring", lang), fmt), said.render(lang)]
    return parts


def show_value(value: object, lang: Lang) -> str:
    """A leaf value as one short line of text."""
    if isinstance(value, Text):
        text = value.show(lang)
    elif isinstance(value, enum.Enum):
        text = label(value, lang)
    elif isinstance(value, bool):
        text = _t("show.yes" if value else "show.no", lang)
    elif isinstance(value, float):
        text = _num(value)
    elif isinstance(value, tuple):
        text = ", ".join(str(v) for v in value) or "—"
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= 70 else text[:67] + "..."


def render_provenance(m: Methodology, *, lang: Lang, fmt: Format) -> str:
    """Every value with its source, then the assumptions the institution should set."""
    entries = m.provenance_entries()
    layered = len(m.lineage) > 1

    def row(e: ValueProvenance) -> list[str]:
        prov = e.provenance.describe(lang) if e.provenance is not None else "?"
        found = [format_path(e.path), show_value(e.value, lang), prov]
        return [*found, m.layer_of(m.keyed_path(e.path))] if layered else found

    def listing(items: Sequence[ValueProvenance]) -> str:
        if not items:
            return _t("show.no_assumptions", lang)
        if fmt == "md":
            keys = ("path", "value", "provenance", "layer") if layered else ("path", "value", "provenance")
            return table([_t(f"show.col.{k}", lang) for k in keys], [row(e) for e in items], fmt)
        lines = []
        for found in map(row, items):
            layer = "" if not layered else " · " + message("show.set_by", layer=found[3]).render(lang)
            lines.append(f"{found[0]} = {found[1]}\n    {found[2]}{layer}")
        return "\n".join(lines)

    assumptions = m.assumptions()
    parts = [
        _heading(f"{m.title.show(lang)}: {_t('show.provenance', lang)}", fmt, 1),
        listing(entries),
        _heading(f"{_t('show.assumptions', lang)} ({len(assumptions)})", fmt),
        listing(assumptions),
    ]
    return "\n\n".join(parts) + "\n"
