"""
The cells of a column-wise tally (`_columns`): who each one counts, and how the cells nest.

`members` takes, from the participants counted, the ids of each centre and cohort together once: a cohort's
members are those of her one centre and cohort (the usual case) or of all of hers, a centre's and the total's
those of all their pairs. `cells` gives each breakdown's cells in the order of their keys, as the row-by-row tally
builds them, from one sum per pair. `holders` tells the disclosure control (`Links`) what the tally knows
already: each cohort lies in the total and, when it lies in one centre, in that centre's cell, so that no member
need be looked at.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING, Final

import attrs

from sce_method.monitoring.indicators._deferred import Deferred
from sce_method.monitoring.indicators._disclosure import Cell
from sce_method.monitoring.indicators._indicators import Dimension

if TYPE_CHECKING:
    import polars as pl

COLUMNS: Final = {Dimension.CENTRE: "centre", Dimension.COHORT: "cohort"}
"""The breakdowns worked out column-wise, by the column of the participants' frame that keys them."""


@attrs.frozen
class Members:
    """The participants a tally counts: all of them, and those of each centre and each cohort, by key."""

    total: Deferred
    by_key: dict[str, dict[str, Deferred]]
    """By column (``centre``, ``cohort``) and key."""
    centre_of: dict[str, str] | None
    """Each cohort's one centre; None when a cohort lies across two."""
    sizes: list[int]
    """How many are counted in each centre and cohort pair, the pairs in the order they first come in the rows."""
    keys: dict[str, list[tuple[str, list[int]]]]
    """By column, each key in order, with the pairs (their places in `sizes`) that make it up."""
    ends: list[int] | None
    """Where each pair's run of rows ends, when each pair comes in one run; None when they are mixed."""


def members(tallied: pl.DataFrame, counted: Sequence[str]) -> Members:
    """
    The `Members` of *tallied* (the participants counted, with their ``centre`` and ``cohort``), each `Deferred`.

    *counted* are their ids, in the same order, as Python strings (each once): a set, when asked for, is made of
    them rather than of strings taken out of polars. When each centre and cohort pair comes in one run of rows, as a
    cohort's list usually does, its members are a slice of *counted*; else polars groups their positions. A
    centre's members are the union of its pairs', and the total's are all of *counted*.
    """
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    runs = tallied.select(pl.struct("centre", "cohort").rle().alias("run")).unnest("run").unnest("value")
    pairs: list[tuple[str, str]] = list(zip(runs.get_column("centre"), runs.get_column("cohort"), strict=True))
    ends: list[int] | None = None
    if len(set(pairs)) == len(pairs):  # each pair in one run of rows
        sizes: list[int] = runs.get_column("len").to_list()
        ends = list(accumulate(sizes))
        found = [Deferred(end - start, partial(_slice, counted, start, end)) for start, end in pairwise([0, *ends])]
    else:  # the pairs in the order they first come, as `group_by` keeps them
        grouped = tallied.with_row_index("at").group_by("centre", "cohort", maintain_order=True).agg(pl.col("at"))
        pairs = grouped.select("centre", "cohort").rows()
        places: list[list[int]] = grouped.get_column("at").to_list()
        sizes = list(map(len, places))
        found = [Deferred(len(at), partial(_picked, counted, at)) for at in places]
    by_key: dict[str, dict[str, Deferred]] = {}
    keys: dict[str, list[tuple[str, list[int]]]] = {}
    for position, column in enumerate(("centre", "cohort")):
        parts: dict[str, list[int]] = {}
        for index, pair in enumerate(pairs):
            parts.setdefault(pair[position], []).append(index)
        keys[column] = sorted(parts.items())
        by_key[column] = {
            k: found[ns[0]] if len(ns) == 1 else _union([found[n] for n in ns]) for k, ns in parts.items()
        }
    centre_of = {cohort: centre for centre, cohort in pairs}
    nested = len(centre_of) == len(pairs)  # no cohort twice among the pairs: each lies in one centre
    total = Deferred(len(counted), partial(frozenset, counted))
    return Members(total, by_key, centre_of if nested else None, sizes, keys, ends)


def _slice(counted: Sequence[str], start: int, end: int) -> frozenset[str]:
    return frozenset(counted[start:end])


def _picked(counted: Sequence[str], places: list[int]) -> frozenset[str]:
    return frozenset(counted[i] for i in places)


def _union(parts: list[Deferred]) -> Deferred:
    """The members of several pairs (a centre's; a cohort's across centres), one set when asked."""
    return Deferred(sum(p.size for p in parts), lambda: frozenset().union(*(p.get() for p in parts)))


def cells(tallied: pl.DataFrame, dimensions: Sequence[Dimension], found: Members) -> list[Cell]:
    """
    The cells of each breakdown, each in the order of its keys, as `_breakdown` builds them (members from *found*).

    The numerators are summed per centre and cohort pair by polars, once, and those of a key's pairs added up.
    """
    sums = _sums(tallied, found)
    sizes = found.sizes
    made: list[Cell] = []
    for dimension in dimensions:
        column = COLUMNS[dimension]
        by_key = found.by_key[column]
        made.extend(
            Cell(
                dimension=dimension.value,
                key=key,
                numerator=sums[at[0]] if len(at) == 1 else sum(sums[i] for i in at),
                denominator=sizes[at[0]] if len(at) == 1 else sum(sizes[i] for i in at),
                members=by_key[key],
            )
            for key, at in found.keys[column]
        )
    return made


def _sums(tallied: pl.DataFrame, found: Members) -> list[float]:
    """
    The numerators of each centre and cohort pair, in the order of `found.sizes`: the same rows, grouped.

    Each ``n`` is 0 or 1 (whether a condition holds), so their sums are whole numbers, exact whichever way they
    are added up: from the running total at each run's end when the pairs come in runs, else by `group_by`.
    """
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if found.ends is None:
        by_pair = tallied.group_by("centre", "cohort", maintain_order=True).agg(pl.col("n").sum())
        return [float(n) for n in by_pair.get_column("n").to_list()]
    running: list[int] = tallied.get_column("n").cast(pl.Int64).cum_sum().gather([e - 1 for e in found.ends]).to_list()
    return [float(b - a) for a, b in pairwise([0, *running])]


def holders(dimensions: Sequence[Dimension], found: Members) -> dict[int, tuple[int, ...]] | None:
    """
    For each cohort's cell, the cells that hold all its members: the total's and its one centre's (see `Links`).

    Positions are those of the total followed by the `cells` of *dimensions*. Without a breakdown by centre, each
    cohort lies in the total alone. None when there is no breakdown by cohort, or when a cohort lies across two
    centres and the centres are a breakdown too.
    """
    if Dimension.COHORT not in dimensions or (Dimension.CENTRE in dimensions and found.centre_of is None):
        return None
    start: dict[Dimension, int] = {}
    for dimension in dimensions:
        start[dimension] = sum(len(found.keys[COLUMNS[d]]) for d in start) + 1
    cohorts = enumerate(found.keys["cohort"], start=start[Dimension.COHORT])
    if Dimension.CENTRE not in dimensions or found.centre_of is None:
        return {at: (0,) for at, _ in cohorts}
    centre = {key: at for at, (key, _) in enumerate(found.keys["centre"], start=start[Dimension.CENTRE])}
    centre_of = found.centre_of
    return {at: (0, centre[centre_of[key]]) for at, (key, _) in cohorts}
