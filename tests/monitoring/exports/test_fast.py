"""
Tests for `sce_method.monitoring.exports._fast`: the clean rows found column-wise read as the row reader reads them.

The law: for any instrument and any export, reading with the column-wise path on (``fast=True``) and off gives
the same `ExportReading` (responses, answers, problems, warnings), whichever rows the fast path takes.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any, Final

import pendulum
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import sce_method
from sce_method.exceptions import InvariantError
from sce_method.monitoring.exports import ExportReading, _fast, _read
from sce_method.monitoring.expressions import evaluate, holds, parse
from sce_method.monitoring.instruments import Instrument, Question, QuestionType
from tests.monitoring.forms import SI_NO, choice_list, group, instrument, question

ROOT: Final = Path(__file__).parents[3]
OR_OTHER: Final = "select_one si_no or_other"
ESTUDIOS: Final = choice_list("estudios", "formales", "capacitacion", "ninguno")

RELEVANT: Final = (
    None,
    "${trabaja} = 'si'",
    "${edad} > 20",
    "${edad} >= 18 and ${trabaja} != 'no'",
    "not(${trabaja} = 'no')",
    "${fecha} <= today()",
    "string-length(${nombre}) > 2",
    "${edad} + ${ingreso} > 30",
    "selected(${trabaja}, 'si')",
    "${fecha} > '2024-01-01'",
    "${nombre} = ''",
    "(${edad} div 2) < 20 or ${ingreso} = 1.5",
    "${doble} > 40",
    "${mitad} < 10",
    "if(${edad} > 1, 'a', 'b') = 'a'",
)
"""Relevances of the later questions: in the compiled subset, and one outside it (a whole file read row by row)."""
CONSTRAINTS: Final = {
    QuestionType.INTEGER: (None, ". >= 1 and . <= 5", ". != 3", ". > ${edad}", "-. < 0", ". * 2 = ${doble}"),
    QuestionType.DECIMAL: (None, ". >= 0", ". < 100.5", ". - 1 > ${edad} div 10"),
    QuestionType.DATE: (None, ". <= today()", ". >= '2024-01-01'", ". != ${fecha}"),
    QuestionType.TEXT: (None, "regex(., '^[A-Za-z0-9_-]+$')", "string-length(.) <= 5", ". != 'x'", "regex(., 'a{2}')"),
    QuestionType.SELECT_ONE: (None, ". != 'no'", ". = ${trabaja}"),
}
CELLS: Final = {
    QuestionType.INTEGER: ("3", "1", "5", "0", "-0", "007", "42", "2,5", "4e1", "١٢", " 3", "3 ", "2.0",
                           "999999999999999", "1000000000000000", "-7", "", "  ", "María"),
    QuestionType.DECIMAL: ("1.5", ".5", "-.5", "00.25", "2,5", "1e3", "nan", "inf", "3", "1.", "", " 1.5", "0.1", "-0",
                           "1" * 400),
    QuestionType.DATE: ("2024-10-01", "2024-02-30", "2031-01-15", "0000-01-01", "2024-10-17T09:30:00.000-06:00",
                        "17/10/2024", "2024-1-01", "", " 2024-10-01", "2024-10-01 no sé", "9999-12-31"),
    QuestionType.TEXT: ("P0001", "p-001", "ab", "María López", " x", "x ", "x\x1c", "\u00a0y", "a\nb", "aa", "x", "",
                        "\u200bz", "uuid:1"),
    QuestionType.SELECT_ONE: ("si", "no", "other", "Si", " si", "", "formales", "ninguno", "trabajo"),
}  # fmt: skip
"""Cells of every kind, spoiled ones too: blanks, padding, other number and date forms, names, not a choice."""
GOOD: Final = {
    QuestionType.INTEGER: ("1", "2", "3", "4", "5", "25", ""),
    QuestionType.DECIMAL: ("1.5", ".5", "0.1", "3", "45.25", ""),
    QuestionType.DATE: ("2024-10-01", "2024-01-15", ""),
    QuestionType.TEXT: ("P0001", "ab", "aa", "abc-1", ""),
    QuestionType.SELECT_ONE: ("si", "no", "formales", "ninguno", ""),
}
"""Cells most rows hold: answers that may well be valid (or blank), so that many rows are clean."""
META: Final = {
    "_uuid": ("8f0c7e3a-1b2c-4d5e-8f90-123456789abc", "uuid:abc-1", "abc-1", "", "María", " a b ", "uuid:"),
    "_submission_time": ("2024-11-10T15:00:01", "2024-11-10T15:00:01Z", "2024-11-10T09:00:01-06:00", "", "ayer",
                         " 2024-11-10T15:00:01"),
    "_validation_status": ("", "validation_status_approved", "Approved", "On Hold", "??", "validation_status_x y"),
    "_id": ("100001", "", "a b", "12.5"),
    "__version__": ("vGx3", "", "v 1"),
    "_index": ("1", "2", ""),
    "extra": ("", "algo", " ", "María"),
}  # fmt: skip


@st.composite
def forms(draw: st.DrawFn) -> Instrument:
    """An instrument of text, integer, decimal, date and select_one questions, with relevances and constraints."""

    def ask(name: str, kind: QuestionType, **fields: Any) -> Question:
        constraint = draw(st.sampled_from(CONSTRAINTS.get(kind, (None,))))
        return question(name, kind, required=draw(st.booleans()), constraint=constraint, **fields)

    other = draw(st.booleans())
    first = group(
        "datos",
        ask("nombre", QuestionType.TEXT),
        ask("edad", QuestionType.INTEGER),
        ask(
            "trabaja",
            QuestionType.SELECT_ONE,
            choices="si_no",
            type_name="select_one si_no or_other" if other else None,
        ),
        question("doble", QuestionType.CALCULATE, label=None, calculation="${edad} * 2"),
    )
    later = [
        ask("ingreso", QuestionType.DECIMAL, relevant=draw(st.sampled_from(RELEVANT))),
        ask("fecha", QuestionType.DATE, relevant=draw(st.sampled_from(RELEVANT[:5]))),
        ask("estudios", QuestionType.SELECT_ONE, choices="estudios", relevant=draw(st.sampled_from(RELEVANT))),
        question("aviso", QuestionType.NOTE),
        question("mitad", QuestionType.CALCULATE, label=None, calculation="${ingreso} div 2"),  # used before it
    ]
    second = group("situacion", *later, relevant=draw(st.sampled_from(RELEVANT[:4])))
    participant = draw(st.sampled_from((None, "nombre")))
    try:
        made = instrument(first, second, lists=(SI_NO, ESTUDIOS), participant_question=participant)
    except InvariantError:
        assume(condition=False)  # an expression the instrument refuses: not a form
        raise
    return made


def _cell(kind: QuestionType) -> st.SearchStrategy[str]:
    texts = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00\r"), max_size=6)
    return st.one_of(st.sampled_from(CELLS[kind]), texts)


def _typed(kind: QuestionType, cell: str) -> object:
    """A good cell as the row reader types it."""
    if cell == "":
        return None
    if kind is QuestionType.INTEGER:
        return int(cell)
    if kind is QuestionType.DECIMAL:
        return float(cell)
    return dt.date.fromisoformat(cell) if kind is QuestionType.DATE else cell


def _good_row(draw: st.DrawFn, form: Instrument) -> dict[str, str]:
    """Cells that make a valid row more often than not: each relevant question answered within its constraint."""
    answers: dict[str, object] = {}
    cells: dict[str, str] = {}
    for g in form.groups:
        shown = all(holds(parse(text), answers) for text, _ in g.conditions)
        for q in g.questions:
            if q.calculation is not None:
                answers[q.name] = evaluate(parse(q.calculation), answers)
                continue
            relevant = q.expression("relevant")
            if not q.answers or not shown or (relevant is not None and not holds(relevant, answers)):
                cells[q.name] = ""
                continue
            constraint = q.expression("constraint")
            fits = [
                c
                for c in GOOD[q.type]
                if c == "" or constraint is None or holds(constraint, answers, current=_typed(q.type, c))
            ]
            cells[q.name] = draw(st.sampled_from(fits))
            answers[q.name] = _typed(q.type, cells[q.name])
    return cells


@st.composite
def exports(draw: st.DrawFn, form: Instrument) -> list[list[str]]:
    """A Kobo export of *form*: a header (maybe missing a column) and rows valid and spoiled."""
    questions = [(f"{g.name}/{q.name}", q) for g in form.groups for q in g.questions if q.answers or q.calculation]
    dropped = draw(st.sampled_from((None, *(n for n, _ in questions))))
    header = [*(n for n, _ in questions if n != dropped), *META]
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        good = _good_row(draw, form)
        spoiled = draw(st.sets(st.integers(0, len(questions) + len(META) - 1), max_size=2))
        row = [
            draw(_cell(q.type)) if at in spoiled and q.type in CELLS else good.get(q.name, "")
            for at, (n, q) in enumerate(questions)
            if n != dropped
        ]
        row += [
            draw(st.sampled_from(v if at + len(questions) in spoiled else v[:1])) for at, v in enumerate(META.values())
        ]
        shape = draw(st.sampled_from(("same", "same", "same", "same", "blank", "longer", "shorter")))
        if shape == "blank":
            row = [""] * len(row)
        elif shape == "longer":
            row.append(draw(st.sampled_from(("", "x"))))
        elif shape == "shorter":
            row = row[:-1]
        rows.append(row)
    order = draw(st.permutations(range(len(header))))  # the columns in any order (a longer row keeps its extra cell)
    return [[row[i] for i in order if i < len(row)] + row[len(header) :] for row in [header, *rows]]


def _write(path: Path, table: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(table)
    return path


def _both(path: Path, form: Instrument, participant: str | None = None) -> ExportReading:
    fast = _read.read_file(path, form, participant, fast=True)
    slow = _read.read_file(path, form, participant, fast=False)
    assert fast == slow
    assert slow.columns is None
    _lined_up(fast, form)
    return fast


def _lined_up(reading: ExportReading, form: Instrument) -> None:
    """Whatever the answer columns give is each response's answer (and participant id), row for row, type for type."""
    columns = reading.columns
    if columns is None:
        return
    for name in [q.name for q in form.questions]:
        found = columns.answers(name)
        if found is not None:
            expected = [r.answers.get(name) for r in reading.responses]
            assert [(type(v), v) for v in found.to_list()] == [(type(v), v) for v in expected]
    ids = columns.participant_ids()
    if ids is not None:
        assert ids.to_list() == [r.participant_id for r in reading.responses]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], max_examples=200)
@given(data=st.data())
def test_the_fast_path_reads_as_the_row_reader(tmp_path: Path, data: st.DataObject) -> None:
    form = data.draw(forms())
    table = data.draw(exports(form))
    _both(_write(tmp_path / "export.csv", table), form)


def test_the_bench_export_is_read_alike_and_mostly_column_wise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import bench_responses  # type: ignore[import-not-found]  # noqa: PLC0415 -- the benchmark's own generator

    path = tmp_path / "encuesta_salida.csv"
    spoiled = bench_responses.generate(path, 500)
    form = sce_method.load().instrument("salida")
    taken: list[int] = []
    clean_rows = _fast.clean_rows

    def counted(*args: object, **kwargs: object) -> object:
        found = clean_rows(*args, **kwargs)  # type: ignore[arg-type]
        taken.append(-1 if found is None else sum(r is not None for r in found.responses))
        return found

    monkeypatch.setattr(_read, "clean_rows", counted)
    reading = _both(path, form)
    assert taken == [500 - spoiled]  # every valid row taken column-wise, every spoiled one read row by row
    columns = reading.columns
    assert columns is not None  # and every answer lined up as a column, the spoiled rows' in their place
    assert all(columns.answers(q.name) is not None for q in form.questions if q.answers)
    assert columns.participant_ids() is not None


@pytest.mark.parametrize("name", ["salida", "entrada"])
def test_the_example_exports_are_read_alike(name: str) -> None:
    path = ROOT / "examples" / "cohorts" / "crea-2024" / "responses" / f"{name}.csv"
    for form in sce_method.load().instruments:
        if form.id == name:
            _both(path, form)


def test_a_future_date_is_left_to_the_row_reader(tmp_path: Path) -> None:
    form = sce_method.load().instrument("salida")
    later = (dt.date.today() + dt.timedelta(days=400)).isoformat()  # noqa: DTZ011 -- today(), local as the reader's
    header = ["datos/participante", "datos/fecha", "_uuid"]
    path = _write(tmp_path / "export.csv", [header, ["P1", "2024-10-01", "a"], ["P2", later, "b"]])
    fast = _read.read_file(path, form, None, fast=True)
    assert [r.valid for r in fast.responses] == [True, False]  # the missing columns are said once, for the file
    _both(path, form)


def test_the_submission_time_may_be_the_first_column(tmp_path: Path) -> None:
    form = sce_method.load().instrument("salida")
    header = ["_submission_time", "datos/participante", "datos/fecha", "_uuid"]
    table = [header, ["2024-11-10T15:00:01", "P1", "2024-10-01", "a"], ["2024-11-10T15:00:01Z", "P2", "", "b"]]
    path = _write(tmp_path / "export.csv", table)
    fast = _read.read_file(path, form, None, fast=True)
    assert [r.submission.submitted_at for r in fast.responses] == [pendulum.datetime(2024, 11, 10, 15, 0, 1)] * 2
    _both(path, form)
