"""Tests for `sce_method.mentoring._figures`: a cohort's mentoring figures as a results framework reads them."""

from __future__ import annotations

from typing import Final

import attrs
import pendulum
import pytest

from sce_method.exceptions import LoadError
from sce_method.mentoring import (
    MentoringFigures,
    NoMentoringPolicyError,
    latest_date,
    mentoring_figures,
    mentoring_report,
)
from sce_method.participants import Cohort
from tests.mentoring.cohorts import AS_OF, D, bundled, cohort, meeting, pair, person, training

SMALL: Final = cohort(
    person("M1"),
    person("P1", enrolled=D(2024, 5, 2)),
    person("P2", enrolled=D(2024, 7, 1)),
    trainings=(training("M1"),),
    assignments=(pair("M1", "P1"),),
    mentoring=(meeting("M1", "P1", D(2024, 9, 10)), meeting("M1", "P1", D(2024, 10, 1))),
)
"""One trained mentor with one of two participants; the earliest enrolment is P1's, on 2024-05-02."""


class TestMentoringFiguresFunction:
    def test_figures_under_the_prefix(self) -> None:
        """Each figure of the mentoring report, named mentoring.<figure id>."""
        report = mentoring_report(bundled(), SMALL, AS_OF)
        expected = {f"mentoring.{key}": value for key, value in report.figures().items()}

        found = mentoring_figures(bundled(), SMALL, AS_OF)
        assert found is not None
        assert expected == dict(found.figures)

    def test_coverage(self) -> None:
        """mentoring.cobertura is the share of participants to mentor who have a mentor: one of two."""
        expected = (0.5, 2, 1)

        found = mentoring_figures(bundled(), SMALL, AS_OF)
        assert found is not None
        figures = found.figures
        assert expected == (
            figures["mentoring.cobertura"],
            figures["mentoring.participantes-a-acompanar"],
            figures["mentoring.participantes-acompanadas"],
        )

    def test_period(self) -> None:
        """The period runs from the earliest enrolment to the date, labelled cohorte <date>."""
        expected = ("cohorte 2024-10-17", D(2024, 5, 2), AS_OF)

        found = mentoring_figures(bundled(), SMALL, AS_OF)
        assert found is not None
        assert expected == (found.period, found.starts_on, found.ends_on)

    def test_date_as_text(self) -> None:
        """The date may be given as YYYY-MM-DD text."""
        expected = mentoring_figures(bundled(), SMALL, AS_OF)

        assert expected == mentoring_figures(bundled(), SMALL, "2024-10-17")

    def test_default_date(self) -> None:
        """With no date, the figures are those of the latest date in the lists."""
        expected = ("cohorte 2024-10-01", latest_date(SMALL))

        found = mentoring_figures(bundled(), SMALL)
        assert found is not None
        assert expected == (found.period, found.ends_on)

    @pytest.mark.parametrize("as_of", [None, AS_OF, "17/10/2024"])
    def test_empty_cohort(self, as_of: pendulum.Date | str | None) -> None:
        """A cohort with no participants has no figures, whatever the date, even without a policy."""
        expected = [None, None]

        without_policy = attrs.evolve(bundled(), mentoring=None)
        assert expected == [mentoring_figures(m, Cohort(participants=()), as_of) for m in (bundled(), without_policy)]

    def test_invalid_date(self) -> None:
        """A date that is not YYYY-MM-DD is a LoadError with its problem at $.as_of."""
        expected = [(("as_of",), "core.load.invalid_date")]

        with pytest.raises(LoadError) as caught:
            mentoring_figures(bundled(), SMALL, "17/10/2024")
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    def test_no_policy(self) -> None:
        """A methodology without a mentoring policy has no figures to give."""
        with pytest.raises(NoMentoringPolicyError):
            mentoring_figures(attrs.evolve(bundled(), mentoring=None), SMALL, AS_OF)


class TestMentoringFigures:
    def test_figures_are_read_only(self) -> None:
        """The figures are a read-only copy: changing the dict given, or the figures, changes nothing."""
        given = {"mentoring.sesiones": 3}
        found = MentoringFigures(figures=given, period="cohorte", starts_on=AS_OF, ends_on=AS_OF)
        given["mentoring.sesiones"] = 4

        expected = {"mentoring.sesiones": 3}
        with pytest.raises(TypeError):
            found.figures["mentoring.sesiones"] = 5  # type: ignore[index]
        assert expected == dict(found.figures)

    def test_equal_by_value(self) -> None:
        """Two with the same figures and period are equal and hash alike."""
        first = MentoringFigures(figures={"mentoring.sesiones": 3}, period="p", starts_on=AS_OF, ends_on=AS_OF)
        second = MentoringFigures(figures={"mentoring.sesiones": 3}, period="p", starts_on=AS_OF, ends_on=AS_OF)

        expected = (first, hash(first))
        assert expected == (second, hash(second))
