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
follow by subtraction. No hidden cell may be recovered, whether the breakdowns
nest (cohorts within centres) or cross (cohorts across centres, age bands).

The other side: protection must not hide what the rules do not ask for. A
breakdown with no small cell, none of whose cells lies inside a hidden cell of
another breakdown, is shown whole; with no small cell anywhere, nothing is
hidden. And the fast `protect_across` hides exactly what its readable
reference (``disclosure_reference.py``) hides.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Final

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sce_method.monitoring.indicators import Cell, protect_across
from sce_method.monitoring.indicators._disclosure_links import Links
from tests.monitoring.indicators.disclosure_reference import atoms, equation, protect_reference, rank, small

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


def _numbered(members: list[Member], *, crossing: bool) -> list[Member]:
    """Ids ``p0``, ``p1``...; with *crossing*, cohorts named without their centre, so that one spans several."""
    return [
        attrs.evolve(m, id=f"p{i}", keys=(m.keys[0], m.keys[1][1:], m.keys[2]) if crossing else m.keys)
        for i, m in enumerate(members)
    ]


MEMBERS: Final = st.builds(
    _numbered,
    st.lists(
        st.builds(
            _member,
            st.sampled_from("ABC"),
            st.sampled_from("12"),
            st.sampled_from("123"),
            st.integers(min_value=0, max_value=1),
        ),
        min_size=1,
        max_size=14,
    ),
    crossing=st.booleans(),
)
"""Up to 14 people, each with a centre, a cohort and an age band; cohorts within one centre (``A1`` of ``A``) or not."""
NESTED: Final = ("centro", "generacion")
"""Centres and their cohorts, as the bundled indicators have."""
LAYOUTS: Final = st.sampled_from((NESTED, BREAKDOWNS, ("centro", "edad"), ("generacion", "edad")))
"""Which breakdowns an indicator has."""
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


def recovered(cells: Sequence[Cell]) -> list[tuple[str, str]]:
    """The hidden cells whose figures follow from the shown ones by adding and subtracting."""
    parts = atoms(cells)
    shown = [equation(c, parts) for c in cells if not c.suppressed]
    base = rank(shown)
    return [(c.dimension, c.key) for c in cells if c.suppressed and rank([*shown, equation(c, parts)]) == base]


# -- the properties ----------------------------------------------------------------------------------------------


class TestOracle:
    @settings(max_examples=200)
    @given(members=MEMBERS, min_cell=THRESHOLD, mean=st.booleans(), layout=LAYOUTS)
    def test_no_hidden_cell_recovered(
        self, members: list[Member], min_cell: int, layout: tuple[str, ...], *, mean: bool
    ) -> None:
        """No hidden cell, the total included, can be worked out from the shown ones by subtraction."""
        protected = protect_across(cells_of(members, layout), min_cell, mean=mean)

        expected: list[object] = []
        assert expected == recovered(protected)

    def test_cohorts_across_centres(self) -> None:
        """
        Cohorts that cross centres do not let a hidden cohort be recovered.

        Cohort b1 (1 person) would be the total (5) - centre C (2) - cohort a2 (2), a2 lying across centres A
        and B: the local rules miss it, the search for every way of subtracting finds it.
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

    def test_three_crossing_breakdowns(self) -> None:
        """
        Centre, cohort and a crossing age band together do not let a hidden cohort be recovered.

        Cohort A1 (3 people) would be the total (5) - band 3 (2), because band 3 is exactly the two hidden
        cohorts A2 and B1: hidden cells whose union is a shown cell of another breakdown.
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

    def test_uncovered_centre_forces_nothing(self) -> None:
        """
        A hidden cohort inside a shown centre that its cohorts do not cover (a cohort crosses) is no difference.

        Centre A (6 people) holds cohorts A1 (part of it), A2 and B1, and part of the crossing X: A minus B1 is not
        A1's part, so B1 stays shown.
        """
        rows = [("A", "A1", "3", 1), ("A", "A2", "2", 1), ("B", "A1", "3", 0), ("A", "A1", "3", 1), ("A", "B1", "2", 0),
                ("B", "X", "1", 1), ("B", "X", "1", 1), ("A", "A1", "1", 1), ("B", "A1", "3", 1), ("B", "X", "2", 0),
                ("A", "B1", "3", 0)]  # fmt: skip
        members = [Member(id=f"p{i}", keys=(c, g, b), score=s) for i, (c, g, b, s) in enumerate(rows)]
        protected = protect_across(cells_of(members), 2)

        expected = [("generacion", "A1"), ("generacion", "A2"), ("generacion", "X"), ("edad", "1"), ("edad", "2")]
        assert expected == [(c.dimension, c.key) for c in protected if c.suppressed]
        assert recovered(protected) == []

    @settings(max_examples=200)
    @given(members=MEMBERS, min_cell=THRESHOLD, mean=st.booleans())
    def test_every_small_cell_hidden(self, members: list[Member], min_cell: int, *, mean: bool) -> None:
        """Every small cell, the total included, is hidden, and flagged primary; every other hidden one secondary."""
        protected = protect_across(cells_of(members), min_cell, mean=mean)

        expected = [small(c, min_cell, mean=mean) for c in protected]
        assert expected == [c.suppressed and not c.secondary for c in protected]

    @settings(max_examples=200)
    @given(members=MEMBERS, min_cell=THRESHOLD, mean=st.booleans(), layout=LAYOUTS)
    def test_clean_breakdown_shown(
        self, members: list[Member], min_cell: int, layout: tuple[str, ...], *, mean: bool
    ) -> None:
        """
        A breakdown with no small cell, none of whose cells lies inside a hidden cell elsewhere, is shown whole.

        Unless it cannot be: where breakdowns cross, a hidden cell can be a combination of the cells of such clean
        breakdowns alone (an age band = a cohort across centres - a centre), and one of them must give way. Where
        they nest (centres and their cohorts), that never happens.
        """
        protected = protect_across(cells_of(members, layout), min_cell, mean=mean)
        hidden = [c for c in protected if c.suppressed]

        def clean(dimension: str) -> bool:
            mine = [c for c in protected if c.dimension == dimension]
            return not any(small(c, min_cell, mean=mean) for c in mine) and not any(
                c.members <= h.members for c in mine for h in hidden if h.dimension != dimension
            )

        parts = atoms(protected)
        whole = [equation(c, parts) for c in protected if clean(c.dimension)]
        forced = any(rank(whole) == rank([*whole, equation(h, parts)]) for h in hidden if not clean(h.dimension))
        centres_of = {m.keys[1]: {n.keys[0] for n in members if n.keys[1] == m.keys[1]} for m in members}
        nested = layout == NESTED and all(len(c) == 1 for c in centres_of.values())
        expected: list[object] = []
        if nested or not forced:
            assert expected == [(c.dimension, c.key) for c in protected if c.suppressed and clean(c.dimension)]

    @given(members=MEMBERS, min_cell=st.integers(min_value=1, max_value=5), mean=st.booleans())
    def test_nothing_small_nothing_hidden(self, members: list[Member], min_cell: int, *, mean: bool) -> None:
        """Where no cell is small, the total included, every cell is shown."""
        cells = cells_of(members)
        protected = protect_across(cells, min_cell, mean=mean)

        if not any(small(c, min_cell, mean=mean) for c in cells):
            assert cells == protected


class TestReference:
    @settings(max_examples=200)
    @given(members=MEMBERS, min_cell=THRESHOLD, mean=st.booleans(), layout=LAYOUTS)
    def test_same_as_the_reference(
        self, members: list[Member], min_cell: int, layout: tuple[str, ...], *, mean: bool
    ) -> None:
        """The fast protection hides the cells the readable reference hides, primary and secondary alike."""
        cells = cells_of(members, layout)

        assert protect_reference(cells, min_cell, mean=mean) == protect_across(cells, min_cell, mean=mean)

    @settings(max_examples=200)
    @given(members=MEMBERS, min_cell=THRESHOLD, mean=st.booleans())
    def test_nested_settled_by_the_local_rules(self, members: list[Member], min_cell: int, *, mean: bool) -> None:
        """
        Where cohorts nest in centres, the local rules leave nothing for the search: it runs once, and finds none.

        That is what keeps the bundled indicators linear: the search, which costs a pass over the cells for every
        cell it hides, only confirms.
        """
        centres_of = {m.keys[1]: {n.keys[0] for n in members if n.keys[1] == m.keys[1]} for m in members}
        assume(all(len(c) == 1 for c in centres_of.values()))
        found: list[int | None] = []
        search = Links.next_to_hide

        def spy(links: Links, hidden: AbstractSet[int]) -> int | None:
            found.append(search(links, hidden))
            return found[-1]

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Links, "next_to_hide", spy)
            protected = protect_across(cells_of(members, NESTED), min_cell, mean=mean)

        assert found == ([None] if any(c.suppressed for c in protected) else [])
