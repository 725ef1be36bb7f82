"""
An oracle for `sce_method.monitoring.indicators._disclosure`: a plain attacker against the protected cells.

Over small generated cohorts, an indicator's cells (its total and its
breakdowns by centre and by cohort, cohorts within centres as the bundled
indicators have them) are protected, then attacked. The
attacker knows which participants' groups make up each cell (the structure of
the breakdowns), reads every shown figure, and adds and subtracts them in every
way there is: it writes each shown cell as an equation over the unknown
"atoms" (the people who share the same centre, cohort and band) and
row-reduces. A hidden cell is recovered when its own equation is a
combination of the shown ones: then its numerator and its denominator both
follow by subtraction. No hidden cell may be recovered. Breakdowns that cross
(cohorts across centres, age bands) are a known gap: two strict xfails show it.

The other side: protection must not hide what the rules do not ask for. A
breakdown with no small cell, none of whose cells lies inside a hidden cell of
another breakdown, is shown whole; with no small cell anywhere, nothing is
hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Final

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sce_method.monitoring.indicators import Cell, protect_across

TOTAL: Final = "total"
BREAKDOWNS: Final = ("centro", "generacion", "edad")


@attrs.frozen
class Member:
    """One participant: her keys in each breakdown, and her contribution to the numerator."""

    id: str
    keys: tuple[str, str, str]
    score: int


def _member(centre: str, cohort: str, band: str, score: int) -> Member:
    return Member(id="", keys=(centre, centre + cohort, band), score=score)


MEMBERS: Final = st.lists(
    st.builds(
        _member,
        st.sampled_from("ABC"),
        st.sampled_from("12"),
        st.sampled_from("123"),
        st.integers(min_value=0, max_value=1),
    ),
    min_size=1,
    max_size=14,
).map(lambda ms: [attrs.evolve(m, id=f"p{i}") for i, m in enumerate(ms)])
"""Cohorts of up to 14 people, each cohort within one centre (``A1`` of ``A``), with an age band."""
NESTED: Final = ("centro", "generacion")
"""The breakdowns the rules are complete for: centres and their cohorts, as the bundled indicators have."""
THRESHOLD: Final = st.integers(min_value=2, max_value=5)


def cells_of(members: Sequence[Member], breakdowns: Sequence[str] = BREAKDOWNS) -> list[Cell]:
    """The total, then one cell per key of each of *breakdowns*, as `compute_indicators` builds them."""

    def cell(dimension: str, key: str, group: Sequence[Member]) -> Cell:
        return Cell(
            dimension=dimension,
            key=key,
            numerator=sum(m.score for m in group),
            denominator=len(group),
            members=frozenset(m.id for m in group),
        )

    out = [cell(TOTAL, "", members)]
    for index, dimension in enumerate(BREAKDOWNS):
        if dimension in breakdowns:
            keys = sorted({m.keys[index] for m in members})
            out.extend(cell(dimension, key, [m for m in members if m.keys[index] == key]) for key in keys)
    return out


# -- the attacker ------------------------------------------------------------------------------------------------


def atoms(cells: Sequence[Cell]) -> list[frozenset[str]]:
    """The finest groups the breakdowns tell apart: people who lie in exactly the same cells."""
    everyone = frozenset().union(*(c.members for c in cells))
    signature = {p: frozenset(i for i, c in enumerate(cells) if p in c.members) for p in everyone}
    groups: dict[frozenset[int], set[str]] = {}
    for person, cells_in in signature.items():
        groups.setdefault(cells_in, set()).add(person)
    return [frozenset(g) for g in groups.values()]


def equation(cell: Cell, parts: Sequence[frozenset[str]]) -> list[Fraction]:
    """The cell as a sum of atoms: 1 for each atom inside it, 0 for the others."""
    return [Fraction(1 if part <= cell.members else 0) for part in parts]


def rank(rows: Sequence[Sequence[Fraction]]) -> int:
    """The rank of *rows*, by plain Gaussian elimination over the rationals."""
    matrix = [list(r) for r in rows]
    found = 0
    columns = len(matrix[0]) if matrix else 0
    for column in range(columns):
        pivot = next((r for r in range(found, len(matrix)) if matrix[r][column] != 0), None)
        if pivot is None:
            continue
        matrix[found], matrix[pivot] = matrix[pivot], matrix[found]
        for r in range(len(matrix)):
            if r != found and matrix[r][column] != 0:
                factor = matrix[r][column] / matrix[found][column]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[found], strict=True)]
        found += 1
    return found


def recovered(cells: Sequence[Cell]) -> list[tuple[str, str]]:
    """The hidden cells whose figures follow from the shown ones by adding and subtracting."""
    parts = atoms(cells)
    shown = [equation(c, parts) for c in cells if not c.suppressed]
    base = rank(shown)
    return [(c.dimension, c.key) for c in cells if c.suppressed and rank([*shown, equation(c, parts)]) == base]


def small(cell: Cell, min_cell: int, *, mean: bool) -> bool:
    """The primary rule, written out again: under the threshold, or (a count) a side of 1 to min_cell - 1."""
    rest = cell.denominator - cell.numerator
    return cell.denominator < min_cell or (not mean and (0 < cell.numerator < min_cell or 0 < rest < min_cell))


# -- the properties ----------------------------------------------------------------------------------------------


class TestOracle:
    @settings(max_examples=400)
    @given(members=MEMBERS, min_cell=THRESHOLD, mean=st.booleans())
    def test_no_hidden_cell_recovered(self, members: list[Member], min_cell: int, *, mean: bool) -> None:
        """No hidden cell, the total included, can be worked out from the shown ones by subtraction."""
        protected = protect_across(cells_of(members, NESTED), min_cell, mean=mean)

        expected: list[object] = []
        assert expected == recovered(protected)

    @pytest.mark.xfail(reason="crossing breakdowns: the rules miss a recovery (see docs/results.md)", strict=True)
    def test_cohorts_across_centres(self) -> None:
        """
        Known gap: cohorts that cross centres let a hidden cohort be recovered.

        Cohort b1 (1 person) = the total (5) - centre C (2) - cohort a2 (2), a2 lying across centres A and B:
        the rules look at one hidden cell's own breakdown and at cells inside one another, not at this.
        """
        members = [
            Member(id="p0", keys=("A", "a2", "1"), score=0),
            Member(id="p1", keys=("A", "b1", "1"), score=0),
            Member(id="p2", keys=("B", "a2", "1"), score=0),
            Member(id="p3", keys=("C", "a1", "1"), score=0),
            Member(id="p4", keys=("C", "x", "1"), score=0),
        ]
        protected = protect_across(cells_of(members, ("centro", "generacion")), 2)

        expected: list[object] = []
        assert expected == recovered(protected)

    @pytest.mark.xfail(reason="crossing breakdowns: the rules miss a recovery (see docs/results.md)", strict=True)
    def test_three_crossing_breakdowns(self) -> None:
        """
        Known gap: centre, cohort and a crossing age band together let a hidden cohort be recovered.

        Cohort A1 (3 people) = the total (5) - band 3 (2), because band 3 is exactly the two hidden cohorts
        A2 and B1: the rules look at one hidden cell's own breakdown, not at hidden cells whose union is a
        shown cell of another breakdown.
        """
        members = [
            Member(id="p0", keys=("A", "A1", "1"), score=1),
            Member(id="p1", keys=("A", "A1", "1"), score=1),
            Member(id="p2", keys=("A", "A1", "2"), score=0),
            Member(id="p3", keys=("A", "A2", "3"), score=0),
            Member(id="p4", keys=("B", "B1", "3"), score=0),
        ]
        protected = protect_across(cells_of(members), 2)

        expected: list[object] = []
        assert expected == recovered(protected)

    @settings(max_examples=400)
    @given(members=MEMBERS, min_cell=THRESHOLD, mean=st.booleans())
    def test_every_small_cell_hidden(self, members: list[Member], min_cell: int, *, mean: bool) -> None:
        """Every small cell, the total included, is hidden, and flagged primary; every other hidden one secondary."""
        protected = protect_across(cells_of(members), min_cell, mean=mean)

        expected = [small(c, min_cell, mean=mean) for c in protected]
        assert expected == [c.suppressed and not c.secondary for c in protected]

    @settings(max_examples=400)
    @given(members=MEMBERS, min_cell=THRESHOLD, mean=st.booleans())
    def test_clean_breakdown_shown(self, members: list[Member], min_cell: int, *, mean: bool) -> None:
        """A breakdown with no small cell, none of whose cells lies inside a hidden cell elsewhere, is shown whole."""
        protected = protect_across(cells_of(members), min_cell, mean=mean)
        hidden = [c for c in protected if c.suppressed]

        def clean(dimension: str) -> bool:
            mine = [c for c in protected if c.dimension == dimension]
            return not any(small(c, min_cell, mean=mean) for c in mine) and not any(
                c.members <= h.members for c in mine for h in hidden if h.dimension != dimension
            )

        expected: list[object] = []
        assert expected == [(c.dimension, c.key) for c in protected if c.suppressed and clean(c.dimension)]

    @given(members=MEMBERS, min_cell=st.integers(min_value=1, max_value=5), mean=st.booleans())
    def test_nothing_small_nothing_hidden(self, members: list[Member], min_cell: int, *, mean: bool) -> None:
        """Where no cell is small, the total included, every cell is shown."""
        cells = cells_of(members)
        protected = protect_across(cells, min_cell, mean=mean)

        if not any(small(c, min_cell, mean=mean) for c in cells):
            assert cells == protected
