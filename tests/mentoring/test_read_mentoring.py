"""Tests for the mentoring lists of `sce_method.participants.read_cohort`: mentors, assignments, mentoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from sce_method.exceptions import LoadError
from sce_method.graduation import Status, evaluate
from sce_method.mentoring import mentoring_report
from sce_method.participants import TABLES, Assignment, MentoringEntry, MentorTraining
from tests.graduation.rules import mentoring as mentoring_sessions
from tests.graduation.rules import with_rule
from tests.mentoring.cohorts import (
    AS_OF,
    ASSIGNMENTS,
    MENTORS,
    SESSIONS,
    D,
    Where,
    bundled,
    folder,
    read,
    where,
)


def _refused(path: Path) -> list[Where]:
    with pytest.raises(LoadError) as caught:
        read(path)
    return [where(p) for p in caught.value.problems]


class TestTables:
    def test_mentors_columns(self) -> None:
        """mentors.csv: participant_id and trained_on, both required; the list itself optional."""
        expected = (("participant_id", "trained_on"), False)

        assert expected == (TABLES["mentors"].allowed, TABLES["mentors"].required)

    def test_assignments_columns(self) -> None:
        """assignments.csv: mentor, mentee and start required, the end optional."""
        expected = (("mentor_id", "mentee_id", "starts_on"), ("ends_on",))

        assert expected == (TABLES["assignments"].columns, TABLES["assignments"].optional)

    def test_mentoring_columns(self) -> None:
        """mentoring.csv: mentor, mentee, date and hours required, the topic optional."""
        expected = (("mentor_id", "mentee_id", "session_date", "hours"), ("topic",))

        assert expected == (TABLES["mentoring"].columns, TABLES["mentoring"].optional)


class TestMentorsList:
    def test_rows(self, tmp_path: Path) -> None:
        """Each row is a training with its file and line."""
        expected = [("M1", D(2024, 8, 1), "mentors.csv", 2), ("G1", D(2024, 8, 1), "mentors.csv", 4)]

        trainings = read(folder(tmp_path)).mentor_trainings
        assert expected == [
            (t.participant_id, t.trained_on, Path(t.file or "").name, t.line) for t in (trainings[0], trainings[2])
        ]

    def test_absent(self, tmp_path: Path) -> None:
        """With no mentors.csv there are no trainings, and no problem."""
        expected: tuple[MentorTraining, ...] = ()

        path = folder(tmp_path)
        (path / "mentors.csv").unlink()
        assert expected == read(path).mentor_trainings

    def test_unknown_participant(self, tmp_path: Path) -> None:
        """A mentor id that is not a participant is reported at its cell."""
        expected = [("mentors.csv", 5, 1, ("participant_id",), "participants.cell.unknown_participant")]

        assert expected == _refused(folder(tmp_path, mentors=MENTORS + "X9,2024-08-01\n"))

    def test_bad_date(self, tmp_path: Path) -> None:
        """A training date that is not a date is reported at its cell."""
        expected = [("mentors.csv", 5, 2, ("trained_on",), "core.load.invalid_date")]

        assert expected == _refused(folder(tmp_path, mentors=MENTORS + "P1,01/08/2024\n"))

    def test_duplicate(self, tmp_path: Path) -> None:
        """A mentor listed twice is reported on the second row, which names the first line."""
        expected = [("mentors.csv", 5, 1, ("participant_id",), "participants.mentoring.duplicate_mentor", 2)]

        problems = read(folder(tmp_path, mentors=MENTORS + "M1,2024-09-01\n"), errors="keep").problems
        assert expected == [(*where(p), p.message.params["first"]) for p in problems]

    def test_duplicate_not_counted_twice(self, tmp_path: Path) -> None:
        """The duplicate row is dropped: the report's trained count and M1's training date stay the same."""
        expected = (3, D(2024, 8, 1))

        cohort = read(folder(tmp_path, mentors=MENTORS + "M1,2024-09-01\n"), errors="keep")
        report = mentoring_report(bundled(), cohort, AS_OF)
        assert expected == (report.trained, cohort.mentor_trainings[0].trained_on)

    def test_duplicate_same_as_without(self, tmp_path: Path) -> None:
        """The report on a list with a duplicate row equals the report on the list without it."""
        expected = mentoring_report(bundled(), read(folder(tmp_path / "a")), AS_OF).figures()

        doubled = read(folder(tmp_path / "b", mentors=MENTORS + "G1,2024-08-01\n"), errors="keep")
        assert expected == mentoring_report(bundled(), doubled, AS_OF).figures()


class TestAssignmentsList:
    def test_rows(self, tmp_path: Path) -> None:
        """Each row is an assignment with its file and line; a blank end is None."""
        expected = [
            (Assignment(mentor_id="M1", mentee_id="P1", starts_on=D(2024, 9, 1)), "assignments.csv", 2),
            (
                Assignment(mentor_id="M2", mentee_id="P2", starts_on=D(2024, 9, 1), ends_on=D(2024, 10, 1)),
                "assignments.csv",
                3,
            ),
        ]

        rows = ASSIGNMENTS + "M1,P1,2024-09-01,\nM2,P2,2024-09-01,2024-10-01\n"
        found = read(folder(tmp_path, assignments=rows)).assignments
        assert expected == [(a, Path(a.file or "").name, a.line) for a in found]

    def test_without_end_column(self, tmp_path: Path) -> None:
        """The ends_on column may be left out."""
        expected = (None,)

        found = read(folder(tmp_path, assignments="mentor_id,mentee_id,starts_on\nM1,P1,2024-09-01\n")).assignments
        assert expected == tuple(a.ends_on for a in found)

    def test_unknown_mentor(self, tmp_path: Path) -> None:
        """A mentor id that is not a participant is reported at its cell."""
        expected = [("assignments.csv", 2, 1, ("mentor_id",), "participants.cell.unknown_participant")]

        assert expected == _refused(folder(tmp_path, assignments=ASSIGNMENTS + "X9,P1,2024-09-01,\n"))

    def test_unknown_mentee(self, tmp_path: Path) -> None:
        """A mentee id that is not a participant is reported at its cell."""
        expected = [("assignments.csv", 2, 2, ("mentee_id",), "participants.cell.unknown_participant")]

        assert expected == _refused(folder(tmp_path, assignments=ASSIGNMENTS + "M1,X9,2024-09-01,\n"))


class TestMentoringList:
    def test_rows(self, tmp_path: Path) -> None:
        """Each row is an entry with its file and line; a blank topic is None."""
        expected = [
            (MentoringEntry(mentor_id="M1", mentee_id="P1", session_date=D(2024, 9, 5), hours=1.5, topic="ahorro"), 2),
            (MentoringEntry(mentor_id="M1", mentee_id="P2", session_date=D(2024, 9, 6), hours=2.0), 3),
        ]

        rows = SESSIONS + "M1,P1,2024-09-05,1.5,ahorro\nM1,P2,2024-09-06,2,\n"
        assert expected == [(e, e.line) for e in read(folder(tmp_path, mentoring=rows)).mentoring]

    def test_unknown_mentor(self, tmp_path: Path) -> None:
        """A mentor id that is not a participant is reported at its cell."""
        expected = [("mentoring.csv", 2, 1, ("mentor_id",), "participants.cell.unknown_participant")]

        assert expected == _refused(folder(tmp_path, mentoring=SESSIONS + "X9,P1,2024-09-05,1,\n"))

    def test_unknown_mentor_not_echoed(self, tmp_path: Path) -> None:
        """The unknown mentor id is not repeated in the message: a mistyped id may be a name."""
        expected: list[str] = []

        with pytest.raises(LoadError) as caught:
            read(folder(tmp_path, mentoring=SESSIONS + "Ana Pérez,P1,2024-09-05,1,\n"))
        rendered = [p.render(lang) for p in caught.value.problems for lang in ("es", "en")]
        assert expected == [line for line in rendered if "Ana" in line]

    def test_no_mentee(self, tmp_path: Path) -> None:
        """A session with no mentee is reported at the mentee_id cell, in those words."""
        expected = [("mentoring.csv", 2, 2, ("mentee_id",), "participants.mentoring.no_mentee")]

        assert expected == _refused(folder(tmp_path, mentoring=SESSIONS + "M1,,2024-09-05,1,ahorro\n"))

    def test_negative_hours(self, tmp_path: Path) -> None:
        """Negative hours are reported at the hours cell."""
        expected = [("mentoring.csv", 3, 4, ("hours",), "core.value.negative")]

        rows = SESSIONS + "M1,P1,2024-09-05,1,\nM1,P2,2024-09-05,-2,\n"
        assert expected == _refused(folder(tmp_path, mentoring=rows))

    def test_bad_rows_dropped_when_kept(self, tmp_path: Path) -> None:
        """With errors="keep", the bad rows are left out and the good ones read."""
        expected = (("P2",), 2)

        rows = SESSIONS + "M1,,2024-09-05,1,\nM1,P2,2024-09-05,1,\nX9,P1,2024-09-05,1,\n"
        cohort = read(folder(tmp_path, mentoring=rows), errors="keep")
        assert expected == (tuple(e.mentee_id for e in cohort.mentoring), len(cohort.problems))

    def test_every_problem_collected(self, tmp_path: Path) -> None:
        """Problems in the three lists are all reported, in reading order (mentors, assignments, mentoring)."""
        expected = [
            ("mentors.csv", 5, 1, ("participant_id",), "participants.mentoring.duplicate_mentor"),
            ("assignments.csv", 2, 2, ("mentee_id",), "participants.cell.unknown_participant"),
            ("mentoring.csv", 2, 4, ("hours",), "core.value.negative"),
        ]

        path = folder(
            tmp_path,
            mentors=MENTORS + "M2,2024-08-02\n",
            assignments=ASSIGNMENTS + "M1,X9,2024-09-01,\n",
            mentoring=SESSIONS + "M1,P1,2024-09-05,-1,\n",
        )
        assert expected == _refused(path)


class TestGraduationLink:
    def test_mentoring_sessions_criterion(self, tmp_path: Path) -> None:
        """A MentoringSessions criterion is evaluated from mentoring.csv: mentees with two sessions pass."""
        expected = {"P1": Status.ELIGIBLE, "P2": Status.NOT_ELIGIBLE, "P3": Status.NOT_ELIGIBLE}

        rows = SESSIONS + "M1,P1,2024-09-05,1,\nM1,P2,2024-09-05,1,\nM1,P1,2024-09-12,1,\nM2,P3,2024-10-30,1,\n"
        cohort = read(folder(tmp_path, mentoring=rows))
        methodology = with_rule(mentoring_sessions("mentoria", 2))
        assert expected == {pid: evaluate(methodology, cohort.record(pid), AS_OF).status for pid in expected}

    def test_sessions_counted_by_day(self, tmp_path: Path) -> None:
        """Two rows on one day (two topics) count as one session received."""
        expected = Status.NOT_ELIGIBLE

        rows = SESSIONS + "M1,P1,2024-09-05,1,ahorro\nM2,P1,2024-09-05,1,empleo\n"
        cohort = read(folder(tmp_path, mentoring=rows))
        methodology = with_rule(mentoring_sessions("mentoria", 2))
        assert expected == evaluate(methodology, cohort.record("P1"), AS_OF).status
