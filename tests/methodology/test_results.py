"""Tests for `sce_method.methodology._results`: the results framework with what a cohort computes for it."""

from __future__ import annotations

from typing import Final

import attrs
import pendulum
import pytest

from sce_method.exceptions import LoadError
from sce_method.methodology import Methodology, compare_with_cohort, results_with_cohort
from sce_method.monitoring.results import PeriodResult, ResultsFramework
from sce_method.participants import Cohort
from tests.mentoring.cohorts import AS_OF, D, cohort, pair, person, training
from tests.test_results_from_cohort import declaring_coverage

SMALL: Final = cohort(
    person("M1"),
    person("P1", enrolled=D(2024, 5, 2)),
    person("P2"),
    person("P3"),
    person("P4"),
    trainings=(training("M1"),),
    assignments=(pair("M1", "P1"),),
)
"""One trained mentor with one of four participants (coverage 0.25); the earliest enrolment is on 2024-05-02."""


def _cohort_result(m: Methodology, found: Cohort, as_of: pendulum.Date | str = AS_OF) -> PeriodResult | None:
    framework = results_with_cohort(m, found, as_of)
    assert framework is not None
    return framework.indicator("1.2.m").result("cohorte 2024-10-17")


class TestResultsWithCohort:
    def test_declared_indicator_gains_a_result(self) -> None:
        """The indicator declaring mentoring.cobertura gains the cohort's coverage, from first enrolment to the date."""
        expected = ("cohorte 2024-10-17", D(2024, 5, 2), AS_OF, 0.25, "cohorte")

        found = _cohort_result(declaring_coverage(), SMALL)
        assert found is not None
        assert found.provenance.source is not None
        cited = found.provenance.source.document
        assert expected == (found.period, found.starts_on, found.ends_on, found.actual, cited)

    def test_date_as_text(self) -> None:
        """The date may be given as YYYY-MM-DD text."""
        expected = _cohort_result(declaring_coverage(), SMALL)

        assert expected == _cohort_result(declaring_coverage(), SMALL, "2024-10-17")

    def test_undeclared_indicators_untouched(self) -> None:
        """Every other indicator keeps exactly its results."""
        m = declaring_coverage()
        assert m.results_framework is not None
        expected = [i for i in m.results_framework.indicators if i.id != "1.2.m"]

        framework = results_with_cohort(m, SMALL, AS_OF)
        assert framework is not None
        assert expected == [i for i in framework.indicators if i.id != "1.2.m"]

    def test_without_mentoring_policy(self) -> None:
        """With no mentoring policy there is nothing to compute: the framework as it is."""
        m = attrs.evolve(declaring_coverage(), mentoring=None)

        expected = m.results_framework
        assert expected == results_with_cohort(m, SMALL, AS_OF)

    def test_empty_cohort(self) -> None:
        """A cohort with no participants adds nothing, and its date is not looked at."""
        m = declaring_coverage()

        expected = m.results_framework
        assert expected == results_with_cohort(m, Cohort(participants=()), "17/10/2024")

    def test_without_results_framework(self) -> None:
        """No results framework: None."""
        assert results_with_cohort(attrs.evolve(declaring_coverage(), results_framework=None), SMALL, AS_OF) is None

    def test_method_delegates(self) -> None:
        """Methodology.results_with_cohort gives the same framework."""
        m = declaring_coverage()

        expected = results_with_cohort(m, SMALL, AS_OF)
        assert expected == m.results_with_cohort(SMALL, AS_OF)


class TestComputesFromCohort:
    @pytest.mark.parametrize(
        ("keep_framework", "keep_policy", "keep_computations", "expected"),
        [
            (True, True, True, True),
            (True, False, True, True),
            (True, True, False, True),
            (True, False, False, False),
            (False, True, True, False),
        ],
    )
    def test_needs_a_framework_and_something_to_compute(
        self, *, keep_framework: bool, keep_policy: bool, keep_computations: bool, expected: bool
    ) -> None:
        """A cohort adds results with a results framework, and a declared computation or a mentoring policy."""
        m = declaring_coverage()
        framework = m.results_framework if keep_computations else _without_computations(m)
        changed = attrs.evolve(
            m,
            results_framework=framework if keep_framework else None,
            mentoring=m.mentoring if keep_policy else None,
        )

        assert expected == changed.computes_from_cohort


def _without_computations(m: Methodology) -> ResultsFramework:
    framework = m.results_framework
    assert framework is not None
    outcomes = tuple(
        attrs.evolve(o, indicators=tuple(attrs.evolve(i, computation=None) for i in o.indicators))
        for o in framework.outcomes
    )
    figures = tuple(attrs.evolve(f, computation=None) for f in framework.figures)
    return attrs.evolve(framework, outcomes=outcomes, figures=figures)


class TestCompareWithCohort:
    def test_declared_rows_are_counted(self) -> None:
        """Each row that declares a computation is counted over the cohort's records."""
        found = compare_with_cohort(declaring_coverage(), SMALL, AS_OF)
        assert found is not None

        expected = (5.0, None)
        assert expected == (found.count("participantes-2024").value, found.count("1.2"))  # type: ignore[union-attr]

    def test_a_mentoring_figure_is_shown_as_computed(self) -> None:
        """An indicator declaring computed: mentoring.cobertura shows the cohort's coverage as its computed value."""
        found = compare_with_cohort(declaring_coverage(), SMALL, AS_OF)
        assert found is not None

        expected = 0.25
        assert expected == next(r["computed"] for r in found.rows() if r["id"] == "1.2.m")

    def test_without_results_framework(self) -> None:
        """No results framework: None."""
        assert compare_with_cohort(attrs.evolve(declaring_coverage(), results_framework=None), SMALL) is None

    def test_the_date_is_checked(self) -> None:
        """A date that is not YYYY-MM-DD is refused."""
        with pytest.raises(LoadError):
            compare_with_cohort(declaring_coverage(), SMALL, "17/10/2024")
