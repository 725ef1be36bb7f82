"""Tests for `sce_method.monitoring.indicators._disclosure_links`: atoms, who lies inside whom, relations, recovery."""

from __future__ import annotations

from fractions import Fraction
from typing import Final

from hypothesis import given
from hypothesis import strategies as st

from sce_method.monitoring.indicators import Cell
from sce_method.monitoring.indicators._disclosure_links import Links, echelon, order

ONE: Final = Fraction(1)


def cell(dimension: str, key: str, members: str, numerator: float = 0) -> Cell:
    """A cell of the given members (one letter each)."""
    return Cell(dimension=dimension, key=key, numerator=numerator, denominator=len(members), members=frozenset(members))


NESTED: Final = (
    cell("total", "", "abcdefg"),
    cell("centro", "A", "abcd"),
    cell("centro", "B", "efg"),
    cell("generacion", "A1", "ab"),
    cell("generacion", "A2", "cd"),
    cell("generacion", "B1", "efg"),
)
"""Two centres, A with two cohorts and B with one."""

CROSSING: Final = (
    cell("total", "", "abcde"),
    cell("centro", "A", "ab"),
    cell("centro", "B", "c"),
    cell("centro", "C", "de"),
    cell("generacion", "a2", "ac"),
    cell("generacion", "b1", "b"),
    cell("generacion", "a1", "d"),
    cell("generacion", "x", "e"),
)
"""The oracle's cohort across centres: a2 holds a of centre A and c of centre B."""


class TestEchelon:
    def test_reduced(self) -> None:
        """Each pivot is 1 and the only non-zero of its column."""
        found = echelon([{0: ONE, 1: ONE}, {0: ONE, 1: Fraction(2)}])

        assert found == {0: {0: ONE}, 1: {1: ONE}}

    def test_dependent_rows_dropped(self) -> None:
        """A row that is a combination of earlier ones adds no pivot."""
        found = echelon([{0: ONE, 2: Fraction(2)}, {1: ONE}, {0: Fraction(3), 1: ONE, 2: Fraction(6)}, {}])

        assert found == {0: {0: ONE, 2: Fraction(2)}, 1: {1: ONE}}

    def test_pivot_is_the_smallest_column(self) -> None:
        """The pivot of a row is its smallest column, scaled to 1; later pivots are cleared from earlier rows."""
        found = echelon([{3: Fraction(2), 5: Fraction(4)}, {5: Fraction(3)}])

        assert found == {3: {3: ONE}, 5: {5: ONE}}


class TestStructure:
    def test_nested_atoms_are_the_cohorts(self) -> None:
        """Cohorts that lie whole in one centre are one atom each."""
        links = Links(NESTED)

        assert sorted(sorted(a) for a in links.atoms) == [[0, 1, 3], [0, 1, 4], [0, 2, 5]]
        assert links.atoms_of == {0: [0, 1, 2], 1: [0, 1], 2: [2], 3: [0], 4: [1], 5: [2]}
        assert links.pivot == {3: 0, 4: 1, 5: 2}
        expected: list[object] = []
        assert expected == links.crossing

    def test_finest_is_the_breakdown_with_most_cells(self) -> None:
        """The cohorts, wherever they come in the list, are the breakdown written in terms of the others."""
        cells = [NESTED[0], *NESTED[3:], *NESTED[1:3]]
        links = Links(cells)

        assert sorted(links.pivot) == [1, 2, 3]
        assert len(links.relations) == 3

    def test_crossing_cohort_split(self) -> None:
        """A cohort across two centres is split into an atom per centre."""
        links = Links(CROSSING)

        expected = [[0, 1, 4], [0, 1, 5], [0, 2, 4], [0, 3, 6], [0, 3, 7]]
        assert sorted(sorted(a) for a in links.atoms) == expected
        assert links.pivot[4] == links.atoms.index(frozenset({0, 1, 4}))
        assert links.crossing == [4]

    def test_parents_and_children(self) -> None:
        """Who lies inside whom, across breakdowns, and how many the parts inside count."""
        links = Links(NESTED)

        assert links.parents == {0: [], 1: [0], 2: [0, 5], 3: [0, 1], 4: [0, 1], 5: [0, 2]}
        assert links.children[1, "generacion"] == [3, 4]
        assert links.children[5, "centro"] == [2]
        assert links.children[0, "centro"] == [1, 2]
        expected = {(0, "centro"): 7, (0, "generacion"): 7, (1, "generacion"): 4, (2, "generacion"): 3}
        expected[5, "centro"] = 3
        assert links.sizes == expected

    def test_crossing_parents(self) -> None:
        """A cohort across centres lies inside none of them; a centre of one cohort's part lies inside none."""
        links = Links(CROSSING)

        assert links.parents[4] == [0]
        assert links.parents[2] == [0, 4]
        assert links.parents[5] == [0, 1]

    def test_relations_nested(self) -> None:
        """The total is the sum of the centres, each centre of its cohorts: 1 + 2 relations."""
        links = Links(NESTED)

        assert len(links.relations) == 3
        assert links.column(3) == links.column(4)
        assert links.column(3) != links.column(5)

    def test_relations_are_relations(self) -> None:
        """Every relation adds up to 0 on every participant."""
        for cells in (NESTED, CROSSING):
            links = Links(cells)
            for k in range(len(links.relations)):
                for person in "abcdefg":
                    total = sum((links.column(i)[k] for i, c in enumerate(cells) if person in c.members), Fraction(0))
                    assert total == 0

    def test_no_members_no_part(self) -> None:
        """Cells without members (a single breakdown given alone) take no part."""
        cells = [Cell(dimension="centro", key=k, numerator=1, denominator=3) for k in "ab"]
        links = Links(cells)

        assert (links.atoms, links.atoms_of, links.parents, links.relations) == ([], {}, {}, [])
        assert links.next_to_hide({0}) is None

    def test_members_outside_the_finest_breakdown(self) -> None:
        """Members of other breakdowns outside every cell of the finest one make atoms of their own."""
        cells = [cell("total", "", "abcd"), cell("generacion", "g1", "a"), cell("generacion", "g2", "b")]
        links = Links(cells)

        assert sorted(sorted(a) for a in links.atoms) == [[0], [0, 1], [0, 2]]


class TestRecovery:
    def test_lone_hidden_given_away(self) -> None:
        """One hidden cohort of a shown centre: the centre minus the other gives it."""
        links = Links(NESTED)

        assert links.given_away({3}) == [3]
        assert links.given_away({4}) == [4]
        expected: list[object] = []
        assert expected == links.given_away({3, 4})

    def test_nothing_given_away(self) -> None:
        """Every cell but the total hidden: no combination of shown cells gives any."""
        links = Links(NESTED)

        expected: list[object] = []
        assert expected == links.given_away({1, 2, 3, 4, 5})
        assert links.next_to_hide({1, 2, 3, 4, 5}) is None

    def test_centre_from_the_total(self) -> None:
        """A hidden centre, with its cohorts, is the total minus the other centre."""
        links = Links(NESTED)

        assert links.given_away({1, 3, 4}) == [1]

    def test_equal_cells_given_away(self) -> None:
        """A centre of one cohort is that cohort: hiding one gives it away, hiding both does not."""
        links = Links(NESTED)

        assert links.given_away({2}) == [2]
        assert links.given_away({2, 5}) == [2, 5]
        assert links.given_away({1, 2, 5}) == [1, 2, 5]

    def test_crossing_recovery(self) -> None:
        """Cohort b1 = total - centre C - cohort a2, the oracle's first gap."""
        links = Links(CROSSING)

        assert links.given_away({2, 5, 6, 7}) == [2, 5]
        assert links.given_away({1, 2, 5, 6, 7}) == [5]

    def test_next_to_hide_prefers_a_breakdown_that_hides(self) -> None:
        """The cell hidden next is of a breakdown that already hides one, the smallest that protects."""
        links = Links(CROSSING)

        assert links.next_to_hide({2, 5, 6, 7}) == 1

    def test_next_to_hide_queue_order(self) -> None:
        """
        The first cell of the queue whose hiding, with those before it, protects; breakdowns that hide one first.

        Cohort B1 is centre B, and the total minus centre A, and the total minus cohorts A1 and A2: the
        cohorts A1 and A2, then B, then A must be hidden for it to be safe, so A comes next.
        """
        links = Links(NESTED)

        assert links.next_to_hide({3}) == 4
        assert links.next_to_hide({5}) == 1
        assert links.next_to_hide({1, 5}) == 2

    def test_order(self) -> None:
        """Smallest first, then by key, then by position."""
        assert [order(NESTED, i) for i in (3, 2)] == [(2, "A1", 3), (3, "B", 2)]


@st.composite
def _structures(draw: st.DrawFn) -> list[Cell]:
    """A total, centres and cohorts over letters: cohorts may cross centres, and centres hold people of no cohort."""
    people = draw(st.lists(st.sampled_from("abcdefghijkl"), min_size=1, max_size=12, unique=True))
    centre_of = {p: draw(st.integers(0, 2)) for p in people}
    cohort_of = {p: draw(st.one_of(st.none(), st.integers(0, 4))) for p in people}
    centres = [cell("centro", str(k), "".join(p for p in people if centre_of[p] == k)) for k in set(centre_of.values())]
    keys = {k for k in cohort_of.values() if k is not None}
    cohorts = [cell("generacion", str(k), "".join(p for p in people if cohort_of[p] == k)) for k in keys]
    return [cell("total", "", "".join(people)), *centres, *cohorts]


class TestAtoms:
    @given(_structures())
    def test_atoms_are_the_members_cell_sets(self, cells: list[Cell]) -> None:
        """The atoms are exactly the distinct sets of cells that members lie in, however the cohorts nest."""
        links = Links(cells)
        everyone = frozenset().union(*(c.members for c in cells))
        expected = {frozenset(i for i, c in enumerate(cells) if m in c.members) for m in everyone}

        assert set(links.atoms) == expected
        assert len(links.atoms) == len(expected)


@st.composite
def _nested(draw: st.DrawFn) -> tuple[list[Cell], dict[int, tuple[int, ...]], set[int]]:
    """Cohorts each inside one centre, the hint a column-wise tally gives (`holders`), and some cells hidden."""
    people = draw(st.lists(st.sampled_from("abcdefghijkl"), min_size=1, max_size=12, unique=True))
    cohort_of = {p: draw(st.integers(0, 5)) for p in people}
    centre_of = {k: draw(st.integers(0, 2)) for k in sorted(set(cohort_of.values()))}
    centres = sorted(set(centre_of.values()))
    cells = [cell("total", "", "".join(people))]
    cells += [cell("centro", str(c), "".join(p for p in people if centre_of[cohort_of[p]] == c)) for c in centres]
    cells += [cell("generacion", str(k), "".join(p for p in people if cohort_of[p] == k)) for k in centre_of]
    holders: dict[int, tuple[int, ...]] = {
        1 + len(centres) + n: (0, 1 + centres.index(centre_of[k])) for n, k in enumerate(centre_of)
    }
    hidden = draw(st.sets(st.integers(0, len(cells) - 1)))
    return cells, holders, hidden


def _structure(links: Links) -> tuple[object, ...]:
    return (links.atoms, links.atoms_of, links.pivot, links.crossing, links.parents, links.children, links.sizes)


class TestHolders:
    @given(_nested())
    def test_the_same_links_without_looking_at_members(
        self, drawn: tuple[list[Cell], dict[int, tuple[int, ...]], set[int]]
    ) -> None:
        """Told how the cohorts nest, the links are those found from the members, and give the same cells away."""
        cells, holders, hidden = drawn

        told, found = Links(cells, holders), Links(cells)

        assert _structure(told) == _structure(found)
        assert told.relations == found.relations
        assert told.given_away(hidden) == found.given_away(hidden)
        assert told.next_to_hide(hidden) == found.next_to_hide(hidden)

    def test_a_hint_for_another_breakdown_is_not_used(self) -> None:
        """Holders of the centres (not the breakdown with the most cells) are left aside: the members are read."""
        wrong = {1: (0, 3), 2: (0, 5)}

        assert _structure(Links(NESTED, wrong)) == _structure(Links(NESTED))

    def test_a_hint_that_misses_a_breakdown_is_not_used(self) -> None:
        """Each cohort must be given a holder in every other breakdown."""
        short = {3: (0,), 4: (0,), 5: (0,)}

        assert _structure(Links(NESTED, short)) == _structure(Links(NESTED))
