"""Tests for `sce_method.mentoring._validate`: sessions, eligible mentors, and every problem with its file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Final

import attrs
import pytest

from sce_method import as_date
from sce_method.cli import main
from sce_method.mentoring import MentoringSession, eligible_mentors, sessions_of, validate_mentoring
from sce_method.methodology import Methodology
from sce_method.participants import Cohort, Completion
from tests.mentoring.cohorts import (
    ASSIGNMENTS,
    ATTENDANCE,
    SESSIONS,
    D,
    Where,
    bundled,
    cohort,
    folder,
    meeting,
    person,
    prerequisite_hours,
    read,
    training,
    where,
    with_policy,
)
from tests.participants.lists import EXAMPLE


def _problems(path: Path, methodology: Methodology | None = None) -> list[Where]:
    return [where(p) for p in validate_mentoring(methodology or bundled(), read(path))]


def _check(tmp_path: Path, methodology: Methodology | None = None, **lists: str) -> list[Where]:
    """The mentoring problems of the standard cohort folder with *lists* (rows after their headers)."""
    headers = {"assignments": ASSIGNMENTS, "mentoring": SESSIONS}
    return _problems(folder(tmp_path, **{k: headers[k] + v for k, v in lists.items()}), methodology)


class TestValidateMentoring:
    def test_clean(self, tmp_path: Path) -> None:
        """A trained mentor, a mentee of her centre, a session within the assignment: no problem."""
        expected: list[Where] = []

        assert expected == _check(tmp_path, assignments="M1,P1,2024-09-01,\n", mentoring="M1,P1,2024-09-05,1,\n")

    def test_self_session(self, tmp_path: Path) -> None:
        """A mentor meeting herself is reported at the mentee of that row of mentoring.csv."""
        expected = [("mentoring.csv", 3, None, ("mentee_id",), "mentoring.self")]

        assert expected == _check(tmp_path, mentoring="M1,P1,2024-09-05,1,\nM1,M1,2024-09-05,1,\n")

    def test_self_assignment(self, tmp_path: Path) -> None:
        """A mentor assigned to herself is reported at the mentee of that row of assignments.csv."""
        expected = [("assignments.csv", 2, None, ("mentee_id",), "mentoring.self")]

        assert expected == _check(tmp_path, assignments="M1,M1,2024-09-01,\n")

    def test_untrained_on_the_date(self, tmp_path: Path) -> None:
        """A session before the mentor's training is reported, with both dates."""
        expected = [("mentoring.csv", 2, None, ("mentor_id",), "mentoring.untrained", "2024-07-15", "2024-08-01")]

        found = validate_mentoring(bundled(), read(folder(tmp_path, mentoring=SESSIONS + "M1,P1,2024-07-15,1,\n")))
        assert expected == [(*where(p), str(p.message.params["date"]), str(p.message.params["trained"])) for p in found]

    def test_trained_on_the_day(self, tmp_path: Path) -> None:
        """A session on the very day of the training is fine."""
        expected: list[Where] = []

        assert expected == _check(tmp_path, mentoring="M1,P1,2024-08-01,1,\n")

    def test_never_trained(self, tmp_path: Path) -> None:
        """A session led by someone not in mentors.csv is reported, her training shown as a dash."""
        expected = [("mentoring.csv", 2, None, ("mentor_id",), "mentoring.untrained", "—")]

        found = validate_mentoring(bundled(), read(folder(tmp_path, mentoring=SESSIONS + "P2,P1,2024-09-05,1,\n")))
        assert expected == [(*where(p), p.message.params["trained"]) for p in found]

    def test_over_capacity(self, tmp_path: Path) -> None:
        """With a capacity of 2, each of three assignments starting together is reported, with count and limit."""
        expected = [
            ("assignments.csv", line, None, ("mentor_id",), "mentoring.over_capacity", 3, 2) for line in (2, 3, 4)
        ]

        path = folder(tmp_path, assignments=ASSIGNMENTS + "M1,P1,2024-09-01,\nM1,P2,2024-09-01,\nM1,P3,2024-09-01,\n")
        found = validate_mentoring(with_policy(max_mentees=2), read(path))
        assert expected == [(*where(p), p.message.params["count"], p.message.params["limit"]) for p in found]

    def test_over_capacity_later(self, tmp_path: Path) -> None:
        """Capacity is counted where each assignment starts: the third one, while two others run, is reported."""
        expected = [("assignments.csv", 4, None, ("mentor_id",), "mentoring.over_capacity")]

        rows = "M1,P1,2024-09-01,\nM1,P2,2024-09-01,\nM1,P3,2024-10-01,\n"
        assert expected == _check(tmp_path, with_policy(max_mentees=2), assignments=rows)

    def test_ended_assignments_free_capacity(self, tmp_path: Path) -> None:
        """An assignment that ended before another starts does not count towards the capacity."""
        expected: list[Where] = []

        rows = "M1,P1,2024-09-01,2024-09-10\nM1,P2,2024-09-15,\nM1,P3,2024-09-15,\n"
        assert expected == _check(tmp_path, with_policy(max_mentees=2), assignments=rows)

    def test_bundled_capacity_of_five(self, tmp_path: Path) -> None:
        """Under the bundled policy, a mentor may take five at once; a sixth is over capacity."""
        expected = [("assignments.csv", 7, None, ("mentor_id",), "mentoring.over_capacity")]

        people = "participant_id,centre_id,cohort_id,enrolled_on\n" + "".join(
            f"{pid},crea,c1,2024-06-10\n" for pid in ("M1", "A1", "A2", "A3", "A4", "A5", "A6")
        )
        rows = "".join(f"M1,A{n},2024-09-0{n},\n" for n in range(1, 7))
        lists = {"mentors": "participant_id,trained_on\nM1,2024-08-01\n", "attendance": ATTENDANCE.splitlines()[0]}
        path = folder(tmp_path, participants=people, assignments=ASSIGNMENTS + rows, **lists)
        assert expected == _problems(path)

    def test_other_centre_assignment(self, tmp_path: Path) -> None:
        """A mentor of CJM Guadalajara assigned a CREA participant is reported at the mentee."""
        expected = [("assignments.csv", 2, None, ("mentee_id",), "mentoring.other_centre")]

        assert expected == _check(tmp_path, assignments="G1,P1,2024-09-01,\n")

    def test_other_centre_session(self, tmp_path: Path) -> None:
        """A session across centres is reported at the mentee."""
        expected = [("mentoring.csv", 2, None, ("mentee_id",), "mentoring.other_centre")]

        assert expected == _check(tmp_path, mentoring="G1,P1,2024-09-05,1,\n")

    def test_other_centre_allowed(self, tmp_path: Path) -> None:
        """With same_centre turned off, mentor and mentee may be of different centres."""
        expected: list[Where] = []

        allowed = with_policy(same_centre=False)
        assert expected == _check(
            tmp_path, allowed, assignments="G1,P1,2024-09-01,\n", mentoring="G1,P1,2024-09-05,1,\n"
        )

    def test_outside_assignment(self, tmp_path: Path) -> None:
        """A session after the assignment ended is reported at its date."""
        expected = [("mentoring.csv", 3, None, ("session_date",), "mentoring.outside_assignment")]

        sessions = "M1,P1,2024-09-30,1,\nM1,P1,2024-10-01,1,\n"
        assert expected == _check(tmp_path, assignments="M1,P1,2024-09-01,2024-09-30\n", mentoring=sessions)

    def test_before_assignment(self, tmp_path: Path) -> None:
        """A session before the assignment starts is outside it too."""
        expected = [("mentoring.csv", 2, None, ("session_date",), "mentoring.outside_assignment")]

        assert expected == _check(tmp_path, assignments="M1,P1,2024-09-01,\n", mentoring="M1,P1,2024-08-20,1,\n")

    def test_session_with_another_mentor(self, tmp_path: Path) -> None:
        """A session with a mentor other than the assigned one falls outside any assignment of that pair."""
        expected = [("mentoring.csv", 2, None, ("session_date",), "mentoring.outside_assignment")]

        assert expected == _check(tmp_path, assignments="M1,P1,2024-09-01,\n", mentoring="M2,P1,2024-09-05,1,\n")

    def test_no_assignments_list(self, tmp_path: Path) -> None:
        """Without assignments.csv, sessions are not checked against assignment periods."""
        expected: list[Where] = []

        assert expected == _check(tmp_path, mentoring="M2,P1,2024-09-05,1,\n")

    def test_overlap(self, tmp_path: Path) -> None:
        """One mentee with two mentors over overlapping dates: reported at the second row, naming the first's line."""
        expected = [("assignments.csv", 3, None, ("mentor_id",), "mentoring.overlap", 2)]

        path = folder(tmp_path, assignments=ASSIGNMENTS + "M1,P1,2024-09-01,2024-09-30\nM2,P1,2024-09-30,\n")
        found = validate_mentoring(bundled(), read(path))
        assert expected == [(*where(p), p.message.params["first_line"]) for p in found]

    def test_one_after_the_other(self, tmp_path: Path) -> None:
        """A mentee may change mentor: periods that do not share a day do not overlap."""
        expected: list[Where] = []

        assert expected == _check(tmp_path, assignments="M1,P1,2024-09-01,2024-09-30\nM2,P1,2024-10-01,\n")

    def test_same_mentor_twice(self, tmp_path: Path) -> None:
        """The same mentor listed twice for one mentee over overlapping dates is not an overlap."""
        expected: list[Where] = []

        assert expected == _check(tmp_path, assignments="M1,P1,2024-09-01,\nM1,P1,2024-09-15,\n")

    def test_without_policy(self, tmp_path: Path) -> None:
        """With no policy, centres are not checked; self-mentoring and training still are."""
        expected = [
            ("assignments.csv", 2, None, ("mentee_id",), "mentoring.self"),
            ("mentoring.csv", 2, None, ("mentor_id",), "mentoring.untrained"),
        ]

        rows = "M1,M1,2024-09-01,\nG1,P2,2024-09-01,\nG1,P3,2024-09-01,\nP2,P1,2024-09-01,\n"
        without = attrs.evolve(bundled(), mentoring=None)
        assert expected == _check(tmp_path, without, assignments=rows, mentoring="P2,P1,2024-09-05,1,\n")

    def test_file_order(self, tmp_path: Path) -> None:
        """Problems come by file, then by line: assignments.csv before mentoring.csv."""
        expected = [
            ("assignments.csv", 2, "mentoring.other_centre"),
            ("mentoring.csv", 2, "mentoring.untrained"),
            ("mentoring.csv", 2, "mentoring.other_centre"),
            ("mentoring.csv", 3, "mentoring.self"),
        ]

        found = _check(
            tmp_path, assignments="G1,P1,2024-09-01,\n", mentoring="P3,Q1,2024-09-02,1,\nM1,M1,2024-09-01,1,\n"
        )
        assert expected == [
            (file, line, key) for file, line, _, _, key in found if key != "mentoring.outside_assignment"
        ]


EXAMPLE_PROBLEMS: Final = [
    *(("assignments.csv", line, ("mentor_id",), "mentoring.over_capacity") for line in range(2, 8)),
    ("assignments.csv", 9, ("mentor_id",), "mentoring.overlap"),
    ("assignments.csv", 12, ("mentee_id",), "mentoring.other_centre"),
    ("mentoring.csv", 7, ("session_date",), "mentoring.outside_assignment"),
    ("mentoring.csv", 8, ("mentor_id",), "mentoring.untrained"),
    ("mentoring.csv", 8, ("mentee_id",), "mentoring.other_centre"),
    ("mentoring.csv", 8, ("session_date",), "mentoring.outside_assignment"),
    ("mentoring.csv", 9, ("mentor_id",), "mentoring.untrained"),
    ("mentoring.csv", 9, ("session_date",), "mentoring.outside_assignment"),
    ("mentoring.csv", 10, ("mentee_id",), "mentoring.self"),
    ("mentoring.csv", 10, ("session_date",), "mentoring.outside_assignment"),
]
"""What examples/make_crea_2024_mentoring.py built the example's lists to show, row by row."""


class TestExampleCohort:
    def test_every_problem(self) -> None:
        """The example cohort shows each problem the generator documents, at its file and line."""
        expected = EXAMPLE_PROBLEMS

        found = validate_mentoring(bundled(), read(EXAMPLE))
        assert expected == [(file, line, path, key) for file, line, _, path, key in map(where, found)]

    def test_every_kind(self) -> None:
        """Every kind of mentoring problem occurs in the example cohort."""
        expected = {
            "mentoring.self",
            "mentoring.untrained",
            "mentoring.over_capacity",
            "mentoring.other_centre",
            "mentoring.outside_assignment",
            "mentoring.overlap",
        }

        assert expected == {p.message.key for p in validate_mentoring(bundled(), read(EXAMPLE))}

    def test_never_trained_and_trained_late(self) -> None:
        """Line 8 was led before the training (2024-08-15); line 9 by someone never trained."""
        expected = {8: "2024-08-15", 9: "—"}

        found = validate_mentoring(bundled(), read(EXAMPLE))
        assert expected == {
            p.line: str(p.message.params["trained"]) for p in found if p.message.key == "mentoring.untrained"
        }

    def test_cli_report(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`sce-method mentoring report` exits 1 and lists every problem on stderr, one per line, with file and line."""
        expected = (1, [(name, line, key) for name, line, _, key in EXAMPLE_PROBLEMS])

        code = main(["mentoring", "report", str(EXAMPLE), "--lang", "en"])
        err = capsys.readouterr().err.splitlines()
        messages = {p.message.render("en"): p.message.key for p in validate_mentoring(bundled(), read(EXAMPLE))}
        found = []
        for row in err:
            file, line, rest = row.split(":", 2)
            found.append((Path(file).name, int(line), next(k for m, k in messages.items() if rest.endswith(m))))
        assert expected == (code, found)


class TestSessionsOf:
    def test_grouped(self) -> None:
        """Rows with the same mentor, date and topic are one session; the mentees in row order, once each."""
        expected = (
            MentoringSession(
                mentor_id="M1", session_date=D(2024, 9, 5), mentees=("P2", "P1"), hours=2.0, topic="ahorro"
            ),
        )

        rows = [
            meeting("M1", "P2", D(2024, 9, 5), 1.5, "ahorro"),
            meeting("M1", "P1", D(2024, 9, 5), 2.0, "ahorro"),
            meeting("M1", "P2", D(2024, 9, 5), 1.0, "ahorro"),
        ]
        assert expected == sessions_of(rows)

    def test_topics_apart(self) -> None:
        """Two topics on one day with one mentor are two sessions; no topic is its own."""
        expected = [("M1", None), ("M1", "ahorro"), ("M1", "empleo")]

        rows = [
            meeting("M1", "P1", D(2024, 9, 5), topic="empleo"),
            meeting("M1", "P1", D(2024, 9, 5), topic="ahorro"),
            meeting("M1", "P2", D(2024, 9, 5)),
        ]
        assert expected == [(s.mentor_id, s.topic) for s in sessions_of(rows)]

    def test_date_order(self) -> None:
        """Sessions come by date, then mentor."""
        expected = [(D(2024, 9, 1), "M2"), (D(2024, 9, 5), "M1"), (D(2024, 9, 5), "M2")]

        rows = [
            meeting("M2", "P1", D(2024, 9, 5)),
            meeting("M1", "P1", D(2024, 9, 5)),
            meeting("M2", "P1", D(2024, 9, 1)),
        ]
        assert expected == [(s.session_date, s.mentor_id) for s in sessions_of(rows)]

    def test_where(self, tmp_path: Path) -> None:
        """A session carries the file and line of its first row."""
        expected = [("mentoring.csv", 2), ("mentoring.csv", 4)]

        rows = SESSIONS + "M1,P1,2024-09-05,1,\nM1,P2,2024-09-05,1,\nM2,P3,2024-09-05,1,\n"
        found = sessions_of(read(folder(tmp_path, mentoring=rows)).mentoring)
        assert expected == [(Path(s.file or "").name, s.line) for s in found]


def _eligible(methodology: Methodology, made: Cohort, day: str = "2024-10-17") -> list[str]:
    return sorted(eligible_mentors(methodology, made, as_date(day)))


class TestEligibleMentors:
    def test_trained_with_prerequisite(self) -> None:
        """A mentor trained by the date, enrolled, with 10 h of desarrollo humano is eligible."""
        expected = ["M1"]

        made = cohort(person("M1"), trainings=(training("M1"),), attendance=prerequisite_hours("M1"))
        assert expected == _eligible(bundled(), made)

    def test_trained_after_the_date(self) -> None:
        """A mentor trained after the date is not eligible on it."""
        expected: list[str] = []

        made = cohort(person("M1"), trainings=(training("M1", D(2024, 11, 1)),), attendance=prerequisite_hours("M1"))
        assert expected == _eligible(bundled(), made)

    def test_withdrawn(self) -> None:
        """A mentor who withdrew by the date is not eligible."""
        expected: list[str] = []

        made = cohort(
            person("M1", withdrawn=D(2024, 10, 17)), trainings=(training("M1"),), attendance=prerequisite_hours("M1")
        )
        assert expected == _eligible(bundled(), made)

    @pytest.mark.parametrize(("hours", "eligible"), [(9.5, False), (9.6, True)])
    def test_prerequisite_threshold(self, hours: float, eligible: bool) -> None:  # noqa: FBT001 -- a parameter
        """The bundled prerequisite: 80 % of desarrollo humano's 12 h, i.e. 9.6 h."""
        expected = ["M1"] if eligible else []

        made = cohort(person("M1"), trainings=(training("M1"),), attendance=prerequisite_hours("M1", hours=hours))
        assert expected == _eligible(bundled(), made)

    def test_prerequisite_by_completion(self) -> None:
        """A completion record of desarrollo humano meets the prerequisite too."""
        expected = ["M1"]

        completion = Completion(participant_id="M1", course_id="desarrollo-humano", completed_on=D(2024, 7, 1))
        made = cohort(person("M1"), trainings=(training("M1"),), completions=(completion,))
        assert expected == _eligible(bundled(), made)

    def test_prerequisite_hours_after_the_date(self) -> None:
        """Hours attended after the date do not count towards the prerequisite."""
        expected: list[str] = []

        made = cohort(person("M1"), trainings=(training("M1"),), attendance=prerequisite_hours("M1"))
        assert expected == _eligible(bundled(), made, "2024-06-30")

    def test_no_prerequisite(self) -> None:
        """With no prerequisite, every mentor trained by the date and not withdrawn is eligible."""
        expected = ["M1", "M2"]

        made = cohort(person("M1"), person("M2"), person("P1"), trainings=(training("M2"), training("M1")))
        assert expected == _eligible(with_policy(prerequisite=None), made)


class TestMentors:
    def test_before_training_no_one_is_eligible(self) -> None:
        """On a date before any training, every mentor is listed as not yet trained."""
        import pendulum  # noqa: PLC0415 -- local to this test

        from sce_method import load  # noqa: PLC0415 -- local to this test
        from sce_method.mentoring import mentors  # noqa: PLC0415 -- local to this test
        from sce_method.participants import read_cohort  # noqa: PLC0415 -- local to this test

        m = load()
        cohort = read_cohort("examples/cohorts/crea-2024", m)

        found = mentors(m, cohort, pendulum.Date(2024, 7, 1))

        expected = [(False, "mentoring.not_yet_trained")] * 6
        assert expected == [(x.eligible, x.reason.key if x.reason else None) for x in found]

    def test_on_the_last_date_all_example_mentors_may_mentor(self) -> None:
        """On the cohort's latest date the six example mentors are eligible, with no reason given."""
        from sce_method import load  # noqa: PLC0415 -- local to this test
        from sce_method.mentoring import latest_date, mentors  # noqa: PLC0415 -- local to this test
        from sce_method.participants import read_cohort  # noqa: PLC0415 -- local to this test

        m = load()
        cohort = read_cohort("examples/cohorts/crea-2024", m)

        found = mentors(m, cohort, latest_date(cohort))

        expected = [("P0002", True, None), ("P0004", True, None), ("P0006", True, None)]
        assert expected == [(x.participant_id, x.eligible, x.reason) for x in found][:3]
