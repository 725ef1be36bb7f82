"""
Results frameworks, small cohorts with survey answers, and outcome indicators, built for the monitoring tests.

`numeric`, `qualitative`, `period`, `outcome`, `figure` and `framework` build a
results framework by hand, every rule value with an assumed provenance.

A `Person` is one participant and her answers to the bundled entry and exit
surveys (any answer not given takes a default). `write_cohort` writes her to a
cohort folder: participants.csv, an empty attendance.csv, and
responses/entrada.csv and responses/salida.csv as KoboToolbox exports them
(``;``, every cell quoted, group paths, Kobo's meta columns, CRLF), as
examples/make_crea_2024_responses.py does. `in_memory` gives the same cohort
and readings without files, for property tests. `outcome_indicator` builds an
indicator with an assumed provenance; `with_indicators` puts indicators into
the bundled methodology. `PEOPLE` draws whole cohorts of them.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs
import pendulum
from hypothesis import strategies as st

import sce_method
from sce_method import Provenance, Text, as_date
from sce_method.methodology import Methodology
from sce_method.monitoring.exports import ExportReading, Flavour, Response, Submission
from sce_method.monitoring.indicators import DisclosurePolicy, IndicatorKind, OutcomeIndicator
from sce_method.monitoring.results import (
    Achievement,
    Measure,
    Outcome,
    PeriodResult,
    ReportedFigure,
    ResultIndicator,
    ResultsFramework,
)
from sce_method.participants import Cohort, Enrollment, Participant

ASSUMED: Final = Provenance.assume("Supuesto de prueba.", "Test assumption.")


def assumed(*fields: str) -> dict[str, Provenance]:
    """A ``field_provenance`` giving each of *fields* the test assumption."""
    return dict.fromkeys(fields, ASSUMED)


# -- the results framework ---------------------------------------------------------------------------------------


def period(
    name: str = "2024", *, starts_on: str = "2024-06-03", ends_on: str = "2024-11-30", **fields: Any
) -> PeriodResult:
    """A reporting period's result; *fields* are its actual, status or note."""
    return PeriodResult(
        period=name,
        starts_on=as_date(starts_on),
        ends_on=as_date(ends_on),
        provenance=ASSUMED,
        field_provenance=assumed("actual", "status"),
        **fields,
    )


def numeric(
    ident: str = "2.1",
    *,
    target: float | None = 100,
    baseline: float | None = None,
    results: tuple[PeriodResult, ...] = (period(actual=91),),
    **fields: Any,
) -> ResultIndicator:
    """A numeric indicator: by default 91 of a target of 100 in 2024, higher is better."""
    fields.setdefault("measure", Measure.NUMBER)
    fields.setdefault("statement", Text(es=f"Indicador {ident}", en=f"Indicator {ident}"))
    return ResultIndicator(
        id=ident,
        target=target,
        baseline=baseline,
        results=results,
        provenance=ASSUMED,
        field_provenance=assumed("ascending", "baseline", "target"),
        **fields,
    )


def qualitative(ident: str = "1.2", status: Achievement = Achievement.MET, **fields: Any) -> ResultIndicator:
    """A qualitative indicator whose 2024 status a person set."""
    fields.setdefault("target_text", Text(es="Documento con estrategia definida", en="Document with a strategy"))
    fields.setdefault("results", (period(status=status),))
    return numeric(ident, target=None, measure=Measure.QUALITATIVE, **fields)


def outcome(ident: str, *indicators: ResultIndicator) -> Outcome:
    """An outcome (R1 to R4) with *indicators*."""
    return Outcome(
        id=ident,
        statement=Text(es=f"Resultado {ident}", en=f"Outcome {ident}"),
        indicators=indicators,
        provenance=ASSUMED,
    )


def figure(ident: str, value: float, *parts: str) -> ReportedFigure:
    """A reported figure, adding up *parts*."""
    return ReportedFigure(
        id=ident,
        label=Text(es=f"Cifra {ident}", en=f"Figure {ident}"),
        value=value,
        parts=parts,
        provenance=ASSUMED,
        field_provenance=assumed("value"),
    )


def framework(*outcomes: Outcome, figures: tuple[ReportedFigure, ...] = (), **fields: Any) -> ResultsFramework:
    """A results framework of *outcomes*."""
    fields.setdefault("title", Text(es="Marco de prueba", en="Test framework"))
    return ResultsFramework(id="marco", outcomes=outcomes, figures=figures, provenance=ASSUMED, **fields)


# -- cohorts and outcome indicators ------------------------------------------------------------------------------

SKILLS: Final = ("hab_digitales", "hab_financieras", "hab_personales", "agencia", "confianza")
COLUMNS: Final[Mapping[str, tuple[tuple[str, str], ...]]] = {
    "entrada": (
        ("datos", "participante"),
        ("datos", "fecha"),
        ("datos", "edad"),
        ("situacion", "actividad"),
        ("situacion", "tiene_negocio"),
        ("situacion", "estudia"),
        *(("habilidades", s) for s in SKILLS),
    ),
    "salida": (
        ("datos", "participante"),
        ("datos", "fecha"),
        ("situacion", "actividad"),
        ("situacion", "negocio_inicio_mejora"),
        ("situacion", "estudios"),
        *(("habilidades", s) for s in SKILLS),
    ),
}
"""The group and name of each column of the bundled entry and exit surveys, in export order."""

DEFAULTS: Final[Mapping[str, Mapping[str, str]]] = {
    "entrada": {
        "fecha": "2024-06-12",
        "edad": "30",
        "actividad": "ninguna",
        "tiene_negocio": "no",
        "estudia": "no",
        **dict.fromkeys(SKILLS, "2"),
    },
    "salida": {
        "fecha": "2024-09-20",
        "actividad": "ninguna",
        "negocio_inicio_mejora": "no",
        "estudios": "ninguno",
        **dict.fromkeys(SKILLS, "4"),
    },
}
"""The answer each question takes when a `Person` does not give it."""

META: Final = ("_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "_tags")
INTEGERS: Final = frozenset({"edad", *SKILLS})


@attrs.frozen(kw_only=True)
class Person:
    """
    One participant, her centre and cohort, and her survey answers (None: she did not answer that survey).

    *listed* False leaves her out of participants.csv: her answers then come from someone not in the cohort.
    """

    id: str
    centre: str = "crea"
    cohort: str = "crea-2024-1"
    entrada: Mapping[str, str] | None = None
    salida: Mapping[str, str] | None = None
    listed: bool = True

    def answers(self, instrument: str) -> dict[str, str] | None:
        """Her answers to *instrument* as the export's text, defaults filled in; None if she did not answer."""
        given = self.entrada if instrument == "entrada" else self.salida
        if given is None:
            return None
        return {"participante": self.id, **DEFAULTS[instrument], **given}


def answered(centre: str, cohort: str, count: int, *, yes: int, start: int = 1) -> list[Person]:
    """*count* people of one centre and cohort who answered both surveys; the first *yes* started a business."""
    return [
        Person(
            id=f"{cohort}-{n:02d}",
            centre=centre,
            cohort=cohort,
            entrada={},
            salida={"negocio_inicio_mejora": "si" if n < start + yes else "no"},
        )
        for n in range(start, start + count)
    ]


def kobo_csv(instrument: str, rows: Sequence[Mapping[str, str]]) -> str:
    """An export of *instrument* as KoboToolbox writes it ("XML values and headers")."""
    columns = COLUMNS[instrument]
    lines: list[list[str]] = [[*(f"{g}/{q}" for g, q in columns), *META]]
    for index, row in enumerate(rows, start=1):
        uuid = f"00000000-0000-4000-8000-{index:012d}"
        meta = [str(index), uuid, f"{row['fecha']}T16:00:00", "", "", "submitted_via_web", "", ""]
        lines.append([*(row.get(q, "") for _, q in columns), *meta])
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(lines)
    return buffer.getvalue()


def write_cohort(folder: Path, people: Sequence[Person], *, extra: Mapping[str, str] | None = None) -> Path:
    """
    Write *people* as a cohort folder with their responses; return *folder*.

    A survey's file is written only if someone answered it. *extra* adds
    files under responses/ (name -> text).
    """
    responses = folder / "responses"
    responses.mkdir(parents=True, exist_ok=True)
    listed = [p for p in people if p.listed]
    participants = "participant_id,centre_id,cohort_id,enrolled_on\n" + "".join(
        f"{p.id},{p.centre},{p.cohort},2024-06-10\n" for p in listed
    )
    (folder / "participants.csv").write_text(participants, encoding="utf-8", newline="")
    attendance = "participant_id,module_id,session_date,hours\n"
    (folder / "attendance.csv").write_text(attendance, encoding="utf-8", newline="")
    for instrument in COLUMNS:
        rows = [a for a in (p.answers(instrument) for p in people) if a is not None]
        if rows:
            (responses / f"{instrument}.csv").write_text(kobo_csv(instrument, rows), encoding="utf-8", newline="")
    for name, text in (extra or {}).items():
        (responses / name).write_text(text, encoding="utf-8", newline="")
    return folder


def _typed(answers: Mapping[str, str]) -> dict[str, object]:
    return {k: int(v) if k in INTEGERS else v for k, v in answers.items() if k != "fecha"}


def in_memory(people: Sequence[Person]) -> tuple[Cohort, dict[str, ExportReading]]:
    """The cohort and readings `write_cohort` and `read_responses` would give, built without files."""
    cohort = Cohort(
        participants=tuple(
            Participant(
                id=p.id,
                centre_id=p.centre,
                cohort_id=p.cohort,
                enrollment=Enrollment(enrolled_on=pendulum.date(2024, 6, 10)),
            )
            for p in people
            if p.listed
        )
    )
    readings: dict[str, ExportReading] = {}
    for instrument in COLUMNS:
        found = [(p.id, a) for p in people if (a := p.answers(instrument)) is not None]
        if found:
            readings[instrument] = ExportReading(
                instrument_id=instrument,
                flavour=Flavour.KOBO,
                responses=tuple(
                    Response(line=line, participant_id=pid, answers=_typed(a), submission=Submission())
                    for line, (pid, a) in enumerate(found, start=2)
                ),
            )
    return cohort, readings


def outcome_indicator(ident: str, kind: IndicatorKind, instrument: str = "salida", **fields: Any) -> OutcomeIndicator:
    """An outcome indicator titled after its id, with an assumed provenance."""
    return OutcomeIndicator(
        id=ident,
        title=Text(es=f"Indicador {ident}", en=f"Indicator {ident}"),
        kind=kind,
        instrument=instrument,
        provenance=ASSUMED,
        field_provenance=assumed("ascending", "reported"),
        **fields,
    )


def policy(min_cell: int = 5, age_question: str | None = "edad") -> DisclosurePolicy:
    """A disclosure policy with an assumed provenance."""
    return DisclosurePolicy(
        min_cell=min_cell,
        age_question=age_question,
        provenance=ASSUMED,
        field_provenance=assumed("min_cell", "age_bands"),
    )


@functools.cache
def with_indicators(*indicators: OutcomeIndicator, min_cell: int = 5) -> Methodology:
    """The bundled methodology with *indicators* (and a disclosure policy of *min_cell*) instead of its own."""
    return attrs.evolve(sce_method.load(), indicators=indicators, disclosure=policy(min_cell))


# -- strategies --------------------------------------------------------------------------------------------------

PLACES: Final = (
    ("crea", "crea-2024-1"),
    ("crea", "crea-2024-2"),
    ("cjm-guadalajara", "cjm-gdl-2024-1"),
    ("cjm-tlajomulco", "cjm-tlaj-2024-1"),
)
"""A centre and one of its cohorts."""
ACTIVITIES: Final = ("ninguna", "empleo", "negocio")


def _person(place: tuple[str, str], entrada: Mapping[str, str] | None, salida: Mapping[str, str] | None) -> Person:
    return Person(id="", centre=place[0], cohort=place[1], entrada=entrada, salida=salida)


def _numbered(people: list[Person]) -> list[Person]:
    return [attrs.evolve(p, id=f"P{n:03d}") for n, p in enumerate(people, start=1)]


ENTRY_ANSWERS: Final = st.fixed_dictionaries(
    {"actividad": st.sampled_from(ACTIVITIES), "edad": st.integers(min_value=15, max_value=80).map(str)}
)
EXIT_ANSWERS: Final = st.fixed_dictionaries(
    {
        "actividad": st.sampled_from(ACTIVITIES),
        "negocio_inicio_mejora": st.sampled_from(("si", "no")),
        "estudios": st.sampled_from(("formales", "capacitacion", "ninguno")),
        "hab_digitales": st.integers(min_value=1, max_value=5).map(str),
    }
)
PEOPLE: Final = st.lists(
    st.builds(_person, st.sampled_from(PLACES), st.none() | ENTRY_ANSWERS, st.none() | EXIT_ANSWERS),
    max_size=40,
).map(_numbered)
"""A cohort of up to 40 people with unique ids, each answering the entry survey, the exit survey, both or neither."""
