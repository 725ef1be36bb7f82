"""Tests for `sce_method.monitoring.results._achievement`: the status of a progress ratio, on the percent shown."""

from __future__ import annotations

from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method import label
from sce_method.monitoring.results import Achievement, achievement, percent_of

ORDER: Final = (Achievement.NOT_STARTED, Achievement.PARTIAL, Achievement.MET, Achievement.EXCEEDED)
"""The statuses from least to most achieved."""


class TestPercentOf:
    @pytest.mark.parametrize(
        ("progress", "expected"),
        [
            (1.0, 100),
            (0.91, 91),
            (2.0, 200),
            (40 / 36, 111),
            (0.0, 0),
            (1.004, 100),
            (1.005, 101),
            (0.995, 100),
            (0.905, 91),
            (0.125, 13),
            (0.005, 1),
            (0.004, 0),
        ],
    )
    def test_whole_percent(self, progress: float, expected: int) -> None:
        """A ratio is shown as a whole percent, rounded half up on the decimal the ratio prints as."""
        assert expected == percent_of(progress)

    def test_half_up_not_half_even(self) -> None:
        """12.5 % and 0.5 % round up, where Python's round() would give 12 and 0."""
        expected = (13, 1)
        assert expected == (percent_of(0.125), percent_of(0.005))

    @given(st.integers(min_value=0, max_value=100_000))
    def test_half_up_on_thousandths(self, thousandths: int) -> None:
        """For a ratio of k thousandths (k/10 %), the percent is (k + 5) // 10."""
        assert (thousandths + 5) // 10 == percent_of(thousandths / 1000)


class TestAchievement:
    @pytest.mark.parametrize(
        ("progress", "expected"),
        [
            (1.0, Achievement.MET),
            (1.004, Achievement.MET),
            (1.005, Achievement.EXCEEDED),
            (0.995, Achievement.MET),
            (0.994, Achievement.PARTIAL),
            (2.0, Achievement.EXCEEDED),
            (0.91, Achievement.PARTIAL),
            (0.004, Achievement.PARTIAL),
            (0.0, Achievement.NOT_STARTED),
            (-0.5, Achievement.NOT_STARTED),
            (None, Achievement.NOT_STARTED),
        ],
        ids=str,
    )
    def test_boundaries(self, progress: float | None, expected: Achievement) -> None:
        """100.4 % shows as 100 (met), 100.5 % as 101 (exceeded); 0 and None have not started."""
        assert expected == achievement(progress)

    @given(st.floats(min_value=-1, max_value=5, allow_nan=False), st.floats(min_value=0, max_value=5, allow_nan=False))
    def test_more_progress_never_lowers_the_status(self, progress: float, more: float) -> None:
        """The status never goes down when progress goes up."""
        assert ORDER.index(achievement(progress)) <= ORDER.index(achievement(progress + more))

    @pytest.mark.parametrize(
        ("status", "expected"),
        [
            (Achievement.EXCEEDED, ("Meta rebasada", "Target exceeded")),
            (Achievement.MET, ("Meta lograda", "Target met")),
            (Achievement.PARTIAL, ("Avance parcial", "Partial progress")),
            (Achievement.NOT_STARTED, ("No iniciada", "Not started")),
        ],
    )
    def test_labels(self, status: Achievement, expected: tuple[str, str]) -> None:
        """Each status has Annex A's label in Spanish and a label in English."""
        assert expected == (label(status, "es"), label(status, "en"))
