"""Tests for `sce_method.monitoring.exports._columns`: an export's columns matched to questions by name."""

from __future__ import annotations

import functools
from typing import Final

import pytest

import sce_method
from sce_method import Lang, Provenance, Text
from sce_method.monitoring.exports import Flavour, flavour_of, match_columns, normalise
from sce_method.monitoring.instruments import (
    Choice,
    ChoiceList,
    Group,
    Instrument,
    InstrumentKind,
    Question,
    QuestionType,
)

TEST_ONLY: Final = Provenance.assume("Instrumento de prueba.", "A test instrument.")
KOBO_META: Final = [
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "_tags",
    "_index",
]
CENTRAL_META: Final = [
    "KEY",
    "SubmitterID",
    "SubmitterName",
    "AttachmentsPresent",
    "AttachmentsExpected",
    "Status",
    "ReviewState",
    "DeviceID",
    "Edits",
    "FormVersion",
]


@functools.cache
def salida() -> Instrument:
    """The bundled exit survey."""
    return sce_method.load().instrument("salida")


def _paths(separator: str) -> list[str]:
    """The exit survey's question columns as ``group<separator>question``."""
    return [f"{g.name}{separator}{q.name}" for g in salida().groups for q in g.questions]


def _answered() -> dict[str, str]:
    """Each question that stores an answer -> its ``group/question`` header."""
    return {q.name: f"{g.name}/{q.name}" for g in salida().groups for q in g.questions if q.answers}


@functools.cache
def apoyos() -> Instrument:
    """A one-question instrument: a select_multiple with three choices."""
    choices = ChoiceList(
        name="apoyos",
        choices=(
            Choice(name="beca", label=Text(es="Beca", en="Grant")),
            Choice(name="guarderia", label=Text(es="Guardería", en="Childcare")),
            Choice(name="transporte", label=Text(es="Transporte", en="Transport")),
        ),
        provenance=TEST_ONLY,
    )
    question = Question(
        name="recibidos",
        type=QuestionType.SELECT_MULTIPLE,
        label=Text(es="Apoyos recibidos", en="Support received"),
        choices="apoyos",
        provenance=TEST_ONLY,
    )
    group = Group(name="apoyo", label=Text(es="Apoyos", en="Support"), questions=(question,), provenance=TEST_ONLY)
    return Instrument(
        id="prueba",
        kind=InstrumentKind.EXIT,
        version="1",
        title=Text(es="Prueba"),
        groups=(group,),
        choice_lists=(choices,),
        provenance=TEST_ONLY,
    )


class TestNormalise:
    @pytest.mark.parametrize(
        ("header", "expected"),
        [
            ("X.U.FEFF.start", "start"),
            ("\ufeffstart", "start"),
            ("X_id", "_id"),
            ("X_uuid", "_uuid"),
            ("X_submission_time", "_submission_time"),
            ("X_validation_status", "_validation_status"),
            ("X_index", "_index"),
            ("X__version__", "__version__"),
            (" datos/fecha ", "datos/fecha"),
        ],
    )
    def test_undoes_r(self, header: str, expected: str) -> None:
        """R's X_ prefix and X.U.FEFF. BOM are undone, and the header is trimmed."""
        assert expected == normalise(header)

    @pytest.mark.parametrize("header", ["X_nombre", "Xochitl", "datos.participante", "g1-q1", "_geolocation"])
    def test_keeps_others(self, header: str) -> None:
        """Headers that are not R's renaming of Kobo's metadata stay as they are."""
        assert header == normalise(header)


class TestFlavourOf:
    @pytest.mark.parametrize(
        "meta",
        [
            KOBO_META,
            [
                "_id",
                "_notes",
                "_status",
                "_submission_time",
                "_submitted_by",
                "_tags",
                "_uuid",
                "_validation_status",
                "_index",
            ],
        ],
    )
    def test_kobo(self, meta: list[str]) -> None:
        """Kobo's metadata columns, in either kpi order, say KoboToolbox."""
        expected = Flavour.KOBO

        assert expected == flavour_of(["start", "end", *_paths("/"), *meta])

    def test_kobo_through_r(self) -> None:
        """R's X_uuid, once normalised, still says KoboToolbox."""
        expected = Flavour.KOBO
        headers = ["X.U.FEFF.start", *_paths("."), "X_id", "X_uuid", "X_submission_time", "X_index"]

        assert expected == flavour_of([normalise(h) for h in headers])

    def test_central(self) -> None:
        """SubmissionDate and KEY say ODK Central."""
        expected = Flavour.ODK_CENTRAL

        assert expected == flavour_of(["SubmissionDate", *_paths("-"), "meta-instanceID", *CENTRAL_META])

    @pytest.mark.parametrize("headers", [_paths("/"), ["SubmissionDate", *_paths("-")]])
    def test_unknown(self, headers: list[str]) -> None:
        """Without those columns the flavour is unknown."""
        expected = Flavour.UNKNOWN

        assert expected == flavour_of(headers)


class TestMatchColumns:
    @pytest.mark.parametrize("separator", ["/", "-", ".", ":"])
    def test_group_paths(self, separator: str) -> None:
        """Kobo's group/question, Central's group-question and R's group.question are all found."""
        headers = ["start", *_paths(separator), *KOBO_META]
        expected = {q.name: headers.index(f"{g.name}{separator}{q.name}") for g in salida().groups for q in g.questions}

        columns = match_columns(salida(), headers)
        assert (expected, None, ()) == (columns.columns, columns.labels, columns.unknown)

    def test_bare_names(self) -> None:
        """Columns named without their group (Central's groupPaths=false) are found."""
        headers = [q.name for q in salida().questions]

        assert {name: i for i, name in enumerate(headers)} == match_columns(salida(), headers).columns

    def test_by_name_not_position(self) -> None:
        """The same columns in another order map each question to its own column."""
        headers = [*reversed(KOBO_META), *reversed(_paths("/")), "start"]
        expected = {name: headers.index(header) for name, header in _answered().items()}

        columns = match_columns(salida(), headers).columns
        assert expected == {name: i for name, i in columns.items() if name in expected}

    @pytest.mark.parametrize(("lang", "hierarchy"), [("es", True), ("es", False), ("en", True), ("en", False)])
    def test_labels(self, lang: Lang, hierarchy: bool) -> None:  # noqa: FBT001 -- a parametrized flag
        """Label headers (with or without the group label) are found, and their language told."""
        headers = ["start"]
        for group in salida().groups:
            for question in group.questions:
                label = question.label.get(lang) if question.label is not None else question.name
                headers.append(f"{group.label.get(lang)}/{label}" if hierarchy else label)
        headers += KOBO_META

        columns = match_columns(salida(), headers)
        assert (lang, len(salida().questions), ()) == (columns.labels, len(columns.columns), columns.unknown)

    def test_unlabelled_question_in_label_mode(self) -> None:
        """In a label export a calculate (no label) is headed by its name, as Kobo does: found, not unknown."""
        header = "Habilidades, agencia y confianza/promedio_habilidades"
        headers = [
            f"{g.label.es}/{q.label.es if q.label is not None else q.name}"
            for g in salida().groups
            for q in g.questions
        ]

        columns = match_columns(salida(), headers)
        assert (headers.index(header), ()) == (columns.columns["promedio_habilidades"], columns.unknown)

    @pytest.mark.parametrize(
        "headers",
        [
            ["apoyo/recibidos", "apoyo/recibidos/beca", "apoyo/recibidos/guarderia", "apoyo/recibidos/transporte"],
            ["apoyo.recibidos", "apoyo.recibidos.beca", "apoyo.recibidos.guarderia", "apoyo.recibidos.transporte"],
            [
                "Apoyos/Apoyos recibidos",
                "Apoyos/Apoyos recibidos/Beca",
                "Apoyos/Apoyos recibidos/Guardería",
                "Apoyos/Apoyos recibidos/Transporte",
            ],
            ["Support received", "Support received/Grant", "Support received/Childcare", "Support received/Transport"],
        ],
    )
    def test_details(self, headers: list[str]) -> None:
        """A select_multiple's 0/1 columns are found per choice: Kobo's '/', R's '.', and by label."""
        expected = ({"recibidos": 1}, {"recibidos": {"beca": 2, "guarderia": 3, "transporte": 4}}, ())

        columns = match_columns(apoyos(), ["start", *headers])
        assert expected == (columns.columns, columns.details, columns.unknown)

    @pytest.mark.parametrize(
        "headers",
        [
            ["apoyo/recibidos/beca", "apoyo/recibidos/transporte"],
            ["recibidos/beca", "recibidos/transporte"],
            ["apoyo-recibidos/beca", "apoyo-recibidos/transporte"],
            ["apoyo-recibidos-beca", "apoyo-recibidos-transporte"],
        ],
    )
    def test_separate_columns_only(self, headers: list[str]) -> None:
        """No summary column: the question is found by its 0/1 columns, placed at the first, marked summaryless."""
        expected = ({"recibidos": 1}, {"recibidos": {"beca": 1, "transporte": 2}}, frozenset({"recibidos"}), ())

        columns = match_columns(apoyos(), ["start", *headers])
        assert expected == (columns.columns, columns.details, columns.summaryless, columns.unknown)

    def test_central_details_only_for_values_seen(self) -> None:
        """Central splits only the values it saw: the others have no column, and that is no problem."""
        expected = ({"recibidos": {"transporte": 2}}, ())
        headers = ["SubmissionDate", "apoyo-recibidos", "apoyo-recibidos/transporte", "KEY"]

        columns = match_columns(apoyos(), headers)
        assert expected == (columns.details, columns.unknown)

    def test_unknown_columns(self) -> None:
        """A column of no question is unknown; metadata columns (Kobo, Central, form, _-prefixed) are not."""
        headers = ["start", "end", "today", "deviceid", *_paths("/"), "observaciones", *KOBO_META, "_geolocation"]
        headers += ["SubmissionDate", *CENTRAL_META, "meta-instanceID", "", "notas"]

        columns = match_columns(salida(), headers)
        assert (headers.index("observaciones"), headers.index("notas")) == columns.unknown

    def test_nothing_matches(self) -> None:
        """An export of another form matches no question."""
        expected: tuple[dict[str, int], tuple[int, ...]] = ({}, (0, 1))

        columns = match_columns(salida(), ["nombre", "edad", *KOBO_META])
        assert expected == (columns.columns, columns.unknown)
