"""Tests for `sce_method.monitoring.exports._repeats`: a Kobo XLSX export's repeat sheets, row by row."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from sce_method.monitoring.exports import ExportReading, read_export
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


NESTED: Final = """
| survey |
|        | type             | name     | label    | required | constraint       | relevant      |
|        | integer          | miembros | Miembros | yes      |                  |               |
|        | begin_repeat     | hogar    | Hogar    |          |                  |               |
|        | text             | jefe     | Jefe     | yes      |                  |               |
|        | begin_repeat     | persona  | Persona  |          |                  |               |
|        | text             | nombre   | Nombre   | yes      |                  |               |
|        | integer          | edad     | Edad     |          | . < 120          |               |
|        | integer          | orden    | Orden    |          | . = position(..) |               |
|        | select_one yesNo | trabaja  | Trabaja  | yes      |                  | ${edad} >= 15 |
|        | begin_group      | economia | Economía |          |                  |               |
|        | begin_repeat     | ingreso  | Ingreso  |          |                  |               |
|        | decimal          | monto    | Monto    | yes      | . > 0            |               |
|        | end_repeat       |          |          |          |                  |               |
|        | end_group        |          |          |          |                  |               |
|        | end_repeat       |          |          |          |                  |               |
|        | end_repeat       |          |          |          |                  |               |
| choices |
|         | list_name | name | label |
|         | yesNo     | yes  | Yes   |
|         | yesNo     | no   | No    |
"""
"""Households, their people (a repeat in a repeat) and each person's incomes (three deep, inside a plain group)."""

Answers = dict[str, object]


def _submissions(*, planted: bool) -> list[Answers]:
    """Two submissions, three levels deep; with *planted*, one error at each place the comments say."""

    def bad(good: object, wrong: object) -> object:
        return wrong if planted else good

    ingresos = [{"monto": 5.0}, {"monto": bad(1.5, 0.0)}]  # ingreso line 3: constraint
    personas = [
        {"nombre": "Ana", "edad": 30, "orden": 1, "trabaja": "yes", "ingreso": ingresos},
        {"nombre": bad("Luis", None), "edad": 8, "orden": 2},  # persona line 3: required
    ]
    otra = [{"nombre": "Eva", "edad": 40, "orden": bad(1, 2), "trabaja": "no"}]  # persona line 4: position(..)
    teo = {"nombre": "Teo", "edad": 9, "orden": 1, "trabaja": bad(None, "yes")}  # persona line 5: not relevant
    teo["ingreso"] = [{"monto": bad(2.0, None)}]  # ingreso line 4: required
    return [
        {"miembros": 2, "hogar": [{"jefe": "A", "persona": personas}, {"jefe": bad("B", None), "persona": otra}]},
        {"miembros": 1, "hogar": [{"jefe": "C", "persona": [teo]}]},  # hogar line 3 above: jefe required
    ]


PLANTED: Final = [
    ("hogar", 3, "jefe", "instruments.response.required"),
    ("ingreso", 3, "monto", "instruments.response.constraint"),
    ("ingreso", 4, "monto", "instruments.response.required"),
    ("persona", 3, "nombre", "instruments.response.required"),
    ("persona", 4, "orden", "instruments.response.constraint"),
    ("persona", 5, "trabaja", "instruments.response.not_relevant"),
]
"""Where each planted error is: the table (sheet or file), its line, the question, what is wrong."""


class _Layout:
    """The tables of an export of *instrument*: each one's questions and headers, and each repeat's parent."""

    def __init__(self, instrument: Instrument) -> None:
        self.columns: dict[str | None, list[tuple[str, str, str]]] = {None: []}
        """By table (None: the main one): each question's name, Kobo header and Central header."""
        self.parents: dict[str, str | None] = {}
        for group in instrument.groups:
            at = [i for i, head in enumerate(group.parents) if head.repeat] + (
                [len(group.parents)] if group.repeat else []
            )
            for depth, i in enumerate(at):
                self.parents.setdefault(group.path[i], group.path[at[depth - 1]] if depth else None)
            table, start = (group.path[at[-1]], at[-1] + 1) if at else (None, 0)
            self.columns.setdefault(table, []).extend(
                (q.name, "/".join((*group.path, q.name)), "-".join((*group.path[start:], q.name)))
                for q in group.questions
                if q.answers
            )

    def children(self, table: str | None) -> list[str]:
        return [name for name, parent in self.parents.items() if parent == table]


def _rows(answers: Answers, repeat: str) -> list[Answers]:
    """The rows of *repeat* in *answers* (none if absent)."""
    rows = answers.get(repeat, [])
    assert isinstance(rows, list)
    return rows


def _kobo_export(path: Path, instrument: Instrument, submissions: list[Answers]) -> Path:
    """
    A Kobo XLSX export of *submissions*, as formpack writes one.

    A sheet per repeat; ``_index`` numbers a sheet's rows (on the main sheet and on one with a repeat inside),
    ``_parent_table_name`` and ``_parent_index`` name the parent's.
    """
    layout = _Layout(instrument)
    workbook = openpyxl.Workbook()
    main = workbook.active
    assert main is not None
    main.title = "Encuesta"
    main.append([kobo for _, kobo, _ in layout.columns[None]] + META)
    sheets: dict[str | None, Worksheet] = {None: main}
    for name in layout.parents:
        sheets[name] = sheet = workbook.create_sheet(name)
        index = ["_index"] if layout.children(name) else []
        sheet.append([kobo for _, kobo, _ in layout.columns[name]] + index + ["_parent_table_name", "_parent_index"])
    counters: dict[str | None, int] = {}

    def write(table: str | None, answers: Answers, parent: int) -> None:
        counters[table] = index = counters.get(table, 0) + 1
        row = [answers.get(name) for name, _, _ in layout.columns[table]]
        if table is None:
            row += [100 + index, f"u-{index}", "2024-05-01T10:00:00Z", index]
        else:
            row += [index] if layout.children(table) else []
            row += [layout.parents[table] or main.title, parent]
        sheets[table].append(row)
        for child in layout.children(table):
            for child_answers in _rows(answers, child):
                write(child, child_answers, index)

    for submission in submissions:
        write(None, submission, -1)
    workbook.save(path)
    return path


def _central_export(folder: Path, instrument: Instrument, submissions: list[Answers]) -> Path:
    """
    An ODK Central export of *submissions*, as its briefcase CSVs are.

    ``form.csv``, and ``form-<repeat>.csv`` for each repeat, nested ones too, each row with ``PARENT_KEY`` (its
    parent's ``KEY``) and its own ``KEY`` (``…/hogar[1]``).
    """
    layout = _Layout(instrument)
    tables: dict[str | None, list[list[object]]] = {
        None: [["SubmissionDate", *(c for _, _, c in layout.columns[None]), "KEY"]],
        **{name: [[*(c for _, _, c in layout.columns[name]), "PARENT_KEY", "KEY"]] for name in layout.parents},
    }

    def write(table: str | None, answers: Answers, parent: str, key: str) -> None:
        row = [answers.get(name) for name, _, _ in layout.columns[table]]
        tables[table].append(["2024-05-01T10:00:00Z", *row, key] if table is None else [*row, parent, key])
        for child in layout.children(table):
            for number, child_answers in enumerate(_rows(answers, child), start=1):
                write(child, child_answers, key, f"{key}/{child}[{number}]")

    for number, submission in enumerate(submissions, start=1):
        write(None, submission, "", f"uuid:s{number}")
    for table, rows in tables.items():
        text = "".join(",".join("" if v is None else str(v) for v in row) + "\n" for row in rows)
        (folder / ("form.csv" if table is None else f"form-{table}.csv")).write_text(text, encoding="utf-8")
    return folder / "form.csv"


def _places(reading: ExportReading) -> list[tuple[str, int | None, object, str]]:
    """Each row problem's table (the sheet, or the file's repeat), line, question and message key, sorted."""
    return sorted(((_table_of(p.file), p.line, p.path[-1], p.message.key) for p in reading.row_problems), key=str)


class TestNestedRepeatTables:
    """
    A repeat in a repeat, read from its own table and validated row by row.

    Formats, as checked in the exporters' own code: KoboToolbox's formpack (``src/formpack/reporting/export.py``,
    commit 01f398aa3ccfb5759a684f9c7c0221bb56914fd1) gives a section with a parent ``_parent_table_name`` (the
    parent section's name) and ``_parent_index`` (the parent's running ``_index``), and ``_index`` to a section
    with children or with ``force_index``. ODK Central (central-backend ``test/unit/data/briefcase.js``, commit
    052627e0b95830d68b2f036e91b61007485cb68b, "should handle nested repeats, with PARENT_KEY/KEY") writes
    ``multirepeat-toy.csv`` beside ``multirepeat-child.csv`` with headers ``name,PARENT_KEY,KEY``, the parent key
    being the child row's KEY (``two/children/child[1]``) and the toy's own ``two/children/child[1]/toy[1]``.
    """

    @pytest.fixture
    def form(self, tmp_path: Path) -> Instrument:
        return read_xlsform(write_md(tmp_path / "nested.xlsx", NESTED), kind=InstrumentKind.FOLLOW_UP).instrument

    @pytest.mark.parametrize("flavour", ["kobo", "central"])
    def test_valid_export_no_false_alarm(self, tmp_path: Path, form: Instrument, flavour: str) -> None:
        """Good rows at three levels, joined to their parents: no problem, no note, two submissions."""
        path = _write(flavour, tmp_path, form, _submissions(planted=False))
        reading = read_export(path, form)

        expected: tuple[object, ...] = ((), (), (), 2)
        assert expected == (reading.problems, reading.row_problems, reading.warnings, len(reading.responses))

    @pytest.mark.parametrize("flavour", ["kobo", "central"])
    def test_planted_errors_found_on_their_table_and_line(self, tmp_path: Path, form: Instrument, flavour: str) -> None:
        """Every planted error, inner rows' too, is found on its own sheet or file and line, and nothing else."""
        reading = read_export(_write(flavour, tmp_path, form, _submissions(planted=True)), form)

        expected: tuple[object, ...] = ((), sorted(PLANTED, key=str))
        assert expected == (reading.problems, _places(reading))

    @pytest.mark.parametrize("flavour", ["kobo", "central"])
    def test_nested_paths(self, tmp_path: Path, form: Instrument, flavour: str) -> None:
        """A nested row's problem keeps its full path: household, person, plain group, income and question."""
        reading = read_export(_write(flavour, tmp_path, form, _submissions(planted=True)), form)

        expected = [
            ("hogar", 0, "persona", 0, "economia", "ingreso", 1, "monto"),
            ("hogar", 0, "persona", 1, "nombre"),
            ("hogar", 1, "jefe"),
            ("hogar", 1, "persona", 0, "orden"),
            ("hogar", 0, "persona", 0, "trabaja"),
            ("hogar", 0, "persona", 0, "economia", "ingreso", 0, "monto"),
        ]
        assert expected == [p.path for p in reading.row_problems]

    def test_kobo_place_reads_as_the_sheet(self, tmp_path: Path, form: Instrument) -> None:
        """A nested row's problem is placed as ``export.xlsx[persona]:4``."""
        reading = read_export(_kobo_export(tmp_path / "export.xlsx", form, _submissions(planted=True)), form)

        orden = next(p for p in reading.row_problems if p.path[-1] == "orden")
        assert (f"{tmp_path / 'export.xlsx'}[persona]", 4, None) == (orden.file, orden.line, orden.column)

    @pytest.mark.parametrize("flavour", ["kobo", "central"])
    def test_absent_nested_table_noted_once(self, tmp_path: Path, form: Instrument, flavour: str) -> None:
        """With the people's table gone, it and the incomes' table (whose rows have no row to go in) are noted once."""
        path = _write(flavour, tmp_path, form, _submissions(planted=False))
        _remove(path, "persona")
        reading = read_export(path, form)

        expected: tuple[object, ...] = ((), (), [("persona",), ("ingreso",)], ["exports.repeat_not_read"] * 2)
        assert expected == (
            reading.problems,
            reading.row_problems,
            [p.path for p in reading.warnings],
            [p.message.key for p in reading.warnings],
        )

    @pytest.mark.parametrize("flavour", ["kobo", "central"])
    def test_orphans_reported(self, tmp_path: Path, form: Instrument, flavour: str) -> None:
        """Rows whose parent key names no row (a household, a person) or is blank are reported, not dropped."""
        path = _write(flavour, tmp_path, form, _submissions(planted=False))
        _orphan(path, "hogar", 2, "99")  # the household of line 2 names no submission
        _orphan(path, "persona", 3, "77")  # the person of line 3 names no household
        _orphan(path, "ingreso", 2, None)  # the income of line 2 names nothing
        reading = read_export(path, form)

        found = sorted((_table_of(p.file), p.line, p.path, p.message.key) for p in reading.problems)
        expected = [
            ("hogar", 2, ("hogar",), "exports.repeat_orphan"),
            ("ingreso", 2, ("ingreso",), "exports.repeat_orphan_nested"),
            ("persona", 3, ("persona",), "exports.repeat_orphan_nested"),
        ]
        assert expected == found

    @pytest.mark.parametrize("flavour", ["kobo", "central"])
    def test_duplicate_keys_reported(self, tmp_path: Path, form: Instrument, flavour: str) -> None:
        """
        Two rows with one key (a submission's, a household's): the rows naming it go to the first, and it is said.

        The second submission's households, and the second household's people, then name no row: orphans.
        """
        path = _write(flavour, tmp_path, form, _submissions(planted=False))
        _set(path, None, 3, ("_index", "KEY"), "1" if flavour == "kobo" else "uuid:s1")
        _set(path, "hogar", 3, ("_index", "KEY"), "1" if flavour == "kobo" else "uuid:s1/hogar[1]")
        reading = read_export(path, form)

        found = sorted((_table_of(p.file), p.line, p.message.key) for p in reading.problems)
        # Central's KEY is also the submission's instance id: a second one is said once, as a duplicate submission
        main = "exports.duplicate_key" if flavour == "kobo" else "exports.duplicate_instance"
        expected = [
            (_table_of(str(path)), 3, main),
            ("hogar", 3, "exports.duplicate_key"),
            ("hogar", 4, "exports.repeat_orphan"),
            ("persona", 4, "exports.repeat_orphan_nested"),
        ]
        assert expected == found


def _write(flavour: str, folder: Path, form: Instrument, submissions: list[Answers]) -> Path:
    """The export of *submissions* in *flavour* (``kobo`` or ``central``), in *folder*."""
    if flavour == "kobo":
        return _kobo_export(folder / "export.xlsx", form, submissions)
    return _central_export(folder, form, submissions)


def _table_of(file: str | None) -> str:
    return re.sub(r"^.*\[(\w+)\]$|^.*form-(\w+)\.csv$", r"\1\2", str(file))


def _remove(path: Path, table: str) -> None:
    """Remove *table*'s sheet (Kobo) or file (Central) from the export at *path*."""
    if path.suffix == ".xlsx":
        workbook = openpyxl.load_workbook(path)
        del workbook[table]
        workbook.save(path)
    else:
        path.with_name(f"form-{table}.csv").unlink()


def _orphan(path: Path, table: str, line: int, key: str | None) -> None:
    """Set the parent key (``_parent_index`` or ``PARENT_KEY``) of *table*'s row on *line* to *key*."""
    _set(path, table, line, ("_parent_index", "PARENT_KEY"), key)


def _set(path: Path, table: str | None, line: int, headers: tuple[str, str], value: str | None) -> None:
    """Set the cell of *table*'s row on *line* (None: the main table) under *headers* (Kobo's, Central's)."""
    if path.suffix == ".xlsx":
        workbook = openpyxl.load_workbook(path)
        sheet = workbook[table or "Encuesta"]
        names = [c.value for c in sheet[1]]
        sheet.cell(row=line, column=names.index(headers[0]) + 1).value = value
        workbook.save(path)
        return
    file = path if table is None else path.with_name(f"form-{table}.csv")
    rows = file.read_text(encoding="utf-8").splitlines()
    cells = rows[line - 1].split(",")
    cells[rows[0].split(",").index(headers[1])] = value or ""
    rows[line - 1] = ",".join(cells)
    file.write_text("\n".join(rows) + "\n", encoding="utf-8")
