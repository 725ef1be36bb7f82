"""Tests for `sce_method.monitoring.xlsform._read`: an XLSForm read into an `Instrument`, with what it skips."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import openpyxl
import pytest

import sce_method
from sce_method import message
from sce_method.exceptions import LoadError, Problem
from sce_method.monitoring import ExportReading, Flavour, read_export
from sce_method.monitoring.expressions import MAX_DEPTH
from sce_method.monitoring.instruments import Instrument, InstrumentKind
from sce_method.monitoring.xlsform import ImportedForm, read_xlsform, write_xlsform

PUBLIC: Final = (
    next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").exists()).parent
    / "shared"
    / "fixtures"
    / "public"
)
"""Real files nobody on this project wrote (../shared/fixtures/public/README.md); never copied into the repo."""

Where = tuple[str | None, int | None, tuple[str | int, ...], str]
Cell = str | None


def _where(problem: Problem) -> Where:
    """A skipped item's file and sheet, row, column and message key."""
    return (problem.file, problem.line, problem.path, problem.message.key)


def _public(name: str) -> Path:
    """A public fixture, or skip the test when the folder is not there."""
    path = PUBLIC / name
    if not path.is_file():
        pytest.skip(f"public fixture {name} is not available")
    return path


# -- the round trip ------------------------------------------------------------------------------------------------


def _shape(instrument: Instrument) -> dict[str, object]:
    """What an XLSForm carries of an instrument: everything but provenance, title and participant_question."""
    return {
        "id": instrument.id,
        "kind": instrument.kind,
        "version": instrument.version,
        "groups": [
            {
                "name": g.name,
                "label": g.label,
                "relevant": g.relevant,
                "questions": [
                    {
                        "name": q.name,
                        "type": q.type,
                        "label": q.label,
                        "hint": q.hint,
                        "choices": q.choices,
                        "required": q.required,
                        "relevant": q.relevant,
                        "constraint": q.constraint,
                        "constraint_message": q.constraint_message,
                        "calculation": q.calculation,
                    }
                    for q in g.questions
                ],
            }
            for g in instrument.groups
        ],
        "choice_lists": [(c.name, c.choices) for c in instrument.choice_lists],
    }


@functools.cache
def _bundled() -> dict[str, Instrument]:
    return {i.id: i for i in sce_method.load().instruments}


def _round_trip(instrument: Instrument, folder: Path) -> ImportedForm:
    path = folder / f"{instrument.id}.xlsx"
    write_xlsform(instrument, path)
    return read_xlsform(path)


class TestRoundTrip:
    @pytest.mark.parametrize("ident", list(_bundled()))
    def test_same_instrument(self, tmp_path: Path, ident: str) -> None:
        """read_xlsform(write_xlsform(i)) gives back i: ids, kind, version, groups, questions, choice lists."""
        original = _bundled()[ident]

        imported = _round_trip(original, tmp_path)
        assert _shape(original) == _shape(imported.instrument)

    @pytest.mark.parametrize("ident", list(_bundled()))
    def test_nothing_skipped(self, tmp_path: Path, ident: str) -> None:
        """The library's own XLSForm imports with nothing skipped."""
        assert not _round_trip(_bundled()[ident], tmp_path).skipped

    @pytest.mark.parametrize("ident", list(_bundled()))
    def test_spanish_title(self, tmp_path: Path, ident: str) -> None:
        """form_title carries the Spanish title (an XLSForm has one title, so the English one is not kept)."""
        original = _bundled()[ident]

        assert original.title.es == _round_trip(original, tmp_path).instrument.title.es


# -- hand-made XLSForms -----------------------------------------------------------------------------------------------

SURVEY_HEADER: Final = ["type", "name", "label::Español (es)", "label::English (en)", "relevant"]
CHOICES: Final = [
    ["list_name", "name", "label::Español (es)", "label::English (en)"],
    ["si_no", "si", "Sí", "Yes"],
    ["si_no", "no", "No", "No"],
]


def write_form(
    path: Path,
    survey: Sequence[Sequence[Cell]],
    *,
    header: Sequence[str] = SURVEY_HEADER,
    form_id: str = "mi_encuesta",
) -> Path:
    """An XLSForm with *survey* rows (after the header, from row 2), the si_no list, and a settings sheet."""
    workbook = openpyxl.Workbook()
    sheets: dict[str, list[list[Cell]]] = {
        "survey": [list(header), *(list(row) for row in survey)],
        "choices": [list(row) for row in CHOICES],
        "settings": [["form_id", "form_title", "version"], [form_id, "Mi encuesta", "2024110101"]],
    }
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


GOOD: Final[list[list[Cell]]] = [
    ["start", "start", None, None, None],
    ["begin_group", "datos", "Datos", "Data", None],
    ["text", "participante", "Id de participante", "Participant id", None],
    ["select_one si_no", "trabaja", "¿Trabaja?", "Do you work?", None],
]
"""Rows 2-5: a metadata row, a group and two supported questions."""
END: Final[list[list[Cell]]] = [["end_group", "datos", None, None, None]]


def _import(tmp_path: Path, rows: Sequence[Sequence[Cell]], *, header: Sequence[str] = SURVEY_HEADER) -> ImportedForm:
    """Import GOOD, then *rows* (from row 6), then the end of the group, as an exit survey."""
    path = write_form(tmp_path / "form.xlsx", [*GOOD, *rows, *END], header=header)
    return read_xlsform(path, kind=InstrumentKind.EXIT)


def _names(imported: ImportedForm) -> list[str]:
    return [q.name for q in imported.instrument.questions]


class TestSkipped:
    def test_supported_form(self, tmp_path: Path) -> None:
        """A form in the supported subset imports whole, nothing skipped."""
        expected = (["participante", "trabaja", "edad"], ())

        imported = _import(tmp_path, [["integer", "edad", "Edad", "Age", "${trabaja} = 'si'"]])
        assert expected == (_names(imported), imported.skipped)

    def test_unsupported_type(self, tmp_path: Path) -> None:
        """A geopoint is skipped and reported at its row."""
        expected = [("form.xlsx[survey]", 6, ("type",), "xlsform.unsupported_type")]

        imported = _import(tmp_path, [["geopoint", "lugar", "Lugar", "Place", None]])
        assert (expected, ["participante", "trabaja"]) == ([_where(p) for p in imported.skipped], _names(imported))
        assert message("xlsform.unsupported_type", type="geopoint") == imported.skipped[0].message

    def test_blank_type(self, tmp_path: Path) -> None:
        """A row with cells but a blank type is reported at its sheet and row, not dropped unsaid."""
        rows: list[list[Cell]] = [[None, "edad", "Edad", "Age", None], ["integer", "hijos", "Hijos", "Children", None]]
        expected = ([("form.xlsx[survey]", 6, ("type",), "xlsform.no_type")], ["participante", "trabaja", "hijos"])

        imported = _import(tmp_path, rows)
        assert expected == ([_where(p) for p in imported.skipped], _names(imported))

    def test_duplicate_name(self, tmp_path: Path) -> None:
        """A second question with the same name is skipped and reported at its row."""
        expected = ([("form.xlsx[survey]", 6, ("name",), "xlsform.duplicate_name")], ["participante", "trabaja"])

        imported = _import(tmp_path, [["integer", "participante", "Otra", "Other", None]])
        assert expected == ([_where(p) for p in imported.skipped], _names(imported))

    def test_missing_list(self, tmp_path: Path) -> None:
        """A select naming a list that is not in choices is skipped and reported at its row."""
        expected = [("form.xlsx[survey]", 6, ("type",), "xlsform.missing_list")]

        imported = _import(tmp_path, [["select_one colores", "color", "Color", "Colour", None]])
        assert expected == [_where(p) for p in imported.skipped]
        assert message("xlsform.missing_list", name="color", list="colores") == imported.skipped[0].message

    def test_repeat(self, tmp_path: Path) -> None:
        """A repeat and every row inside it are reported, each at its row; the form after it still imports."""
        rows: list[list[Cell]] = [
            ["end_group", "datos", None, None, None],
            ["begin_repeat", "hijos", "Hijos", "Children", None],
            ["text", "nombre_hijo", "Nombre", "Name", None],
            ["end_repeat", "hijos", None, None, None],
            ["begin_group", "cierre", "Cierre", "Closing", None],
            ["text", "comentario", "Comentario", "Comment", None],
        ]
        expected = [
            ("form.xlsx[survey]", 7, (), "xlsform.unsupported_type"),
            ("form.xlsx[survey]", 8, (), "xlsform.inside_repeat"),
            ("form.xlsx[survey]", 9, (), "xlsform.inside_repeat"),
        ]
        expected_names = ["participante", "trabaja", "comentario"]

        imported = _import(tmp_path, rows)
        assert expected == [_where(p) for p in imported.skipped]
        assert expected_names == _names(imported)

    def test_unsupported_expression(self, tmp_path: Path) -> None:
        """A relevant outside the expression subset (coalesce) is dropped and reported; the question stays."""
        expected = [("form.xlsx[survey]", 6, ("relevant",), "xlsform.expression_dropped")]
        expected_names = ["participante", "trabaja", "edad"]

        imported = _import(tmp_path, [["integer", "edad", "Edad", "Age", "coalesce(${trabaja}, 'no') = 'si'"]])
        assert expected == [_where(p) for p in imported.skipped]
        assert expected_names == _names(imported)
        assert imported.instrument.question("edad").relevant is None

    def test_constraint_too_deep(self, tmp_path: Path) -> None:
        """A constraint nested 400 brackets deep is dropped and reported at its row, not a RecursionError."""
        header = [*SURVEY_HEADER, "constraint"]
        rows: list[list[Cell]] = [["integer", "edad", "Edad", "Age", None, "(" * 400 + ". > 1" + ")" * 400]]
        expected = [("form.xlsx[survey]", 6, ("constraint",), "xlsform.expression_dropped")]
        expected_problem = message("expressions.too_deep", limit=MAX_DEPTH)

        imported = _import(tmp_path, rows, header=header)
        assert expected == [_where(p) for p in imported.skipped]
        assert expected_problem == imported.skipped[0].message.params["problem"]
        assert imported.instrument.question("edad").constraint is None

    def test_reference_to_a_skipped_question(self, tmp_path: Path) -> None:
        """An expression naming a question that was skipped is dropped and reported at its own row."""
        rows: list[list[Cell]] = [
            ["geopoint", "lugar", "Lugar", "Place", None],
            ["integer", "edad", "Edad", "Age", "${lugar} != ''"],
        ]
        expected = [
            ("form.xlsx[survey]", 6, ("type",), "xlsform.unsupported_type"),
            ("form.xlsx[survey]", 7, ("edad", "relevant"), "xlsform.expression_dropped"),
        ]

        imported = _import(tmp_path, rows)
        assert expected == [_where(p) for p in imported.skipped]

    def test_other_language(self, tmp_path: Path) -> None:
        """A label in a language other than Spanish and English is reported at the first row that uses it."""
        header = [*SURVEY_HEADER, "label::Français (fr)"]
        rows: list[list[Cell]] = [["integer", "edad", "Edad", "Age", None, "Âge"]]
        expected = [("form.xlsx[survey]", 6, ("label::français (fr)",), "xlsform.column_ignored")]
        expected_names = ["participante", "trabaja", "edad"]

        imported = _import(tmp_path, rows, header=header)
        assert expected == [_where(p) for p in imported.skipped]
        assert expected_names == _names(imported)

    def test_group_relevant(self, tmp_path: Path) -> None:
        """A group's relevant is imported with the group."""
        rows: list[list[Cell]] = [
            ["end_group", "datos", None, None, None],
            ["begin_group", "empleo", "Empleo", "Employment", "${trabaja} = 'si'"],
            ["integer", "horas", "Horas", "Hours", None],
        ]
        expected = ("${trabaja} = 'si'", ())

        imported = _import(tmp_path, rows)
        assert expected == (imported.instrument.groups[1].relevant, imported.skipped)

    def test_group_relevant_unsupported(self, tmp_path: Path) -> None:
        """A group's relevant outside the subset is reported at the group's row; the group stays."""
        rows: list[list[Cell]] = [
            ["end_group", "datos", None, None, None],
            ["begin_group", "empleo", "Empleo", "Employment", "coalesce(${trabaja}, 'no') = 'si'"],
            ["integer", "horas", "Horas", "Hours", None],
        ]
        expected = [("form.xlsx[survey]", 7, ("relevant",), "xlsform.expression_dropped")]
        expected_group = ("empleo", None)

        imported = _import(tmp_path, rows)
        assert expected == [_where(p) for p in imported.skipped]
        assert expected_group == (imported.instrument.groups[1].name, imported.instrument.groups[1].relevant)

    def test_group_with_a_bad_name(self, tmp_path: Path) -> None:
        """A group whose name pyxform rejects ('S3. Reg below5') is reported and renamed, not a crash."""
        rows: list[list[Cell]] = [
            ["end_group", "datos", None, None, None],
            ["begin_group", "S3. Reg below5", "Registro", "Register", None],
            ["integer", "menores", "Menores de 5", "Under 5", None],
        ]
        expected = [("form.xlsx[survey]", 7, ("name",), "instruments.bad_name")]
        expected_groups = ["datos", "grupo_7"]

        imported = _import(tmp_path, rows)
        assert expected == [_where(p) for p in imported.skipped]
        assert expected_groups == [g.name for g in imported.instrument.groups]


class TestKind:
    def test_kind_needed(self, tmp_path: Path) -> None:
        """A form whose id is not an instrument id needs kind=."""
        expected = [("form.xlsx", None, (), "xlsform.kind_needed")]
        path = write_form(tmp_path / "form.xlsx", [*GOOD, *END])

        with pytest.raises(LoadError) as caught:
            read_xlsform(path)
        assert expected == [_where(p) for p in caught.value.problems]
        assert "entrada, salida, postgraduacion or seguimiento" in caught.value.problems[0].message.render("en")

    def test_kind_needed_names_every_kind_from_the_one_definition(self, tmp_path: Path) -> None:
        """The message lists the instrument kinds as InstrumentKind defines them, in each language."""
        path = write_form(tmp_path / "form.xlsx", [*GOOD, *END])

        with pytest.raises(LoadError) as caught:
            read_xlsform(path)
        said = caught.value.problems[0].message
        expected = (
            "indique su tipo: entrada, salida, postgraduacion o seguimiento",
            "give its kind: entrada, salida, postgraduacion or seguimiento",
        )
        assert expected == (said.render("es").split("; ")[1], said.render("en").split("; ")[1])

    def test_kind_given(self, tmp_path: Path) -> None:
        """With kind= the form imports, its id made from form_id."""
        expected = ("mi-encuesta", InstrumentKind.FOLLOW_UP)
        path = write_form(tmp_path / "form.xlsx", [*GOOD, *END])

        instrument = read_xlsform(path, kind=InstrumentKind.FOLLOW_UP).instrument
        assert expected == (instrument.id, instrument.kind)

    def test_kind_from_form_id(self, tmp_path: Path) -> None:
        """A form_id that is an instrument id gives the kind."""
        expected = ("salida", InstrumentKind.EXIT)
        path = write_form(tmp_path / "form.xlsx", [*GOOD, *END], form_id="salida")

        instrument = read_xlsform(path).instrument
        assert expected == (instrument.id, instrument.kind)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing XLSForm is a LoadError."""
        expected = [("nada.xlsx", None, (), "core.load.not_found")]

        with pytest.raises(LoadError) as caught:
            read_xlsform(tmp_path / "nada.xlsx", kind=InstrumentKind.EXIT)
        assert expected == [_where(p) for p in caught.value.problems]


# -- real forms and a real export ---------------------------------------------------------------------------------

SHEET: Final = re.compile(r"^(?P<file>[^\[\]]+)\[(?P<sheet>[^\[\]]+)\]$")


class TestRealForms:
    def test_unhcr_capi_imports(self) -> None:
        """The UNHCR RMS CAPI form imports questions and reports what it skips."""
        imported = read_xlsform(_public("unhcr_rms_capi_v2.xlsform.xlsx"), kind=InstrumentKind.ENTRY)

        assert imported.instrument.questions
        assert imported.skipped

    def test_unhcr_capi_skipped_have_a_place(self) -> None:
        """Each skipped item names its file and sheet, and its row wherever a row applies."""
        imported = read_xlsform(_public("unhcr_rms_capi_v2.xlsform.xlsx"), kind=InstrumentKind.ENTRY)

        expected = ({"unhcr_rms_capi_v2.xlsform.xlsx"}, {"xlsform.sheet_ignored"})

        sheets = [SHEET.match(p.file or "") for p in imported.skipped]
        assert all(sheets)
        files = {m.group("file") for m in sheets if m}
        assert expected == (files, {p.message.key for p in imported.skipped if p.line is None})

    def test_unhcr_capi_kind_needed(self) -> None:
        """The CAPI form's id is no instrument id: without kind= it is refused."""
        expected = ["xlsform.kind_needed"]

        with pytest.raises(LoadError) as caught:
            read_xlsform(_public("unhcr_rms_capi_v2.xlsform.xlsx"))
        assert expected == [p.message.key for p in caught.value.problems]

    @pytest.mark.parametrize("kind", [None, InstrumentKind.ENTRY])
    def test_unhcr_cati_reported_not_crashed(self, kind: InstrumentKind | None) -> None:
        """The CATI form (which current pyxform rejects) imports or raises LoadError, nothing else."""
        path = _public("unhcr_rms_cati_v3.xlsform.xlsx")
        outcome: ImportedForm | LoadError
        try:
            outcome = read_xlsform(path, kind=kind)
        except LoadError as err:
            outcome = err
        found = outcome.problems if isinstance(outcome, LoadError) else outcome.instrument.questions
        assert found


@functools.cache
def _reach() -> tuple[ImportedForm, ExportReading]:
    """The REACH form and its real export, read once (they take a second or two)."""
    imported = read_xlsform(_public("reach_household_2021.xlsform.xlsx"), kind=InstrumentKind.ENTRY)
    return imported, read_export(_public("reach_household_2021.export.xlsx"), imported.instrument)


class TestReachExport:
    def test_form_imports(self) -> None:
        """The REACH form imports, skipping only a few columns and one type."""
        imported, _ = _reach()

        skipped = {p.message.key for p in imported.skipped}
        assert (True, {"xlsform.column_ignored", "xlsform.unsupported_type"}) == (
            len(imported.instrument.questions) > 0,
            skipped,
        )

    def test_every_row(self) -> None:
        """All 632 submissions are read, as a KoboToolbox export."""
        expected = (632, Flavour.KOBO)

        _, reading = _reach()
        assert expected == (len(reading.responses), reading.flavour)

    def test_submissions(self) -> None:
        """Every response has an instance id and a UTC submission time."""
        _, reading = _reach()

        times = [r.submission.submitted_at for r in reading.responses]
        assert ([], {"UTC"}) == (
            [r.line for r in reading.responses if not r.submission.instance_id],
            {t.timezone_name if t is not None else None for t in times},
        )

    def test_r_mangled_metadata(self) -> None:
        """X_id, X_uuid and X_submission_time are read as Kobo's _id, _uuid and _submission_time."""
        expected = ("190999135", "dcf2753a-6ea2-40f5-b493-3527931ef96c", "2021-07-05T09:34:15+00:00")

        _, reading = _reach()
        first = reading.responses[0].submission
        assert expected == (
            first.server_id,
            first.instance_id,
            first.submitted_at.isoformat() if first.submitted_at is not None else None,
        )

    def test_r_mangled_columns(self) -> None:
        """Questions inside groups are found, and R's 'question.choice' 0/1 (TRUE/FALSE) columns read."""
        imported, reading = _reach()
        names = ("hhh_r", "age_respondent_r", "return_date", "primary_livelihood")
        expected = {
            "groups": ["hh_info", "hh_info", "hh_info", "socio_ec_info"],
            "answers": ["yes", 52, "2018-06-11", ("loans", "support")],
        }

        answers = reading.responses[0].answers
        assert expected == {
            "groups": [imported.instrument.group_of(n).name for n in names],
            "answers": [str(answers[n]) if n == "return_date" else answers[n] for n in names],
        }

    def test_only_metadata_left_over(self) -> None:
        """X.U.FEFF.start is the start column; the only unknown column is a 'today' row the import leaves out."""
        expected = [("date_assessment",)]

        _, reading = _reach()
        assert expected == [p.path for p in reading.warnings if p.message.key == "exports.unknown_column"]

    def test_problems_have_a_place(self) -> None:
        """Every row problem of the real export names the file, its line and a question path."""
        _, reading = _reach()

        assert not [p for p in reading.row_problems if p.file is None or p.line is None or len(p.path) != 2]


def _without_provenance(data: object) -> object:
    """Plain data with every provenance left out: an imported form rightly cites the file it came from."""
    if isinstance(data, dict):
        return {k: _without_provenance(v) for k, v in data.items() if k not in ("provenance", "field_provenance")}
    if isinstance(data, list):
        return [_without_provenance(v) for v in data]
    return data


class TestEqualRoundTrip:
    @pytest.mark.parametrize("ident", ["entrada", "salida", "postgraduacion", "seguimiento"])
    def test_export_then_import_gives_the_same_instrument(self, tmp_path: Path, ident: str) -> None:
        """Everything but provenance comes back equal, the English title and participant question included."""
        from sce_method.serialization import unstructure  # noqa: PLC0415 -- local to this golden test

        instrument = sce_method.load().instrument(ident)
        path = tmp_path / f"{ident}.xlsx"
        write_xlsform(instrument, path)

        back = read_xlsform(path)

        expected = (_without_provenance(unstructure(instrument)), ())
        assert expected == (_without_provenance(unstructure(back.instrument)), back.skipped)
