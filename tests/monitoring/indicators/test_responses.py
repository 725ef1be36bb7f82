"""Tests for `sce_method.monitoring.indicators._responses`: a cohort's responses folder, each wave by participant."""

from __future__ import annotations

from pathlib import Path
from typing import Final

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

import sce_method
from sce_method import message
from sce_method.cli import main
from sce_method.exceptions import Problem
from sce_method.monitoring.exports import MAX_CELL, ExportReading, Flavour, Response, Submission
from sce_method.monitoring.indicators import read_responses
from sce_method.monitoring.indicators._responses import _one_by_one, answers_by_participant
from sce_method.monitoring.instruments import InstrumentKind
from tests.monitoring.indicator_data import Person, kobo_csv, write_cohort

PEOPLE: Final = (
    Person(id="P1", entrada={}, salida={}),
    Person(id="P2", entrada={}, salida={"negocio_inicio_mejora": "si"}),
    Person(id="P3", entrada={}),
)
"""Three participants: all answered the entry survey, P1 and P2 the exit survey."""

Where = tuple[str | None, int | None, int | None, str]


def _where(problem: Problem) -> Where:
    """A problem's file name (not its folder), line, column and message key."""
    return (
        None if problem.file is None else Path(problem.file).name,
        problem.line,
        problem.column,
        problem.message.key,
    )


class TestReadResponses:
    def test_one_reading_per_instrument(self, tmp_path: Path) -> None:
        """responses/entrada.csv and responses/salida.csv are read as the two surveys."""
        readings, problems = read_responses(write_cohort(tmp_path, PEOPLE), sce_method.load())

        expected: tuple[object, ...] = ({"entrada": 3, "salida": 2}, [])
        assert expected == ({k: len(r.responses) for k, r in readings.items()}, problems)

    def test_file_for_an_unknown_instrument(self, tmp_path: Path) -> None:
        """A file named after no instrument is a problem naming the file, and is not read."""
        folder = write_cohort(tmp_path, PEOPLE, extra={"encuesta.csv": kobo_csv("salida", [])})
        readings, problems = read_responses(folder, sce_method.load())

        expected = (
            ["entrada", "salida"],
            [("indicators.unknown_instrument_file", str(folder / "responses" / "encuesta.csv"))],
        )
        assert expected == (sorted(readings), [(p.message.key, p.file) for p in problems])

    def test_unknown_instrument_message(self, tmp_path: Path) -> None:
        """The message names the file's instrument and the instruments that exist."""
        folder = write_cohort(tmp_path, PEOPLE, extra={"encuesta.csv": kobo_csv("salida", [])})
        (problem,) = read_responses(folder, sce_method.load())[1]

        expected = (
            "response file for an instrument the methodology does not have ('encuesta');"
            " known: entrada, postgraduacion, salida, seguimiento"
        )
        assert expected == problem.message.render("en")

    def test_other_files_are_skipped(self, tmp_path: Path) -> None:
        """Files that are not CSV or .xlsx, and hidden files, are not responses."""
        folder = write_cohort(tmp_path, PEOPLE, extra={"LEEME.md": "notas\n", ".salida.csv": "x\n"})
        readings, problems = read_responses(folder, sce_method.load())

        expected: tuple[object, ...] = (["entrada", "salida"], [])
        assert expected == (sorted(readings), problems)

    def test_no_responses_folder(self, tmp_path: Path) -> None:
        """A cohort folder without responses/ has no readings and no problem."""
        expected: tuple[object, ...] = ({}, [])
        assert expected == read_responses(tmp_path, sce_method.load())

    def test_csv_and_xlsx_of_one_instrument(self, tmp_path: Path) -> None:
        """salida.csv and salida.xlsx both there: a problem naming both, and neither is read."""
        folder = write_cohort(tmp_path, PEOPLE)
        workbook = openpyxl.Workbook()
        workbook.save(folder / "responses" / "salida.xlsx")
        readings, problems = read_responses(folder, sce_method.load())

        expected = (["entrada"], [("responses", None, None, "indicators.two_exports")])
        assert expected == (sorted(readings), [_where(p) for p in problems])
        assert message("indicators.two_exports", id="salida", files="salida.csv, salida.xlsx") == problems[0].message

    def test_unreadable_export(self, tmp_path: Path) -> None:
        """An export that cannot be read is its problems, at its line; the other exports are still read."""
        folder = write_cohort(tmp_path, PEOPLE)
        salida = folder / "responses" / "salida.csv"
        salida.write_text(salida.read_text(encoding="utf-8").replace('"si"', '"' + "x" * (MAX_CELL + 1) + '"', 1))
        readings, problems = read_responses(folder, sce_method.load())

        expected = (["entrada"], [("salida.csv", 3, None, "exports.cell_too_large")])
        assert expected == (sorted(readings), [_where(p) for p in problems])

    def test_command_line(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`indicators` says the cell limit at its file and line and exits 1: no internal error."""
        folder = write_cohort(tmp_path, PEOPLE)
        salida = folder / "responses" / "salida.csv"
        salida.write_text(salida.read_text(encoding="utf-8").replace('"si"', '"' + "x" * (MAX_CELL + 1) + '"', 1))

        code = main(["indicators", str(folder), "--lang", "en"])
        _, err = capsys.readouterr()
        expected = (1, f"{salida}:3: a cell of this row holds more than {MAX_CELL} characters: no answer is that long")
        assert expected == (code, err.splitlines()[0])
        assert "internal error" not in err


def _reading(*participants: str | None, column: int | None = 2) -> ExportReading:
    """An export whose rows, from line 2, are responses of *participants*; each answers its own line number."""
    return ExportReading(
        instrument_id="salida",
        flavour=Flavour.KOBO,
        file="salida.csv",
        participant_column=column,
        responses=tuple(
            Response(line=line, participant_id=pid, answers={"line": line}, submission=Submission())
            for line, pid in enumerate(participants, start=2)
        ),
    )


class TestAnswersByParticipant:
    def test_one_row_each(self) -> None:
        """Each participant's answers, and no problem."""
        problems: list[Problem] = []

        expected: tuple[object, ...] = ({"P1": {"line": 2}, "P2": {"line": 3}}, [])
        assert expected == (
            answers_by_participant(_reading("P1", "P2"), InstrumentKind.EXIT, {"P1", "P2"}, problems),
            problems,
        )

    def test_answered_again(self) -> None:
        """Of three rows of one participant, the last counts; the two before it are problems at their cells."""
        problems: list[Problem] = []
        found = answers_by_participant(_reading("P1", "P2", "P1", "P1"), InstrumentKind.EXIT, {"P1", "P2"}, problems)

        expected = (
            {"P1": {"line": 5}, "P2": {"line": 3}},
            [("salida.csv", 2, 2, "indicators.answered_again"), ("salida.csv", 4, 2, "indicators.answered_again")],
        )
        assert expected == (found, [_where(p) for p in problems])
        assert message("indicators.answered_again", counted=5) == problems[0].message

    def test_follow_up_answered_again(self) -> None:
        """A follow-up form is answered many times: the last row still counts, and it is no problem."""
        problems: list[Problem] = []
        found = answers_by_participant(_reading("P1", "P1"), InstrumentKind.FOLLOW_UP, {"P1"}, problems)

        expected: tuple[object, ...] = ({"P1": {"line": 3}}, [])
        assert expected == (found, problems)

    def test_in_file_order(self) -> None:
        """A row of someone not in the cohort and a repeated row are reported in the order of the file."""
        problems: list[Problem] = []
        answers_by_participant(_reading("P1", "P1", None), InstrumentKind.EXIT, {"P1"}, problems)

        expected = [
            ("salida.csv", 2, 2, "indicators.answered_again"),
            ("salida.csv", 4, None, "indicators.unknown_participant"),
        ]
        assert expected == [_where(p) for p in problems]

    def test_participant_not_echoed(self) -> None:
        """Neither problem repeats a participant id: a mistyped id may be a name."""
        problems: list[Problem] = []
        answers_by_participant(_reading("Ana", "Ana", "Luz"), InstrumentKind.EXIT, {"Ana"}, problems)

        expected: list[str] = []
        assert expected == [
            s for p in problems for lang in ("es", "en") if ("Ana" in (s := p.render(lang)) or "Luz" in s)
        ]

    def test_command_line(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`indicators` with two exit surveys of one participant exits 1 with the earlier row at its line and column."""
        folder = write_cohort(tmp_path, (*PEOPLE, Person(id="P1", salida={}, listed=False)))

        code = main(["indicators", str(folder), "--lang", "en"])
        _, err = capsys.readouterr()
        said = (
            "the participant answered this survey again (line 4): only the last row of the file is counted;"
            " remove the extra responses"
        )
        expected = (1, [f"{folder / 'responses' / 'salida.csv'}:2:1: $.participant_id: {said}"])
        assert expected == (code, err.splitlines())


class TestAnswersByParticipantAtOnce:
    @given(
        st.lists(st.tuples(st.sampled_from(("P1", "P2", "P3", "X1", None)), st.integers(1, 9)), max_size=12),
        st.sampled_from(list(InstrumentKind)),
    )
    def test_the_same_as_row_by_row(self, rows: list[tuple[str | None, int]], kind: InstrumentKind) -> None:
        """Strangers, no one, answers given twice, lines out of order: the answers and problems of the plain loop."""
        reading = ExportReading(
            instrument_id="salida",
            flavour=Flavour.KOBO,
            responses=tuple(
                Response(line=line, participant_id=pid, answers={"n": n}, submission=Submission())
                for n, (pid, line) in enumerate(rows)
            ),
        )
        cohort = {"P1", "P2", "P3"}
        mine: list[Problem] = []
        theirs: list[Problem] = []

        found = answers_by_participant(reading, kind, cohort, mine)

        assert list(found.items()) == list(_one_by_one(reading, kind, cohort, theirs).items())
        assert mine == theirs
