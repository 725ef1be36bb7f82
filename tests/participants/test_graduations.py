"""Tests for `sce_method.participants._graduations`."""

from __future__ import annotations

import pendulum

from sce_method import label
from sce_method.participants import EventKind, GraduationRecord


class TestEventKind:
    def test_values_are_stable(self) -> None:
        """The kinds written in events.csv do not drift."""
        expected = ["ceremonia-de-graduacion", "entrega-de-constancias", "otro"]

        assert expected == [k.value for k in EventKind]

    def test_labels(self) -> None:
        """Each kind has its words in Spanish and English."""
        expected = ("ceremonia de graduación", "graduation ceremony")

        assert expected == (label(EventKind.GRADUATION_CEREMONY, "es"), label(EventKind.GRADUATION_CEREMONY, "en"))


class TestGraduationRecord:
    def test_where_it_was_read_is_not_part_of_its_value(self) -> None:
        """Two records of the same graduation read from different lines are equal."""
        day = pendulum.Date(2024, 10, 17)

        assert GraduationRecord(participant_id="P1", graduated_on=day, line=2) == GraduationRecord(
            participant_id="P1", graduated_on=day, line=9
        )
