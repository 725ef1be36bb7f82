"""Tests for `sce_method.participants._build`: `read_cohort`, row by row."""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import gc
import io
from pathlib import Path
from typing import Any, Final

import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sce_method
from sce_method.exceptions import LoadError, Problem
from sce_method.graduation import Status, evaluate
from sce_method.participants import LISTS, Cohort, CompletionSource, OnError, read_cohort
from sce_method.participants import _build as build
from tests.participants.lists import (
    ATTENDANCE,
    EXAMPLE,
    EXAMPLE_XLSX,
    PARTICIPANTS,
    VISITS,
    Visit,
    leaks,
    workbook_of,
    write_lists,
)

Where = tuple[str | None, int | None, int | None, tuple[str | int, ...], str]

HEADER: Final = "participant_id,module_id,session_date,hours\n"


def _where(problem: Problem) -> Where:
    """A problem's file name (not its folder), line, column, path and message key."""
    file = None if problem.file is None else Path(problem.file).name
    return (file, problem.line, problem.column, problem.path, problem.message.key)


def _read(folder: Path, errors: OnError = "collect") -> Cohort:
    return read_cohort(folder, sce_method.load(), errors=errors)


def _refused(folder: Path) -> tuple[Problem, ...]:
    with pytest.raises(LoadError) as caught:
        _read(folder)
    return caught.value.problems


def _attendance_problems(tmp_path: Path, *rows: str) -> list[Where]:
    """The problems of an attendance list: the good row of ATTENDANCE (line 2), then *rows* from line 3."""
    folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE + "".join(f"{r}\n" for r in rows))
    return [_where(p) for p in _refused(folder)]


class TestAttendanceRows:
    def test_unknown_participant(self, tmp_path: Path) -> None:
        """A row for someone not in participants.csv is reported at the participant_id cell."""
        expected = [("attendance.csv", 3, 1, ("participant_id",), "participants.cell.unknown_participant")]

        assert expected == _attendance_problems(tmp_path, "P9,alfabetizacion-digital,2024-07-01,2")

    def test_unknown_participant_is_not_echoed(self, tmp_path: Path) -> None:
        """The unknown id is not repeated: a mistyped id may be a name."""
        folder = write_lists(
            tmp_path,
            participants=PARTICIPANTS,
            attendance=ATTENDANCE + "Ana Pérez,alfabetizacion-digital,2024-07-01,2\n",
        )

        problems = _refused(folder)
        text = "\n".join([*(p.render("es") for p in problems), *(p.render("en") for p in problems), repr(problems)])

        expected: list[str] = []
        assert expected == leaks(text, frozenset({"Ana Pérez"}))

    def test_unknown_module_suggests_the_closest(self, tmp_path: Path) -> None:
        """A misspelt module id is reported at module_id with the closest module."""
        folder = write_lists(
            tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE + "P1,educacion-finaciera,2024-07-01,2\n"
        )
        (problem,) = _refused(folder)

        expected = (
            ("attendance.csv", 3, 2, ("module_id",), "participants.cell.unknown_suggest"),
            "educacion-financiera",
        )
        assert expected == (_where(problem), problem.message.params["suggestion"])

    def test_unknown_module_message(self, tmp_path: Path) -> None:
        """The message reads as a question, in either language."""
        folder = write_lists(
            tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE + "P1,educacion-finaciera,2024-07-01,2\n"
        )
        (problem,) = _refused(folder)

        expected = (
            f"{folder / 'attendance.csv'}:3:2: $.module_id: unknown module 'educacion-finaciera';"
            " did you mean 'educacion-financiera'?"
        )
        assert expected == problem.render("en")

    def test_unknown_module_far_from_any(self, tmp_path: Path) -> None:
        """An id close to none lists the modules instead."""
        expected = [("attendance.csv", 3, 2, ("module_id",), "participants.cell.unknown")]

        assert expected == _attendance_problems(tmp_path, "P1,cocina,2024-07-01,2")

    def test_decimal_comma_hours(self, tmp_path: Path) -> None:
        """'2,5' hours (quoted, so one cell) is refused at the hours cell."""
        expected = [("attendance.csv", 3, 4, ("hours",), "participants.cell.decimal_comma")]

        assert expected == _attendance_problems(tmp_path, 'P1,alfabetizacion-digital,2024-07-01,"2,5"')

    def test_unquoted_decimal_comma_is_an_extra_cell(self, tmp_path: Path) -> None:
        """Unquoted, 2,5 splits the row: it is reported as too many cells, not read as 2."""
        expected = [("attendance.csv", 3, 5, (), "participants.table.extra_cells")]

        assert expected == _attendance_problems(tmp_path, "P1,alfabetizacion-digital,2024-07-01,2,5")

    def test_negative_hours(self, tmp_path: Path) -> None:
        """'-1' hours is refused as negative."""
        expected = [("attendance.csv", 3, 4, ("hours",), "core.value.negative")]

        assert expected == _attendance_problems(tmp_path, "P1,alfabetizacion-digital,2024-07-01,-1")

    @pytest.mark.parametrize(
        ("hours", "key"),
        [
            ("\u0662", "participants.cell.not_number"),
            ("\uff12", "participants.cell.not_number"),
            ("1e32", "participants.cell.not_number"),
            ("1" + "0" * 32, "participants.cell.hours_over_limit"),
            ("25", "participants.cell.hours_over_limit"),
        ],
    )
    def test_hours_that_are_not_a_session_s(self, tmp_path: Path, hours: str, key: str) -> None:
        """Other digits than ASCII, an exponent, or more than a session can hold: refused at the cell."""
        expected = [("attendance.csv", 3, 4, ("hours",), key)]

        assert expected == _attendance_problems(tmp_path, f"P1,alfabetizacion-digital,2024-07-01,{hours}")

    def test_blank_hours(self, tmp_path: Path) -> None:
        """Empty hours are refused, not read as zero."""
        expected = [("attendance.csv", 3, 4, ("hours",), "participants.cell.blank")]

        assert expected == _attendance_problems(tmp_path, "P1,alfabetizacion-digital,2024-07-01,")

    def test_day_first_date(self, tmp_path: Path) -> None:
        """17/10/2024 is refused at the session_date cell, not guessed."""
        expected = [("attendance.csv", 3, 3, ("session_date",), "core.load.invalid_date")]

        assert expected == _attendance_problems(tmp_path, "P1,alfabetizacion-digital,17/10/2024,2")

    def test_impossible_date(self, tmp_path: Path) -> None:
        """2024-13-45 looks ISO but is no day."""
        expected = [("attendance.csv", 3, 3, ("session_date",), "core.load.invalid_date")]

        assert expected == _attendance_problems(tmp_path, "P1,alfabetizacion-digital,2024-13-45,2")

    def test_a_bad_value_is_suggested_once(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """The closest id is looked for once per distinct bad value (difflib is slow); every row is still reported."""
        asked: list[str] = []
        close = difflib.get_close_matches

        def counted(word: str, *args: Any, **kwargs: Any) -> list[str]:
            asked.append(word)
            return close(word, *args, **kwargs)

        monkeypatch.setattr(difflib, "get_close_matches", counted)
        typo, other, mode = (
            "P1,alfabetizacion-digtal,2024-07-01,2,",
            "P2,cocina,2024-07-01,2,",
            "P2,alfabetizacion-digital,2024-07-01,2,mxta",
        )
        rows = [typo, typo, typo, other, mode, mode, typo]
        attendance = HEADER.replace("hours", "hours,mode") + "".join(f"{r}\n" for r in rows)
        problems = _refused(write_lists(tmp_path, participants=PARTICIPANTS, attendance=attendance))

        expected = (7, ["alfabetizacion-digtal", "cocina", "mxta"])
        assert expected == (len(problems), asked)

    def test_every_bad_cell_of_a_row(self, tmp_path: Path) -> None:
        """A row with three bad cells gives three problems, in column order."""
        expected = [
            ("attendance.csv", 3, 2, ("module_id",), "participants.cell.unknown"),
            ("attendance.csv", 3, 3, ("session_date",), "core.load.invalid_date"),
            ("attendance.csv", 3, 4, ("hours",), "core.value.negative"),
        ]

        assert expected == _attendance_problems(tmp_path, "P1,cocina,17/10/2024,-1")

    def test_the_same_bad_value_is_reported_every_time(self, tmp_path: Path) -> None:
        """A bad value repeated on two rows is reported on both (only good values are remembered)."""
        expected = [
            ("attendance.csv", 3, 4, ("hours",), "participants.cell.decimal_comma"),
            ("attendance.csv", 4, 4, ("hours",), "participants.cell.decimal_comma"),
        ]

        assert expected == _attendance_problems(
            tmp_path, 'P1,alfabetizacion-digital,2024-07-01,"2,5"', 'P2,alfabetizacion-digital,2024-07-01,"2,5"'
        )

    def test_unknown_mode(self, tmp_path: Path) -> None:
        """The optional mode must be one of the delivery modes."""
        attendance = HEADER.replace("hours", "hours,mode") + "P1,alfabetizacion-digital,2024-07-01,2,virtual\n"
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=attendance)

        expected = [("attendance.csv", 2, 5, ("mode",), "participants.cell.unknown")]
        assert expected == [_where(p) for p in _refused(folder)]

    def test_good_rows_are_typed(self, tmp_path: Path) -> None:
        """A good row gives an Attendance with a date and float hours."""
        attendance = HEADER.replace("hours", "hours,mode") + "P1, alfabetizacion-digital ,2024-07-01,2.5,presencial\n"
        cohort = _read(write_lists(tmp_path, participants=PARTICIPANTS, attendance=attendance))

        expected = ("P1", "alfabetizacion-digital", pendulum.Date(2024, 7, 1), 2.5, "presencial")
        (row,) = cohort.attendance
        assert expected == (row.participant_id, row.module_id, row.session_date, row.hours, row.mode)


class TestParticipantRows:
    def test_duplicate_participant(self, tmp_path: Path) -> None:
        """A second row for one id is reported, pointing at the first, and not used."""
        folder = write_lists(tmp_path, participants=PARTICIPANTS + "P1,crea,c1,2024-06-11\n", attendance=ATTENDANCE)
        (problem,) = _refused(folder)

        expected = (("participants.csv", 4, 1, ("participant_id",), "participants.cohort.duplicate_participant"), 2)
        assert expected == (_where(problem), problem.message.params["first"])

    def test_duplicate_keeps_the_first(self, tmp_path: Path) -> None:
        """Under keep, the first row of a duplicated id is the one used."""
        folder = write_lists(tmp_path, participants=PARTICIPANTS + "P1,crea,c1,2024-06-11\n", attendance=ATTENDANCE)

        expected = pendulum.Date(2024, 6, 10)
        assert expected == _read(folder, "keep").participant("P1").enrollment.enrolled_on

    def test_unknown_centre_suggests_the_closest(self, tmp_path: Path) -> None:
        """A misspelt centre is reported at centre_id, with the closest centre."""
        folder = write_lists(
            tmp_path, participants=PARTICIPANTS + "P3,cjm-guadalajar,c1,2024-06-10\n", attendance=ATTENDANCE
        )
        (problem,) = _refused(folder)

        expected = (("participants.csv", 4, 2, ("centre_id",), "participants.cell.unknown_suggest"), "cjm-guadalajara")
        assert expected == (_where(problem), problem.message.params["suggestion"])

    def test_withdrawn_before_enrolled(self, tmp_path: Path) -> None:
        """A withdrawal before the enrolment is reported on its row, at withdrawn_on."""
        participants = "participant_id,centre_id,cohort_id,enrolled_on,withdrawn_on\nP1,crea,c1,2024-06-10,2024-06-01\n"
        folder = write_lists(tmp_path, participants=participants, attendance=ATTENDANCE)

        expected = ("participants.csv", 2, None, ("withdrawn_on",), "participants.withdrawn_before_enrolled")
        assert expected == _where(_refused(folder)[0])

    def test_blank_withdrawal_is_none(self, tmp_path: Path) -> None:
        """An empty withdrawn_on means she has not withdrawn."""
        participants = "participant_id,centre_id,cohort_id,enrolled_on,withdrawn_on\nP1,crea,c1,2024-06-10,\n"
        cohort = _read(write_lists(tmp_path, participants=participants, attendance=ATTENDANCE))

        expected = None
        assert expected == cohort.participant("P1").enrollment.withdrawn_on

    def test_blank_required_cell(self, tmp_path: Path) -> None:
        """An empty cohort_id is refused."""
        folder = write_lists(tmp_path, participants=PARTICIPANTS + "P3,crea,,2024-06-10\n", attendance=ATTENDANCE)

        expected = [("participants.csv", 4, 3, ("cohort_id",), "participants.cell.blank")]
        assert expected == [_where(p) for p in _refused(folder)]

    def test_participant_without_attendance_is_evaluated(self, tmp_path: Path) -> None:
        """Enrolled with no attendance at all is not an error: she is read, and evaluated as not eligible."""
        cohort = _read(write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE))
        decision = evaluate(sce_method.load(), cohort.record("P2"), "2024-10-17")

        expected = ((), Status.NOT_ELIGIBLE, 5)
        assert expected == (
            cohort.record("P2").attendance,
            decision.status,
            sum(1 for u in decision.unmet if u.startswith("oferta-completa.")),
        )

    @pytest.mark.parametrize(
        ("row", "where"),
        [
            ("P1,crea,c1,2024-06-10,An\x00a", (2, 5, ("name",), "participants.cell.control_character")),
            ("P\x001,crea,c1,2024-06-10,", (2, 1, ("participant_id",), "participants.cell.invalid_id")),
            ("P1,crea,c1,2024-06-10\x00,", (2, 4, ("enrolled_on",), "core.load.invalid_date")),
        ],
    )
    def test_a_nul_byte_is_refused_at_its_cell(self, tmp_path: Path, row: str, where: tuple[object, ...]) -> None:
        """A NUL byte in any cell refuses the cell, at its line and column."""
        participants = f"participant_id,centre_id,cohort_id,enrolled_on,name\n{row}\n"
        problems = _refused(write_lists(tmp_path, participants=participants, attendance=HEADER))

        expected = [("participants.csv", *where)]
        assert expected == [_where(p) for p in problems]

    def test_personal_columns_are_kept_hidden(self, tmp_path: Path) -> None:
        """Personal columns are read into PersonalData; blank ones are None."""
        participants = (
            "participant_id,centre_id,cohort_id,enrolled_on,name,phone,email\nP1,crea,c1,2024-06-10,Ana, 3312345678 ,\n"
        )
        cohort = _read(write_lists(tmp_path, participants=participants, attendance=ATTENDANCE))

        personal = cohort.participant("P1").personal
        expected = ("Ana", None, "3312345678", None)
        assert expected == (personal.name, personal.curp, personal.phone, personal.email)


class TestCohortRows:
    PERIODS = "cohort_id,centre_id,starts_on,ends_on\nc1,crea,2024-06-10,2024-10-15\n"

    def test_periods(self, tmp_path: Path) -> None:
        """cohorts.csv gives each participant her cohort's dates."""
        cohort = _read(write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE, cohorts=self.PERIODS))
        period = cohort.record("P1").period

        expected = pendulum.Date(2024, 10, 15)
        assert expected == (None if period is None else period.ends_on)

    def test_unlisted_cohort(self, tmp_path: Path) -> None:
        """With a cohorts.csv, a participant's cohort must be in it; the problem is on her row."""
        participants = PARTICIPANTS + "P3,crea,c2,2024-06-10\n"
        folder = write_lists(tmp_path, participants=participants, attendance=ATTENDANCE, cohorts=self.PERIODS)

        expected = [("participants.csv", 4, 3, ("cohort_id",), "participants.cohort.unlisted")]
        assert expected == [_where(p) for p in _refused(folder)]

    def test_unlisted_cohort_is_placed_at_the_file_s_column(self, tmp_path: Path) -> None:
        """The problem is placed where cohort_id is in the file's header."""
        participants = "cohort_id,participant_id,centre_id,enrolled_on\nc1,P1,crea,2024-06-10\nc2,P2,crea,2024-06-10\n"
        folder = write_lists(tmp_path, participants=participants, attendance=ATTENDANCE, cohorts=self.PERIODS)

        expected = [("participants.csv", 3, 1, ("cohort_id",), "participants.cohort.unlisted")]
        assert expected == [_where(p) for p in _refused(folder)]

    def test_duplicate_period(self, tmp_path: Path) -> None:
        """A cohort listed twice for one centre is reported."""
        periods = self.PERIODS + "c1,crea,2024-06-11,2024-10-15\n"
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE, cohorts=periods)

        expected = [("cohorts.csv", 3, 1, ("cohort_id",), "participants.cohort.duplicate_period")]
        assert expected == [_where(p) for p in _refused(folder)]

    def test_ends_before_it_starts(self, tmp_path: Path) -> None:
        """A cohort ending before it starts is reported at ends_on."""
        periods = "cohort_id,centre_id,starts_on,ends_on\nc1,crea,2024-06-10,2024-06-01\n"
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE, cohorts=periods)

        expected = ("cohorts.csv", 2, 4, ("ends_on",), "participants.cohort.ends_before_start")
        assert expected == _where(_refused(folder)[0])


class TestOtherLists:
    def test_completion_of_an_unknown_course(self, tmp_path: Path) -> None:
        """A completion must name a module or a course of the methodology."""
        completions = "participant_id,course_id,completed_on\nP1,edapp-empleos,2024-09-01\n"
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE, completions=completions)

        expected = [("completions.csv", 2, 2, ("course_id",), "participants.cell.unknown_suggest")]
        assert expected == [_where(p) for p in _refused(folder)]

    def test_completion_source(self, tmp_path: Path) -> None:
        """The optional source is read as a CompletionSource."""
        completions = "participant_id,course_id,completed_on,source\nP1,edapp-empleo,2024-09-01,edapp\n"
        cohort = _read(write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE, completions=completions))

        expected = CompletionSource.EDAPP
        assert expected == cohort.completions[0].source

    def test_unknown_instrument(self, tmp_path: Path) -> None:
        """A survey must be one of the methodology's instruments."""
        instruments = "participant_id,instrument_id,submitted_on\nP1,salda,2024-10-01\n"
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE, instruments=instruments)

        expected = [("instruments.csv", 2, 2, ("instrument_id",), "participants.cell.unknown_suggest")]
        assert expected == [_where(p) for p in _refused(folder)]

    def test_follow_up_for_unknown_participant(self, tmp_path: Path) -> None:
        """Every list's participant_id must be in participants.csv."""
        follow_up = "participant_id,recorded_on,kind\nP9,2024-08-01,llamada\n"
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE, follow_up=follow_up)

        expected = [("follow_up.csv", 2, 1, ("participant_id",), "participants.cell.unknown_participant")]
        assert expected == [_where(p) for p in _refused(folder)]

    def test_mentoring(self, tmp_path: Path) -> None:
        """mentoring.csv rows are read with both ids checked."""
        mentoring = "mentor_id,mentee_id,session_date,hours\nP1,P2,2024-08-01,1.5\nP1,P9,2024-08-01,1\n"
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE, mentoring=mentoring)
        cohort = _read(folder, "keep")

        expected = (1, [("mentoring.csv", 3, 2, ("mentee_id",), "participants.cell.unknown_participant")])
        assert expected == (len(cohort.record("P2").mentoring), [_where(p) for p in cohort.problems])

    def test_without_a_methodology_any_id_is_accepted(self, tmp_path: Path) -> None:
        """With no vocabulary, module and centre ids are not checked."""
        participants = PARTICIPANTS.replace("crea", "otro-centro")
        folder = write_lists(tmp_path, participants=participants, attendance=ATTENDANCE.replace("alfabetizacion", "x"))

        expected = ("otro-centro", "x-digital")
        cohort = read_cohort(folder)
        assert expected == (cohort.participants[0].centre_id, cohort.attendance[0].module_id)


class TestANewList:
    def test_one_spec_and_one_model(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A list added to LISTS is read, checked and kept in the cohort with nothing else written."""
        monkeypatch.setattr(build, "LISTS", (*LISTS, VISITS))
        visits = "visit_id,participant_id,day\nV1,P1,2024-07-01\nV2,P9,2024-07-01\nV3,P2,01/07/2024\n"
        cohort = _read(write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE, visits=visits), "keep")

        expected = (
            (Visit(id="V1", participant_id="P1", day=pendulum.Date(2024, 7, 1)),),
            [
                ("visits.csv", 3, 2, ("participant_id",), "participants.cell.unknown_participant"),
                ("visits.csv", 4, 3, ("day",), "core.load.invalid_date"),
            ],
        )
        assert expected == (cohort.rows(VISITS), [_where(p) for p in cohort.problems])

    def test_not_there(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """An optional new list that is absent gives no records and no problem."""
        monkeypatch.setattr(build, "LISTS", (*LISTS, VISITS))
        cohort = _read(write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE))

        expected: tuple[tuple[Visit, ...], tuple[Problem, ...]] = ((), ())
        assert expected == (cohort.rows(VISITS), cohort.problems)


BAD_ROWS: Final = (
    "P9,alfabetizacion-digital,2024-07-01,2",
    "P1,educacion-finaciera,2024-07-01,2",
    'P1,alfabetizacion-digital,2024-07-01,"2,5"',
    "P1,alfabetizacion-digital,2024-07-01,-1",
    "P1,alfabetizacion-digital,17/10/2024,2",
)
"""Five bad attendance rows, lines 3 to 7; line 2 (from ATTENDANCE) and line 8 are good."""


class TestErrors:
    def _folder(self, tmp_path: Path) -> Path:
        attendance = ATTENDANCE + "".join(f"{r}\n" for r in BAD_ROWS) + "P2,desarrollo-humano,2024-07-02,3\n"
        return write_lists(tmp_path, participants=PARTICIPANTS, attendance=attendance)

    def test_collect_raises_every_problem(self, tmp_path: Path) -> None:
        """By default every bad row is read and all are raised together."""
        with pytest.raises(LoadError) as caught:
            _read(self._folder(tmp_path), "collect")

        expected = [3, 4, 5, 6, 7]
        assert expected == [p.line for p in caught.value.problems]

    def test_collect_is_the_default(self, tmp_path: Path) -> None:
        """read_cohort collects unless told otherwise."""
        with pytest.raises(LoadError) as caught:
            read_cohort(self._folder(tmp_path), sce_method.load())

        expected = 5
        assert expected == len(caught.value.problems)

    def test_raise_stops_at_the_first(self, tmp_path: Path) -> None:
        """errors='raise' raises with the first problem only."""
        with pytest.raises(LoadError) as caught:
            _read(self._folder(tmp_path), "raise")

        expected = [("attendance.csv", 3, 1, ("participant_id",), "participants.cell.unknown_participant")]
        assert expected == [_where(p) for p in caught.value.problems]

    def test_keep_returns_the_good_rows(self, tmp_path: Path) -> None:
        """errors='keep' returns the good rows, and the problems beside them."""
        cohort = _read(self._folder(tmp_path), "keep")

        expected = ([("P1", 2.0), ("P2", 3.0)], [3, 4, 5, 6, 7])
        assert expected == (
            [(a.participant_id, a.hours) for a in cohort.attendance],
            [p.line for p in cohort.problems],
        )

    def test_load_error_is_a_value_error(self, tmp_path: Path) -> None:
        """Callers who catch ValueError catch a bad cohort."""
        with pytest.raises(ValueError, match=r"attendance\.csv:3:1"):
            _read(self._folder(tmp_path))

    def test_keep_repr_counts_problems(self, tmp_path: Path) -> None:
        """A kept cohort says in its repr how many problems it has."""
        expected = "problems=5)"

        assert repr(_read(self._folder(tmp_path), "keep")).endswith(expected)


_GOOD_CELLS: Final = ("P1", "alfabetizacion-digital", "2024-07-01", "2")
_BAD_CELLS: Final = (
    ("P9", "Ana Pérez", ""),
    ("cocina", "educacion-finaciera", ""),
    ("17/10/2024", "2024-02-30", ""),
    ("2,5", "-1", "", "dos"),
)


@st.composite
def _attendance_rows(draw: st.DrawFn) -> list[list[str]]:
    """Attendance rows, each good or with some of its cells bad."""
    rows = []
    for _ in range(draw(st.integers(min_value=0, max_value=12))):
        row = [
            draw(st.sampled_from(bad)) if draw(st.booleans()) and draw(st.booleans()) else good
            for good, bad in zip(_GOOD_CELLS, _BAD_CELLS, strict=True)
        ]
        rows.append(row)
    return rows


class TestNothingIsDropped:
    @settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(rows=_attendance_rows())
    def test_rows_in_are_rows_kept_plus_rows_reported(self, tmp_path: Path, rows: list[list[str]]) -> None:
        """Every non-blank row is either kept or reported (on its own line), never silently dropped."""
        lines = "".join(",".join(f'"{c}"' if "," in c else c for c in row) + "\n" for row in rows)
        folder = write_lists(tmp_path / "c", participants=PARTICIPANTS, attendance=HEADER + lines)
        cohort = _read(folder, "keep")
        reported = {p.line for p in cohort.problems}

        # A row of blank cells is skipped by design (a spreadsheet's empty line), so it is not counted.
        expected = sum(1 for row in rows if any(cell.strip() for cell in row))
        assert expected == len(cohort.attendance) + len(reported)

    def test_duplicates_are_reported(self, tmp_path: Path) -> None:
        """A dropped duplicate participant is counted among the reported rows."""
        participants = PARTICIPANTS + "P1,crea,c1,2024-06-11\nP3,crea,c1,2024-06-10\n"
        cohort = _read(write_lists(tmp_path, participants=participants, attendance=ATTENDANCE), "keep")

        expected = 4
        assert expected == len(cohort.participants) + len({p.line for p in cohort.problems})


_CSV_PIECES = [*',"\n\r \x00\t\u0662\u200bé', "P1", "P2", "crea", "c1", "2024-06-10", "2", "2.5", "1e32"]
_CSV_TEXT = st.lists(st.sampled_from(_CSV_PIECES), max_size=30).map("".join)
"""Text made of what CSV files and their cells are made of, the tricky ones too."""

_ANY_CELL = st.one_of(
    st.none(),
    st.text(st.characters(exclude_categories=["Cc", "Cs"]), max_size=12),
    st.sampled_from(["P1", "crea", "c1", "2024-06-10", "alfabetizacion-digital", "participant_id", "hours"]),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
)
"""Any value a workbook's cell may hold as openpyxl writes it."""


class TestAnyInput:
    @settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(participants=st.one_of(_CSV_TEXT.map(str.encode), st.binary(max_size=80)), attendance=_CSV_TEXT)
    def test_any_csv_reads_or_is_a_load_error(self, tmp_path: Path, participants: bytes, attendance: str) -> None:
        """Whatever the lists hold, read_cohort returns or raises LoadError: never another error."""
        header = b"participant_id,centre_id,cohort_id,enrolled_on,name\n"
        for head in (b"", header):
            folder = write_lists(tmp_path / "c", participants=head + participants, attendance=HEADER + attendance)
            with contextlib.suppress(LoadError):
                _read(folder)

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        header=st.lists(_ANY_CELL, max_size=5),
        rows=st.lists(st.lists(_ANY_CELL, max_size=6), max_size=4),
    )
    def test_any_workbook_reads_or_is_a_load_error(
        self, tmp_path: Path, header: list[object], rows: list[list[object]]
    ) -> None:
        """Any cell values in a sheet's header and rows: read_cohort returns or raises LoadError."""
        path = _workbook(tmp_path / "c.xlsx", [["participant_id", "module_id", *header], *rows])
        with contextlib.suppress(LoadError):
            _read(path)


def _workbook(path: Path, attendance: list[list[object]]) -> Path:
    book = workbook_of(participants=PARTICIPANTS, attendance=HEADER)
    for row in attendance:
        book["attendance"].append(row)
    book.save(path)
    return path


class TestWorkbookCells:
    def test_typed_cells(self, tmp_path: Path) -> None:
        """A date-time cell at midnight and a date cell are dates; number cells are hours."""
        book = _workbook(
            tmp_path / "c.xlsx",
            [
                ["P1", "alfabetizacion-digital", dt.datetime(2024, 7, 1), 2],  # noqa: DTZ001 -- a workbook cell has no zone
                ["P2", "desarrollo-humano", dt.date(2024, 7, 2), 2.5],
            ],
        )
        cohort = read_cohort(book, sce_method.load())

        expected = [(pendulum.Date(2024, 7, 1), 2.0), (pendulum.Date(2024, 7, 2), 2.5)]
        assert expected == [(a.session_date, a.hours) for a in cohort.attendance]

    @pytest.mark.parametrize("errors", ["collect", "raise"])
    def test_workbook_is_closed(self, tmp_path: Path, errors: OnError) -> None:
        """The workbook is closed once read, with problems or without, not left for the garbage collector."""
        book = _workbook(tmp_path / "c.xlsx", [["P1", "alfabetizacion-digital", "2024-07-01", True]])
        with contextlib.suppress(LoadError):
            read_cohort(book, sce_method.load(), errors=errors)

        expected: list[object] = []
        assert expected == [
            o for o in gc.get_objects() if isinstance(o, io.BufferedReader) and o.name == str(book) and not o.closed
        ]

    def test_bool_hours_are_refused(self, tmp_path: Path) -> None:
        """TRUE in the hours column is refused, not read as 1."""
        book = _workbook(tmp_path / "c.xlsx", [["P1", "alfabetizacion-digital", "2024-07-01", True]])
        with pytest.raises(LoadError) as caught:
            read_cohort(book, sce_method.load())

        expected = [(f"{book}[attendance]", 2, 4, ("hours",), "participants.cell.not_number")]
        assert expected == [(p.file, p.line, p.column, p.path, p.message.key) for p in caught.value.problems]

    def test_date_with_time_is_refused(self, tmp_path: Path) -> None:
        """A date-and-time cell is refused: its time would be dropped silently."""
        book = _workbook(tmp_path / "c.xlsx", [["P1", "alfabetizacion-digital", dt.datetime(2024, 7, 1, 9, 30), 2]])  # noqa: DTZ001
        with pytest.raises(LoadError) as caught:
            read_cohort(book, sce_method.load())

        expected = ["core.load.invalid_date"]
        assert expected == [p.message.key for p in caught.value.problems]


class TestExample:
    def test_folder_and_workbook_read_the_same(self) -> None:
        """The example folder and its workbook give the same rows."""
        m = sce_method.load()
        folder, book = read_cohort(EXAMPLE, m), read_cohort(EXAMPLE_XLSX, m)

        expected = (folder.participants, folder.periods, folder.attendance, folder.completions, folder.submissions)
        assert expected == (book.participants, book.periods, book.attendance, book.completions, book.submissions)

    @pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads the open files from /proc")
    def test_workbook_is_closed_after_reading(self) -> None:
        """The workbook is closed once its lists are read, not left open for the garbage collector."""
        read_cohort(EXAMPLE_XLSX, sce_method.load())

        book = Path(EXAMPLE_XLSX).resolve()
        assert [fd for fd in Path("/proc/self/fd").iterdir() if _points_at(fd, book)] == []

    def test_counts(self) -> None:
        """70 participants, as the example's README says, and no problems."""
        cohort = read_cohort(EXAMPLE, sce_method.load())

        expected = (70, 4, ())
        assert expected == (len(cohort.participants), len(cohort.periods), cohort.problems)


def _points_at(fd: Path, file: Path) -> bool:
    try:
        return fd.resolve() == file
    except OSError:  # the descriptor closed while the folder was listed
        return False


PERSONAL_HEADER: Final = "participant_id,centre_id,cohort_id,enrolled_on,withdrawn_on,name,curp,phone,email\n"
SECRETS: Final = frozenset({"Ana Pérez López", "PELA800101MJCRPN09", "3312345678", "ana@example.org", "López"})


class TestPersonalDataInProblems:
    def _problems(self, tmp_path: Path) -> tuple[Problem, ...]:
        """A bad participants list with personal columns: every kind of row problem it can have."""
        person = "Ana Pérez López,PELA800101MJCRPN09,3312345678,ana@example.org"
        participants = PERSONAL_HEADER + "".join(
            [
                f"P1,crea,c1,2024-06-10,,{person}\n",
                f"P1,crea,c1,2024-06-10,,{person}\n",  # duplicate
                f"P2,creaa,c1,17/10/2024,,{person}\n",  # unknown centre, bad date
                f"P3,crea,c1,2024-06-10,2024-01-01,{person}\n",  # withdrawn before enrolled
                f"P4,crea,c1,2024-06-10,{person}\n",  # one cell short: the name shifts into withdrawn_on
                f'P5,crea,c1,2024-06-10,,"López, Ana",{person.split(",", 1)[1]},x\n',  # one cell too many
                f"P6,crea,c1,2024-06-10,{person},\n",  # short by one, then a blank email
                f"P7,crea,,2024-06-10,,{person}\n",  # blank cohort
            ]
        )
        attendance = ATTENDANCE + "Ana Pérez López,alfabetizacion-digital,2024-07-01,2\n"
        folder = write_lists(tmp_path, participants=participants, attendance=attendance)
        return _read(folder, "keep").problems

    def test_every_row_is_reported(self, tmp_path: Path) -> None:
        """The bad rows are all reported (the fixture below is as bad as meant)."""
        expected = [3, 4, 5, 6, 7, 8, 9]

        assert expected == sorted(
            {p.line or 0 for p in self._problems(tmp_path) if p.file and "participants" in p.file}
        )

    def test_no_problem_shows_a_personal_value(self, tmp_path: Path) -> None:
        """No problem, in either language, in repr or rendered, holds a personal value."""
        problems = self._problems(tmp_path)
        text = "\n".join([*(p.render("es") for p in problems), *(p.render("en") for p in problems), repr(problems)])

        expected: list[str] = []
        assert expected == leaks(text, SECRETS)

    def test_shifted_value_is_hidden(self, tmp_path: Path) -> None:
        """A name shifted into withdrawn_on is reported as an invalid date without repeating it."""
        (problem,) = [p for p in self._problems(tmp_path) if p.line == 6]

        expected = (("withdrawn_on",), "invalid date '<hidden>': expected a real date as YYYY-MM-DD")
        assert expected == (problem.path, problem.message.render("en"))

    def test_unknown_centre_still_suggests(self, tmp_path: Path) -> None:
        """Hiding the value keeps the suggestion."""
        (problem,) = [p for p in self._problems(tmp_path) if p.line == 4 and p.path == ("centre_id",)]

        expected = "unknown centre '<hidden>'; did you mean 'crea'?"
        assert expected == problem.message.render("en")


class TestRejectedParticipant:
    def test_said_once_per_list_with_the_line(self, tmp_path: Path) -> None:
        """Rows of a participant whose own row was refused are reported once per list, naming that row's line."""
        from sce_method.participants import read_cohort  # noqa: PLC0415 -- local to this test
        from tests.participants.lists import write_lists  # noqa: PLC0415 -- local to this test

        folder = write_lists(
            tmp_path / "c",
            participants="participant_id,centre_id,cohort_id,enrolled_on\nP1,crea,g1,2024-06-10\nP2,crea,g1,10/06/2024\n",
            attendance=(
                "participant_id,module_id,session_date,hours\n"
                "P1,educacion-financiera,2024-06-11,2\n"
                "P2,educacion-financiera,2024-06-11,2\n"
                "P2,educacion-financiera,2024-06-12,2\n"
                "P2,educacion-financiera,2024-06-13,2\n"
            ),
        )

        cohort = read_cohort(folder, sce_method.load(), errors="keep")

        expected = [
            ("participants.csv", 3, "core.load.invalid_date"),
            ("attendance.csv", 3, "participants.cell.rejected_participant"),
        ]
        assert expected == [(Path(p.file or "").name, p.line, p.message.key) for p in cohort.problems]
        assert [a.participant_id for a in cohort.attendance] == ["P1"]
        assert dict(cohort.problems[1].message.params) == {"line": 3}
