"""Tests for `sce_method.serialization._datapackage`: the cohort folder as a Frictionless Data Package."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Final

import frictionless
import pytest

from sce_method._core import Delivery
from sce_method.participants import LISTS, PERSONAL_FIELDS
from sce_method.serialization import data_package
from tests.participants.lists import EXAMPLE

PARTICIPANTS: Final = "participant_id,centre_id,cohort_id,enrolled_on\nP1,crea,crea-2024-1,2024-06-10\n"
ATTENDANCE: Final = "participant_id,module_id,session_date,hours\nP1,desarrollo-humano,2024-07-01,2\n"


def resource(name: str) -> dict[str, Any]:
    """The package's resource for the list *name*."""
    found = [r for r in _resources(data_package()) if r["name"] == name]
    assert len(found) == 1
    return found[0]


def _resources(package: dict[str, object]) -> list[dict[str, Any]]:
    resources = package["resources"]
    assert isinstance(resources, list)
    return resources


def present(folder: Path) -> dict[str, object]:
    """The package for *folder*: without the resources whose files it does not have (how docs say to validate)."""
    package = data_package()
    package["resources"] = [r for r in _resources(package) if (folder / r["path"]).exists()]
    return package


def problems(folder: Path, package: dict[str, object] | None = None) -> list[tuple[str, str]]:
    """Each problem frictionless finds in *folder*: its list and its type."""
    report = frictionless.Package(package or present(folder), basepath=str(folder)).validate()
    return sorted({(task.name, error.type) for task in report.tasks for error in task.errors})


def folder(tmp_path: Path, **lists: str) -> Path:
    """A cohort folder holding *lists* (name -> CSV text)."""
    for name, text in lists.items():
        (tmp_path / f"{name}.csv").write_text(text, encoding="utf-8")
    return tmp_path


class TestMapping:
    def test_a_resource_per_list(self) -> None:
        """Each list is a tabular CSV resource, in reading order, that says whether the folder must have it."""
        expected = [(s.name, f"{s.name}.csv", "tabular-data-resource", "utf-8", s.required) for s in LISTS]

        assert expected == [
            (r["name"], r["path"], r["profile"], r["encoding"], r["sce:required"]) for r in _resources(data_package())
        ]

    def test_fields(self) -> None:
        """Columns keep their order, type and requirement; personal ones are marked."""
        fields = resource("participants")["schema"]["fields"]

        expected = [
            ("participant_id", "string", True, False),
            ("centre_id", "string", True, False),
            ("cohort_id", "string", True, False),
            ("enrolled_on", "date", True, False),
            ("withdrawn_on", "date", False, False),
            *((name, "string", False, True) for name in PERSONAL_FIELDS),
        ]
        assert expected == [
            (f["name"], f["type"], f.get("constraints", {}).get("required", False), f.get("sce:personal", False))
            for f in fields
        ]

    def test_choices_ids_and_hours(self) -> None:
        """A fixed choice is an enum, a methodology id a slug of its vocabulary, hours a number >= 0."""
        fields = {f["name"]: f for f in resource("attendance")["schema"]["fields"]}

        expected = ([d.value for d in Delivery], "module", "[a-z0-9]+(?:-[a-z0-9]+)*", ("number", 0))
        assert expected == (
            fields["mode"]["constraints"]["enum"],
            fields["module_id"]["sce:vocabulary"],
            fields["module_id"]["constraints"]["pattern"],
            (fields["hours"]["type"], fields["hours"]["constraints"]["minimum"]),
        )

    def test_keys(self) -> None:
        """Unique keys are primary keys; references are foreign keys to the participants list."""
        to_participants = {"resource": "participants", "fields": ["participant_id"]}

        expected = (
            ["participant_id"],
            ["cohort_id", "centre_id"],
            [
                {"fields": ["mentor_id"], "reference": to_participants},
                {"fields": ["mentee_id"], "reference": to_participants},
            ],
        )
        assert expected == (
            resource("participants")["schema"]["primaryKey"],
            resource("cohorts")["schema"]["primaryKey"],
            resource("mentoring")["schema"]["foreignKeys"],
        )


class TestFrictionless:
    def test_the_package_descriptor_is_valid(self) -> None:
        """Frictionless finds no error in the descriptor itself."""
        expected: list[object] = []

        assert expected == frictionless.Package.validate_descriptor(data_package()).errors

    def test_example_cohort(self) -> None:
        """The small example cohort folder is valid once the lists it does not keep are left out."""
        expected: list[tuple[str, str]] = []

        assert expected == problems(EXAMPLE)

    def test_example_with_the_records(self) -> None:
        """The jalisco-2024 example, with graduations, events, staff and their training, is valid."""
        folder = EXAMPLE.parent / "jalisco-2024"
        names = {r["name"] for r in _resources(present(folder))}

        expected: tuple[list[tuple[str, str]], bool] = ([], True)
        assert expected == (problems(folder), {"graduations", "events", "staff", "staff_training"} <= names)

    def test_without_optional_lists(self, tmp_path: Path) -> None:
        """A folder with only the required lists is valid once the absent resources are left out, not before."""
        cohort = folder(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE)

        expected: tuple[list[tuple[str, str]], set[str]] = ([], {"scheme-error"})
        assert expected == (problems(cohort), {kind for _, kind in problems(cohort, data_package())})

    @pytest.mark.parametrize(
        ("participants", "attendance", "expected"),
        [
            (PARTICIPANTS.replace(",crea,", ",CREA,"), ATTENDANCE, [("participants", "constraint-error")]),
            (PARTICIPANTS.replace("2024-06-10", "10/06/2024"), ATTENDANCE, [("participants", "type-error")]),
            (PARTICIPANTS, ATTENDANCE.replace(",2\n", ",-2\n"), [("attendance", "constraint-error")]),
            (PARTICIPANTS, ATTENDANCE.replace(",2\n", ",2,cocina\n").replace("hours\n", "hours,mode\n"),
             [("attendance", "constraint-error")]),
            (PARTICIPANTS, ATTENDANCE.replace("P1,", "P2,"), [("attendance", "foreign-key")]),
            (PARTICIPANTS + "P1,crea,crea-2024-1,2024-06-11\n", ATTENDANCE, [("participants", "primary-key")]),
            (PARTICIPANTS.replace(",cohort_id", ",cohorte").replace(",crea-2024-1", ",x"), ATTENDANCE,
             [("participants", "extra-label"), ("participants", "missing-label")]),
        ],
        ids=["id not a slug", "date not ISO", "negative hours", "not a choice", "unknown participant",
             "repeated participant", "unknown column instead of a required one"],
    )  # fmt: skip
    def test_bad_folders(self, tmp_path: Path, participants: str, attendance: str, expected: object) -> None:
        """What the reader refuses in a cell, a key or a header, frictionless refuses too."""
        assert expected == problems(folder(tmp_path, participants=participants, attendance=attendance))

    def test_optional_column_may_be_absent(self, tmp_path: Path) -> None:
        """Columns are matched by name, and an optional one may be left out (the example has no email column)."""
        shutil.copy(EXAMPLE / "participants.csv", tmp_path / "participants.csv")
        header = (tmp_path / "participants.csv").read_text(encoding="utf-8").splitlines()[0]

        expected: tuple[bool, list[tuple[str, str]]] = (False, [])
        assert expected == ("email" in header, problems(folder(tmp_path, attendance=_attendance_of(tmp_path))))


def _attendance_of(cohort: Path) -> str:
    """An attendance list naming the first participant of *cohort*'s participants.csv."""
    first = (cohort / "participants.csv").read_text(encoding="utf-8").splitlines()[1].split(",")[0]
    return ATTENDANCE.replace("P1,", f"{first},")
