"""Tests for `sce_method.monitoring.xlsform._write`: instruments as XLSForms that pyxform converts cleanly."""

from __future__ import annotations

import os
import re
import stat
import zipfile
from pathlib import Path
from typing import Final

import openpyxl
import pytest

from sce_method import Text
from sce_method.cli import main
from sce_method.monitoring import INSTRUMENT_IDS
from sce_method.monitoring.expressions import parse, to_xlsform
from sce_method.monitoring.instruments import Instrument
from sce_method.monitoring.xlsform import LANGUAGES, METADATA, write_xlsform, xlsform_sheets
from tests.monitoring.forms import ENCUESTA, bundled, group, instrument, question

ES: Final = "Español (es)"
EN: Final = "English (en)"
TRANSLATED: Final = ("label", "hint", "constraint_message")


def _form(ident: str) -> Instrument:
    (form,) = [i for i in bundled() if i.id == ident]
    return form


def _convert(xlsform: object) -> tuple[list[str], list[str], str]:
    """The warnings pyxform reports while converting, those on its result, and the XForm."""
    # The lowest-versions CI run has no pyxform (it pins an openpyxl above our lower bound): those tests skip there.
    xls2xform = pytest.importorskip("pyxform.xls2xform")
    warnings: list[str] = []
    result = xls2xform.convert(xlsform=xlsform, warnings=warnings)
    return warnings, list(result.warnings), str(result.xform)


def _columns(rows: list[dict[str, str]]) -> set[str]:
    return {column for row in rows for column in row}


def _read_sheets(path: Path) -> dict[str, list[dict[str, object]]]:
    """The workbook at *path*, as rows (header -> cell value, empty cells left out) per sheet."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    sheets: dict[str, list[dict[str, object]]] = {}
    for sheet in workbook.worksheets:
        header, *rows = list(sheet.iter_rows(values_only=True))
        sheets[sheet.title] = [{str(h): v for h, v in zip(header, row, strict=True) if v is not None} for row in rows]
    workbook.close()
    return sheets


FORMS: Final = (*INSTRUMENT_IDS, "hand-built")


def _any_form(ident: str) -> Instrument:
    return ENCUESTA if ident == "hand-built" else _form(ident)


class TestXlsformSheets:
    @pytest.mark.parametrize("ident", FORMS)
    def test_pyxform_converts_without_warnings(self, ident: str) -> None:
        """The sheets convert with pyxform with no error and no warning, for each bundled instrument and ENCUESTA."""
        expected: tuple[list[str], list[str]] = ([], [])

        warnings, result_warnings, _ = _convert(xlsform_sheets(_any_form(ident)))
        assert expected == (warnings, result_warnings)

    @pytest.mark.parametrize("ident", INSTRUMENT_IDS)
    def test_settings(self, ident: str) -> None:
        """The settings row has the form id, title, version, the Spanish default language, and our two extras."""
        form = _form(ident)

        expected = [
            {
                "form_id": ident,
                "form_title": form.title.es,
                "version": form.version,
                "default_language": ES,
                "sce_title_en": form.title.en,
                "sce_participant_question": form.participant_question,
            }
        ]
        assert expected == xlsform_sheets(form)["settings"]

    @pytest.mark.parametrize("ident", INSTRUMENT_IDS)
    def test_metadata_first(self, ident: str) -> None:
        """The survey starts with the metadata rows start, end, today and deviceid."""
        expected = [{"type": name, "name": name} for name in ("start", "end", "today", "deviceid")]

        assert expected == xlsform_sheets(_form(ident))["survey"][:4]

    def test_metadata_names(self) -> None:
        """METADATA names the four metadata rows."""
        expected = ("start", "end", "today", "deviceid")

        assert expected == METADATA

    @pytest.mark.parametrize("ident", FORMS)
    def test_every_translatable_column_in_both_languages(self, ident: str) -> None:
        """label, hint and constraint_message columns exist for both Español (es) and English (en)."""
        columns = _columns(xlsform_sheets(_any_form(ident))["survey"])

        expected = {f"{base}::{lang}" for base in TRANSLATED for lang in (ES, EN)}
        assert expected == {c for c in columns if c.partition("::")[0] in TRANSLATED}

    @pytest.mark.parametrize("ident", FORMS)
    def test_choice_labels_in_both_languages(self, ident: str) -> None:
        """Choices carry a label in each language."""
        expected = {"list_name", "name", f"label::{ES}", f"label::{EN}"}

        assert expected == _columns(xlsform_sheets(_any_form(ident))["choices"])

    def test_language_names(self) -> None:
        """The language columns use the IANA subtags es and en."""
        expected = {"es": ES, "en": EN}

        assert expected == LANGUAGES

    @pytest.mark.parametrize("ident", FORMS)
    def test_expressions_are_written_from_their_trees(self, ident: str) -> None:
        """Each relevant, constraint and calculation in the sheet is to_xlsform(parse(...)) of the question's text."""
        form = _any_form(ident)
        rows = {row["name"]: row for row in xlsform_sheets(form)["survey"] if row["type"] != "end_group"}

        expected = {
            (q.name, field): to_xlsform(parse(text))
            for q in form.questions
            for field in ("relevant", "constraint", "calculation")
            if (text := getattr(q, field)) is not None
        }
        expected |= {(g.name, "relevant"): to_xlsform(parse(g.relevant)) for g in form.groups if g.relevant}
        assert expected == {
            (name, field): row[field]
            for name, row in rows.items()
            for field in ("relevant", "constraint", "calculation")
            if field in row
        }

    def test_group_relevant_is_canonical(self) -> None:
        """A group's relevant is written from its tree too ('${trabaja}='no'' becomes spaced)."""
        (begin,) = [
            row for row in xlsform_sheets(ENCUESTA)["survey"] if row["name"] == "sin_trabajo" and "label::" + ES in row
        ]

        expected = "${trabaja} = 'no'"
        assert expected == begin["relevant"]

    def test_question_row(self) -> None:
        """A question row has its type (with its list), name, labels, required, expressions and messages."""
        (row,) = [row for row in xlsform_sheets(ENCUESTA)["survey"] if row["name"] == "edad"]

        expected = {
            "type": "integer",
            "name": "edad",
            f"label::{ES}": "Pregunta edad",
            f"label::{EN}": "Question edad",
            "required": "yes",
            "constraint": ". >= 15 and . <= 99",
            f"constraint_message::{ES}": "Edad entre 15 y 99",
            f"constraint_message::{EN}": "Age between 15 and 99",
        }
        assert expected == row

    def test_select_types_name_their_list(self) -> None:
        """select_one and select_multiple rows name their choice list."""
        types = {row["name"]: row["type"] for row in xlsform_sheets(ENCUESTA)["survey"]}

        expected = ("select_one si_no", "select_multiple apoyo", "calculate", "note")
        assert expected == (types["trabaja"], types["apoyos"], types["n_apoyos"], types["aviso"])

    def test_missing_english_falls_back_to_spanish(self) -> None:
        """A text without English fills the English column with the Spanish text, so no column is missing."""
        (row,) = [row for row in xlsform_sheets(ENCUESTA)["survey"] if row["name"] == "apoyos"]

        expected = ("Todas las que reciba", "Todas las que reciba")
        assert expected == (row[f"hint::{ES}"], row[f"hint::{EN}"])

    def test_groups_wrap_their_questions(self) -> None:
        """Each group is a begin_group row, its questions, and an end_group row."""
        form = instrument(group("a", question("q"), question("r")), group("b", question("s")))

        expected = ["begin_group a", "text q", "text r", "end_group a", "begin_group b", "text s", "end_group b"]
        assert expected == [f"{row['type']} {row['name']}" for row in xlsform_sheets(form)["survey"][4:]]

    def test_form_title_is_spanish(self) -> None:
        """The form title shown to enumerators is the Spanish title."""
        form = instrument(group("a", question("q")), title=Text(es="Título", en="Title"))

        expected = "Título"
        assert expected == xlsform_sheets(form)["settings"][0]["form_title"]


class TestWriteXlsform:
    @pytest.mark.parametrize("ident", FORMS)
    def test_file_converts_without_warnings(self, ident: str, tmp_path: Path) -> None:
        """The written .xlsx converts with pyxform with no error and no warning."""
        path = tmp_path / f"{ident}.xlsx"
        write_xlsform(_any_form(ident), path)

        expected: tuple[list[str], list[str]] = ([], [])
        warnings, result_warnings, _ = _convert(str(path))
        assert expected == (warnings, result_warnings)

    def test_file_holds_the_sheets(self, tmp_path: Path) -> None:
        """The workbook holds exactly the sheets xlsform_sheets gives, cell for cell."""
        path = tmp_path / "salida.xlsx"
        write_xlsform(_form("salida"), path)

        expected = xlsform_sheets(_form("salida"))
        assert expected == _read_sheets(path)

    def test_settings_in_the_file(self, tmp_path: Path) -> None:
        """The file's settings row has form_id, version and default_language 'Español (es)'."""
        path = tmp_path / "entrada.xlsx"
        write_xlsform(_form("entrada"), path)

        settings = _read_sheets(path)["settings"][0]
        expected = ("entrada", "2024110101", ES)
        assert expected == (settings["form_id"], settings["version"], settings["default_language"])

    def test_xform_carries_both_languages(self, tmp_path: Path) -> None:
        """The converted XForm has a translation for each language, Spanish by default."""
        path = tmp_path / "seguimiento.xlsx"
        write_xlsform(_form("seguimiento"), path)

        _, _, xform = _convert(str(path))
        expected = [f'<translation lang="{ES}" default="true()">', f'<translation lang="{EN}">']
        assert expected == re.findall(r"<translation[^>]*>", xform)

    def test_overwrites_and_leaves_no_temporary_file(self, tmp_path: Path) -> None:
        """Writing replaces an existing file atomically and leaves nothing else behind."""
        path = tmp_path / "salida.xlsx"
        path.write_text("viejo")
        write_xlsform(_form("salida"), path)

        expected: tuple[list[str], tuple[list[str], list[str]]] = (["salida.xlsx"], ([], []))
        warnings, result_warnings, _ = _convert(str(path))
        assert expected == (sorted(p.name for p in tmp_path.iterdir()), (warnings, result_warnings))

    @pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600)], ids=["022", "077"])
    def test_file_follows_the_umask(self, tmp_path: Path, mask: int, mode: int) -> None:
        """The workbook gets the mode the process umask gives a new file, like any file the library writes."""
        path = tmp_path / "salida.xlsx"
        old = os.umask(mask)
        try:
            write_xlsform(_form("salida"), path)
        finally:
            os.umask(old)

        assert oct(mode) == oct(stat.S_IMODE(path.stat().st_mode))

    def test_same_bytes_every_time(self, tmp_path: Path) -> None:
        """The same instrument written twice gives the same bytes."""
        first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
        write_xlsform(_form("salida"), first)
        write_xlsform(_form("salida"), second)

        expected = first.read_bytes()
        assert expected == second.read_bytes()

    def test_no_date_from_the_clock(self, tmp_path: Path) -> None:
        """Every zip entry and the document's created and modified dates are 1980-01-01, whenever it is written."""
        path = tmp_path / "salida.xlsx"
        write_xlsform(_form("salida"), path)
        with zipfile.ZipFile(path) as archive:
            dates = {entry.date_time for entry in archive.infolist()}
            core = archive.read("docProps/core.xml").decode()

        expected = ({(1980, 1, 1, 0, 0, 0)}, ["1980-01-01T00:00:00Z", "1980-01-01T00:00:00Z"])
        assert expected == (dates, re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]*)<", core))

    def test_text_like_a_formula_stays_text(self, tmp_path: Path) -> None:
        """A label starting with = is written as text, not as a formula for Excel to run."""
        label = Text(es='=HYPERLINK("http://x")', en="=1+1")
        form = instrument(group("datos", question("nombre", label=label)))
        path = tmp_path / "form.xlsx"
        write_xlsform(form, path)
        with zipfile.ZipFile(path) as archive:
            sheets = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))
        labels = {str(row.get(f"label::{ES}")) for row in _read_sheets(path)["survey"]}

        expected = (False, True)
        assert expected == ("<f>" in sheets, label.es in labels)


class TestCli:
    def test_xlsform_command(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`sce-method xlsform salida -o FILE` exits 0 and writes a file pyxform converts cleanly."""
        path = tmp_path / "salida.xlsx"

        code = main(["xlsform", "salida", "-o", str(path)])
        capsys.readouterr()
        warnings, result_warnings, _ = _convert(str(path))
        expected: tuple[int, list[str], list[str]] = (0, [], [])
        assert expected == (code, warnings, result_warnings)

    def test_unknown_instrument(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown instrument id exits 1 with a message, no traceback, and no file."""
        path = tmp_path / "nada.xlsx"

        code = main(["xlsform", "nada", "-o", str(path)])
        out, err = capsys.readouterr()
        expected = (1, "", True, False, False)
        assert expected == (code, out, "nada" in err, "Traceback" in err, path.exists())

    @pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
    @pytest.mark.parametrize("command", ["export", "import"])
    def test_output_that_cannot_be_written(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str, command: str
    ) -> None:
        """-o in a missing folder, or onto a folder, exits 1 with one line naming it, as check and show do."""
        output = tmp_path / "no" / "existe" / "f.xlsx" if where == "missing-folder" else tmp_path
        reason = "No such file or directory" if where == "missing-folder" else "Is a directory"
        form = tmp_path / "form.xlsx"
        write_xlsform(_form("salida"), form)
        argv = ["xlsform", "salida"] if command == "export" else ["xlsform", "--import", str(form)]

        code = main([*argv, "-o", str(output), "--lang", "en"])
        _, err = capsys.readouterr()
        expected = (1, [f"sce-method: could not write {str(output)!r}: {reason}"])
        assert expected == (code, err.splitlines())
