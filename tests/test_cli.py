"""Tests for `sce_method.cli`: the ``sce-method`` command line."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Final

import pytest

import sce_method
from sce_method.cli import main
from sce_method.graduation import CSV_COLUMNS
from sce_method.serialization import bundled_cases, dump
from tests.edits import edit
from tests.participants.lists import ATTENDANCE, EXAMPLE, EXAMPLE_XLSX, PARTICIPANTS, leaks, write_lists

AS_OF: Final = "2024-10-17"

Run = tuple[int, str, str]
"""An exit code, what went to stdout, what went to stderr."""


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _check(capsys: pytest.CaptureFixture[str], *options: str, cohort: Path = EXAMPLE) -> Run:
    return _run(capsys, "check", str(cohort), "--as-of", AS_OF, *options)


def _column(table: str, index: int) -> list[str]:
    """One column of the plain-text table check prints (columns are two or more spaces apart)."""
    rows = table.split("\n\n", maxsplit=1)[0].splitlines()[2:]
    return [re.split(r" {2,}", row.strip())[index] for row in rows]


class TestUsage:
    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the version and exits 0."""
        expected = (0, f"sce-method {sce_method.__version__}\n")

        code, out, _ = _run(capsys, "--version")
        assert expected == (code, out)

    @pytest.mark.parametrize(
        "argv",
        [
            [],
            ["bogus"],
            ["check"],
            ["check", str(EXAMPLE)],
            ["check", str(EXAMPLE), "--as-of", AS_OF, "--format", "xml"],
            ["check", str(EXAMPLE), "--as-of", AS_OF, "--lang", "fr"],
            ["show", "--format", "csv"],
            ["validate"],
        ],
        ids=[
            "nothing",
            "unknown-command",
            "check-bare",
            "check-no-date",
            "bad-format",
            "bad-lang",
            "show-csv",
            "validate-bare",
        ],
    )
    def test_wrong_usage_exits_2(self, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
        """Wrong usage exits 2 with a usage line on stderr and nothing on stdout."""
        code, out, err = _run(capsys, *argv)

        expected = (2, "", True, False)
        assert expected == (code, out, "usage: sce-method" in err, "Traceback" in err)

    def test_help_exits_0(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--help is not an error."""
        code, out, _ = _run(capsys, "check", "--help")

        expected = (0, True)
        assert expected == (code, "--as-of" in out)


class TestShow:
    def test_default_methodology(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The show command with no source shows the bundled methodology, in Spanish."""
        code, out, err = _run(capsys, "show")

        expected = (0, True, "")
        assert expected == (code, out.startswith(str(sce_method.load().title)), err)

    def test_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--lang en shows the English title."""
        code, out, _ = _run(capsys, "show", "--lang", "en")

        expected = (0, True)
        assert expected == (code, out.startswith(str(sce_method.load().title.en)))

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json is JSON of the methodology."""
        code, out, _ = _run(capsys, "show", "--format", "json")

        expected = (0, "jalisco-sisemh-2024")
        assert expected == (code, json.loads(out)["id"])

    def test_provenance(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--provenance --format json lists values with their provenance."""
        code, out, _ = _run(capsys, "show", "--provenance", "--format", "json")

        expected = (0, {"path", "value", "provenance"})
        assert expected == (code, set(json.loads(out)[0]))

    def test_by_path(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """The show command shows a methodology from a YAML file."""
        path = tmp_path / "m.yaml"
        path.write_text(dump(sce_method.load()), encoding="utf-8")

        expected = _run(capsys, "show")
        assert expected == _run(capsys, "show", str(path))

    def test_output_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """-o writes the output to a file instead of stdout."""
        path = tmp_path / "m.md"
        code, out, _ = _run(capsys, "show", "--format", "md", "-o", str(path))

        expected = (0, "", True)
        assert expected == (code, out, path.read_text(encoding="utf-8").startswith("# "))

    def test_unknown_source(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown methodology id exits 1 with a one-line message."""
        code, out, err = _run(capsys, "show", "cocina")

        expected = (1, "", 1, False)
        assert expected == (code, out, len(err.splitlines()), "Traceback" in err)


class TestValidate:
    def _bad(self, tmp_path: Path) -> tuple[Path, list[tuple[int, int]]]:
        """The bundled YAML with two problems, and where each value starts (line, column)."""
        kind = edit("kind: at_least", "kind: at_lest")
        hours = edit("hours: 12", "hours: -4", text=kind.text)
        path = tmp_path / "mala.yaml"
        path.write_text(hours.text, encoding="utf-8")
        return path, [(hours.line, hours.column + len("hours: ")), (kind.line, kind.column + len("kind: "))]

    def test_valid(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A valid file exits 0 and is said to be valid on stdout."""
        path = tmp_path / "m.yaml"
        path.write_text(dump(sce_method.load()), encoding="utf-8")

        expected = (0, f"{path}: valid\n", "")
        assert expected == _run(capsys, "validate", "--lang", "en", str(path))

    def test_invalid(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """An invalid file exits 1 with one line per problem on stderr, each with file:line:column."""
        path, places = self._bad(tmp_path)
        code, out, err = _run(capsys, "validate", "--lang", "en", str(path))

        lines = err.splitlines()
        expected = (1, "", [f"{path}:{line}:{column}" for line, column in places], f"{path}: 2 problem(s)")
        assert expected == (code, out, [line.split(": $.")[0] for line in lines[:2]], lines[2])

    def test_invalid_messages(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """Each line gives the path and what is wrong; there is no traceback."""
        path, _ = self._bad(tmp_path)
        _, _, err = _run(capsys, "validate", "--lang", "en", str(path))

        expected = (
            ["$.curriculum.modules[0].hours: must be > 0, got -4.0",
             "$.graduation.rule_sets.entries[0].value.rule.kind: unknown kind 'at_lest'; did you mean 'at_least'?"],
            False,
        )  # fmt: skip
        assert expected == ([line.split(": ", 1)[1] for line in err.splitlines()[:2]], "Traceback" in err)

    def test_several_files(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """Every file is validated; one invalid file makes the exit code 1."""
        good = tmp_path / "buena.yaml"
        good.write_text(dump(sce_method.load()), encoding="utf-8")
        bad, _ = self._bad(tmp_path)
        code, out, _ = _run(capsys, "validate", str(bad), str(good))

        expected = (1, f"{good}: válido\n")
        assert expected == (code, out)

    def test_missing_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A file that does not exist is a problem, not a crash."""
        code, _, err = _run(capsys, "validate", "--lang", "en", str(tmp_path / "no.yaml"))

        expected = (1, f"{tmp_path / 'no.yaml'}: file not found")
        assert expected == (code, err.splitlines()[0])


class TestCheck:
    def test_table_in_spanish(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The table gives every Spanish status label and the totals; exit 0."""
        code, out, err = _check(capsys)

        expected = (0, "", {"acredita graduación", "en curso", "no acredita", "baja"})
        assert expected == (code, err, set(_column(out, 3)))

    def test_summary_line(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The table ends with the counts by status."""
        _, out, _ = _check(capsys)

        expected = "70 participantes: 44 acreditan, 9 en curso, 13 no acreditan, 4 bajas"
        assert expected == out.splitlines()[-1]

    def test_table_in_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--lang en gives the English labels and headers."""
        code, out, _ = _check(capsys, "--lang", "en")

        expected = (0, "participant", {"eligible to graduate", "in progress", "not eligible", "withdrawn"})
        assert expected == (code, out.split()[0], set(_column(out, 3)))

    def test_language_from_the_environment(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """SCE_METHOD_LANG sets the default language."""
        monkeypatch.setenv("SCE_METHOD_LANG", "en")

        expected = _check(capsys, "--lang", "en")
        assert expected == _check(capsys)

    def test_csv(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format csv gives the CSV columns and one row per participant."""
        code, out, _ = _check(capsys, "--format", "csv")
        rows = list(csv.reader(io.StringIO(out, newline="")))

        expected = (0, list(CSV_COLUMNS), 71)
        assert expected == (code, rows[0], len(rows))

    def test_csv_from_the_workbook_is_the_same(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The workbook gives the same CSV as the folder."""
        expected = _check(capsys, "--format", "csv")

        assert expected == _check(capsys, "--format", "csv", cohort=EXAMPLE_XLSX)

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json gives the rows as a JSON list."""
        code, out, _ = _check(capsys, "--format", "json")
        rows = json.loads(out)

        expected = (0, 70, list(CSV_COLUMNS), "P0005", "not_eligible")
        assert expected == (code, len(rows), list(rows[4]), rows[4]["participant_id"], rows[4]["status"])

    def test_markdown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format md gives a Markdown table."""
        code, out, _ = _check(capsys, "--format", "md")

        expected = (0, "| participante | centro | generación | estado | qué falta |")
        assert expected == (code, out.splitlines()[0])

    def test_participant(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--participant explains one decision: module, hours missing, each criterion."""
        code, out, _ = _check(capsys, "--participant", "P0005")

        expected = (0, "P0005 (crea, crea-2024-1): no acredita al 2024-10-17", True)
        assert expected == (
            code,
            out.splitlines()[0],
            "✗ Educación financiera: 6.0 de 12.0 h (mínimo 9.6 h), faltan 3.6 h" in out,
        )

    def test_participant_in_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        """...in English too."""
        _, out, _ = _check(capsys, "--participant", "P0005", "--lang", "en")

        expected = True
        assert expected == ("Financial education: 6.0 of 12.0 h (minimum 9.6 h), 3.6 h missing" in out)

    @pytest.mark.parametrize("fmt", ["csv", "json"])
    def test_participant_as_data(self, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
        """--participant with --format csv or json gives her one row, as the whole cohort's output does."""
        _, whole, _ = _check(capsys, "--format", fmt)
        code, one, _ = _check(capsys, "--participant", "P0005", "--format", fmt)
        rows = json.loads(whole) if fmt == "json" else list(csv.DictReader(io.StringIO(whole, newline="")))
        mine = json.loads(one) if fmt == "json" else list(csv.DictReader(io.StringIO(one, newline="")))

        expected = (0, [r for r in rows if r["participant_id"] == "P0005"])
        assert expected == (code, mine)

    def test_unknown_participant(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown participant exits 1 with one line, and lists no one else."""
        code, out, err = _check(capsys, "--participant", "P9999", "--lang", "en")

        expected = (1, "", ["sce-method: there is no participant with id 'P9999' in this cohort"])
        assert expected == (code, out, err.splitlines())

    def test_before_any_rule(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--as-of 2019-01-01, before any rule, exits 1 with a clear message and no traceback."""
        code, out, err = _run(capsys, "check", str(EXAMPLE), "--as-of", "2019-01-01", "--lang", "en")

        expected = (1, "", 1, True, False)
        assert expected == (code, out, len(err.splitlines()), "2020-01-01" in err, "Traceback" in err)

    def test_invalid_date(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A date that is not YYYY-MM-DD exits 1 saying so."""
        code, _, err = _run(capsys, "check", str(EXAMPLE), "--as-of", "17/10/2024", "--lang", "en")

        expected = (1, "$.as_of: invalid date '17/10/2024': expected a real date as YYYY-MM-DD\n")
        assert expected == (code, err)

    def test_bad_rows(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A folder with bad rows exits 1 listing each problem on its own line, with file:line:column."""
        attendance = ATTENDANCE + 'P9,alfabetizacion-digital,2024-07-01,2\nP1,alfabetizacion-digital,17/10/2024,"2,5"\n'
        folder = write_lists(tmp_path, participants=PARTICIPANTS, attendance=attendance)
        code, out, err = _check(capsys, "--lang", "en", cohort=folder)

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
        code, _, err = _check(capsys, cohort=tmp_path / "no")

        expected = (1, False)
        assert expected == (code, "Traceback" in err)

    def test_output_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """-o writes the report to a file, the same as stdout would have shown."""
        path = tmp_path / "informe.csv"
        _, shown, _ = _check(capsys, "--format", "csv")
        code, out, _ = _check(capsys, "--format", "csv", "-o", str(path))

        expected = (0, "", shown)
        assert expected == (code, out, path.read_text(encoding="utf-8"))

    def test_output_file_that_cannot_be_written(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """An output path in a missing folder exits 1 with one line, no traceback."""
        code, _, err = _check(capsys, "-o", str(tmp_path / "no" / "informe.txt"))

        expected = (1, 1, False)
        assert expected == (code, len(err.splitlines()), "Traceback" in err)

    def test_other_methodology_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--methodology FILE uses that methodology."""
        path = tmp_path / "m.yaml"
        path.write_text(dump(sce_method.load()), encoding="utf-8")

        expected = _check(capsys, "--format", "csv")
        assert expected == _check(capsys, "--format", "csv", "--methodology", str(path))


class TestTest:
    def test_bundled_cases(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With no files, the bundled cases run and all pass."""
        code, out, _ = _run(capsys, "test", "--lang", "en")
        cases = len(bundled_cases().cases)

        expected = (0, f"{cases} of {cases} cases passed")
        assert expected == (code, out.splitlines()[-1])

    def test_wrong_case(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A wrong case exits 1 and is reported as FALLA."""
        path = tmp_path / "casos.yaml"
        path.write_text(_WRONG_CASE, encoding="utf-8")
        code, out, _ = _run(capsys, "test", str(path))

        expected = (1, "FALLA  sin ninguna asistencia, y se espera que acredite", "0 de 1 casos correctos")
        assert expected == (code, out.splitlines()[0], out.splitlines()[-1])

    def test_wrong_case_in_english(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """...FAILED in English, with what differed."""
        path = tmp_path / "casos.yaml"
        path.write_text(_WRONG_CASE, encoding="utf-8")
        code, out, _ = _run(capsys, "test", "--lang", "en", str(path))

        expected = (1, True, True)
        assert expected == (code, out.startswith("FAILED "), "expected status eligible, got not_eligible" in out)

    def test_invalid_case_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A case file with a bad status exits 1 with the problem located, no traceback."""
        path = tmp_path / "casos.yaml"
        path.write_text(_WRONG_CASE.replace("status: eligible", "status: graduada"), encoding="utf-8")
        code, _, err = _run(capsys, "test", str(path))

        expected = (1, True, False)
        assert expected == (code, err.startswith(f"{path}:"), "Traceback" in err)


_WRONG_CASE: Final = """\
methodology: jalisco-sisemh-2024
cases:
  - name: "sin ninguna asistencia, y se espera que acredite"
    as_of: "2024-10-17"
    participant: {id: X1, centre_id: crea, cohort_id: crea-2024-1, enrolled_on: "2024-06-10"}
    period: {starts_on: "2024-06-10", ends_on: "2024-10-15"}
    expect: {status: eligible}
"""


class TestPersonalData:
    @pytest.mark.parametrize("fmt", ["table", "csv", "json", "md"])
    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_check_shows_nothing_personal(self, capsys: pytest.CaptureFixture[str], fmt: str, lang: str) -> None:
        """No output format of check, in either language, holds a personal value of the example cohort."""
        code, out, err = _check(capsys, "--format", fmt, "--lang", lang)

        expected: tuple[int, list[str]] = (0, [])
        assert expected == (code, leaks(out + err))

    @pytest.mark.parametrize("pid", ["P0005", "P0014", "P0066"])
    def test_participant_shows_nothing_personal(self, capsys: pytest.CaptureFixture[str], pid: str) -> None:
        """Explaining one participant shows nothing personal."""
        code, out, err = _check(capsys, "--participant", pid)

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
        code, out, err = _check(capsys, cohort=folder)

        expected: tuple[int, str, int, list[str]] = (1, "", 4, [])
        assert expected == (code, out, len(err.splitlines()), leaks(err, frozenset(person.split(","))))


class TestShowEveryPart:
    @pytest.mark.parametrize(
        ("lang", "headings"),
        [
            (
                "es",
                [
                    "Graduación",
                    "Instrumentos de monitoreo",
                    "Indicadores de resultado",
                    "Marco de resultados",
                    "Mentoría",
                ],
            ),
            ("en", ["Graduation", "Monitoring instruments", "Outcome indicators", "Results framework", "Mentoring"]),
        ],
    )
    def test_show_lists_every_part(self, capsys: pytest.CaptureFixture[str], lang: str, headings: list[str]) -> None:
        """`show` has a section for graduation, instruments, indicators, the results framework and mentoring."""
        assert main(["show", "--lang", lang]) == 0
        lines = capsys.readouterr().out.splitlines()

        assert [h for h in headings if h not in lines] == []
