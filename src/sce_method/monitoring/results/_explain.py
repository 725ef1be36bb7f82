"""
Which records make a computed figure, and why: the explanation of one row of a `ResultsComparison`.

The explanation is data first (`Explanation`, plain values for JSON), then
text for people: the way of counting and its provenance, the report's value
and the computed one, the ids counted (grouped by their detail) and the ids
left out (grouped by their reason). Ids are the lists' own (participant,
person, centre ids, or session days): never a name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from sce_method._core import Lang, UnknownIdError, message
from sce_method.monitoring.results._computation import Computation, computation_kind, describe
from sce_method.monitoring.results._count import Tally
from sce_method.monitoring.results._render import _number as number_text

if TYPE_CHECKING:
    from sce_method.monitoring.results._comparison import ResultsComparison


class Entry(TypedDict):
    """One record of an explanation: its id, and its detail (counted) or its reason (excluded)."""

    id: str
    said: str


class Explanation(TypedDict):
    """Why a computed figure is what it is: the records counted and those left out."""

    id: str
    label: str
    computation: str | None
    how: str | None
    provenance: str | None
    reported: float | int | None
    computed: float | int | None
    missing: list[str]
    counted: list[Entry]
    excluded: list[Entry]


def explanation(comparison: ResultsComparison, ident: str, lang: Lang) -> Explanation:
    """
    The explanation of the row *ident* (an indicator's or a figure's id).

    Raises:
        UnknownIdError: no indicator or figure has that id.
    """
    computation = _computation_of(comparison, ident)
    row = next(r for r in comparison.rows(lang) if r["id"] == ident)
    found = comparison.count(ident)
    return {
        "id": ident,
        "label": row["label"],
        "computation": None if computation is None else computation_kind(computation),
        "how": None if computation is None else describe(computation).render(lang),
        "provenance": None if computation is None else computation.provenance.describe(lang),
        "reported": row["reported"],
        "computed": row["computed"],
        "missing": [] if found is None else list(found.missing),
        "counted": [] if found is None else _entries(found.counted, lang),
        "excluded": [] if found is None else _entries(found.excluded, lang),
    }


def _computation_of(comparison: ResultsComparison, ident: str) -> Computation | None:
    framework = comparison.framework
    for indicator in framework.indicators:
        if indicator.id == ident:
            return indicator.computation
    for figure in framework.figures:
        if figure.id == ident:
            return figure.computation
    known = ", ".join([i.id for i in framework.indicators] + [f.id for f in framework.figures])
    raise UnknownIdError(message("core.id.unknown", kind=message("results.kind.row"), id=ident, known=known))


def _entries(tallies: Sequence[Tally], lang: Lang) -> list[Entry]:
    return [{"id": t.id, "said": t.said.render(lang)} for t in tallies]


def explanation_text(found: Explanation, lang: Lang) -> str:
    """The explanation for people: how, where from, the values, then the ids counted and left out, by detail."""
    lines = [message("results.explain.head", id=found["id"], label=found["label"]).render(lang)]
    if found["how"] is None:
        if found["computed"] is None:
            lines.append(message("results.explain.not_computed", id=found["id"]).render(lang))
            return "\n".join(lines) + "\n"
        lines.append(message("results.explain.figure_only", computed=number_text(found["computed"])).render(lang))
        return "\n".join(lines) + "\n"
    lines.append(message("results.explain.how", how=found["how"]).render(lang))
    lines.append(message("results.explain.provenance", provenance=found["provenance"]).render(lang))
    computed = number_text(found["computed"])
    lines.append(
        message("results.explain.values", reported=number_text(found["reported"]) or "-", computed=computed or "-")
        .render(lang)
    )  # fmt: skip
    if found["missing"]:
        lists = ", ".join(f"{name}.csv" for name in found["missing"])
        lines.append(message("results.explain.missing", lists=lists).render(lang))
        return "\n".join(lines) + "\n"
    for counted in (True, False):
        entries = found["counted"] if counted else found["excluded"]
        head = message("results.explain.counted" if counted else "results.explain.excluded", count=len(entries))
        lines += ["", head.render(lang)]
        lines += [f"  {said}: {', '.join(ids)}" for said, ids in _grouped(entries).items()]
    return "\n".join(lines) + "\n"


def _grouped(entries: Sequence[Entry]) -> dict[str, list[str]]:
    """The ids by what is said of them, in the order each saying first comes."""
    grouped: dict[str, list[str]] = {}
    for entry in entries:
        grouped.setdefault(entry["said"], []).append(entry["id"])
    return grouped
