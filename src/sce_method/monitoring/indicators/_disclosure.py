"""
Small-cell protection: figures that cannot single a person out.

A cell counts fewer than the threshold if its denominator, or a numerator
that is neither 0 nor the whole, is under it: "1 of 12 survivors at CJM
Tlajomulco" identifies someone. Such cells are hidden (primary suppression).
A figure that equals a hidden cell, or from which one could be worked out by
subtraction, is hidden with it (secondary suppression): the next smallest cell
of a breakdown with one hidden cell, the only cohort of a hidden centre, and
the indicator's total where it is the hidden cell (a folder of one centre),
and, across breakdowns that cross (a cohort in two centres, age bands), any
other shown cell that some way of adding and subtracting needs
(`_disclosure_links`): no hidden cell can be worked out from the shown ones.
The total is a cell like the others, of its own breakdown `TOTAL`: hidden when
small, or when it would give a hidden cell away. Every hidden figure shows one
marker, `HIDDEN`, whatever the reason: a marker per reason would tell which
cells are the small ones. A methodology sets the threshold and the age bands
in its `DisclosurePolicy`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from sce_method._core import (
    Sourced,
    derived,
    positive,
    rule_value,
    sourced_order,
)
from sce_method.monitoring.indicators._deferred import Deferred
from sce_method.monitoring.indicators._disclosure_links import Links, order

DEFAULT_MIN_CELL = 5
"""The smallest cell shown when a methodology sets no policy."""
DEFAULT_AGE_BANDS = (15, 30, 45, 60)
"""Lower bounds of the age bands when a methodology sets none."""
HIDDEN: Final = "x"
"""What a hidden figure shows, in every format and language (the legend says why, `indicators.legend`)."""
TOTAL: Final = "total"
"""The breakdown of an indicator's total: one cell, of every member, protected with the others."""


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class DisclosurePolicy(Sourced):
    """
    Small-cell protection for every broken-down output.

    Cells under *min_cell* participants are hidden, and so is every figure,
    a total included, from which a hidden one could be recovered by
    subtraction. CJM participants are survivors of violence: a small cell can
    identify a person.
    """

    min_cell: int = attrs.field(default=DEFAULT_MIN_CELL, validator=positive, metadata=rule_value())
    age_bands: tuple[int, ...] = attrs.field(default=DEFAULT_AGE_BANDS, metadata=rule_value())
    """Lower bounds of the age bands (``15-29, 30-44, 45-59, 60+``)."""
    age_question: str | None = None
    """The question of the entry survey that gives the participant's age."""


@attrs.frozen(kw_only=True)
class Cell:
    """One broken-down figure: a dimension (centre, cohort, age band), its key, and its counts."""

    dimension: str
    key: str
    numerator: float
    denominator: int
    suppressed: bool = False
    secondary: bool = False
    """Hidden so that another hidden cell cannot be recovered; it may well count 5 or more."""
    _members: frozenset[str] | Deferred = attrs.field(
        factory=frozenset, eq=False, repr=False, alias="members", metadata=derived()
    )
    """The participant ids counted in the cell, or a `Deferred` that works them out when asked (see `members`);
    never in plain data (`unstructure`): they identify people."""

    @property
    def members(self) -> frozenset[str]:
        """The participant ids counted in the cell (never shown; used to protect across breakdowns)."""
        found = self._members
        return found.get() if isinstance(found, Deferred) else found

    @property
    def size(self) -> int:
        """How many participants the cell counts (``len(members)``), without working out who."""
        found = self._members
        return found.size if isinstance(found, Deferred) else len(found)

    @property
    def value(self) -> float | None:
        """Numerator / denominator; None when hidden or empty."""
        if self.suppressed or not self.denominator:
            return None
        return self.numerator / self.denominator

    def shown(self, part: str, min_cell: int | None = None) -> str:  # noqa: ARG002 -- kept for existing calls
        """
        ``numerator``, ``denominator`` or ``value`` as text; `HIDDEN` (``x``) for all three when hidden.

        One marker whatever the reason: ``<5`` on the small cells and another
        on the others would point at the small ones. *min_cell* no longer
        changes anything.
        """
        if self.suppressed:
            return HIDDEN
        if part == "numerator":
            return f"{self.numerator:g}"
        if part == "denominator":
            return str(self.denominator)
        value = self.value
        return "" if value is None else f"{value:.3f}"


def _too_small(cell: Cell, min_cell: int, *, mean: bool) -> bool:
    if cell.denominator < min_cell:
        return True
    if mean:
        return False
    inside = cell.numerator
    outside = cell.denominator - cell.numerator
    return 0 < inside < min_cell or 0 < outside < min_cell


def protect(cells: Sequence[Cell], min_cell: int, *, mean: bool = False) -> list[Cell]:
    """
    The cells of one dimension with small ones hidden, primary and secondary (see `protect_across`).

    >>> cells = [
    ...     Cell(dimension="centro", key=k, numerator=n, denominator=d)
    ...     for k, n, d in (("crea", 20, 40), ("cjm-gdl", 10, 20), ("cjm-tlaj", 1, 3))
    ... ]
    >>> [(c.key, c.suppressed, c.secondary) for c in protect(cells, 5)]
    [('crea', False, False), ('cjm-gdl', True, True), ('cjm-tlaj', True, False)]
    """
    return protect_across(cells, min_cell, mean=mean)


def protect_across(cells: Sequence[Cell], min_cell: int, *, mean: bool = False) -> list[Cell]:
    """
    The cells of every breakdown of one indicator, protected together.

    Hiding per breakdown is not enough: a centre hidden in one breakdown can be
    recovered from its cohorts in another. Give the indicator's total among
    *cells*, as the one cell of breakdown `TOTAL` with every member, and it is
    protected like the others. The cells of one breakdown must not share
    members. Starting from the small cells (primary), more are hidden
    (secondary) until no hidden cell can be worked out from the shown ones:

    - a breakdown never has exactly one hidden cell (the total minus the others);
    - a shown cell whose participants all lie inside a hidden cell of another
      breakdown is hidden (the only cohort of a hidden centre; the total of a
      folder of one centre, which is that centre; every cell, when the total
      itself is small);
    - a hidden cell that lies inside a shown cell of another breakdown, whose
      other parts in its own breakdown are all shown, would be their
      difference: the smallest of those parts is hidden;
    - then any other way of adding and subtracting shown cells that gives a
      hidden one back (breakdowns that cross: a cohort across two centres,
      age bands next to centres) is looked for, and one more shown cell that
      such a way uses is hidden (`Links.next_to_hide`), until there is none.

    >>> total = Cell(dimension=TOTAL, key="", numerator=2, denominator=3, members=frozenset("abc"))
    >>> centre = Cell(dimension="centro", key="cjm-tlaj", numerator=2, denominator=3, members=frozenset("abc"))
    >>> [(c.dimension, c.shown("numerator")) for c in protect_across([total, centre], 5)]
    [('total', 'x'), ('centro', 'x')]
    """
    return protect_sharing(cells, min_cell, mean=mean, known=[])


def protect_sharing(
    cells: Sequence[Cell],
    min_cell: int,
    *,
    mean: bool,
    known: list[Links],
    holders: Mapping[int, Sequence[int]] | None = None,
) -> list[Cell]:
    """
    `protect_across`, with the `Links` of *known* used again for cells of the same structure, and new ones added.

    Indicators counting the same participants (two proportions of one survey) have cells with the same keys,
    denominators and member sets (the same objects): how those cells hang together is worked out once. *holders*
    is what the caller knows of how the cells nest (see `Links`).
    """
    hidden = {i for i, cell in enumerate(cells) if _too_small(cell, min_cell, mean=mean)}
    primary = set(hidden)
    if hidden:
        _secondary(cells, hidden, _links(cells, known, holders))
    return [_hidden(c, secondary=i not in primary) if i in hidden else c for i, c in enumerate(cells)]


def _hidden(cell: Cell, *, secondary: bool) -> Cell:
    """*cell*, hidden (`attrs.evolve`, written out: thousands of cells)."""
    return Cell(
        dimension=cell.dimension,
        key=cell.key,
        numerator=cell.numerator,
        denominator=cell.denominator,
        suppressed=True,
        secondary=secondary,
        members=cell._members,  # noqa: SLF001 -- as it was given: a `Deferred` stays one
    )


def _links(cells: Sequence[Cell], known: list[Links], holders: Mapping[int, Sequence[int]] | None) -> Links:
    """The `Links` of *known* built for cells of the same structure as *cells*, or new ones (added to *known*)."""
    for links in known:
        if len(links.cells) == len(cells) and all(
            a._members is b._members  # noqa: SLF001 -- the same sets (or the same `Deferred`), not equal ones
            and a.denominator == b.denominator
            and a.key == b.key
            and a.dimension == b.dimension
            for a, b in zip(links.cells, cells, strict=True)
        ):
            return links
    known.append(Links(cells, holders))
    return known[-1]


def _secondary(cells: Sequence[Cell], hidden: set[int], links: Links) -> None:
    """Add to *hidden* every cell the rules of `protect_across` hide for the sake of others."""
    by_dimension: dict[str, list[int]] = {}
    for index, cell in enumerate(cells):
        by_dimension.setdefault(cell.dimension, []).append(index)
    for _ in cells:  # each round hides one cell or more, or ends
        more = _lone_hidden(cells, hidden, by_dimension) | _inside_hidden(links, hidden)
        more |= _differences(links, hidden)
        if not more:  # the rules only ever add shown cells
            extra = links.next_to_hide(hidden)
            if extra is None:
                return
            more = {extra}
        hidden |= more


def _lone_hidden(cells: Sequence[Cell], hidden: set[int], by_dimension: dict[str, list[int]]) -> set[int]:
    """For each breakdown with exactly one hidden cell, its smallest shown cell."""
    more: set[int] = set()
    for indexes in by_dimension.values():
        shown = [i for i in indexes if i not in hidden]
        if len(indexes) - len(shown) == 1 and shown:
            more.add(min(shown, key=lambda i: order(cells, i)))
    return more


def _inside_hidden(links: Links, hidden: set[int]) -> set[int]:
    """Shown cells whose participants all lie inside a hidden cell of another breakdown."""
    return {i for i, parents in links.parents.items() if i not in hidden and any(p in hidden for p in parents)}


def _differences(links: Links, hidden: set[int]) -> set[int]:
    """For a hidden cell that a shown cell of another breakdown minus shown parts would reveal: one more to hide."""
    cells = links.cells
    more: set[int] = set()
    for (outer, dimension), parts in links.children.items():
        if outer in hidden or links.sizes[outer, dimension] != cells[outer].size:
            continue
        shown = [k for k in parts if k not in hidden]
        if len(shown) == len(parts) - 1 and shown:  # a part that is all of *outer* makes *outer* inside a hidden cell
            more.add(min(shown, key=lambda k: order(cells, k)))
    return more
