"""Tests for `sce_method.participants._lists`: the specs of the cohort folder's lists."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import sce_method
from sce_method import message
from sce_method.exceptions import LoadError, Problem
from sce_method.participants import LISTS, TABLES, Cohort, read_cohort
from sce_method.participants._parsers import Reference
from tests.participants.lists import ATTENDANCE, PARTICIPANTS, write_lists

Where = tuple[str | None, int | None, int | None, tuple[str | int, ...], str]

COHORTS = "cohort_id,centre_id,starts_on,ends_on\nc1,crea,2024-06-01,2024-12-01\n"
"""A cohorts list with the cohort of `PARTICIPANTS`."""


def _problems(folder: Path) -> list[Problem]:
    with pytest.raises(LoadError) as caught:
        read_cohort(folder, sce_method.load())
    return list(caught.value.problems)


def _where(problem: Problem) -> Where:
    """A problem's file name, line, column, path and message key."""
    file = None if problem.file is None else Path(problem.file).name
    return (file, problem.line, problem.column, problem.path, problem.message.key)


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


class TestIds:
    @pytest.mark.parametrize(
        "ident",
        ["\u04200071", "P0071\u200b", "P007\u0661", "Ana María López"],
        ids=["cyrillic", "zero-width-space", "arabic-indic-digit", "a-name"],
    )
    def test_an_id_that_only_looks_like_one_is_refused(self, tmp_path: Path, ident: str) -> None:
        """P0071 and a look-alike are not two people: the look-alike is refused at its cell, and not shown."""
        participants = PARTICIPANTS + f"P0071,crea,c1,2024-06-10\n{ident},crea,c1,2024-06-10\n"
        problems = _problems(write_lists(tmp_path, participants=participants, attendance=ATTENDANCE))

        expected = (
            [("participants.csv", 5, 1, ("participant_id",), "participants.cell.invalid_id")],
            {"value": message("participants.cell.hidden")},
            False,
        )
        assert expected == (
            [_where(p) for p in problems],
            dict(problems[0].message.params),
            ident in "\n".join(p.render(lang) for p in problems for lang in ("es", "en")),
        )

    @pytest.mark.parametrize(
        ("lists", "where"),
        [
            ({"cohorts": COHORTS + "c\u00ed,crea,2024-06-01,2024-12-01\n"}, "cohorts.csv"),
            ({"follow_up": "participant_id,recorded_on\nP\u200b1,2024-08-01\n"}, "follow_up.csv"),
            ({"mentoring": "mentor_id,mentee_id,session_date,hours\nP1,P\uff12,2024-08-01,1\n"}, "mentoring.csv"),
        ],
    )
    def test_every_id_column_of_every_list(self, tmp_path: Path, lists: dict[str, str], where: str) -> None:
        """The id rule holds in every list: a cohort, a participant named by another list, a mentee."""
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE, **lists)

        expected = [(where, "participants.cell.invalid_id")]
        assert expected == [(_where(p)[0], p.message.key) for p in _problems(folder)]

    def test_every_id_column_holds_ids(self) -> None:
        """Each list's ``*_id`` column is an id cell (the spec refuses any other)."""
        expected: list[str] = []

        patterns = {"[A-Za-z0-9_-]+", sce_method.SLUG.pattern}
        assert expected == [
            f"{spec.name}.{c.name}"
            for spec in LISTS
            for c in spec.columns
            if c.name.endswith("_id") and c.cell.schema.pattern not in patterns and c.cell.schema.references is None
        ]

    def test_an_unlisted_cohort_is_not_named(self, tmp_path: Path) -> None:
        """The unlisted-cohort problem is on the participants list, whose values are never repeated."""
        participants = PARTICIPANTS + "P3,crea,Maria,2024-06-10\n"
        folder = write_lists(tmp_path, participants=participants, attendance=ATTENDANCE, cohorts=COHORTS)
        problems = _problems(folder)

        expected = ([("participants.csv", 4, 3, ("cohort_id",), "participants.cohort.unlisted")], False)
        assert expected == ([_where(p) for p in problems], "Maria" in "".join(p.render("es") for p in problems))
