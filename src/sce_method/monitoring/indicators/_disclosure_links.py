"""
How the cells of one indicator hang together, for `protect_across`: who lies inside whom, what adds up to what.

The participants are split into *atoms*, the groups of those who lie in
exactly the same cells (the same centre, cohort and age band): every cell is
a sum of atoms, and an attacker who knows the structure of the breakdowns
knows which. A hidden cell can be recovered by adding and subtracting shown
ones exactly when its sum of atoms is a combination of theirs; that is, when
some *relation* among the cells (a combination of them that is zero on every
atom, like "a centre minus its cohorts") involves it and no other hidden cell.

The relations are found once per indicator, in time linear in the
participants: the cells of the breakdown with the most cells (the cohorts)
are written in terms of the others (the total, the centres, the age bands),
which are few, and only those few go through Gaussian elimination. Checking a
set of hidden cells then takes one small elimination over the relations.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sce_method.monitoring.indicators._disclosure import Cell

Row = dict[int, Fraction]
"""A sparse row: column -> non-zero coefficient."""


def order(cells: Sequence[Cell], index: int) -> tuple[int, str, int]:
    """How cells rank when one more must be hidden: the smallest first, then by key, then by position."""
    return cells[index].denominator, cells[index].key, index


def echelon(rows: Iterable[Mapping[int, Fraction]]) -> dict[int, Row]:
    """
    The reduced row echelon form of *rows*: pivot column -> its row, with 1 at the pivot and 0 in other pivots.

    The pivot of a row is its smallest column.

    >>> one, two = Fraction(1), Fraction(2)
    >>> echelon([{0: one, 1: one}, {0: one, 1: two}])
    {0: {0: Fraction(1, 1)}, 1: {1: Fraction(1, 1)}}
    """
    pivots: dict[int, Row] = {}
    for given in rows:
        row = dict(given)
        for pivot, known in pivots.items():
            _eliminate(row, pivot, known)
        if not row:
            continue
        pivot = min(row)
        scale = row[pivot]
        row = {k: v / scale for k, v in row.items()}
        for known in pivots.values():
            _eliminate(known, pivot, row)
        pivots[pivot] = row
    return pivots


def _holders(cells: Sequence[Cell], finest: Sequence[int], others: Sequence[Sequence[int]]) -> dict[int, list[int]]:
    """
    For each cell of *finest*, the cells of the *others* breakdowns that hold one of its members.

    Which member does not matter: a cell inside one cell of every other breakdown has the same holders whichever
    member is asked, and for any other the holders fail `_atomize`'s check whichever it is.
    """
    first = {next(iter(cells[i].members)): i for i in finest}
    someone = set(first)
    holders: dict[int, list[int]] = {i: [] for i in finest}
    for group in others:
        for j in group:
            for member in someone & cells[j].members:
                holders[first[member]].append(j)
    return holders


def _filled(
    cells: Sequence[Cell], finest: Sequence[int], others: Sequence[Sequence[int]], holders: Mapping[int, list[int]]
) -> bool:
    """
    Whether the cells of *finest*, each whole inside its *holders*, fill every cell of the *others*.

    The cells of one breakdown share no members, so the finest cells inside a
    cell fill it exactly when their sizes add up to its size: then everyone
    of the other breakdowns is in the finest one, counted without a union.
    """
    inside = dict.fromkeys((j for group in others for j in group), 0)
    for i in finest:
        for h in holders[i]:
            inside[h] += len(cells[i].members)
    return all(inside[j] == len(cells[j].members) for j in inside)


def _outside(
    cells: Sequence[Cell],
    finest: Sequence[int],
    others: Sequence[Sequence[int]],
    holders: Mapping[int, list[int]],
    *,
    crossing: bool,
) -> list[str]:
    """The members of the *others* breakdowns in no cell of *finest*, in order (none when `_filled` says so)."""
    if not crossing and _filled(cells, finest, others, holders):
        return []
    placed = frozenset().union(*(cells[i].members for i in finest))
    return sorted(frozenset().union(*(cells[j].members for group in others for j in group)) - placed)


def _eliminate(row: Row, pivot: int, other: Row) -> None:
    """Clear column *pivot* of *row* by subtracting *other* (1 at *pivot*) times it, dropping the zeros."""
    factor = row.get(pivot)
    if factor is None:
        return
    for k, v in other.items():
        left = row.get(k, 0) - factor * v
        if left:
            row[k] = left
        else:
            del row[k]


class Links:
    """The structure of one indicator's cells: their atoms, who lies inside whom, and the relations among them."""

    def __init__(self, cells: Sequence[Cell], holders: Mapping[int, Sequence[int]] | None = None) -> None:
        """
        How *cells* hang together; *holders* is what the caller knows already, to spare looking at members.

        *holders* gives, for each cell of the breakdown with the most cells, the one cell of every other breakdown
        that holds all its members, and promises that those cells together hold every member of the others (the
        cohorts of a tally where each lies in one centre). It is used only when its cells are that breakdown's.
        """
        self.cells = cells
        dimensions: dict[str, list[int]] = {}
        for index, cell in enumerate(cells):
            if cell.size:
                dimensions.setdefault(cell.dimension, []).append(index)
        self.atoms: list[frozenset[int]] = []
        """Each atom as the set of cells it lies in."""
        self.atoms_of: dict[int, list[int]] = {i: [] for group in dimensions.values() for i in group}
        finest = max(dimensions.values(), key=len, default=[])
        self.pivot: dict[int, int] = {}
        """For each cell of the finest breakdown, its first atom."""
        self.crossing: list[int] = []
        """The cells of the finest breakdown that lie across cells of another, split member by member."""
        if (
            holders is not None
            and holders.keys() == set(finest)
            and all(len(h) == len(dimensions) - 1 for h in holders.values())
        ):
            for i in finest:  # the caller's word: one atom per cell, and no one outside them
                self.pivot[i] = self._add(frozenset((i, *holders[i])), None)
        else:
            self._atomize(dimensions, finest)
        self.parents: dict[int, list[int]] = {}
        """For each cell with members, the cells of other breakdowns that hold all of them."""
        self.children: dict[tuple[int, str], list[int]] = {}
        """For each cell and breakdown, the cells of that breakdown inside it."""
        for index, atoms in self.atoms_of.items():
            if len(atoms) == 1:  # a cell that is one atom (a cohort inside a centre): the usual case
                inside = self.atoms[atoms[0]]
            else:
                inside = frozenset.intersection(*(self.atoms[a] for a in atoms))
            parents = sorted(inside - {index})  # no other cell of its breakdown: they share no member, so no atom
            self.parents[index] = parents
            dimension = cells[index].dimension
            for parent in parents:
                self.children.setdefault((parent, dimension), []).append(index)
        self.sizes = {key: sum(cells[i].size for i in parts) for key, parts in self.children.items()}
        """For each cell and breakdown, how many participants the cells of that breakdown inside it count."""
        self._relations(finest)

    def _atomize(self, dimensions: Mapping[str, list[int]], finest: Sequence[int]) -> None:
        """
        The atoms: each cell of the finest breakdown is one when it lies whole in one cell of every other.

        Whether it does is asked of one of its members, then checked as a
        subset; only the cells that do not are split member by member.
        """
        cells = self.cells
        others = [group for group in dimensions.values() if group is not finest]
        holders = _holders(cells, finest, others)
        found: dict[frozenset[int], int] = {}
        owners: list[dict[str, int]] = []

        def add(where: frozenset[int]) -> int:
            return self._add(where, found)

        def owned(member: str) -> frozenset[int]:
            if not owners:
                owners.extend({m: j for j in group for m in cells[j].members} for group in others)
            return frozenset(h for o in owners if (h := o.get(member)) is not None)

        for i in finest:
            members = cells[i].members
            around = holders[i]
            if len(around) == len(others) and all(map(members.issubset, [cells[h].members for h in around])):
                self.pivot[i] = add(frozenset((i, *around)))
                continue
            self.crossing.append(i)
            for member in sorted(members):
                self.pivot.setdefault(i, add(owned(member) | {i}))
        for member in _outside(cells, finest, others, holders, crossing=bool(self.crossing)):
            add(owned(member))

    def _add(self, where: frozenset[int], found: dict[frozenset[int], int] | None) -> int:
        """The atom lying in the cells *where*, added unless *found* has it (None: a new one): its number."""
        atom = len(self.atoms) if found is None else found.setdefault(where, len(self.atoms))
        if atom == len(self.atoms):
            self.atoms.append(where)
            for i in where:
                self.atoms_of[i].append(atom)
        return atom

    def _relations(self, finest: Sequence[int]) -> None:
        """
        A basis of the relations, as rows over the cells outside the finest breakdown (see `column`).

        Each atom says that the coefficients of its cells add up to 0. The
        first atom of each finest cell gives that cell's coefficient from the
        others'; its other atoms, and the atoms outside the finest breakdown,
        leave equations over the few cells outside it, solved here.
        """
        own = set(finest)
        equations: set[tuple[tuple[int, int], ...]] = set()
        for atom, where in enumerate(self.atoms):
            row = dict.fromkeys(where - own, 1)
            mine = where & own
            if mine:
                (cell,) = mine
                if self.pivot[cell] == atom:
                    continue
                for k in self.atoms[self.pivot[cell]] - own:
                    row[k] = row.get(k, 0) - 1
            equations.add(tuple(sorted((k, v) for k, v in row.items() if v)))
        solved = echelon({k: Fraction(v) for k, v in equation} for equation in sorted(equations))
        coarse = sorted({i for i in self.atoms_of if i not in own})
        self.relations: list[Row] = []
        for free in (i for i in coarse if i not in solved):
            relation: Row = {free: Fraction(1)}
            relation.update({p: -r[free] for p, r in solved.items() if free in r})
            self.relations.append(relation)
        self._own = own
        self._opposite = cache(self._minus)
        """`_minus`, worked out once for the cohorts of a centre, which share it."""

    def column(self, index: int) -> tuple[Fraction, ...]:
        """The coefficient of a cell with members in each relation of the basis."""
        if index not in self._own:
            return tuple(r.get(index, Fraction(0)) for r in self.relations)
        return self._opposite(self.atoms[self.pivot[index]] - {index})

    def _minus(self, others: frozenset[int]) -> tuple[Fraction, ...]:
        """Minus the sum of the columns of *others*: the column of a finest cell whose first atom lies in them."""
        return tuple(Fraction(-sum(r.get(i, 0) for i in others)) for r in self.relations)

    def given_away(self, hidden: AbstractSet[int]) -> list[int]:
        """The hidden cells that the shown ones give back by adding and subtracting, in order."""
        columns: dict[tuple[Fraction, ...], list[int]] = {}
        for index in sorted(hidden & self.atoms_of.keys()):
            columns.setdefault(self.column(index), []).append(index)
        distinct = list(columns)
        rows = [{c: col[k] for c, col in enumerate(distinct) if col[k]} for k in range(len(self.relations))]
        return sorted(
            columns[distinct[pivot]][0]
            for pivot, row in echelon(rows).items()
            if len(row) == 1 and len(columns[distinct[pivot]]) == 1
        )

    def next_to_hide(self, hidden: AbstractSet[int]) -> int | None:
        """
        For the first hidden cell that shown ones give away, the cell to hide next; None when none does.

        The shown cells are lined up, those of breakdowns that already hide
        a cell first (so that a clean breakdown, and the total, stay whole
        when they can), each part the smallest first. The cell hidden is the
        first one such that hiding it and those before it would protect the
        hidden cell: it takes part in a way of recovering it, and cells that
        take no part are never hidden for its sake.
        """
        found = self.given_away(hidden)
        if not found:
            return None
        target = found[0]
        cells = self.cells
        dirty = {cells[i].dimension for i in hidden}
        queue = sorted(self.atoms_of.keys() - hidden, key=lambda i: (cells[i].dimension not in dirty, order(cells, i)))
        # How many of the queue must be hidden: the first count at which the target is no longer given away.
        needed = bisect_left(
            range(len(queue)), 1, key=lambda k: int(target not in self.given_away({*hidden, *queue[:k]}))
        )
        return queue[needed - 1]
