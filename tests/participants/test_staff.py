"""Tests for `sce_method.participants._staff`."""

from __future__ import annotations

import pendulum

from sce_method import label
from sce_method.participants import PersonalData, StaffMember, StaffRole, TrainingSession
from sce_method.serialization import unstructure
from tests.participants.lists import refused


class TestStaffRole:
    def test_values_are_stable(self) -> None:
        """The roles written in staff.csv do not drift."""
        expected = ["facilitadora", "funcionaria", "mentora-coordinadora"]

        assert expected == [r.value for r in StaffRole]

    def test_labels(self) -> None:
        """Each role has its words in Spanish and English."""
        expected = ["facilitadora", "funcionaria pública", "coordinadora de mentoría"]

        assert expected == [label(r, "es") for r in StaffRole]


class TestStaffMember:
    def test_personal_data_is_not_shown(self) -> None:
        """A staff member's repr shows her id and role, never her name."""
        member = StaffMember(
            id="F1", role=StaffRole.FACILITATOR, centre_id="crea", personal=PersonalData(name="Persona Inventada")
        )

        assert "Persona Inventada" not in repr(member)
        assert "F1" in repr(member)

    def test_personal_data_is_written_only_when_asked(self) -> None:
        """Like a participant's, her personal data is left out of plain data unless include_personal=True."""
        member = StaffMember(id="F1", role=StaffRole.FACILITATOR, unit="Nodo", personal=PersonalData(name="Ana"))

        plain, personal = unstructure(member), unstructure(member, include_personal=True)
        assert isinstance(plain, dict)
        assert isinstance(personal, dict)

        expected = (None, {"name": "Ana"})
        assert expected == (plain.get("personal"), personal["personal"])


class TestTrainingSession:
    def test_negative_hours_are_refused(self) -> None:
        """A session cannot last negative hours."""
        expected = [(("hours",), "core.value.negative")]

        assert expected == refused(
            TrainingSession, person_id="F1", training_id="t", session_date=pendulum.Date(2024, 7, 1), hours=-1.0
        )
