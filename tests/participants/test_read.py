"""Tests for `sce_method.participants._read`: any list read through its spec; the lists' files, sheets and headers."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pendulum
import pytest

import sce_method
from sce_method.exceptions import LoadError, Problem
from sce_method.participants import ListSpec, Row, read_cohort
from sce_method.participants._lists import PARTICIPANTS as PARTICIPANTS_LIST
from sce_method.participants._parsers import ID, TEXT
from sce_method.participants._read import CohortReading
from sce_method.participants._sink import Sink
from sce_method.participants._sources import sources
from sce_method.participants._spec import Column, ListRead, Reading
from tests.participants.lists import ATTENDANCE, PARTICIPANTS, VISITS, Visit, write_lists


def _where(problem: Problem) -> tuple[str | None, int | None, int | None, tuple[str | int, ...], str]:
    """A problem's file name (not its folder), line, column, path and message key."""
    file = None if problem.file is None else Path(problem.file).name
    return (file, problem.line, problem.column, problem.path, problem.message.key)


def _problems(folder: Path) -> list[tuple[str | None, int | None, int | None, tuple[str | int, ...], str]]:
    with pytest.raises(LoadError) as caught:
        read_cohort(folder, sce_method.load())
    return [_where(p) for p in caught.value.problems]


UNKNOWN_THEN_BAD = "participant_id,foo,module_id,session_date,hours\nP1,x,alfabetizacion-digital,2024-07-01,-2\n"
"""An attendance list with an unknown column, then a bad hours cell in the file's fifth column."""

VISITS_HEADER = "visit_id,participant_id,day,note\n"


class TestCohortReading:
    def _reading(self, folder: Path, *specs: ListSpec[Row]) -> CohortReading:
        """A reading of *folder* whose participants list is read."""
        names = [PARTICIPANTS_LIST.name, VISITS.name, *(s.name for s in specs)]
        with sources(folder, names) as (_, found):  # a folder's lists stay readable after the block
            reading = CohortReading(vocabulary=None, sources=found, sink=Sink(errors="collect"))
        reading.read(PARTICIPANTS_LIST)
        return reading

    def _visits(self, folder: Path, rows: str) -> tuple[ListRead[Visit], list[Problem]]:
        """The visits list *rows* (from line 2) as read, and the problems found."""
        reading = self._reading(write_lists(folder, participants=PARTICIPANTS, visits=VISITS_HEADER + rows))
        return reading.read(VISITS), reading.sink.problems

    def test_records_and_their_ids(self, tmp_path: Path) -> None:
        """Each good row becomes a record, built by the spec; ids are kept with their lines, for references."""
        read, problems = self._visits(tmp_path, "V1,P1,2024-07-01,\n\nV2,P2,2024-07-02,llamada\n")

        expected: tuple[list[Visit], dict[str, int], list[Problem]] = (
            [
                Visit(id="V1", participant_id="P1", day=pendulum.Date(2024, 7, 1)),
                Visit(id="V2", participant_id="P2", day=pendulum.Date(2024, 7, 2), note="llamada"),
            ],
            {"V1": 2, "V2": 4},
            [],
        )
        assert expected == (read.records, read.ids, problems)

    def test_duplicate_is_placed_at_the_key(self, tmp_path: Path) -> None:
        """A repeated key is reported at the key's column with the spec's message, and the row is not used."""
        read, problems = self._visits(tmp_path, "V1,P1,2024-07-01,\nV1,P2,2024-07-02,\n")

        expected = (
            {"V1": 2},
            [("visits.csv", 3, 1, ("visit_id",), "participants.mentoring.duplicate_mentor", {"first": 2})],
        )
        assert expected == (read.ids, [(*_where(p), dict(p.message.params)) for p in problems])

    def test_builder_refusals_are_placed(self, tmp_path: Path) -> None:
        """A builder's refusal is placed on the row, or at the cell it names."""
        read, problems = self._visits(tmp_path, "V1,P1,2024-07-01,refused\nV2,P1,2024-07-01,refused-at-day\n")

        expected: tuple[list[Visit], list[object]] = (
            [],
            [
                ("visits.csv", 2, None, ("note",), "participants.cell.blank"),
                ("visits.csv", 3, 3, ("day",), "participants.cell.blank"),
            ],
        )
        assert expected == (read.records, [_where(p) for p in problems])

    @pytest.mark.parametrize(
        ("visits", "where"),
        [
            ("day,visit_id,participant_id\n2024-07-01,V1,P9\n", (2, 3, "participant_id", "cell.unknown_participant")),
            (
                "note,day,participant_id,visit_id\n,2024-07-01,P1,V1\n,2024-07-02,P2,V1\n",
                (3, 4, "visit_id", "mentoring.duplicate_mentor"),
            ),
            ("day,note,visit_id,participant_id\n2024-07-01,refused-at-day,V1,P1\n", (2, 1, "day", "cell.blank")),
        ],
        ids=["bad-cell", "repeated-key", "builder-refusal"],
    )
    def test_problems_are_placed_at_the_file_s_column(
        self, tmp_path: Path, visits: str, where: tuple[int, int, str, str]
    ) -> None:
        """A bad cell, a repeated key or a builder's refusal is placed at its column in the file's own header order."""
        reading = self._reading(write_lists(tmp_path, participants=PARTICIPANTS, visits=visits))
        reading.read(VISITS)

        line, column, name, key = where
        expected = [("visits.csv", line, column, (name,), f"participants.{key}")]
        assert expected == [_where(p) for p in reading.sink.problems]

    def test_refused_rows_are_remembered_by_id(self, tmp_path: Path) -> None:
        """A row refused for a bad cell leaves its id, with its first line, for the lists that refer to it."""
        read, _ = self._visits(tmp_path, "V1,P9,2024-07-01,\nV1,P9,2024-07-02,\n V3 ,P1,17/10/2024,\n")

        expected = {"V1": 2, "V3": 4}
        assert expected == read.refused

    def test_missing_lists(self, tmp_path: Path) -> None:
        """A missing required list is a problem at the file it was looked for; a missing optional list is not."""
        staff: ListSpec[Row] = ListSpec(name="staff", required=True, columns=(Column("a", TEXT),), build=lambda r: r)
        reading = self._reading(write_lists(tmp_path, participants=PARTICIPANTS), staff)
        reading.read(VISITS)
        reading.read(staff)

        expected = [(str(tmp_path / "staff.csv"), None, None, (), "participants.cohort.missing_list")]
        assert expected == [(p.file, p.line, p.column, p.path, p.message.key) for p in reading.sink.problems]

    def test_check_runs_when_the_list_is_there(self, tmp_path: Path) -> None:
        """A list's check runs after its rows, on the list as read, only when the list is there."""
        seen: list[list[int]] = []

        def check(read: ListRead[Row], reading: Reading) -> None:
            seen.append([len(read.records), len(reading.read_of(PARTICIPANTS_LIST).records)])

        columns = (Column("visit_id", ID),)
        spec: ListSpec[Row] = ListSpec(name="visits", columns=columns, build=lambda r: r, check=check)
        self._reading(write_lists(tmp_path / "a", participants=PARTICIPANTS)).read(spec)
        self._reading(write_lists(tmp_path / "b", participants=PARTICIPANTS, visits="visit_id\nV1\n")).read(spec)

        expected = [[1, 2]]
        assert expected == seen


class TestHeaders:
    def test_missing_required_column(self, tmp_path: Path) -> None:
        """A required column missing from the header is reported on line 1, by name."""
        participants = PARTICIPANTS.replace(",enrolled_on", "").replace(",2024-06-10", "")
        folder = write_lists(tmp_path, participants=participants, attendance=ATTENDANCE)

        expected = ("participants.csv", 1, None, ("enrolled_on",), "participants.table.missing_column")
        assert expected == _problems(folder)[0]

    def test_missing_column_message(self, tmp_path: Path) -> None:
        """The message names the column."""
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE.replace(",hours", ",horas"))
        with pytest.raises(LoadError) as caught:
            read_cohort(folder, sce_method.load())

        expected = "required column 'hours' is missing"
        assert expected == caught.value.problems[1].message.render("en")

    def test_unknown_column_suggests_the_closest(self, tmp_path: Path) -> None:
        """An unknown column is reported at its place in the header, with the closest valid name."""
        folder = write_lists(
            tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE.replace(",hours", ",hours,mdoe")
        )

        problems = _problems(folder)
        expected = [("attendance.csv", 1, 5, ("mdoe",), "participants.cell.unknown_suggest")]
        assert expected == problems

    def test_unknown_column_suggestion(self, tmp_path: Path) -> None:
        """The suggestion is the closest allowed column."""
        folder = write_lists(
            tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE.replace(",hours", ",hours,mdoe")
        )
        with pytest.raises(LoadError) as caught:
            read_cohort(folder, sce_method.load())

        expected = "mode"
        assert expected == caught.value.problems[0].message.params["suggestion"]

    def test_a_misspelt_required_column_is_both_unknown_and_missing(self, tmp_path: Path) -> None:
        """'horas' for 'hours': the header cell is unknown and the column is missing."""
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE.replace(",hours", ",horas"))

        expected = [
            ("attendance.csv", 1, 4, ("horas",), "participants.cell.unknown_suggest"),
            ("attendance.csv", 1, None, ("hours",), "participants.table.missing_column"),
        ]
        assert expected == _problems(folder)

    def test_optional_columns_may_be_absent(self, tmp_path: Path) -> None:
        """A list without its optional columns reads."""
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE)

        expected = (None, None)
        cohort = read_cohort(folder, sce_method.load())
        assert expected == (cohort.participants[0].enrollment.withdrawn_on, cohort.attendance[0].mode)

    def test_a_list_without_its_header_row(self, tmp_path: Path) -> None:
        """participants.csv starting with a participant's row: one problem, and none of her cells is shown."""
        person = ("Ana López", "LOAA800101MJCPNN09", "3312345678")
        folder = write_lists(
            tmp_path, participants="P1,crea,c1,2024-06-10,," + ",".join(person) + "\n", attendance=ATTENDANCE
        )
        with pytest.raises(LoadError) as caught:
            read_cohort(folder, sce_method.load())

        expected: tuple[list[object], list[str]] = (
            [("participants.csv", 1, None, (), "participants.table.no_header")],
            [],
        )
        shown = "\n".join(caught.value.render(lang) for lang in ("es", "en"))
        assert expected == ([_where(caught.value.problems[0])], [v for v in person if v in shown])

    def test_unknown_columns_of_participants_are_hidden(self, tmp_path: Path) -> None:
        """A name in participants.csv's header (a row pasted over it) is not shown."""
        participants = PARTICIPANTS.replace("enrolled_on", "enrolled_on,Ana López", 1)
        folder = write_lists(tmp_path, participants=participants, attendance=ATTENDANCE)
        with pytest.raises(LoadError) as caught:
            read_cohort(folder, sce_method.load())

        expected = ([("participants.csv", 1, 5, (), "participants.cell.unknown")], False)
        assert expected == ([_where(p) for p in caught.value.problems], "Ana" in caught.value.render("en"))

    @pytest.mark.parametrize(
        ("lists", "expected"),
        [
            (
                {"attendance": UNKNOWN_THEN_BAD},
                [
                    ("attendance.csv", 1, 2, ("foo",), "participants.cell.unknown"),
                    ("attendance.csv", 2, 5, ("hours",), "core.value.negative"),
                ],
            ),
            (
                {"participants": "participant_id,centre_id,cohort_id,enrolled_on,cohort_id\nP1,crea,X,2024-06-10,c1\n"},
                [
                    ("participants.csv", 1, 5, ("cohort_id",), "participants.table.column_twice_in_header"),
                    ("attendance.csv", 2, 1, ("participant_id",), "participants.cell.unknown_participant"),
                ],
            ),
        ],
        ids=["unknown-column-then-bad-cell", "column-twice"],
    )
    def test_header_problems_and_the_columns_after_them(
        self, tmp_path: Path, lists: dict[str, str], expected: list[tuple[object, ...]]
    ) -> None:
        """An unknown column does not shift the next cells' columns; a column named twice is refused and not read."""
        folder = write_lists(tmp_path, **{"participants": PARTICIPANTS, "attendance": ATTENDANCE, **lists})

        assert expected == _problems(folder)


class TestFiles:
    def test_missing_participants_list(self, tmp_path: Path) -> None:
        """A folder without participants.csv is reported by that file's path; no row can then be placed."""
        folder = write_lists(tmp_path, attendance=ATTENDANCE)
        with pytest.raises(LoadError) as caught:
            read_cohort(folder, sce_method.load())

        expected = [
            (str(tmp_path / "participants.csv"), None, None, (), "participants.cohort.missing_list"),
            (str(tmp_path / "attendance.csv"), 2, 1, ("participant_id",), "participants.cell.unknown_participant"),
        ]
        assert expected == [(p.file, p.line, p.column, p.path, p.message.key) for p in caught.value.problems]

    def test_missing_attendance_list(self, tmp_path: Path) -> None:
        """A folder without attendance.csv is reported by that file's path."""
        folder = write_lists(tmp_path, participants=PARTICIPANTS)
        with pytest.raises(LoadError) as caught:
            read_cohort(folder, sce_method.load())

        expected = [(str(tmp_path / "attendance.csv"), None, None, (), "participants.cohort.missing_list")]
        assert expected == [(p.file, p.line, p.column, p.path, p.message.key) for p in caught.value.problems]

    def test_missing_list_message(self, tmp_path: Path) -> None:
        """The message names the list and says it may be a file or a sheet."""
        with pytest.raises(LoadError) as caught:
            read_cohort(write_lists(tmp_path, participants=PARTICIPANTS), sce_method.load())

        expected = "the required list 'attendance' is missing (attendance.csv file or attendance sheet)"
        assert expected == caught.value.problems[0].message.render("en")

    def test_missing_optional_lists(self, tmp_path: Path) -> None:
        """Optional lists may be absent: their rows are empty."""
        cohort = read_cohort(write_lists(tmp_path, participants=PARTICIPANTS, attendance=ATTENDANCE), sce_method.load())

        expected = ((), (), (), (), (), ())
        assert expected == (
            cohort.periods,
            cohort.completions,
            cohort.submissions,
            cohort.follow_ups,
            cohort.mentoring,
            cohort.problems,
        )

    def test_not_utf8(self, tmp_path: Path) -> None:
        """A Latin-1 file is refused at the line and column of its first bad byte."""
        participants = "participant_id,centre_id,cohort_id,enrolled_on,name\nP1,crea,c1,2024-06-10,Mará\n"
        folder = write_lists(tmp_path, participants=participants.encode("latin-1"), attendance=ATTENDANCE)

        expected = [("participants.csv", 2, 26, (), "core.load.not_utf8")]
        assert expected == _problems(folder)

    def test_not_utf8_message_does_not_echo_the_text(self, tmp_path: Path) -> None:
        """The message gives the bad byte, not the text around it."""
        participants = "participant_id,centre_id,cohort_id,enrolled_on,name\nP1,crea,c1,2024-06-10,Mará\n"
        folder = write_lists(tmp_path, participants=participants.encode("latin-1"), attendance=ATTENDANCE)
        with pytest.raises(LoadError) as caught:
            read_cohort(folder, sce_method.load())

        expected = False
        assert expected == ("Mar" in str(caught.value))

    def test_bom_is_accepted(self, tmp_path: Path) -> None:
        """A UTF-8 BOM (Excel's 'CSV UTF-8') is dropped, not read into the first column name."""
        folder = write_lists(tmp_path, participants=b"\xef\xbb\xbf" + PARTICIPANTS.encode(), attendance=ATTENDANCE)

        expected = ("P1", "P2")
        assert expected == read_cohort(folder, sce_method.load()).participant_ids

    def test_crlf_line_ends(self, tmp_path: Path) -> None:
        """Windows line ends read the same."""
        folder = write_lists(tmp_path, participants=PARTICIPANTS.replace("\n", "\r\n"), attendance=ATTENDANCE)

        expected = ("P1", "P2")
        assert expected == read_cohort(folder, sce_method.load()).participant_ids

    def test_lines_count_quoted_line_breaks(self, tmp_path: Path) -> None:
        """A quoted cell over two lines moves the next row's line number on by two."""
        attendance = (
            "participant_id,module_id,session_date,hours,mode\n"
            'P1,alfabetizacion-digital,2024-07-01,2,"presencial\nmixta"\n'
            "P1,alfabetizacion-digital,2024-07-01,-1\n"
        )
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=attendance)

        expected = [
            ("attendance.csv", 2, 5, ("mode",), "participants.cell.unknown_suggest"),
            ("attendance.csv", 4, 4, ("hours",), "core.value.negative"),
        ]
        assert expected == _problems(folder)

    def test_malformed_csv(self, tmp_path: Path) -> None:
        """Text after a closing quote is a malformed CSV, reported at its line."""
        attendance = ATTENDANCE + 'P1,alfabetizacion-digital,2024-07-01,"2"h\n'
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=attendance)

        expected = [("attendance.csv", 3, None, (), "participants.table.csv_syntax")]
        assert expected == _problems(folder)

    def test_unclosed_quote_is_placed_where_it_opens(self, tmp_path: Path) -> None:
        """A quote opened on line 12 that never closes is reported at line 12 and its cell, not at the file's end."""
        good = "P1,alfabetizacion-digital,2024-07-01,2\n"
        attendance = ATTENDANCE + good * 9 + 'P1,"alfabetizacion-digital,2024-07-01,2\n' + good * 20
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=attendance)

        expected = [("attendance.csv", 12, 2, (), "participants.table.unclosed_quote")]
        assert expected == _problems(folder)

    def test_unclosed_quote_after_a_cell_over_two_lines(self, tmp_path: Path) -> None:
        """The quote is found on the line it opens on, past a quoted cell over two lines of the same row."""
        attendance = ATTENDANCE + 'P1,alfabetizacion-digital,"2024-07-01\n",2,"presencial\n'
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=attendance)

        expected = [("attendance.csv", 4, 5, (), "participants.table.unclosed_quote")]
        assert expected == _problems(folder)

    def test_problems_found_before_a_malformed_file_are_kept(self, tmp_path: Path) -> None:
        """A list that cannot be parsed stops the reading, but the problems already found are reported too."""
        participants = PARTICIPANTS + "P3,crea,c1,17/10/2024\n"
        attendance = ATTENDANCE + 'P1,"alfabetizacion-digital\n'
        folder = write_lists(tmp_path, participants=participants, attendance=attendance)

        expected = ["core.load.invalid_date", "participants.table.unclosed_quote"]
        assert expected == [key for *_, key in _problems(folder)]

    def test_empty_file(self, tmp_path: Path) -> None:
        """An empty required file is reported as a list with no header."""
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance="")

        expected = [("attendance.csv", 1, None, (), "participants.table.empty")]
        assert expected == _problems(folder)

    def test_path_not_found(self, tmp_path: Path) -> None:
        """A path that does not exist is a LoadError naming it."""
        with pytest.raises(LoadError) as caught:
            read_cohort(tmp_path / "nope", sce_method.load())

        expected = [(str(tmp_path / "nope"), "participants.cohort.not_found")]
        assert expected == [(p.file, p.message.key) for p in caught.value.problems]

    def test_neither_folder_nor_workbook(self, tmp_path: Path) -> None:
        """A single CSV file is not a cohort."""
        path = tmp_path / "participants.csv"
        path.write_text(PARTICIPANTS, encoding="utf-8")
        with pytest.raises(LoadError) as caught:
            read_cohort(path, sce_method.load())

        expected = ["participants.cohort.not_folder_or_xlsx"]
        assert expected == [p.message.key for p in caught.value.problems]


class TestWorkbook:
    def _workbook(self, path: Path, *sheets: str) -> Path:
        book = openpyxl.Workbook()
        book.remove(book.active)  # type: ignore[arg-type]
        content = {"participants": PARTICIPANTS, "attendance": ATTENDANCE}
        for name in sheets:
            sheet = book.create_sheet(name)
            for line in content[name].splitlines():
                sheet.append(line.split(","))
        book.save(path)
        return path

    def test_reads_sheets(self, tmp_path: Path) -> None:
        """A workbook whose sheets carry the lists' names reads like a folder."""
        book = self._workbook(tmp_path / "c.xlsx", "participants", "attendance")

        expected = (("P1", "P2"), 1)
        cohort = read_cohort(book, sce_method.load())
        assert expected == (cohort.participant_ids, len(cohort.attendance))

    def test_missing_sheet(self, tmp_path: Path) -> None:
        """A missing required sheet is a problem named by the workbook and the sheet."""
        book = self._workbook(tmp_path / "c.xlsx", "participants")
        with pytest.raises(LoadError) as caught:
            read_cohort(book, sce_method.load())

        expected = [(f"{book}[attendance]", None, None, (), "participants.cohort.missing_list")]
        assert expected == [(p.file, p.line, p.column, p.path, p.message.key) for p in caught.value.problems]

    def test_problems_name_the_sheet(self, tmp_path: Path) -> None:
        """A bad cell of a sheet is placed as workbook[sheet]:line:column."""
        book = openpyxl.Workbook()
        book.remove(book.active)  # type: ignore[arg-type]
        participants = book.create_sheet("participants")
        for line in PARTICIPANTS.splitlines():
            participants.append(line.split(","))
        attendance = book.create_sheet("attendance")
        attendance.append(["participant_id", "module_id", "session_date", "hours"])
        attendance.append(["P1", "alfabetizacion-digital", "2024-07-01", -1])
        book.save(tmp_path / "c.xlsx")
        with pytest.raises(LoadError) as caught:
            read_cohort(tmp_path / "c.xlsx", sce_method.load())

        expected = [(f"{tmp_path / 'c.xlsx'}[attendance]", 2, 4, ("hours",), "core.value.negative")]
        assert expected == [(p.file, p.line, p.column, p.path, p.message.key) for p in caught.value.problems]

    def test_broken_workbook(self, tmp_path: Path) -> None:
        """A file named .xlsx that is not a workbook is unreadable, not a crash."""
        path = tmp_path / "c.xlsx"
        path.write_bytes(b"not a zip file")
        with pytest.raises(LoadError) as caught:
            read_cohort(path, sce_method.load())

        expected = [(str(path), "core.load.unreadable")]
        assert expected == [(p.file, p.message.key) for p in caught.value.problems]
