"""Tests for `sce_method.monitoring.xlsform._sheets`: the dialects of XLSForm headers pyxform accepts, and limits."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from sce_method.exceptions import LoadError
from sce_method.monitoring.instruments import InstrumentKind, QuestionType
from sce_method.monitoring.xlsform import ImportedForm, read_xlsform, write_xlsform
from sce_method.monitoring.xlsform._sheets import EMPTY_RUN, header_name
from tests.monitoring.xlsform.tables import converts, write_md


def _read(path: Path) -> ImportedForm:
    return read_xlsform(path, kind=InstrumentKind.FOLLOW_UP)


class TestHeaderName:
    @pytest.mark.parametrize(
        ("header", "expected"),
        [
            ("relevance", "relevant"),
            ("Constraint Message", "constraint_message"),
            ("constraint message::English (en)", "constraint_message::english (en)"),
            ("label:Spanish", "label::spanish"),
            ("list name", "list_name"),
            ("value", "name"),
            ("caption", "label"),
            ("label ", "label"),
            ("count", "repeat_count"),
        ],
    )
    def test_alias(self, header: str, expected: str) -> None:
        """Each spelling pyxform reads as a column is read as that column."""
        assert expected == header_name(header)


DIALECT = """
| survey |
| | type | name | label:Spanish | relevance | constraint | constraint message:Spanish | required |
| | begin group | datos | Datos | | | | |
| | select one colores | color | Color | | | | TRUE |
| | select_one si or_other | otro | Otro | ${color} = 'rojo' | | | FALSE |
| | integer | edad | Edad | | . > 0 | Mayor que 0 | |
| | end group | | | | | | |
| choices |
| | list name | value | label:Spanish |
| | colores | rojo | Rojo |
| | colores | azul | Azul |
| | si | si | Sí |
| settings |
| | form_id | default_language |
| | formulario | Spanish |
"""


class TestDialects:
    def test_everything_imports(self, tmp_path: Path) -> None:
        """Single-colon languages, spaced column and type names, value for name, Excel TRUE/FALSE: nothing lost."""
        form = _read(write_md(tmp_path / "form.xlsx", DIALECT, settings=False))
        color, otro, edad = form.instrument.questions

        expected: tuple[object, ...] = (
            [],
            True,
            False,
            "${color} = 'rojo'",
            "Mayor que 0",
            "colores",
            QuestionType.SELECT_ONE,
        )
        assert expected == (
            [p.message.key for p in form.skipped],
            color.required,
            otro.required,
            otro.relevant,
            edad.constraint_message.es if edad.constraint_message else None,
            color.choices,
            otro.type,
        )

    def test_or_other_round_trips_and_accepts_other(self, tmp_path: Path) -> None:
        """select_one si or_other is written back as such (pyxform converts it) and 'other' is a valid answer."""
        form = _read(write_md(tmp_path / "form.xlsx", DIALECT, settings=False))
        back = tmp_path / "back.xlsx"
        write_xlsform(form.instrument, back)

        problems = form.instrument.validate({"color": "rojo", "otro": "other"})
        expected: tuple[object, ...] = ([], "select_one si or_other", [])
        assert expected == (converts(back), form.instrument.question("otro").type_name, problems)

    def test_choice_filter_kept(self, tmp_path: Path) -> None:
        """A choice_filter and the choices column it reads are kept and written back."""
        text = """
        | survey |
        |        | type               | name   | label  | choice_filter       |
        |        | select_one region  | region | Región |                     |
        |        | select_one ciudad  | ciudad | Ciudad | region = ${region}  |
        | choices |
        |         | list_name | name | label     | region |
        |         | region    | n    | Norte     |        |
        |         | region    | s    | Sur       |        |
        |         | ciudad    | a    | Ciudad A  | n      |
        |         | ciudad    | b    | Ciudad B  | s      |
        """
        form = _read(write_md(tmp_path / "form.xlsx", text))
        back = tmp_path / "back.xlsx"
        write_xlsform(form.instrument, back)

        ciudad = form.instrument.question("ciudad")
        expected: tuple[object, ...] = ([], [("choice_filter", "region = ${region}")], [])
        assert expected == (
            [p.message.key for p in form.skipped],
            [(c.name, c.text) for c in ciudad.columns],
            converts(back),
        )


class TestLimits:
    def test_xls_refused_with_what_to_do(self, tmp_path: Path) -> None:
        """An .xls (OLE2) workbook is refused with 'save it as .xlsx', not an openpyxl error."""
        path = tmp_path / "form.xls"
        path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 512)

        with pytest.raises(LoadError) as caught:
            _read(path)
        expected = (["xlsform.ole2"], "form.xls")
        assert expected == ([p.message.key for p in caught.value.problems], caught.value.problems[0].file)

    def test_formatted_empty_rows_stop_the_reading(self, tmp_path: Path) -> None:
        """A choices sheet formatted far below its last row stops after EMPTY_RUN empty rows, and says so."""
        path = write_md(
            tmp_path / "form.xlsx",
            """
            | survey |
            |        | type          | name | label |
            |        | select_one si | q    | Q     |
            | choices |
            |         | list_name | name | label |
            |         | si        | si   | Sí    |
            """,
        )
        workbook = openpyxl.load_workbook(path)
        workbook["choices"].cell(row=5 * EMPTY_RUN, column=1).font = Font(bold=True)
        workbook.save(path)

        form = _read(path)
        expected = ([("form.xlsx[choices]", EMPTY_RUN + 3)], ["si"])
        assert expected == (
            [(p.file, p.line) for p in form.skipped if p.message.key == "xlsform.empty_rows"],
            [c.name for c in form.instrument.choice_lists[0].choices],
        )
