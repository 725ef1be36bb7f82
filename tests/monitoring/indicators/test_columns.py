"""Tests for `sce_method.monitoring.indicators._columns`: the column-wise tally gives the row-by-row tally's report."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import pickle
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final
from unittest import mock

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sce_method
from sce_method.methodology import Methodology
from sce_method.monitoring import ExportReading, Flavour, Response, Submission, read_export
from sce_method.monitoring.indicators import (
    Dimension,
    IndicatorKind,
    IndicatorReport,
    _columns,
    _compute,
    compute_indicators,
    read_responses,
)
from sce_method.participants import Cohort, Enrollment, Participant, read_cohort
from tests.monitoring.indicator_data import outcome_indicator, with_indicators

pytest.importorskip("polars")

EXAMPLES: Final = Path(__file__).parents[3] / "examples" / "cohorts"

PLACES: Final = (
    ("crea", "crea-1"),
    ("crea", "crea-2"),
    ("cjm-guadalajara", "cjm-gdl-1"),
    ("cjm-tlajomulco", "x-1"),
    ("cjm-tlajomulco", "crea-2"),
)
"""A centre and one of its cohorts (x-1 crosses nothing; crea-2 lies across two centres; small cells abound)."""

EXTRA: Final = (
    outcome_indicator("conteo", IndicatorKind.COUNT, "entrada", filter="${actividad} = 'ninguna'"),
    outcome_indicator("sin-filtro", IndicatorKind.PROPORTION),
    outcome_indicator("numero", IndicatorKind.PROPORTION, filter="${hab_digitales} >= 3 and not(${estudios} = '')"),
    outcome_indicator(
        "con-destino", IndicatorKind.PROPORTION, "entrada", to_instrument="salida", filter="${edad} < 40"
    ),
    outcome_indicator("por-generacion", IndicatorKind.PROPORTION, disaggregations=(Dimension.COHORT,)),
    outcome_indicator(
        "generacion-y-centro",
        IndicatorKind.COUNT,
        filter="${actividad} = 'empleo'",
        disaggregations=(Dimension.COHORT, Dimension.CENTRE),
    ),
    outcome_indicator(
        "transicion-por-edad",
        IndicatorKind.TRANSITION,
        "entrada",
        to_instrument="salida",
        filter="${edad} < 40",
        to_filter="${estudios} = 'formales'",
    ),
    outcome_indicator(
        "por-edad",
        IndicatorKind.PROPORTION,
        filter="${actividad} = 'empleo'",
        disaggregations=(Dimension.CENTRE, Dimension.AGE_BAND),
    ),
    outcome_indicator("promedio", IndicatorKind.MEAN, "entrada", value="${edad}"),
)
"""
Beside the bundled three: a count, no filter, a number, a proportion naming a later survey it does not read (the
same waves and filter as the transition after it, counting other participants), cohorts alone, cohorts before
centres, a transition on a number, ages, a mean.
"""

TEXTS: Final = st.sampled_from(("ninguna", "empleo", "negocio", "", None))
NUMBERS: Final = st.none() | st.integers(min_value=1, max_value=5) | st.sampled_from((2.5, float("nan")))
ENTRY: Final = st.fixed_dictionaries({"actividad": TEXTS}, optional={"edad": st.none() | st.integers(15, 80)})
"""An entry response; with no ``edad`` at all in some (a question the export did not have)."""
EXIT: Final = st.fixed_dictionaries(
    {
        "actividad": TEXTS,
        "negocio_inicio_mejora": st.sampled_from(("si", "no", None)),
        "estudios": st.sampled_from(("formales", "capacitacion", "ninguno", "", None)),
        "hab_digitales": NUMBERS,
    },
    optional={"fecha": st.just(dt.date(2024, 10, 1))},
)
PERSON: Final = st.tuples(st.sampled_from(PLACES), st.lists(ENTRY, max_size=2), st.lists(EXIT, max_size=2))
"""Her place and her entry and exit responses: none (a missing wave), one, or two (answered again)."""


Person = tuple[tuple[str, str], Sequence[Mapping[str, object]], Sequence[Mapping[str, object]]]
"""Her centre and cohort, her entry responses and her exit responses."""


def _data(people: Sequence[Person], strangers: int) -> tuple[Cohort, dict[str, ExportReading]]:
    enrolled = Enrollment(enrolled_on=pendulum.date(2024, 6, 10))
    cohort = Cohort(
        participants=tuple(
            Participant(id=f"P{n}", centre_id=c, cohort_id=k, enrollment=enrolled)
            for n, ((c, k), _, _) in enumerate(people)
        )
    )
    readings = {}
    for wave, at in (("entrada", 1), ("salida", 2)):
        found: list[tuple[str | None, Mapping[str, object]]] = [
            (f"P{n}", a) for n, (_, entry, leaving) in enumerate(people) for a in (entry, leaving)[at - 1]
        ]
        found += [(f"X{n}" if n % 2 else None, {"actividad": "empleo"}) for n in range(strangers)]
        responses = tuple(
            Response(line=line, participant_id=pid, answers=dict(a), submission=Submission())
            for line, (pid, a) in enumerate(found, start=2)
        )
        readings[wave] = ExportReading(instrument_id=wave, flavour=Flavour.KOBO, responses=responses)
    return cohort, readings


def _both(m: Methodology, cohort: Cohort, readings: dict[str, ExportReading], *, shown: bool) -> list[IndicatorReport]:
    fast = compute_indicators(m, cohort, readings, show_small_cells=shown)
    with mock.patch.object(_columns, "column_tally", return_value=None):
        slow = compute_indicators(m, cohort, readings, show_small_cells=shown)
    return [fast, slow]


def _same(fast: IndicatorReport, slow: IndicatorReport) -> None:
    assert fast == slow
    assert fast.problems == slow.problems
    assert fast.to_csv() == slow.to_csv()
    assert fast.describe(fmt="md") == slow.describe(fmt="md")
    assert [v.explanation for v in fast.values] == [v.explanation for v in slow.values]
    for mine, theirs in zip(fast.values, slow.values, strict=True):
        assert all(c.size == len(c.members) for c in mine.cells)  # a deferred set's size is told right
        assert [(type(c.numerator), c.members) for c in mine.cells] == [
            (type(c.numerator), c.members) for c in theirs.cells
        ]
        assert (type(mine.numerator), type(mine.denominator)) == (type(theirs.numerator), type(theirs.denominator))


class TestSameReport:
    @settings(max_examples=150, deadline=None)
    @given(st.lists(PERSON, max_size=30), st.integers(0, 3), st.booleans(), st.integers(1, 5))
    def test_column_tally_gives_the_row_by_row_report(
        self,
        people: Sequence[Person],
        strangers: int,
        shown: bool,  # noqa: FBT001 -- drawn by Hypothesis
        min_cell: int,
    ) -> None:
        """Blanks, missing waves, unknown ids, answers given twice, small cells: the same report, byte for byte."""
        m = with_indicators(*sce_method.load().indicators, *EXTRA, min_cell=min_cell)
        cohort, readings = _data(people, strangers)

        fast, slow = _both(m, cohort, readings, shown=shown)

        _same(fast, slow)

    def test_the_bundled_indicators_take_the_column_path(self) -> None:
        """With every answer typed, the bundled three are tallied column-wise, not row by row."""
        entry: list[Mapping[str, object]] = [{"actividad": "ninguna"}]
        leaving: list[Mapping[str, object]] = [{"actividad": "empleo", "estudios": "formales"}]
        cohort, readings = _data([(PLACES[n % 4], entry, leaving) for n in range(12)], 1)
        m = sce_method.load()
        with mock.patch.object(_compute, "_tally", side_effect=AssertionError("row by row")):
            report = compute_indicators(m, cohort, readings)

        assert [v.denominator for v in report.values] == [12, 12, 12]

    def test_a_cohort_with_an_id_twice_is_tallied_row_by_row(self) -> None:
        """A cohort built in code may list someone twice: the row-by-row tally, which counts her once, gives it."""
        entry: list[Mapping[str, object]] = [{"actividad": "ninguna"}]
        leaving: list[Mapping[str, object]] = [{"actividad": "empleo", "estudios": "formales"}]
        cohort, readings = _data([(PLACES[0], entry, leaving) for _ in range(6)], 0)
        twice = Cohort(participants=(*cohort.participants, *cohort.participants[:2]))

        fast, slow = _both(sce_method.load(), twice, readings, shown=True)

        _same(fast, slow)
        assert [v.denominator for v in fast.values] == [6, 6, 6]

    def test_deferred_members_pickle_as_sets(self) -> None:
        """The column-wise tally's cells, their members deferred, travel (pickle, deepcopy) with the sets."""
        entry: list[Mapping[str, object]] = [{"actividad": "ninguna"}]
        leaving: list[Mapping[str, object]] = [{"actividad": "empleo", "estudios": "formales"}]
        cohort, readings = _data([(PLACES[n % 4], entry, leaving) for n in range(12)], 0)
        report = compute_indicators(sce_method.load(), cohort, readings, show_small_cells=True)
        cells = [c for v in report.values for c in v.cells]

        for copied in (pickle.loads(pickle.dumps(cells)), copy.deepcopy(cells)):  # noqa: S301 -- our own bytes
            assert copied == cells
            assert [c.members for c in copied] == [c.members for c in cells]
            assert all(isinstance(c.members, frozenset) for c in copied)

    @pytest.mark.parametrize("shown", [False, True])
    def test_the_bundled_example_gives_the_same_report(self, shown: bool) -> None:  # noqa: FBT001 -- parametrized
        """The example cohort with its survey exports, read as ``sce-method indicators`` reads it."""
        m = sce_method.load()
        folder = EXAMPLES / "crea-2024"
        cohort = read_cohort(folder, m)
        readings, _ = read_responses(folder, m)

        fast, slow = _both(m, cohort, readings, shown=shown)

        _same(fast, slow)
        assert fast.values


ENTRY_CELLS: Final = {
    "datos/fecha": ("2024-06-12", "", "2031-01-15"),
    "datos/edad": ("18", "46", "", "treinta"),
    "situacion/actividad": ("ninguna", "empleo", "negocio", "", "trabajo"),
    "situacion/tiene_negocio": ("si", "no", ""),
    "situacion/estudia": ("si", "no"),
}
EXIT_CELLS: Final = {
    "datos/fecha": ("2024-10-10", ""),
    "situacion/actividad": ("ninguna", "empleo", "negocio", "", "Empleo"),
    "situacion/negocio_inicio_mejora": ("si", "no", ""),
    "situacion/estudios": ("formales", "capacitacion", "ninguno", "", "maestria"),
}
SCALES: Final = tuple(f"habilidades/{n}" for n in ("hab_digitales", "hab_financieras", "hab_personales"))
IDS: Final = st.sampled_from(("P0", "P1", "P2", "P3", "P4", "P5", "X1", "", "María López"))
"""Participants of the cohort, a stranger, no one, a name where an id goes."""


@st.composite
def _export(draw: st.DrawFn, cells: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """A KoboToolbox CSV table of the survey: valid and spoiled cells, ids twice, a blank row now and then."""
    header = ["datos/participante", *cells, *SCALES, "_uuid"]
    rows = []
    for n in range(draw(st.integers(0, 12))):
        if draw(st.integers(0, 9)) == 0:
            rows.append([""] * len(header))
            continue
        row = [draw(IDS), *(draw(st.sampled_from(v)) for v in cells.values())]
        rows.append([*row, *(draw(st.sampled_from(("1", "3", "5", "", "7"))) for _ in SCALES), f"u{n}"])
    return [header, *rows]


def _write(path: Path, table: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(table)
    return path


class TestReadExports:
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(_export(ENTRY_CELLS), _export(EXIT_CELLS), st.booleans())
    def test_the_reader_columns_give_the_same_report(
        self,
        tmp_path: Path,
        entry: list[list[str]],
        leaving: list[list[str]],
        shown: bool,  # noqa: FBT001 -- drawn by Hypothesis
    ) -> None:
        """Exports read with their answers kept as columns: the report of the responses alone, and row by row."""
        m = sce_method.load()
        cohort = _data([(PLACES[n % len(PLACES)], [], []) for n in range(6)], 0)[0]
        readings = {
            wave: read_export(_write(tmp_path / f"{wave}.csv", table), m.instrument(wave))
            for wave, table in (("entrada", entry), ("salida", leaving))
        }
        bare = {wave: attrs.evolve(r, answer_columns=None) for wave, r in readings.items()}

        with_columns = compute_indicators(m, cohort, readings, show_small_cells=shown)
        without, slow = _both(m, cohort, bare, shown=shown)

        assert all(r.columns is not None for r in readings.values() if r.responses)
        _same(with_columns, without)
        _same(with_columns, slow)
