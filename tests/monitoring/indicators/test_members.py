"""Tests for `sce_method.monitoring.indicators._members`: the cells of a column-wise tally and how they nest."""

from __future__ import annotations

import polars as pl

from sce_method.monitoring.indicators import Dimension
from sce_method.monitoring.indicators._deferred import Deferred
from sce_method.monitoring.indicators._members import Members, cells, holders, members


def _members(tallied: pl.DataFrame) -> Members:
    """`members`, given the ids as Python strings, as the tally gives them."""
    return members(tallied, tallied.get_column("pid").to_list())


def _sets(by_key: dict[str, dict[str, Deferred]]) -> dict[str, dict[str, frozenset[str]]]:
    """Each `Deferred` worked out, after checking that its size was told right."""
    assert all(d.size == len(d.get()) for keys in by_key.values() for d in keys.values())
    return {column: {key: d.get() for key, d in keys.items()} for column, keys in by_key.items()}


def _tallied(rows: list[tuple[str, str, str]]) -> pl.DataFrame:
    pid, centre, cohort = zip(*rows, strict=True)
    return pl.DataFrame({"pid": pid, "centre": centre, "cohort": cohort, "n": [1.0] * len(rows)})


class TestMembers:
    def test_by_centre_and_cohort(self) -> None:
        """Each centre's and cohort's ids, all of them for the total, and each cohort's one centre."""
        found = _members(_tallied([("a", "crea", "c1"), ("b", "crea", "c2"), ("c", "cjm", "c3"), ("d", "crea", "c1")]))

        assert (found.total.size, found.total.get()) == (4, frozenset("abcd"))
        assert _sets(found.by_key) == {
            "centre": {"crea": frozenset("abd"), "cjm": frozenset("c")},
            "cohort": {"c1": frozenset("ad"), "c2": frozenset("b"), "c3": frozenset("c")},
        }
        assert found.centre_of == {"c1": "crea", "c2": "crea", "c3": "cjm"}

    def test_a_cohort_across_two_centres(self) -> None:
        """A cohort in two centres: her members are all of hers, and no cohort is said to lie in one centre."""
        found = _members(_tallied([("a", "crea", "c1"), ("b", "cjm", "c1"), ("c", "cjm", "c2")]))

        assert _sets(found.by_key)["cohort"] == {"c1": frozenset("ab"), "c2": frozenset("c")}
        assert found.centre_of is None


class TestHolders:
    def test_each_cohort_in_the_total_and_its_centre(self) -> None:
        """Positions count the total first, then the cells in order."""
        tallied = _tallied([("a", "crea", "c1"), ("b", "crea", "c2"), ("c", "cjm", "c3")])
        found = _members(tallied)
        both = cells(tallied, (Dimension.CENTRE, Dimension.COHORT), found)

        assert [(c.dimension, c.key) for c in both] == [
            ("centro", "cjm"), ("centro", "crea"), ("generacion", "c1"), ("generacion", "c2"), ("generacion", "c3"),
        ]  # fmt: skip
        assert holders((Dimension.CENTRE, Dimension.COHORT), found) == {3: (0, 2), 4: (0, 2), 5: (0, 1)}
        assert holders((Dimension.COHORT, Dimension.CENTRE), found) == {1: (0, 5), 2: (0, 5), 3: (0, 4)}

    def test_cohorts_alone(self) -> None:
        """With no breakdown by centre, each cohort lies in the total, even across centres."""
        tallied = _tallied([("a", "crea", "c1"), ("b", "cjm", "c1")])
        found = _members(tallied)

        assert holders((Dimension.COHORT,), found) == {1: (0,)}

    def test_none_across_centres_or_without_cohorts(self) -> None:
        """A cohort across two centres, or no breakdown by cohort: nothing is told."""
        crossing = _tallied([("a", "crea", "c1"), ("b", "cjm", "c1")])
        found = _members(crossing)

        assert holders((Dimension.CENTRE, Dimension.COHORT), found) is None
        assert holders((Dimension.CENTRE,), found) is None
