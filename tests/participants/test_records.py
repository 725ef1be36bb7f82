"""Tests for `sce_method.participants._records`."""

from __future__ import annotations

import pendulum

from sce_method.participants import Attendance, MentoringEntry
from tests.participants.lists import refused


class TestAttendance:
    def test_negative_hours_are_refused(self) -> None:
        """Hours attended cannot be negative."""
        expected = [(("hours",), "core.value.negative")]

        assert expected == refused(
            Attendance, participant_id="P1", module_id="m", session_date=pendulum.Date(2024, 7, 1), hours=-1.0
        )

    def test_zero_hours(self) -> None:
        """Zero hours (present but nothing counted) is allowed."""
        expected = 0.0

        assert (
            expected
            == Attendance(participant_id="P1", module_id="m", session_date=pendulum.Date(2024, 7, 1), hours=0.0).hours
        )


class TestMentoringEntry:
    def test_negative_hours_are_refused(self) -> None:
        """A mentoring session cannot last negative hours."""
        expected = [(("hours",), "core.value.negative")]

        assert expected == refused(
            MentoringEntry, mentor_id="P1", mentee_id="P2", session_date=pendulum.Date(2024, 7, 1), hours=-2.0
        )
