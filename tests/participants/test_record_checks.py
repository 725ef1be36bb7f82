"""
Tests for `sce_method.participants._record_checks` (with the specs of graduations, events, staff and their training).

Each bad input of graduations.csv, events.csv, staff.csv and
staff_training.csv is reported at its file, line and column, and the row is
not used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pendulum
import pytest

import sce_method
from sce_method.exceptions import LoadError, Problem
from sce_method.participants import Cohort, EventKind, StaffRole, read_cohort
from tests.participants.lists import leaks, write_lists

Where = tuple[str | None, int | None, int | None, tuple[str | int, ...], str]

PEOPLE: Final = (
    "participant_id,centre_id,cohort_id,enrolled_on,withdrawn_on\n"
    "P1,crea,c1,2024-06-10,\n"
    "P2,crea,c1,2024-06-10,2024-08-01\n"
    "P3,cjm-guadalajara,g1,2024-06-17,\n"
)
COHORTS: Final = (
    "cohort_id,centre_id,starts_on,ends_on\nc1,crea,2024-06-10,2024-10-11\ng1,cjm-guadalajara,2024-06-17,2024-10-11\n"
)
ATTENDANCE: Final = "participant_id,module_id,session_date,hours\nP1,alfabetizacion-digital,2024-07-01,2\n"
EVENTS: Final = (
    "event_id,date,kind,centre_id,place,description\n"
    "ceremonia,2024-10-17,ceremonia-de-graduacion,,Teatro,\n"
    "constancias,2024-10-20,entrega-de-constancias,crea,,\n"
)
STAFF: Final = "person_id,role,centre_id,unit,name\n"


def _where(problem: Problem) -> Where:
    file = None if problem.file is None else Path(problem.file).name
    return (file, problem.line, problem.column, problem.path, problem.message.key)


def _folder(tmp_path: Path, **lists: str) -> Path:
    base = {"participants": PEOPLE, "cohorts": COHORTS, "attendance": ATTENDANCE, "events": EVENTS}
    return write_lists(tmp_path, **{**base, **lists})


def _problems(tmp_path: Path, **lists: str) -> list[Where]:
    with pytest.raises(LoadError) as caught:
        read_cohort(_folder(tmp_path, **lists), sce_method.load())
    return [_where(p) for p in caught.value.problems]


def _kept(tmp_path: Path, **lists: str) -> Cohort:
    return read_cohort(_folder(tmp_path, **lists), sce_method.load(), errors="keep")


def _graduations(*rows: str) -> str:
    return "participant_id,graduated_on,event_id\n" + "".join(f"{r}\n" for r in rows)


class TestGraduations:
    def test_a_good_graduation(self, tmp_path: Path) -> None:
        """A graduation after her cohort ended, recognised at a later ceremony, is read with its line."""
        cohort = read_cohort(_folder(tmp_path, graduations=_graduations("P1,2024-10-17,ceremonia")), sce_method.load())

        expected = ("P1", pendulum.Date(2024, 10, 17), "ceremonia", 2)
        found = cohort.graduations[0]
        assert expected == (found.participant_id, found.graduated_on, found.event_id, found.line)
        assert found == cohort.record("P1").graduation

    def test_before_the_cohort_ended(self, tmp_path: Path) -> None:
        """A graduation before her cohort's last day is refused at its date."""
        expected = [("graduations.csv", 2, 2, ("graduated_on",), "participants.graduation.before_cohort_end")]

        assert expected == _problems(tmp_path, graduations=_graduations("P1,2024-10-10,"))

    def test_before_she_enrolled(self, tmp_path: Path) -> None:
        """A graduation before she enrolled is refused (and, here, before her cohort ended too)."""
        expected = [
            ("graduations.csv", 2, 2, ("graduated_on",), "participants.graduation.before_enrolment"),
            ("graduations.csv", 2, 2, ("graduated_on",), "participants.graduation.before_cohort_end"),
        ]

        assert expected == _problems(tmp_path, graduations=_graduations("P1,2024-06-01,"))

    def test_before_she_enrolled_without_cohort_dates(self, tmp_path: Path) -> None:
        """With no cohorts.csv, the enrolment date still bounds a graduation."""
        folder = write_lists(
            tmp_path, participants=PEOPLE, attendance=ATTENDANCE, graduations=_graduations("P3,2024-06-16,")
        )
        with pytest.raises(LoadError) as caught:
            read_cohort(folder, sce_method.load())

        expected = [("graduations.csv", 2, 2, ("graduated_on",), "participants.graduation.before_enrolment")]
        assert expected == [_where(p) for p in caught.value.problems]

    def test_after_she_withdrew(self, tmp_path: Path) -> None:
        """A graduation of someone who had withdrawn is refused."""
        expected = [("graduations.csv", 2, 2, ("graduated_on",), "participants.graduation.after_withdrawal")]

        assert expected == _problems(tmp_path, graduations=_graduations("P2,2024-10-17,"))

    def test_unknown_participant(self, tmp_path: Path) -> None:
        """A graduation of someone not in participants.csv is refused, without echoing the id."""
        expected = [("graduations.csv", 2, 1, ("participant_id",), "participants.cell.unknown_participant")]

        assert expected == _problems(tmp_path, graduations=_graduations("P9,2024-10-17,"))

    def test_unknown_event(self, tmp_path: Path) -> None:
        """A graduation naming an event that events.csv does not have is refused at the event."""
        expected = [("graduations.csv", 2, 3, ("event_id",), "participants.cell.unknown_event")]

        assert expected == _problems(tmp_path, graduations=_graduations("P1,2024-10-17,ceremonia-2023"))

    def test_an_event_without_events_csv(self, tmp_path: Path) -> None:
        """With no events.csv, every event named is unknown."""
        folder = write_lists(
            tmp_path,
            participants=PEOPLE,
            cohorts=COHORTS,
            attendance=ATTENDANCE,
            graduations=_graduations("P1,2024-10-17,ceremonia"),
        )
        with pytest.raises(LoadError) as caught:
            read_cohort(folder, sce_method.load())

        expected = [("graduations.csv", 2, 3, ("event_id",), "participants.cell.unknown_event")]
        assert expected == [_where(p) for p in caught.value.problems]

    def test_two_graduations_for_one_person(self, tmp_path: Path) -> None:
        """A second graduation of the same person is reported, and only the first is kept."""
        lists = {"graduations": _graduations("P1,2024-10-17,ceremonia", "P1,2024-10-18,")}

        expected = [("graduations.csv", 3, 1, ("participant_id",), "participants.graduation.twice")]
        assert (expected, [2]) == (_problems(tmp_path, **lists), [g.line for g in _kept(tmp_path, **lists).graduations])

    def test_an_event_before_the_graduation(self, tmp_path: Path) -> None:
        """An event cannot recognise a graduation recorded after it."""
        expected = [("graduations.csv", 2, 3, ("event_id",), "participants.graduation.event_before")]

        assert expected == _problems(tmp_path, graduations=_graduations("P1,2024-10-18,ceremonia"))

    def test_an_event_that_is_not_a_ceremony(self, tmp_path: Path) -> None:
        """A graduation is recognised at a graduation ceremony, not at another kind of event."""
        expected = [("graduations.csv", 2, 3, ("event_id",), "participants.graduation.not_a_ceremony")]

        assert expected == _problems(tmp_path, graduations=_graduations("P1,2024-10-17,constancias"))

    def test_a_refused_graduation_is_not_kept(self, tmp_path: Path) -> None:
        """Under errors='keep' a refused graduation is left out of the cohort, with its problem listed."""
        cohort = _kept(tmp_path, graduations=_graduations("P1,2024-10-10,", "P3,2024-10-17,"))

        expected = (["P3"], None, ["participants.graduation.before_cohort_end"])
        assert expected == (
            [g.participant_id for g in cohort.graduations],
            cohort.record("P1").graduation,
            [p.message.key for p in cohort.problems],
        )


class TestEvents:
    def test_events_are_read(self, tmp_path: Path) -> None:
        """events.csv gives each event's day, kind, centre and place."""
        cohort = read_cohort(_folder(tmp_path), sce_method.load())

        expected = [
            ("ceremonia", pendulum.Date(2024, 10, 17), EventKind.GRADUATION_CEREMONY, None, "Teatro"),
            ("constancias", pendulum.Date(2024, 10, 20), EventKind.CERTIFICATES, "crea", None),
        ]
        assert expected == [(e.id, e.date, e.kind, e.centre_id, e.place) for e in cohort.events]

    def test_an_unknown_kind(self, tmp_path: Path) -> None:
        """A kind outside the closed set is refused, with the closest one suggested."""
        events = "event_id,date,kind\nx,2024-10-17,ceremonia-de-graduacio\n"

        expected = [("events.csv", 2, 3, ("kind",), "participants.cell.unknown_suggest")]
        assert expected == _problems(tmp_path, events=events)

    def test_an_event_twice(self, tmp_path: Path) -> None:
        """Two events with one id are reported."""
        events = "event_id,date,kind\nx,2024-10-17,otro\nx,2024-10-18,otro\n"

        expected = [("events.csv", 3, 1, ("event_id",), "participants.event.duplicate")]
        assert expected == _problems(tmp_path, events=events)


class TestIds:
    @pytest.mark.parametrize(
        ("lists", "where"),
        [
            ({"events": "event_id,date,kind\nceremonia 17,2024-10-17,otro\n"}, ("events.csv", 2, 1, ("event_id",))),
            ({"staff": STAFF + "Fé1,facilitadora,crea,,\n"}, ("staff.csv", 2, 1, ("person_id",))),
        ],
        ids=["event", "person"],
    )
    def test_an_id_that_is_not_an_id(self, tmp_path: Path, lists: dict[str, str], where: Where) -> None:
        """An event's or a person's id follows the cohort folder's id pattern, like every other id cell."""
        expected = [(*where[:4], "participants.cell.invalid_id")]

        assert expected == _problems(tmp_path, **lists)


class TestStaff:
    def test_staff_are_read_with_their_personal_data_hidden(self, tmp_path: Path) -> None:
        """A staff member's role, centre or unit are read; her name is kept and never shown."""
        staff = STAFF + "F1,facilitadora,crea,,Persona Inventada\nO1,funcionaria,,Nodo CDM,\n"
        cohort = read_cohort(_folder(tmp_path, staff=staff), sce_method.load())

        expected = [("F1", StaffRole.FACILITATOR, "crea", None), ("O1", StaffRole.PUBLIC_OFFICIAL, None, "Nodo CDM")]
        assert expected == [(s.id, s.role, s.centre_id, s.unit) for s in cohort.staff]
        assert cohort.staff[0].personal.name == "Persona Inventada"
        assert not leaks(repr(cohort.staff), frozenset({"Persona Inventada"}))

    def test_neither_centre_nor_unit(self, tmp_path: Path) -> None:
        """A staff member must be at a centre or in a unit."""
        expected = [("staff.csv", 2, 3, ("centre_id",), "participants.staff.no_place")]

        assert expected == _problems(tmp_path, staff=STAFF + "F1,facilitadora,,,\n")

    def test_a_participant_at_the_same_centre_is_allowed(self, tmp_path: Path) -> None:
        """A facilitator who also took the sessions at her own centre (seed §VI) is both staff and participant."""
        cohort = read_cohort(_folder(tmp_path, staff=STAFF + "P3,facilitadora,cjm-guadalajara,,\n"), sce_method.load())

        expected = ["P3"]
        assert expected == [s.id for s in cohort.staff]

    def test_a_participant_at_another_centre_is_refused(self, tmp_path: Path) -> None:
        """One id as a participant of CREA and staff of a CJM is refused: it more likely names two people."""
        lists = {"staff": STAFF + "P1,facilitadora,cjm-guadalajara,,\n"}

        expected = [("staff.csv", 2, 3, ("centre_id",), "participants.staff.other_centre")]
        assert (expected, ()) == (_problems(tmp_path, **lists), _kept(tmp_path, **lists).staff)

    def test_a_participant_in_a_unit_is_allowed(self, tmp_path: Path) -> None:
        """A participant who is staff in a unit (no centre) has no centre to conflict with."""
        cohort = read_cohort(
            _folder(tmp_path, staff=STAFF + "P1,mentora-coordinadora,,Dirección,\n"), sce_method.load()
        )

        expected = [StaffRole.MENTOR_COORDINATOR]
        assert expected == [s.role for s in cohort.staff]

    def test_a_refused_value_is_not_repeated(self, tmp_path: Path) -> None:
        """staff.csv has personal columns: a refused cell's value is not echoed (it may be a shifted name)."""
        with pytest.raises(LoadError) as caught:
            read_cohort(_folder(tmp_path, staff=STAFF + "F1,Persona Inventada,crea,,\n"), sce_method.load())

        assert not leaks(str(caught.value), frozenset({"Persona Inventada"}))


class TestStaffTraining:
    HEADER: Final = "person_id,training_id,session_date,hours\n"
    STAFF: Final = STAFF + "F1,facilitadora,cjm-guadalajara,,\n"

    def test_sessions_are_read(self, tmp_path: Path) -> None:
        """Each session names a person of staff.csv and one of the methodology's staff trainings."""
        training = self.HEADER + "F1,transferencia-metodologica-facilitadoras,2024-07-01,4\n"
        cohort = read_cohort(_folder(tmp_path, staff=self.STAFF, staff_training=training), sce_method.load())

        expected = [("F1", "transferencia-metodologica-facilitadoras", pendulum.Date(2024, 7, 1), 4.0)]
        assert expected == [(s.person_id, s.training_id, s.session_date, s.hours) for s in cohort.staff_training]

    def test_an_unknown_training(self, tmp_path: Path) -> None:
        """Hours of a training the methodology does not have are refused, with the closest id suggested."""
        training = self.HEADER + "F1,transferencia-metodologica,2024-07-01,4\n"

        expected = [("staff_training.csv", 2, 2, ("training_id",), "participants.cell.unknown_suggest")]
        assert expected == _problems(tmp_path, staff=self.STAFF, staff_training=training)

    def test_an_unknown_person(self, tmp_path: Path) -> None:
        """Hours of someone not in staff.csv are refused."""
        training = self.HEADER + "F9,asesoria-edapp,2024-07-01,4\n"

        expected = [("staff_training.csv", 2, 1, ("person_id",), "participants.cell.unknown_staff")]
        assert expected == _problems(tmp_path, staff=self.STAFF, staff_training=training)

    def test_negative_hours(self, tmp_path: Path) -> None:
        """Hours cannot be negative."""
        training = self.HEADER + "F1,asesoria-edapp,2024-07-01,-4\n"

        expected = [("staff_training.csv", 2, 4, ("hours",), "core.value.negative")]
        assert expected == _problems(tmp_path, staff=self.STAFF, staff_training=training)
