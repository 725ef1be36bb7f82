"""Tests for `sce_method.participants._lists`: the specs of the cohort folder's lists."""

from __future__ import annotations

import attrs

from sce_method.participants import LISTS, TABLES, Cohort
from sce_method.participants._parsers import Reference


class TestTables:
    def test_lists_in_reading_order(self) -> None:
        """
        The cohort folder's lists, in the order DESIGN.md gives them (assignments.csv is issue 6's optional list).

        events.csv comes before graduations.csv, which refers to it.
        """
        expected = [
            "participants",
            "cohorts",
            "attendance",
            "completions",
            "instruments",
            "follow_up",
            "mentors",
            "assignments",
            "mentoring",
            "events",
            "graduations",
            "staff",
            "staff_training",
        ]

        assert expected == list(TABLES)

    def test_required_lists(self) -> None:
        """Only participants and attendance are required."""
        expected = ["participants", "attendance"]

        assert expected == [name for name, table in TABLES.items() if table.required]

    def test_participants_columns(self) -> None:
        """participants.csv: four required columns, the withdrawal and the personal columns optional."""
        expected = (
            "participant_id",
            "centre_id",
            "cohort_id",
            "enrolled_on",
            "withdrawn_on",
            "name",
            "curp",
            "phone",
            "email",
        )

        assert expected == TABLES["participants"].allowed

    def test_tables_are_the_specs_headers(self) -> None:
        """TABLES is derived from LISTS: the columns are declared once."""
        expected = [spec.table for spec in LISTS]

        assert expected == list(TABLES.values())


class TestLists:
    def test_references_point_back(self) -> None:
        """A column may refer only to a list read before its own."""
        expected: list[tuple[str, str]] = []

        order = [spec.name for spec in LISTS]
        assert expected == [
            (spec.name, column.name)
            for spec in LISTS
            for column in spec.columns
            if isinstance(column.cell, Reference) and order.index(column.cell.target.name) >= order.index(spec.name)
        ]

    def test_only_the_participants_list_is_personal(self) -> None:
        """The personal columns are the participants' and the staff's: their refused values are hidden, only theirs."""
        expected = {"participants": ("name", "curp", "phone", "email"), "staff": ("name", "curp", "phone", "email")}

        assert expected == {
            spec.name: tuple(c.name for c in spec.columns if c.personal) for spec in LISTS if spec.hides_values
        }

    def test_fields_are_cohort_attributes(self) -> None:
        """Each list names the Cohort attribute that holds its records."""
        expected = {
            "participants": "participants",
            "cohorts": "periods",
            "attendance": "attendance",
            "completions": "completions",
            "instruments": "submissions",
            "follow_up": "follow_ups",
            "mentors": "mentor_trainings",
            "assignments": "assignments",
            "mentoring": "mentoring",
            "events": "events",
            "graduations": "graduations",
            "staff": "staff",
            "staff_training": "staff_training",
        }

        attributes = {a.name for a in attrs.fields(Cohort)}
        assert expected == {spec.name: spec.field for spec in LISTS if spec.field in attributes}

    def test_unique_keys(self) -> None:
        """Participants, cohorts (at a centre), mentors, events, graduations (one a person) and staff may not repeat."""
        expected = {
            "participants": ("participant_id",),
            "cohorts": ("cohort_id", "centre_id"),
            "mentors": ("participant_id",),
            "events": ("event_id",),
            "graduations": ("participant_id",),
            "staff": ("person_id",),
        }

        assert expected == {spec.name: spec.unique.columns for spec in LISTS if spec.unique is not None}
