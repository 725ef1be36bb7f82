"""Tests for `sce_method.monitoring.exports._repeats`: a Kobo XLSX export's repeat sheets, row by row."""

from __future__ import annotations

from pathlib import Path
from typing import Final

import openpyxl

from sce_method.monitoring.exports import read_export
from sce_method.monitoring.instruments import Instrument, InstrumentKind
from sce_method.monitoring.xlsform import read_xlsform
from tests.monitoring.xlsform.tables import write_md

FORM: Final = """
| survey |
|        | type             | name     | label    | required | constraint | relevant      |
|        | integer          | miembros | Miembros | yes      |            |               |
|        | begin_group      | datos    | Datos    |          |            |               |
|        | begin_repeat     | persona  | Persona  |          |            |               |
|        | text             | nombre   | Nombre   | yes      |            |               |
|        | integer          | edad     | Edad     |          | . < 120    |               |
|        | select_one yesNo | trabaja  | Trabaja  | yes      |            | ${edad} >= 15 |
|        | end_repeat       |          |          |          |            |               |
|        | end_group        |          |          |          |            |               |
| choices |
|         | list_name | name | label |
|         | yesNo     | yes  | Yes   |
|         | yesNo     | no   | No    |
"""
META: Final = ["_id", "_uuid", "_submission_time", "_index"]


def _form(tmp_path: Path) -> Instrument:
    return read_xlsform(write_md(tmp_path / "form.xlsx", FORM), kind=InstrumentKind.FOLLOW_UP).instrument


def _export(tmp_path: Path, people: list[list[object]]) -> Path:
    """A Kobo XLSX export: two submissions, and their people on the repeat's own sheet."""
    workbook = openpyxl.Workbook()
    main = workbook.active
    assert main is not None
    main.title = "Encuesta"
    main.append(["miembros", *META])
    main.append([2, 101, "u-1", "2024-05-01T10:00:00Z", 1])
    main.append([1, 102, "u-2", "2024-05-02T10:00:00Z", 2])
    sheet = workbook.create_sheet("persona")
    sheet.append(["datos/persona/nombre", "datos/persona/edad", "datos/persona/trabaja", "_index", "_parent_index"])
    for row in people:
        sheet.append(row)
    path = tmp_path / "export.xlsx"
    workbook.save(path)
    return path


class TestRepeatSheets:
    def test_valid_rows_no_false_alarm(self, tmp_path: Path) -> None:
        """Good rows on the repeat sheet, joined by _parent_index: no problem, no 'not read' note."""
        people: list[list[object]] = [["Ana", 30, "yes", 1, 1], ["Luis", 8, None, 2, 1], ["Eva", 40, "no", 3, 2]]
        reading = read_export(_export(tmp_path, people), _form(tmp_path))

        expected: tuple[object, ...] = ((), (), (), 2)
        assert expected == (reading.problems, reading.row_problems, reading.warnings, len(reading.responses))

    def test_planted_errors_found_at_their_row(self, tmp_path: Path) -> None:
        """Each planted error is found, on the repeat sheet's line, with the repeat row in its path."""
        people: list[list[object]] = [
            [None, 30, "yes", 1, 1],  # line 2: nombre required
            ["Luis", 130, "no", 2, 1],  # line 3: edad over the constraint
            ["Eva", 40, None, 3, 2],  # line 4: trabaja required (relevant: 40 >= 15)
            ["Teo", 9, "yes", 4, 2],  # line 5: trabaja not relevant (9 < 15)
        ]
        reading = read_export(_export(tmp_path, people), _form(tmp_path))

        found = sorted(
            (str(p.file).rsplit("[", 1)[-1], p.line, p.path[-1], p.message.key) for p in reading.row_problems
        )
        expected = [
            ("persona]", 2, "nombre", "instruments.response.required"),
            ("persona]", 3, "edad", "instruments.response.constraint"),
            ("persona]", 4, "trabaja", "instruments.response.required"),
            ("persona]", 5, "trabaja", "instruments.response.not_relevant"),
        ]
        assert expected == found


class TestCentralRepeatFiles:
    def _files(self, tmp_path: Path, people: list[str]) -> Path:
        """An ODK Central export: form.csv and, beside it, form-persona.csv joined by PARENT_KEY."""
        main = tmp_path / "form.csv"
        main.write_text(
            "SubmissionDate,miembros,KEY\n2024-05-01T10:00:00Z,2,uuid:a\n2024-05-02T10:00:00Z,1,uuid:b\n",
            encoding="utf-8",
        )
        lines = ["datos-persona-nombre,datos-persona-edad,datos-persona-trabaja,PARENT_KEY,KEY", *people]
        (tmp_path / "form-persona.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return main

    def test_valid_rows_no_false_alarm(self, tmp_path: Path) -> None:
        """Good rows in the repeat's CSV: no problem, no note."""
        people = ["Ana,30,yes,uuid:a,uuid:a/persona[1]", "Luis,8,,uuid:a,uuid:a/persona[2]", "Eva,40,no,uuid:b,k3"]
        reading = read_export(self._files(tmp_path, people), _form(tmp_path))

        expected: tuple[object, ...] = ((), (), ())
        assert expected == (reading.problems, reading.row_problems, reading.warnings)

    def test_planted_errors_found_at_their_line(self, tmp_path: Path) -> None:
        """A required answer missing and one not relevant are found on the repeat file's lines."""
        people = [",30,yes,uuid:a,k1", "Luis,8,yes,uuid:a,k2", "Eva,40,no,uuid:b,k3"]
        reading = read_export(self._files(tmp_path, people), _form(tmp_path))

        found = [(Path(str(p.file)).name, p.line, p.path[-1], p.message.key) for p in reading.row_problems]
        expected = [
            ("form-persona.csv", 2, "nombre", "instruments.response.required"),
            ("form-persona.csv", 3, "trabaja", "instruments.response.not_relevant"),
        ]
        assert expected == found
