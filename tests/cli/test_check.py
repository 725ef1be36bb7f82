"""Tests for `sce_method.cli._check`: the ``check`` command."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

import sce_method
from sce_method.graduation import CSV_COLUMNS
from sce_method.serialization import dump
from tests.cli.run import run, run_check
from tests.participants.lists import (
    ATTENDANCE,
    EXAMPLE,
    EXAMPLE_XLSX,
    PARTICIPANTS,
    leaks,
    workbook_of,
    write_lists,
)


def _has_polars() -> bool:
    """Whether polars (the tables extra) is installed."""
    return importlib.util.find_spec("polars") is not None


def _column(table: str, index: int) -> list[str]:
    """One column of the plain-text table check prints (columns are two or more spaces apart)."""
    rows = table.split("\n\n")[1].splitlines()[2:]
    return [re.split(r" {2,}", row.strip())[index] for row in rows]


class TestCheck:
    def test_table_in_spanish(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The table gives every Spanish status label and the totals; exit 0."""
        code, out, err = run_check(capsys)

        expected = (0, "", {"acredita graduación", "en curso", "no acredita", "baja"})
        assert expected == (code, err, set(_column(out, 3)))

    def test_summary_line(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The counts by status come first, before the table."""
        _, out, _ = run_check(capsys)

        expected = "70 participantes: 0 inscritas, 9 en curso, 44 acreditan, 0 graduadas, 13 no acreditan, 4 bajas"
        assert expected == out.splitlines()[0]

    def test_table_in_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--lang en gives the English labels and headers."""
        code, out, _ = run_check(capsys, "--lang", "en")

        expected = (0, "participant", {"eligible to graduate", "in progress", "not eligible", "withdrawn"})
        assert expected == (code, out.split("\n\n")[1].split()[0], set(_column(out, 3)))

    def test_language_from_the_environment(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """SCE_METHOD_LANG sets the default language."""
        monkeypatch.setenv("SCE_METHOD_LANG", "en")

        expected = run_check(capsys, "--lang", "en")
        assert expected == run_check(capsys)

    def test_csv(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format csv gives the CSV columns and one row per participant."""
        code, out, _ = run_check(capsys, "--format", "csv")
        rows = list(csv.reader(io.StringIO(out, newline="")))

        expected = (0, list(CSV_COLUMNS), 71)
        assert expected == (code, rows[0], len(rows))

    def test_csv_from_the_workbook_is_the_same(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The workbook gives the same CSV as the folder."""
        expected = run_check(capsys, "--format", "csv")

        assert expected == run_check(capsys, "--format", "csv", cohort=EXAMPLE_XLSX)

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json gives the rows as a JSON list."""
        code, out, _ = run_check(capsys, "--format", "json")
        rows = json.loads(out)

        expected = (0, 70, list(CSV_COLUMNS), "P0005", "not_eligible")
        assert expected == (code, len(rows), list(rows[4]), rows[4]["participant_id"], rows[4]["status"])

    def test_markdown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format md gives a Markdown table."""
        code, out, _ = run_check(capsys, "--format", "md")

        expected = (0, "| participante | centro | generación | estado | detalle |")
        assert expected == (code, out.splitlines()[2])

    def test_participant(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--participant explains one decision: module, hours missing, each criterion."""
        code, out, _ = run_check(capsys, "--participant", "P0005")

        expected = (0, "P0005 (crea, crea-2024-1): no acredita al 2024-10-17", True)
        assert expected == (
            code,
            out.splitlines()[0],
            "✗ Educación financiera: 6.0 de 12.0 h (mínimo 9.6 h), faltan 3.6 h" in out,
        )

    def test_participant_in_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        """...in English too."""
        _, out, _ = run_check(capsys, "--participant", "P0005", "--lang", "en")

        expected = True
        assert expected == ("Financial education: 6.0 of 12.0 h (minimum 9.6 h), 3.6 h missing" in out)

    @pytest.mark.parametrize("fmt", ["csv", "json"])
    def test_participant_as_data(self, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
        """--participant with --format csv or json gives her one row, as the whole cohort's output does."""
        _, whole, _ = run_check(capsys, "--format", fmt)
        code, one, _ = run_check(capsys, "--participant", "P0005", "--format", fmt)
        rows = json.loads(whole) if fmt == "json" else list(csv.DictReader(io.StringIO(whole, newline="")))
        mine = json.loads(one) if fmt == "json" else list(csv.DictReader(io.StringIO(one, newline="")))

        expected = (0, [r for r in rows if r["participant_id"] == "P0005"])
        assert expected == (code, mine)

    def test_unknown_participant(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown participant exits 1 with one line, and lists no one else."""
        code, out, err = run_check(capsys, "--participant", "P9999", "--lang", "en")

        expected = (1, "", ["sce-method: there is no participant with id 'P9999' in this cohort"])
        assert expected == (code, out, err.splitlines())

    def test_before_any_rule(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--as-of 2019-01-01, before any rule, exits 1 with a clear message and no traceback."""
        code, out, err = run(capsys, "check", str(EXAMPLE), "--as-of", "2019-01-01", "--lang", "en")

        expected = (1, "", 1, True, False)
        assert expected == (code, out, len(err.splitlines()), "2020-01-01" in err, "Traceback" in err)

    def test_invalid_date(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A date that is not YYYY-MM-DD is wrong usage: exit 2, the message naming the option."""
        code, _, err = run(capsys, "check", str(EXAMPLE), "--as-of", "17/10/2024", "--lang", "en")

        said = (
            "sce-method check: error: argument --as-of: invalid date '17/10/2024': expected a real date as YYYY-MM-DD"
        )
        expected = (2, True, said)
        assert expected == (code, err.startswith("usage: sce-method check"), err.splitlines()[-1])

    def test_bad_rows(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A folder with bad rows exits 1 listing each problem on its own line, with file:line:column."""
        attendance = ATTENDANCE + 'P9,alfabetizacion-digital,2024-07-01,2\nP1,alfabetizacion-digital,17/10/2024,"2,5"\n'
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=attendance)
        code, out, err = run_check(capsys, "--lang", "en", cohort=folder)

        file = folder / "attendance.csv"
        expected = (
            1,
            "",
            [
                f"{file}:3:1: $.participant_id: participant not in participants.csv",
                f"{file}:4:3: $.session_date: invalid date '17/10/2024': expected a real date as YYYY-MM-DD",
                f"{file}:4:4: $.hours: number with a decimal comma '2,5': use a point (2.5); the value is not guessed",
            ],
        )
        assert expected == (code, out, err.splitlines())

    def test_missing_folder(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A cohort path that does not exist exits 1."""
        code, _, err = run_check(capsys, cohort=tmp_path / "no")

        expected = (1, False)
        assert expected == (code, "Traceback" in err)

    def test_output_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """-o writes the report to a file, the same as stdout would have shown."""
        path = tmp_path / "informe.csv"
        _, shown, _ = run_check(capsys, "--format", "csv")
        code, out, _ = run_check(capsys, "--format", "csv", "-o", str(path))

        expected = (0, "", shown)
        assert expected == (code, out, path.read_text(encoding="utf-8"))

    def test_output_file_that_cannot_be_written(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """An output path in a missing folder exits 1 with one line, no traceback."""
        code, _, err = run_check(capsys, "-o", str(tmp_path / "no" / "informe.txt"))

        expected = (1, 1, False)
        assert expected == (code, len(err.splitlines()), "Traceback" in err)

    def test_other_methodology_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--methodology FILE uses that methodology."""
        path = tmp_path / "m.yaml"
        path.write_text(dump(sce_method.load()), encoding="utf-8")

        expected = run_check(capsys, "--format", "csv")
        assert expected == run_check(capsys, "--format", "csv", "--methodology", str(path))


class TestPersonalData:
    @pytest.mark.parametrize("fmt", ["table", "csv", "json", "md"])
    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_check_shows_nothing_personal(self, capsys: pytest.CaptureFixture[str], fmt: str, lang: str) -> None:
        """No output format of check, in either language, holds a personal value of the example cohort."""
        code, out, err = run_check(capsys, "--format", fmt, "--lang", lang)

        expected: tuple[int, list[str]] = (0, [])
        assert expected == (code, leaks(out + err))

    @pytest.mark.parametrize("pid", ["P0005", "P0014", "P0066"])
    def test_participant_shows_nothing_personal(self, capsys: pytest.CaptureFixture[str], pid: str) -> None:
        """Explaining one participant shows nothing personal."""
        code, out, err = run_check(capsys, "--participant", pid)

        expected: tuple[int, list[str]] = (0, [])
        assert expected == (code, leaks(out + err))

    def test_problems_show_nothing_personal(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """The problems of a bad list with personal columns show none of them."""
        person = "Ana Pérez López,PELA800101MJCRPN09,3312345678"
        participants = (
            "participant_id,centre_id,cohort_id,enrolled_on,withdrawn_on,name,curp,phone\n"
            f"P1,crea,c1,2024-06-10,,{person}\n"
            f"P1,crea,c1,2024-06-10,,{person}\n"
            f"P2,crea,c1,2024-06-10,{person}\n"
        )
        folder = write_lists(
            tmp_path, participants=participants, attendance=ATTENDANCE + "Ana Pérez López,x,2024-07-01,2\n"
        )
        code, out, err = run_check(capsys, cohort=folder)

        expected: tuple[int, str, int, list[str]] = (1, "", 4, [])
        assert expected == (code, out, len(err.splitlines()), leaks(err, frozenset(person.split(","))))

    @pytest.mark.parametrize("with_cohorts", [False, True])
    def test_a_name_in_the_cohort_column(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, *, with_cohorts: bool
    ) -> None:
        """A name typed in cohort_id is refused at its cell and never shown, with or without cohorts.csv."""
        participants = "participant_id,centre_id,cohort_id,enrolled_on\nP1,crea,Ana María López,2024-06-10\n"
        cohorts = "cohort_id,centre_id,starts_on,ends_on\nc1,crea,2024-06-01,2024-12-01\n"
        lists = {"cohorts": cohorts} if with_cohorts else {}
        folder = write_lists(tmp_path, participants=participants, attendance=ATTENDANCE.splitlines()[0] + "\n", **lists)
        code, out, err = run_check(capsys, "--format", "csv", cohort=folder)

        place = f"{folder / 'participants.csv'}:2:3: $.cohort_id: "
        expected: tuple[int, str, list[str], list[str]] = (1, "", [place], [])
        assert expected == (code, out, [line[: len(place)] for line in err.splitlines()], leaks(out + err, NAME))


class TestGraduations:
    PEOPLE = "participant_id,centre_id,cohort_id,enrolled_on\nP1,crea,c1,2024-06-10\nP2,crea,c2,2024-10-01\n"
    COHORTS = "cohort_id,centre_id,starts_on,ends_on\nc1,crea,2024-06-10,2024-10-11\nc2,crea,2025-01-13,2025-05-30\n"

    def test_graduated_and_enrolled(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A recorded graduation shows as graduada, a cohort not started as inscrita; an unwarranted one exits 1."""
        folder = write_lists(
            tmp_path,
            participants=self.PEOPLE,
            cohorts=self.COHORTS,
            attendance=ATTENDANCE,
            graduations="participant_id,graduated_on\nP1,2024-10-17\n",
        )
        code, out, err = run_check(capsys, cohort=folder)

        expected = (1, ["graduada", "inscrita"], 1)
        assert expected == (code, _column(out, 3), len(err.splitlines()))
        assert "graduations.csv:2:2: " in err
        assert "0 inscritas" not in out

    @pytest.mark.parametrize(("status", "lang", "shown"), [
        ("graduada", "es", ["graduada"]),
        ("inscrita", "es", ["inscrita"]),
        ("graduated,enrolled", "en", ["graduated", "enrolled"]),
    ])  # fmt: skip
    def test_status_filter(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, status: str, lang: str, shown: list[str]
    ) -> None:
        """--status takes the new statuses by label or id; the counts first still cover everyone."""
        folder = write_lists(
            tmp_path,
            participants=self.PEOPLE,
            cohorts=self.COHORTS,
            attendance=ATTENDANCE,
            graduations="participant_id,graduated_on\nP1,2024-10-17\n",
        )
        code, out, _ = run_check(capsys, "--status", status, "--lang", lang, cohort=folder)

        expected = (1, shown, True)
        assert expected == (code, _column(out, 3), out.splitlines()[0].startswith("2 particip"))


NAME = frozenset({"Ana María López", "Ana", "María", "López"})
"""A name, and its words."""


NAMED = "participant_id,centre_id,cohort_id,enrolled_on,name\n"
"""participants.csv's header, with a name column."""

BAD_LISTS: dict[str, dict[str, str | bytes]] = {
    "no-header": {"participants": "P1,crea,c1,2024-06-10,Ana López\n"},
    "nul-byte": {"participants": NAMED + "P1,crea,c1,2024-06-10,A\x00\n"},
    "column-twice": {"participants": NAMED.replace("name", "cohort_id") + "P1,crea,c1,2024-06-10,c1\n"},
    "unclosed-quote": {"participants": PARTICIPANTS + 'P3,"crea,c1,2024-06-10\n'},
    "look-alike-id": {"participants": PARTICIPANTS + "\u04201,crea,c1,2024-06-10\n"},
    "arabic-digit-hours": {"attendance": ATTENDANCE + "P1,alfabetizacion-digital,2024-07-01,\u0662\n"},
    "latin-1": {"participants": (NAMED + "P1,crea,c1,2024-06-10,Mar\xeda\n").encode("latin-1")},
    "blank-header": {"participants": ",,,\nP1,crea,c1,2024-06-10\n"},
}
"""Cohort folders whose lists are broken in one way each."""


def _bad_workbook(path: Path, kind: str) -> Path:
    """A workbook with a date in a header, a sheet openpyxl cannot read, or a part that unzips a thousandfold."""
    book = workbook_of(participants=PARTICIPANTS)
    header: list[object] = ["participant_id", "module_id", "session_date", "hours"]
    book.create_sheet("attendance").append([*header, dt.date(2024, 7, 1)] if kind == "date-in-header" else header)
    written = io.BytesIO()
    book.save(written)
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if kind == "broken-sheet" and info.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"</sheetData>", b'<row r="2"><c r="A2" t="n"><v>x</v></c></row></sheetData>')
            out.writestr(info.filename, data)
        if kind == "zip-bomb":
            out.writestr("xl/media/pad.bin", bytes(4 * 1024 * 1024))
    return path


class TestNoInternalError:
    @pytest.mark.parametrize("name", list(BAD_LISTS))
    def test_a_broken_list_is_a_located_problem(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
    ) -> None:
        """Each broken list ends in exit 1 and problems that each name the file: never an internal error."""
        lists: dict[str, str | bytes] = {"participants": PARTICIPANTS, "attendance": ATTENDANCE, **BAD_LISTS[name]}
        folder = write_lists(tmp_path, **lists)
        code, out, err = run_check(capsys, cohort=folder)

        expected: tuple[int, str, list[str]] = (1, "", [])
        assert expected == (code, out, [line for line in err.splitlines() if not line.startswith(str(folder))])

    @pytest.mark.parametrize("kind", ["date-in-header", "broken-sheet", "zip-bomb"])
    def test_a_broken_workbook_is_a_located_problem(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
    ) -> None:
        """A broken workbook ends in exit 1 and problems that name it: never an internal error."""
        path = _bad_workbook(tmp_path / "c.xlsx", kind)
        code, out, err = run_check(capsys, cohort=path)

        expected: tuple[int, str, list[str]] = (1, "", [])
        assert expected == (code, out, [line for line in err.splitlines() if not line.startswith(str(path))])


ENGINES = ["python", pytest.param("polars", marks=pytest.mark.skipif(not _has_polars(), reason="no polars"))]


class TestStatusAndEngine:
    @pytest.mark.parametrize("engine", ENGINES)
    def test_status_lists_only_those(self, capsys: pytest.CaptureFixture[str], engine: str) -> None:
        """--status no-acredita,en-curso lists 13 + 9 participants, after the counts of all 70, with either engine."""
        code, out, _ = run_check(capsys, "--status", "no-acredita,en-curso", "--engine", engine)

        expected = (
            0,
            "70 participantes: 0 inscritas, 9 en curso, 44 acreditan, 0 graduadas, 13 no acreditan, 4 bajas",
            22,
            {"no acredita", "en curso"},
        )
        assert expected == (code, out.splitlines()[0], len(_column(out, 3)), set(_column(out, 3)))

    @pytest.mark.parametrize("engine", ENGINES)
    def test_status_as_csv(self, capsys: pytest.CaptureFixture[str], engine: str) -> None:
        """With --format csv, the rows are those of the statuses asked for (ids or English labels)."""
        _, out, _ = run_check(capsys, "--status", "withdrawn,not-eligible", "--format", "csv", "--engine", engine)

        statuses = [r["status"] for r in csv.DictReader(io.StringIO(out))]
        expected = (17, {"withdrawn", "not_eligible"})
        assert expected == (len(statuses), set(statuses))

    def test_engines_print_the_same(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The table with --status is the same bytes from the readable and the polars engine."""
        pytest.importorskip("polars")
        shown = [run_check(capsys, "--status", "no-acredita", "--engine", e)[1] for e in ("python", "polars")]

        assert shown[0] == shown[1]

    def test_unknown_status_is_usage(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A status no one has is wrong usage: exit 2, the option and the value named."""
        code, _, err = run_check(capsys, "--status", "graduadisima")

        expected = (2, True, True)
        assert expected == (code, "--status" in err, "graduadisima" in err)
