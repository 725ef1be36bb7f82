"""
The cells of a column-wise tally (`_columns`): who each one counts, and how the cells nest.

`members` takes, from the participants counted, the ids of each centre and cohort together once: a cohort's
members are those of her one centre and cohort (the usual case) or of all of hers, a centre's and the total's
those of all their pairs. `cells` gives one breakdown's cells in the order of their keys, as the row-by-row tally
builds them. `holders` tells the disclosure control (`Links`) what the tally knows already: each cohort lies in
the total and, when it lies in one centre, in that centre's cell, so that no member need be looked at.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import TYPE_CHECKING, Final

import attrs

from sce_method.monitoring.indicators._disclosure import Cell
from sce_method.monitoring.indicators._indicators import Dimension

if TYPE_CHECKING:
    import polars as pl

COLUMNS: Final = {Dimension.CENTRE: "centre", Dimension.COHORT: "cohort"}
"""The breakdowns worked out column-wise, by the column of the participants' frame that keys them."""


@attrs.frozen
class Members:
    """The participants a tally counts: all of them, and those of each centre and each cohort, by key."""

    total: frozenset[str]
    by_key: dict[str, dict[str, frozenset[str]]]
    """By column (``centre``, ``cohort``) and key."""
    centre_of: dict[str, str] | None
    """Each cohort's one centre; None when a cohort lies across two."""


def members(tallied: pl.DataFrame) -> Members:
    """The `Members` of *tallied* (the participants counted, with their ``pid``, ``centre`` and ``cohort``)."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    pairs = tallied.group_by("centre", "cohort").agg(pl.col("pid"))
    keys: list[tuple[str, str]] = pairs.select("centre", "cohort").rows()
    lists: list[list[str]] = pairs.get_column("pid").to_list()
    found = [frozenset(pids) for pids in lists]
    by_key: dict[str, dict[str, frozenset[str]]] = {}
    for position, column in enumerate(("centre", "cohort")):
        parts: dict[str, list[int]] = {}
        for index, key in enumerate(keys):
            parts.setdefault(key[position], []).append(index)
        by_key[column] = {
            k: found[ns[0]] if len(ns) == 1 else frozenset(chain.from_iterable(lists[n] for n in ns))
            for k, ns in parts.items()
        }
    centre_of = {cohort: centre for centre, cohort in keys}
    nested = len(centre_of) == len(keys)  # no cohort twice among the pairs: each lies in one centre
    return Members(frozenset(chain.from_iterable(lists)), by_key, centre_of if nested else None)


def cells(tallied: pl.DataFrame, dimension: Dimension, found: Members) -> list[Cell]:
    """The cells of one breakdown, in the order of their keys, as `_breakdown` builds them (members from *found*)."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    column = COLUMNS[dimension]
    by_key = found.by_key[column]
    groups = tallied.group_by(column).agg(pl.col("n").sum(), pl.len().alias("d"))
    return [
        Cell(dimension=dimension.value, key=key, numerator=float(n), denominator=d, members=by_key[key])
        for key, n, d in sorted(groups.iter_rows())
    ]


def holders(
    dimensions: Sequence[Dimension], found: Members, cells: Sequence[Cell]
) -> dict[int, tuple[int, ...]] | None:
    """
    For each cohort's cell, the cells that hold all its members: the total's and its one centre's (see `Links`).

    Positions are those of the total followed by *cells*; None when a cohort lies across two centres, or when the
    cells have no cohort breakdown.
    """
    if Dimension.COHORT not in dimensions or (Dimension.CENTRE in dimensions and found.centre_of is None):
        return None
    place = {(cell.dimension, cell.key): position for position, cell in enumerate(cells, start=1)}
    cohort, centre = Dimension.COHORT.value, Dimension.CENTRE.value
    if Dimension.CENTRE not in dimensions or found.centre_of is None:
        return {place[cohort, key]: (0,) for key in found.by_key["cohort"]}
    centre_of = found.centre_of
    return {place[cohort, key]: (0, place[centre, centre_of[key]]) for key in found.by_key["cohort"]}
