"""Tests for `sce_method.monitoring.exports._read`: KoboToolbox and ODK Central exports read into typed responses."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Final

import attrs
import openpyxl
import pendulum
import pytest

import sce_method
from sce_method import Lang, Provenance, Text, message
from sce_method.cli import main
from sce_method.exceptions import LoadError, Problem, UnknownIdError
from sce_method.monitoring.exports import Flavour, Submission, read_export
from sce_method.monitoring.instruments import (
    Choice,
    ChoiceList,
    Group,
    Instrument,
    InstrumentKind,
    Question,
    QuestionType,
)
from sce_method.monitoring.xlsform import read_xlsform
from tests.monitoring.xlsform.tables import write_md

Where = tuple[str | None, int | None, int | None, tuple[str | int, ...], str]
Table = list[list[str]]


def _where(problem: Problem) -> Where:
    """A problem's file name (not its folder), line, column, path and message key."""
    file = None if problem.file is None else Path(problem.file).name
    return (file, problem.line, problem.column, problem.path, problem.message.key)


# -- the instruments ---------------------------------------------------------------------------------------------


@functools.cache
def salida() -> Instrument:
    """The bundled exit survey."""
    return sce_method.load().instrument("salida")


TEST_ONLY: Final = Provenance.assume("Pregunta de prueba, no del informe.", "A test question, not from the report.")


@functools.cache
def salida_ampliada() -> Instrument:
    """
    The exit survey plus a group with a decimal and a select_multiple question.

    The bundled salida has no decimal, select_multiple or relevant question; this group has all three.
    """
    apoyos = ChoiceList(
        name="apoyos",
        choices=(
            Choice(name="beca", label=Text(es="Beca", en="Grant")),
            Choice(name="guarderia", label=Text(es="Guardería", en="Childcare")),
            Choice(name="transporte", label=Text(es="Transporte", en="Transport")),
        ),
        provenance=TEST_ONLY,
    )
    ingresos = Group(
        name="ingresos",
        label=Text(es="Ingresos y apoyos", en="Income and support"),
        questions=(
            Question(
                name="ingreso",
                type=QuestionType.DECIMAL,
                label=Text(es="Ingreso mensual (MXN)", en="Monthly income (MXN)"),
                relevant="${actividad} != 'ninguna'",
                constraint=". >= 0",
                constraint_message=Text(es="El ingreso no puede ser negativo.", en="Income cannot be negative."),
                provenance=TEST_ONLY,
            ),
            Question(
                name="apoyos_recibidos",
                type=QuestionType.SELECT_MULTIPLE,
                label=Text(es="Apoyos recibidos", en="Support received"),
                choices="apoyos",
                provenance=TEST_ONLY,
            ),
        ),
        provenance=TEST_ONLY,
    )
    base = salida()
    return attrs.evolve(base, groups=(*base.groups, ingresos), choice_lists=(*base.choice_lists, apoyos))


# -- the submissions ---------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Sub:
    """One submission as the server stores it: XLSForm values (names; select_multiple space-joined) and metadata."""

    answers: Mapping[str, str]
    uuid: str
    server_id: int
    submitted: dt.datetime
    """Naive, in UTC (Kobo's ``_submission_time``)."""
    status: str | None = None
    """Kobo's validation status without its ``validation_status_`` prefix."""
    notes: str = ""

    def but(self, **answers: str) -> Sub:
        """The same submission with some answers changed."""
        return attrs.evolve(self, answers={**self.answers, **answers})


FIRST: Final = Sub(
    answers={
        "participante": "P-001",
        "fecha": "2024-05-01",
        "actividad": "empleo",
        "negocio_inicio_mejora": "si",
        "estudios": "formales",
        "hab_digitales": "4",
        "hab_financieras": "3",
        "hab_personales": "5",
        "agencia": "4",
        "confianza": "5",
        "promedio_habilidades": "4",
        "ingreso": "2500.5",
        "apoyos_recibidos": "beca transporte",
    },
    uuid="48583952-1892-4931-8d9c-869e7b49bafb",
    server_id=61,
    submitted=dt.datetime(2024, 5, 1, 17, 3, 12),  # noqa: DTZ001 -- Kobo writes UTC without a suffix
    status="approved",
)
SECOND: Final = Sub(
    answers={
        "participante": "P-002",
        "fecha": "2024-05-02",
        "actividad": "ninguna",
        "negocio_inicio_mejora": "no",
        "estudios": "capacitacion",
        "hab_digitales": "2",
        "hab_financieras": "2",
        "hab_personales": "3",
        "agencia": "3",
        "confianza": "4",
        "promedio_habilidades": "2.3333333333333335",
        "ingreso": "",
        "apoyos_recibidos": "",
    },
    uuid="b7e2d1c4-5a6f-4e3b-9c8d-7f6e5d4c3b2a",
    server_id=62,
    submitted=dt.datetime(2024, 5, 2, 15, 20, 5),  # noqa: DTZ001 -- Kobo writes UTC without a suffix
)
SUBS: Final = (FIRST, SECOND)

EXPECTED_ANSWERS: Final[tuple[dict[str, object], ...]] = (
    {
        "participante": "P-001",
        "fecha": dt.date(2024, 5, 1),
        "actividad": "empleo",
        "negocio_inicio_mejora": "si",
        "estudios": "formales",
        "hab_digitales": 4,
        "hab_financieras": 3,
        "hab_personales": 5,
        "agencia": 4,
        "confianza": 5,
        "ingreso": 2500.5,
        "apoyos_recibidos": ("beca", "transporte"),
    },
    {
        "participante": "P-002",
        "fecha": dt.date(2024, 5, 2),
        "actividad": "ninguna",
        "negocio_inicio_mejora": "no",
        "estudios": "capacitacion",
        "hab_digitales": 2,
        "hab_financieras": 2,
        "hab_personales": 3,
        "agencia": 3,
        "confianza": 4,
        "ingreso": None,
        "apoyos_recibidos": None,
    },
)
KOBO_SUBMISSIONS: Final = (
    Submission(
        instance_id="48583952-1892-4931-8d9c-869e7b49bafb",
        submitted_at=pendulum.datetime(2024, 5, 1, 17, 3, 12, tz="UTC"),
        review_status="approved",
        form_version=None,
        server_id="61",
    ),
    Submission(
        instance_id="b7e2d1c4-5a6f-4e3b-9c8d-7f6e5d4c3b2a",
        submitted_at=pendulum.datetime(2024, 5, 2, 15, 20, 5, tz="UTC"),
        review_status=None,
        form_version=None,
        server_id="62",
    ),
)
CENTRAL_SUBMISSIONS: Final = tuple(attrs.evolve(s, server_id=None, form_version="2024110101") for s in KOBO_SUBMISSIONS)
"""Central has no server id column but writes the form version; the rest is the same."""


def _typed(answers: Mapping[str, object]) -> dict[str, tuple[str, object]]:
    """Each answer with its type's name, so 4 and 4.0 differ."""
    return {name: (type(value).__name__, value) for name, value in answers.items()}


# -- KoboToolbox ---------------------------------------------------------------------------------------------------

KOBO_META: Final = (
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "_tags",
    "_index",
)
KOBO_META_OTHER_ORDER: Final = (
    "_id",
    "_notes",
    "_status",
    "_submission_time",
    "_submitted_by",
    "_tags",
    "_uuid",
    "_validation_status",
    "_index",
)
"""The order another kpi version writes (xlsform-kobo.md 3.1): columns are matched by name, never by position."""
KOBO_STATUS_LABELS: Final = {"approved": "Approved", "not_approved": "Not approved", "on_hold": "On hold"}


def _questions(instrument: Instrument) -> list[tuple[Group, Question]]:
    return [(g, q) for g in instrument.groups for q in g.questions if q.type is not QuestionType.NOTE]


def _choices(instrument: Instrument, question: Question) -> tuple[Choice, ...]:
    return () if question.choices is None else instrument.choice_list(question.choices).choices


def _kobo_value(instrument: Instrument, question: Question, value: str, lang: Lang | None) -> str:
    """A value as Kobo writes it: the XML value, or in label mode the choice labels (space-joined for many)."""
    if lang is None or question.choices is None:
        return value
    labels = {c.name: c.label.get(lang) for c in _choices(instrument, question)}
    return " ".join(labels.get(part, part) for part in value.split())


def _kobo_meta(sub: Sub, index: int, lang: Lang | None) -> dict[str, str]:
    if sub.status is None:
        status = ""
    else:
        status = f"validation_status_{sub.status}" if lang is None else KOBO_STATUS_LABELS[sub.status]
    return {
        "_id": str(sub.server_id),
        "_uuid": sub.uuid,
        "_submission_time": sub.submitted.isoformat(),
        "_validation_status": status,
        "_notes": sub.notes,
        "_status": "submitted_via_web",
        "_submitted_by": "",
        "_tags": "",
        "_index": str(index),
    }


def kobo_table(
    instrument: Instrument,
    subs: Sequence[Sub],
    *,
    lang: Lang | None = None,
    hierarchy: bool = True,
    meta: Sequence[str] = KOBO_META,
) -> Table:
    """
    A KoboToolbox export as rows of text, header first.

    *lang* None is "XML values and headers" (``group/question``); a language gives label headers (with the group
    label first when *hierarchy*) and choice labels as values. select_multiple questions get their summary column
    and one 0/1 column per choice, all blank when the question was not answered.
    """
    header = ["start", "end"]
    rows = [[f"{s.submitted:%Y-%m-%d}T09:40:39.000-06:00", f"{s.submitted:%Y-%m-%d}T09:51:13.000-06:00"] for s in subs]
    for group, question in _questions(instrument):
        if lang is None:
            head = f"{group.name}/{question.name}"
        else:
            label = question.label.get(lang) if question.label is not None else question.name
            head = f"{group.label.get(lang)}/{label}" if hierarchy else label
        header.append(head)
        for row, sub in zip(rows, subs, strict=True):
            row.append(_kobo_value(instrument, question, sub.answers.get(question.name, ""), lang))
        if question.type is QuestionType.SELECT_MULTIPLE:
            for choice in _choices(instrument, question):
                header.append(f"{head}/{choice.name if lang is None else choice.label.get(lang)}")
                for row, sub in zip(rows, subs, strict=True):
                    chosen = sub.answers.get(question.name, "").split()
                    row.append("" if not chosen else "1" if choice.name in chosen else "0")
    header += meta
    for index, (row, sub) in enumerate(zip(rows, subs, strict=True), start=1):
        values = _kobo_meta(sub, index, lang)
        row += [values[name] for name in meta]
    return [header, *rows]


def kobo_csv(table: Table, *, delimiter: str = ";", bom: bool = False, hxl: Mapping[str, str] | None = None) -> str:
    r"""Kobo's CSV bytes: every cell double-quoted, ``\r\n`` line ends; an HXL row of ``#tags`` as row 2 if given."""
    rows = list(table)
    if hxl is not None:
        rows.insert(1, [hxl.get(h, "") for h in table[0]])
    text = "".join(delimiter.join('"' + c.replace('"', '""') + '"' for c in row) + "\r\n" for row in rows)
    return ("\ufeff" if bom else "") + text


def _xlsx_cell(instrument: Instrument, header: str, value: str) -> object:
    """A cell as Kobo's XLSX writes it: numbers as floats, dates as date cells, blanks as empty cells."""
    if value == "":
        return None
    parts = header.split("/")
    if header in ("_id", "_index") or len(parts) == 3:  # group/question/choice: a 0/1 detail
        return float(value)
    if header == "_submission_time":
        return dt.datetime.fromisoformat(value)
    if len(parts) == 2:  # group/question
        kind = instrument.question(parts[1]).type
        if kind in (QuestionType.INTEGER, QuestionType.DECIMAL):
            return float(value)
        if kind is QuestionType.DATE:
            return dt.date.fromisoformat(value)
    return value


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    """Write *rows* to the first sheet of a new workbook."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def kobo_xlsx(path: Path, instrument: Instrument, table: Table) -> Path:
    """A Kobo XLSX export of an XML-mode *table*."""
    header = table[0]
    body = [[_xlsx_cell(instrument, h, v) for h, v in zip(header, row, strict=True)] for row in table[1:]]
    return write_xlsx(path, [header, *body])


def r_mangled_xlsx(path: Path, instrument: Instrument, table: Table) -> Path:
    """
    A Kobo XML-mode export after R's ``read.csv`` and a write back to XLSX (as in the REACH fixture).

    ``/`` became ``.``, ``_id`` became ``X_id``, the BOM before ``start`` became ``X.U.FEFF.``, and 0/1 details
    became TRUE/FALSE.
    """
    header = table[0]
    body: list[list[object]] = []
    for row in table[1:]:
        cells = [_xlsx_cell(instrument, h, v) for h, v in zip(header, row, strict=True)]
        body.append([bool(c) if h.count("/") == 2 and c is not None else c for h, c in zip(header, cells, strict=True)])
    mangled = ["X" + h if h.startswith("_") else h.replace("/", ".") for h in header]
    mangled[0] = "X.U.FEFF." + mangled[0]
    return write_xlsx(path, [mangled, *body])


# -- ODK Central ----------------------------------------------------------------------------------------------------


def central_csv(instrument: Instrument, subs: Sequence[Sub]) -> str:
    r"""
    An ODK Central ``submissions.csv`` with ``splitSelectMultiples=true``.

    Comma-separated, quoting only when needed, ``\n`` line ends; groups joined by ``-``; split select_multiple
    columns only for the values seen; then ``meta-instanceID`` and Central's own columns.
    """
    header = ["SubmissionDate"]
    rows = [[s.submitted.isoformat(timespec="milliseconds") + "Z"] for s in subs]
    for group, question in _questions(instrument):
        head = f"{group.name}-{question.name}"
        header.append(head)
        for row, sub in zip(rows, subs, strict=True):
            row.append(sub.answers.get(question.name, ""))
        if question.type is QuestionType.SELECT_MULTIPLE:
            seen = {v for s in subs for v in s.answers.get(question.name, "").split()}
            for choice in (c.name for c in _choices(instrument, question) if c.name in seen):
                header.append(f"{head}/{choice}")
                for row, sub in zip(rows, subs, strict=True):
                    chosen = sub.answers.get(question.name, "").split()
                    row.append("" if not chosen else "1" if choice in chosen else "0")
    header += ["meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected"]
    header += ["Status", "ReviewState", "DeviceID", "Edits", "FormVersion"]
    for row, sub in zip(rows, subs, strict=True):
        key = f"uuid:{sub.uuid}"
        row += [key, key, "5", "Alice", "0", "0", "", sub.status or "", "collect:0uAiKDfbbpqENdqw", "0", "2024110101"]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    return out.getvalue()


def write_text(path: Path, text: str) -> Path:
    """Write *text* as UTF-8, line ends as given."""
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _column(table: Table, header: str) -> int:
    """The 1-based column of *header*."""
    return table[0].index(header) + 1


def _without(table: Table, header: str) -> Table:
    """The table without one column."""
    index = table[0].index(header)
    return [row[:index] + row[index + 1 :] for row in table]


def _with(table: Table, header: str, values: Sequence[str]) -> Table:
    """The table with one more column at the end of the questions, before the metadata."""
    index = table[0].index("_id")
    return [[*row[:index], cell, *row[index:]] for row, cell in zip(table, [header, *values], strict=True)]


def _central_separate_only(instrument: Instrument, subs: Sequence[Sub], separator: str) -> str:
    """Central's CSV without the select_multiple's summary column, its 0/1 columns headed ``q<separator>option``."""
    table = list(csv.reader(io.StringIO(central_csv(instrument, subs))))
    table = _without(table, "ingresos-apoyos_recibidos")
    table[0] = [h.replace("apoyos_recibidos/", f"apoyos_recibidos{separator}") for h in table[0]]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(table)
    return out.getvalue()


# -- each flavour --------------------------------------------------------------------------------------------------

Writer = Callable[[Path, Instrument], Path]

FLAVOURS: Final[dict[str, tuple[Writer, Flavour, tuple[Submission, ...]]]] = {
    "kobo-csv-xml": (
        lambda d, i: write_text(d / "export.csv", kobo_csv(kobo_table(i, SUBS))),
        Flavour.KOBO,
        KOBO_SUBMISSIONS,
    ),
    "kobo-csv-xml-bom-hxl-other-order": (
        lambda d, i: write_text(
            d / "export.csv",
            kobo_csv(
                kobo_table(i, SUBS, meta=KOBO_META_OTHER_ORDER),
                bom=True,
                hxl={"datos/participante": "#beneficiary+id", "habilidades/agencia": "#indicator+agency"},
            ),
        ),
        Flavour.KOBO,
        KOBO_SUBMISSIONS,
    ),
    "kobo-csv-labels-es": (
        lambda d, i: write_text(d / "export.csv", kobo_csv(kobo_table(i, SUBS, lang="es"))),
        Flavour.KOBO,
        KOBO_SUBMISSIONS,
    ),
    "kobo-csv-labels-en": (
        lambda d, i: write_text(d / "export.csv", kobo_csv(kobo_table(i, SUBS, lang="en", hierarchy=False))),
        Flavour.KOBO,
        KOBO_SUBMISSIONS,
    ),
    "kobo-csv-separate-columns-only": (
        lambda d, i: write_text(d / "export.csv", kobo_csv(_without(kobo_table(i, SUBS), "ingresos/apoyos_recibidos"))),
        Flavour.KOBO,
        KOBO_SUBMISSIONS,
    ),
    "kobo-xlsx": (
        lambda d, i: kobo_xlsx(d / "export.xlsx", i, kobo_table(i, SUBS)),
        Flavour.KOBO,
        KOBO_SUBMISSIONS,
    ),
    "r-mangled-xlsx": (
        lambda d, i: r_mangled_xlsx(d / "export.xlsx", i, kobo_table(i, SUBS)),
        Flavour.KOBO,
        KOBO_SUBMISSIONS,
    ),
    "odk-central-csv": (
        lambda d, i: write_text(d / "submissions.csv", central_csv(i, SUBS)),
        Flavour.ODK_CENTRAL,
        CENTRAL_SUBMISSIONS,
    ),
    "odk-central-csv-separate-only-slash": (
        lambda d, i: write_text(d / "submissions.csv", _central_separate_only(i, SUBS, "/")),
        Flavour.ODK_CENTRAL,
        CENTRAL_SUBMISSIONS,
    ),
    "odk-central-csv-separate-only-dash": (
        lambda d, i: write_text(d / "submissions.csv", _central_separate_only(i, SUBS, "-")),
        Flavour.ODK_CENTRAL,
        CENTRAL_SUBMISSIONS,
    ),
}


class TestFlavours:
    @pytest.mark.parametrize("flavour", list(FLAVOURS))
    def test_same_typed_answers(self, tmp_path: Path, flavour: str) -> None:
        """Every flavour reads to the same typed answers: int, float, date, tuple of names, labels as names."""
        expected = [_typed(a) for a in EXPECTED_ANSWERS]
        write, _, _ = FLAVOURS[flavour]

        reading = read_export(write(tmp_path, salida_ampliada()), salida_ampliada())
        assert expected == [_typed(r.answers) for r in reading.responses]

    @pytest.mark.parametrize("flavour", list(FLAVOURS))
    def test_clean(self, tmp_path: Path, flavour: str) -> None:
        """A clean export of every flavour has no problem and no warning."""
        expected = ((), (), (), True)
        write, _, _ = FLAVOURS[flavour]

        reading = read_export(write(tmp_path, salida_ampliada()), salida_ampliada())
        assert expected == (reading.problems, reading.warnings, reading.row_problems, reading.valid)

    @pytest.mark.parametrize("flavour", list(FLAVOURS))
    def test_same_submission(self, tmp_path: Path, flavour: str) -> None:
        """Every flavour gives the same instance id (no 'uuid:'), UTC time and review status."""
        write, _, expected = FLAVOURS[flavour]

        reading = read_export(write(tmp_path, salida_ampliada()), salida_ampliada())
        assert expected == tuple(r.submission for r in reading.responses)

    @pytest.mark.parametrize("flavour", list(FLAVOURS))
    def test_submitted_at_is_utc(self, tmp_path: Path, flavour: str) -> None:
        """submitted_at is a pendulum DateTime in UTC, whatever the flavour wrote."""
        expected = [("DateTime", "UTC")] * 2
        write, _, _ = FLAVOURS[flavour]

        reading = read_export(write(tmp_path, salida_ampliada()), salida_ampliada())
        times = [r.submission.submitted_at for r in reading.responses]
        assert expected == [(type(t).__name__, t.timezone_name if t else None) for t in times]

    @pytest.mark.parametrize("flavour", list(FLAVOURS))
    def test_flavour_detected(self, tmp_path: Path, flavour: str) -> None:
        """Kobo is told by its _uuid/_submission_time columns, Central by SubmissionDate and KEY."""
        write, expected, _ = FLAVOURS[flavour]

        assert expected == read_export(write(tmp_path, salida_ampliada()), salida_ampliada()).flavour

    @pytest.mark.parametrize("flavour", list(FLAVOURS))
    def test_lines(self, tmp_path: Path, flavour: str) -> None:
        """Each response carries its line; an HXL row counts as a line."""
        expected = [3, 4] if "hxl" in flavour else [2, 3]
        write, _, _ = FLAVOURS[flavour]

        reading = read_export(write(tmp_path, salida_ampliada()), salida_ampliada())
        assert expected == [r.line for r in reading.responses]

    def test_central_milliseconds(self, tmp_path: Path) -> None:
        """Central's SubmissionDate keeps its milliseconds and its Z (UTC)."""
        expected = pendulum.datetime(2024, 5, 1, 17, 3, 12, 345000, tz="UTC")
        sub = attrs.evolve(FIRST, submitted=dt.datetime(2024, 5, 1, 17, 3, 12, 345000))  # noqa: DTZ001 -- UTC
        path = write_text(tmp_path / "submissions.csv", central_csv(salida_ampliada(), [sub]))

        submitted_at = read_export(path, salida_ampliada()).responses[0].submission.submitted_at
        assert (expected, "UTC") == (submitted_at, submitted_at.timezone_name if submitted_at else None)

    def test_kobo_validation_status_uid_and_label(self, tmp_path: Path) -> None:
        """Kobo's validation status reads the same from its uid (XML export) and its label (label export)."""
        expected = ["approved", "not_approved", "on_hold"] * 2
        subs = [attrs.evolve(FIRST, uuid=f"u-{s}", status=s) for s in ("approved", "not_approved", "on_hold")]
        xml = write_text(tmp_path / "xml.csv", kobo_csv(kobo_table(salida(), subs)))
        labels = write_text(tmp_path / "labels.csv", kobo_csv(kobo_table(salida(), subs, lang="en")))

        readings = [read_export(p, salida()) for p in (xml, labels)]
        assert expected == [r.submission.review_status for reading in readings for r in reading.responses]

    def test_central_select_multiple_without_split(self, tmp_path: Path) -> None:
        """Without split columns, Central's space-separated select_multiple reads as a tuple of names."""
        expected = [("beca", "transporte"), None]
        text = central_csv(salida_ampliada(), SUBS)
        table = list(csv.reader(io.StringIO(text)))
        split = [i for i, h in enumerate(table[0]) if h.startswith("ingresos-apoyos_recibidos/")]
        plain = [[c for i, c in enumerate(row) if i not in split] for row in table]
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(plain)
        path = write_text(tmp_path / "submissions.csv", out.getvalue())

        reading = read_export(path, salida_ampliada())
        assert expected == [r.answers["apoyos_recibidos"] for r in reading.responses]

    @pytest.mark.parametrize("flavour", [f for f in FLAVOURS if "separate" in f])
    def test_separate_columns_only_required_blank(self, tmp_path: Path, flavour: str) -> None:
        """With 0/1 columns only, a required select_multiple left blank is found, on its first 0/1 column."""
        write, _, _ = FLAVOURS[flavour]
        required = _required_apoyos()
        path = write(tmp_path, required)
        header = path.read_text(encoding="utf-8").splitlines()[0]
        separator = ";" if ";" in header else ","
        first = next(i for i, h in enumerate(header.split(separator), start=1) if "apoyos_recibidos" in h)
        expected = [(path.name, 3, first, ("ingresos", "apoyos_recibidos"), "instruments.response.required")]

        reading = read_export(path, required)
        assert expected == [_where(p) for p in reading.row_problems]


def _required_apoyos() -> Instrument:
    """`salida_ampliada` with its select_multiple required."""
    base = salida_ampliada()
    groups = tuple(
        attrs.evolve(
            g,
            questions=tuple(attrs.evolve(q, required=True) if q.name == "apoyos_recibidos" else q for q in g.questions),
        )
        for g in base.groups
    )
    return attrs.evolve(base, groups=groups)


class TestBadInput:
    def test_missing_column(self, tmp_path: Path) -> None:
        """A question with no column is a problem on line 1 with the question's path."""
        expected = ("export.csv", 1, None, ("habilidades", "agencia"), "exports.missing_column")
        table = _without(kobo_table(salida(), SUBS), "habilidades/agencia")

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert [expected] == [_where(p) for p in reading.problems]

    def test_unknown_column_kept(self, tmp_path: Path) -> None:
        """A column of no question is a warning, and its values are kept in Response.extra."""
        expected_warning = ("export.csv", 1, 14, ("observaciones",), "exports.unknown_column")
        expected_extra = [{"observaciones": "llamar en la tarde"}, {}]
        table = _with(kobo_table(salida(), SUBS), "observaciones", ["llamar en la tarde", ""])

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert [expected_warning] == [_where(p) for p in reading.warnings]
        assert expected_extra == [dict(r.extra) for r in reading.responses]
        assert reading.valid

    def test_duplicate_instance(self, tmp_path: Path) -> None:
        """A second row with the same instance id is a problem on its line, naming the first."""
        table = kobo_table(salida(), [FIRST, attrs.evolve(SECOND, uuid=FIRST.uuid)])
        expected = ("export.csv", 3, _column(table, "_uuid"), ("instance_id",), "exports.duplicate_instance")

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert [expected] == [_where(p) for p in reading.problems]
        assert message("exports.duplicate_instance", first=2) == reading.problems[0].message

    def test_comma_for_kobo(self, tmp_path: Path) -> None:
        """A Kobo CSV with ',' is read with ',' (not as one column) and warned about."""
        expected_warning = ("export.csv", 1, None, (), "exports.delimiter")
        expected_message = message("exports.delimiter", found=",", expected=";", flavour="kobotoolbox")
        expected_answers = [_typed(a) for a in EXPECTED_ANSWERS]
        text = kobo_csv(kobo_table(salida_ampliada(), SUBS), delimiter=",")

        reading = read_export(write_text(tmp_path / "export.csv", text), salida_ampliada())
        assert [expected_warning] == [_where(p) for p in reading.warnings]
        assert expected_message == reading.warnings[0].message
        assert expected_answers == [_typed(r.answers) for r in reading.responses]
        assert reading.flavour is Flavour.KOBO
        assert not reading.row_problems

    def test_not_a_choice(self, tmp_path: Path) -> None:
        """A select_one value not in its list is a problem at its cell, naming the choices but not the value."""
        table = kobo_table(salida(), [FIRST.but(actividad="desempleo"), SECOND])
        expected = ("export.csv", 2, _column(table, "situacion/actividad"), ("situacion", "actividad"))
        expected_message = message("instruments.response.not_a_choice", choices="ninguna, empleo, negocio")

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert [(*expected, "instruments.response.not_a_choice")] == [_where(p) for p in reading.row_problems]
        assert expected_message == reading.row_problems[0].message

    def test_select_multiple_value_not_in_list(self, tmp_path: Path) -> None:
        """A select_multiple value with no 0/1 column (not in the list) is kept and reported, not dropped."""
        table = kobo_table(salida_ampliada(), [FIRST.but(apoyos_recibidos="beca despensa"), SECOND])
        expected = ("export.csv", 2, _column(table, "ingresos/apoyos_recibidos"), ("ingresos", "apoyos_recibidos"))
        expected_answer = ("beca", "despensa")

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida_ampliada())
        assert expected_answer == reading.responses[0].answers["apoyos_recibidos"]
        assert [(*expected, "instruments.response.not_a_choice")] == [_where(p) for p in reading.row_problems]

    def test_required_missing(self, tmp_path: Path) -> None:
        """A required answer left blank is a problem at its cell."""
        table = kobo_table(salida(), [FIRST, SECOND.but(fecha="")])
        expected = ("export.csv", 3, _column(table, "datos/fecha"), ("datos", "fecha"), "instruments.response.required")

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert [expected] == [_where(p) for p in reading.row_problems]
        assert reading.responses[0].valid
        assert not reading.responses[1].valid

    def test_not_relevant(self, tmp_path: Path) -> None:
        """An answer to a question that did not apply is a problem at its cell."""
        table = kobo_table(salida_ampliada(), [FIRST, SECOND.but(ingreso="1500")])
        expected = ("export.csv", 3, _column(table, "ingresos/ingreso"), ("ingresos", "ingreso"))

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida_ampliada())
        assert [(*expected, "instruments.response.not_relevant")] == [_where(p) for p in reading.row_problems]

    def test_constraint(self, tmp_path: Path) -> None:
        """A broken constraint is a problem at its cell, with the constraint message in Spanish and English."""
        expected_text = ("Un número del 1 (nada) al 5 (mucho).", "A number from 1 (not at all) to 5 (very much).")
        table = kobo_table(salida(), [FIRST.but(hab_digitales="7"), SECOND])
        expected = ("export.csv", 2, _column(table, "habilidades/hab_digitales"), ("habilidades", "hab_digitales"))

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        (problem,) = reading.row_problems
        assert (*expected, "instruments.response.constraint_custom") == _where(problem)
        assert expected_text == (problem.message.render("es"), problem.message.render("en"))

    @pytest.mark.parametrize(
        "cell", ["tres", "3.5", "3_0", "4e1", "\u0663"], ids=["a-word", "fraction", "underscore", "exponent", "arabic"]
    )
    def test_not_an_integer(self, tmp_path: Path, cell: str) -> None:
        """A word, a fraction, '_', an exponent or non-ASCII digits: a problem at its cell; the answer left out."""
        table = kobo_table(salida(), [FIRST.but(hab_financieras=cell), SECOND])
        where = ("export.csv", 2, _column(table, "habilidades/hab_financieras"), ("habilidades", "hab_financieras"))

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert [(*where, "exports.not_integer")] == [_where(p) for p in reading.row_problems]
        assert "hab_financieras" not in reading.responses[0].answers

    def test_date_with_words_after_it(self, tmp_path: Path) -> None:
        """'2024-09-20 no sé' is not a date: a problem at its cell, not 2024-09-20 read from its first ten letters."""
        table = kobo_table(salida(), [FIRST.but(fecha="2024-09-20 no sé"), SECOND])
        where = ("export.csv", 2, _column(table, "datos/fecha"), ("datos", "fecha"))

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert [(*where, "exports.not_date")] == [_where(p) for p in reading.row_problems]
        assert "fecha" not in reading.responses[0].answers

    def test_hxl_row_skipped(self, tmp_path: Path) -> None:
        """The HXL row is not a response, and the lines after it count it."""
        table = kobo_table(salida(), [FIRST, SECOND.but(hab_personales="9")])
        text = kobo_csv(table, hxl={"datos/participante": "#beneficiary+id", "habilidades/agencia": "#indicator"})
        expected = ("export.csv", 4, _column(table, "habilidades/hab_personales"), ("habilidades", "hab_personales"))
        expected_rows = [("P-001", 3), ("P-002", 4)]

        reading = read_export(write_text(tmp_path / "export.csv", text), salida())
        assert expected_rows == [(r.participant_id, r.line) for r in reading.responses]
        assert [(*expected, "instruments.response.constraint_custom")] == [_where(p) for p in reading.row_problems]

    def test_line_breaks_inside_a_cell(self, tmp_path: Path) -> None:
        """A quoted cell with a line break does not shift the lines of the rows after it."""
        first = attrs.evolve(FIRST, notes="Llamar de nuevo\r\nsin señal")
        table = kobo_table(salida(), [first, SECOND.but(agencia="0")])
        expected = ("export.csv", 4, _column(table, "habilidades/agencia"), ("habilidades", "agencia"))
        expected_lines = [2, 4]

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert expected_lines == [r.line for r in reading.responses]
        assert [(*expected, "instruments.response.constraint_custom")] == [_where(p) for p in reading.row_problems]

    def test_no_question(self, tmp_path: Path) -> None:
        """An export that matches none of the instrument's questions is refused."""
        expected = [("export.csv", 1, None, (), "exports.no_question")]
        text = kobo_csv([["nombre", "edad", "_uuid"], ["Ana", "30", "u-1"]])

        with pytest.raises(LoadError) as caught:
            read_export(write_text(tmp_path / "export.csv", text), salida())
        assert expected == [_where(p) for p in caught.value.problems]
        assert message("exports.no_question", instrument="salida") == caught.value.problems[0].message

    @pytest.mark.parametrize("name", ["nada.csv", "nada.xlsx"])
    def test_missing_file(self, tmp_path: Path, name: str) -> None:
        """A missing file is a LoadError naming it."""
        expected = [(name, None, None, (), "core.load.not_found")]

        with pytest.raises(LoadError) as caught:
            read_export(tmp_path / name, salida())
        assert expected == [_where(p) for p in caught.value.problems]

    def test_broken_workbook(self, tmp_path: Path) -> None:
        """A file named .xlsx that is not a workbook is a LoadError, not a zipfile error."""
        expected = [("export.xlsx", None, None, (), "core.load.unreadable")]
        path = write_text(tmp_path / "export.xlsx", "no es un libro")

        with pytest.raises(LoadError) as caught:
            read_export(path, salida())
        assert expected == [_where(p) for p in caught.value.problems]

    def test_empty_file(self, tmp_path: Path) -> None:
        """An empty file is a LoadError."""
        expected = [("export.csv", None, None, (), "core.load.empty")]

        with pytest.raises(LoadError) as caught:
            read_export(write_text(tmp_path / "export.csv", ""), salida())
        assert expected == [_where(p) for p in caught.value.problems]


class TestHeader:
    def test_cells_past_the_header(self, tmp_path: Path) -> None:
        """Cells holding data past the header's end are a problem of their row, at the first of them: never dropped."""
        table = kobo_table(salida(), SUBS)
        width = len(table[0])
        table[2] = [*table[2], "", "Ana", "López"]
        expected = [("export.csv", 3, width + 2, (), "exports.headless_cells")]

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert expected == [_where(p) for p in reading.row_problems]
        assert message("exports.headless_cells", count=2) == reading.row_problems[0].message
        expected_valid = (True, False)
        assert expected_valid == (reading.responses[0].valid, reading.responses[1].valid)

    def test_blank_cells_past_the_header(self, tmp_path: Path) -> None:
        """Blank cells past the header (a spreadsheet's trailing separators) are no problem."""
        table = kobo_table(salida(), SUBS)
        table[1] = [*table[1], "", " "]

        expected: tuple[bool, tuple[Problem, ...]] = (True, ())

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert expected == (reading.valid, reading.row_problems)

    def test_cell_under_a_blank_header(self, tmp_path: Path) -> None:
        """A cell holding data under a blank header is a problem of its row, at its column."""
        table = _with(kobo_table(salida(), SUBS), "", ["", "3312345678"])
        expected = [("export.csv", 3, _column(table, "_id") - 1, (), "exports.headless_cells")]

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert expected == [_where(p) for p in reading.row_problems]

    def test_header_twice(self, tmp_path: Path) -> None:
        """A header written twice is a problem of the file at the second, naming the first, which is the one read."""
        table = _with(kobo_table(salida(), SUBS), "habilidades/agencia", ["1", "1"])
        first, second = _column(table, "habilidades/agencia"), _column(table, "_id") - 1
        expected = [("export.csv", 1, second, ("habilidades/agencia",), "exports.duplicate_column")]

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert expected == [_where(p) for p in reading.problems]
        assert message("exports.duplicate_column", first=first) == reading.problems[0].message
        expected_read: tuple[tuple[Problem, ...], list[object]] = ((), [4, 3])
        assert expected_read == (reading.warnings, [r.answers["agencia"] for r in reading.responses])

    def test_unknown_header_twice(self, tmp_path: Path) -> None:
        """An unknown column written twice: warned once, the first kept in extra, the second a problem."""
        table = _with(_with(kobo_table(salida(), SUBS), "nota", ["uno", ""]), "nota", ["dos", ""])
        expected = (
            [("export.csv", 1, _column(table, "_id") - 1, ("nota",), "exports.duplicate_column")],
            [("export.csv", 1, _column(table, "nota"), ("nota",), "exports.unknown_column")],
            {"nota": "uno"},
        )

        reading = read_export(write_text(tmp_path / "export.csv", kobo_csv(table)), salida())
        assert expected == (
            [_where(p) for p in reading.problems],
            [_where(p) for p in reading.warnings],
            dict(reading.responses[0].extra),
        )


class TestParticipant:
    def test_from_instrument(self, tmp_path: Path) -> None:
        """By default the participant id is the answer to the instrument's participant_question."""
        expected = ["P-001", "P-002"]
        path = write_text(tmp_path / "export.csv", kobo_csv(kobo_table(salida(), SUBS)))

        assert expected == [r.participant_id for r in read_export(path, salida()).responses]

    def test_from_argument(self, tmp_path: Path) -> None:
        """The participant_question argument names the question to take the id from."""
        expected = ([None, None], ["P-001", "P-002"])
        instrument = attrs.evolve(salida(), participant_question=None)
        path = write_text(tmp_path / "export.csv", kobo_csv(kobo_table(instrument, SUBS)))

        without = read_export(path, instrument)
        given = read_export(path, instrument, participant_question="participante")
        assert expected == (
            [r.participant_id for r in without.responses],
            [r.participant_id for r in given.responses],
        )

    def test_argument_wins(self, tmp_path: Path) -> None:
        """The argument takes precedence over the instrument's participant_question."""
        expected = ["formales", "capacitacion"]
        path = write_text(tmp_path / "export.csv", kobo_csv(kobo_table(salida(), SUBS)))

        reading = read_export(path, salida(), participant_question="estudios")
        assert expected == [r.participant_id for r in reading.responses]

    def test_unknown_question(self, tmp_path: Path) -> None:
        """A participant question the instrument does not have is refused, not every participant left unknown."""
        path = write_text(tmp_path / "export.csv", kobo_csv(kobo_table(salida(), SUBS)))
        expected = ("core.id.unknown", "nope")

        with pytest.raises(UnknownIdError) as caught:
            read_export(path, salida(), participant_question="nope")
        assert expected == (caught.value.message.key, caught.value.message.params["id"])

    def test_a_calculation(self, tmp_path: Path) -> None:
        """A calculation stores no answer of the export: refused as the participant question."""
        path = write_text(tmp_path / "export.csv", kobo_csv(kobo_table(salida(), SUBS)))
        expected = [(None, None, None, ("participant_question",), "exports.participant_question")]

        with pytest.raises(LoadError) as caught:
            read_export(path, salida(), participant_question="promedio_habilidades")
        assert expected == [_where(p) for p in caught.value.problems]

    def test_not_an_id(self, tmp_path: Path) -> None:
        """A participant cell that is no id (a name typed there) is refused at its cell, never shown, and no id."""
        path = write_text(tmp_path / "export.csv", kobo_csv(kobo_table(salida(), [FIRST.but(participante="Ana Ríos")])))

        reading = read_export(path, salida())
        refused = [p for p in reading.row_problems if p.message.key == "exports.invalid_participant_id"]
        shown = [p.render(lang) for p in reading.row_problems for lang in ("es", "en")] + [repr(reading)]
        expected: tuple[list[tuple[str | None, int | None, int | None]], None, list[str]] = (
            [(str(path), 2, 3)],
            None,
            [],
        )
        assert expected == (
            [(p.file, p.line, p.column) for p in refused],
            reading.responses[0].participant_id,
            [s for s in shown if "Ana" in s],
        )

    def test_metadata_not_a_token(self, tmp_path: Path) -> None:
        """A name in a metadata column (its header moved) is refused at its cell, never shown (the fuzzer's find)."""
        table = kobo_table(salida(), SUBS)
        column = _column(table, "_uuid")
        table[1][column - 1] = "Ana Ríos"
        path = write_text(tmp_path / "export.csv", kobo_csv(table))

        reading = read_export(path, salida())
        refused = [p for p in reading.row_problems if p.message.key == "exports.invalid_metadata"]
        shown = [p.render(lang) for p in reading.row_problems for lang in ("es", "en")] + [repr(reading)]
        expected: tuple[list[tuple[str | None, int | None, int | None]], None, list[str]] = (
            [(str(path), 2, column)],
            None,
            [],
        )
        assert expected == (
            [(p.file, p.line, p.column) for p in refused],
            reading.responses[0].submission.instance_id,
            [s for s in shown if "Ana" in s],
        )

    def test_command_line(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`--participant-question nope` exits 1 with one line naming it, and reads no row."""
        path = write_text(tmp_path / "export.csv", kobo_csv(kobo_table(salida(), SUBS)))
        argv = ["responses", "validate", str(path), "--instrument", "salida", "--participant-question", "nope"]

        code = main([*argv, "--lang", "en"])
        out, err = capsys.readouterr()
        expected = (1, "", 1, True)
        assert expected == (code, out, len(err.splitlines()), err.startswith("sce-method: there is no question"))


class TestResponse:
    def test_repr_hides_answers(self, tmp_path: Path) -> None:
        """A response's repr shows neither its answers nor its extra columns."""
        table = _with(kobo_table(salida_ampliada(), SUBS), "nombre_completo", ["María López Ríos", ""])
        path = write_text(tmp_path / "export.csv", kobo_csv(table))

        reading = read_export(path, salida_ampliada())
        shown = repr(reading.responses[0]) + repr(reading)
        assert not [s for s in ("María", "2500.5", "formales", "transporte", "answers=", "extra=") if s in shown]


PERSONAL: Final = "Ana López 33 1234 5678"
"""A name and a phone number, typed where an answer belongs."""


class TestPersonalData:
    def test_no_answer_echoed(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A name and phone number in every answer column is reported at each cell, and never repeated."""
        instrument = salida_ampliada()
        names = [q.name for q in instrument.questions if q.answers]
        table = _with(kobo_table(instrument, [FIRST.but(**dict.fromkeys(names, PERSONAL))]), "nota", [PERSONAL])
        path = write_text(tmp_path / "export.csv", kobo_csv(table))

        reading = read_export(path, instrument)
        code = main(["responses", "validate", str(path), "--instrument", "salida", "--lang", "en"])
        out, err = capsys.readouterr()
        shown = [p.render(lang) for p in (*reading.row_problems, *reading.warnings) for lang in ("es", "en")]
        expected: tuple[int, int, list[str], list[str]] = (len(names), 1, [], [])
        assert expected == (
            len({p.path for p in reading.row_problems}),
            code,
            # the whole phone, with its space: a temporary folder's name may hold 1234 (pytest-1234)
            [s for s in shown if "Ana" in s or "1234 5678" in s],
            [line for line in (out + err).splitlines() if "Ana" in line or "1234 5678" in line],
        )


class TestCommandLine:
    def test_invalid_export(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`responses validate` lists each problem on stderr as file:line:column and exits 1."""
        table = kobo_table(salida(), [FIRST.but(hab_digitales="7"), SECOND.but(actividad="desempleo")])
        path = write_text(tmp_path / "export.csv", kobo_csv(table))
        hab, act = _column(table, "habilidades/hab_digitales"), _column(table, "situacion/actividad")
        expected = [
            f"{path}:2:{hab}: $.habilidades.hab_digitales: A number from 1 (not at all) to 5 (very much).",
            f"{path}:3:{act}: $.situacion.actividad: not a choice of the list; choices: ninguna, empleo, negocio",
        ]

        code = main(["responses", "validate", str(path), "--instrument", "salida", "--lang", "en"])
        _, err = capsys.readouterr()
        assert (1, expected) == (code, err.splitlines())
        assert "Traceback" not in err

    def test_clean_export(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`responses validate` exits 0 on a clean export, with its summary on stdout and nothing on stderr."""
        path = write_text(tmp_path / "export.csv", kobo_csv(kobo_table(salida(), SUBS)))
        expected = (0, f"{path}: 2 rows, 0 with problems; 0 problems, 0 warnings\n", "")

        code = main(["responses", "validate", str(path), "--instrument", "salida", "--lang", "en"])
        out, err = capsys.readouterr()
        assert expected == (code, out, err)

    def test_missing_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing export exits 1 with one line naming the file, and no traceback."""
        path = tmp_path / "nada.csv"

        code = main(["responses", "validate", str(path), "--instrument", "salida", "--lang", "en"])
        _, err = capsys.readouterr()
        assert (1, [f"{path}: file not found"]) == (code, err.splitlines())


class TestRepeatInForm:
    def test_repeat_questions_are_no_missing_columns(self, tmp_path: Path) -> None:
        """A repeat's questions are not in the main sheet: no 'missing column', one note that they are not read."""
        text = """
        | survey |
        |        | type         | name     | label    |
        |        | integer      | miembros | Miembros |
        |        | begin_repeat | hogar    | Hogar    |
        |        | text         | nombre   | Nombre   |
        |        | end_repeat   |          |          |
        """
        form = read_xlsform(write_md(tmp_path / "form.xlsx", text), kind=InstrumentKind.FOLLOW_UP).instrument
        export = tmp_path / "export.csv"
        export.write_text("_uuid;_submission_time;miembros\nu-1;2024-05-01T10:00:00Z;2\n", encoding="utf-8")

        reading = read_export(export, form)
        expected: tuple[object, ...] = ((), [(("hogar",), "exports.repeat_not_read")], ())
        assert expected == (
            reading.problems,
            [(p.path, p.message.key) for p in reading.warnings],
            reading.row_problems,
        )


class TestDelimiterFromTheWholeHeader:
    FORM = """
    | survey |
    |        | type             | name   | label::Español (es)     |
    |        | integer          | edad   | Edad, en años, cumplidos |
    |        | select_one yesNo | trabaja | ¿Trabaja, hoy, por pago? |
    |        | text             | barrio | Barrio, colonia, o zona |
    | choices |
    |         | list_name | name | label::Español (es) |
    |         | yesNo     | yes  | Sí, trabaja         |
    |         | yesNo     | no   | No                  |
    """

    def test_label_export_with_commas_in_labels(self, tmp_path: Path) -> None:
        """A ';' Kobo label export whose Spanish labels hold commas is read as ';' (more commas than semicolons)."""
        form = read_xlsform(write_md(tmp_path / "form.xlsx", self.FORM), kind=InstrumentKind.FOLLOW_UP).instrument
        export = tmp_path / "export.csv"
        export.write_text(
            "Edad, en años, cumplidos;¿Trabaja, hoy, por pago?;Barrio, colonia, o zona;_uuid;_submission_time\n"
            "30;Sí, trabaja;Centro, norte;u-1;2024-05-01T10:00:00Z\n",
            encoding="utf-8",
        )

        reading = read_export(export, form)
        expected: tuple[object, ...] = ((), (), {"edad": 30, "trabaja": "yes", "barrio": "Centro, norte"})
        assert expected == (reading.problems, reading.row_problems, dict(reading.responses[0].answers))
