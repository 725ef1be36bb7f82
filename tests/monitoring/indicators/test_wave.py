"""Tests for `sce_method.monitoring.indicators._wave`: a wave's answers matched column-wise."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method.exceptions import Problem
from sce_method.monitoring.exports import ExportReading, Flavour, Response, Submission
from sce_method.monitoring.indicators._responses import answers_by_participant
from sce_method.monitoring.indicators._wave import Wave, match_wave
from sce_method.monitoring.instruments import InstrumentKind

pl = pytest.importorskip("polars")  # the ``tables`` extra

COHORT = ("P1", "P2", "P3", "P4")


def _reading(rows: list[tuple[str | None, int]]) -> ExportReading:
    """An export of one response per (participant id, line), each answering its position."""
    return ExportReading(
        instrument_id="salida",
        flavour=Flavour.KOBO,
        file="salida.csv",
        responses=tuple(
            Response(line=line, participant_id=pid, answers={"n": n}, submission=Submission())
            for n, (pid, line) in enumerate(rows)
        ),
    )


class TestMatchWave:
    @given(
        st.lists(st.tuples(st.sampled_from((*COHORT, "X1", "X2", None)), st.integers(1, 9)), max_size=12),
        st.sampled_from(list(InstrumentKind)),
    )
    def test_the_same_as_answers_by_participant(self, rows: list[tuple[str | None, int]], kind: InstrumentKind) -> None:
        """Strangers, no one, answers given twice, lines out of order: the same answers, order and problems."""
        reading = _reading(rows)
        mine: list[Problem] = []
        theirs: list[Problem] = []

        found = match_wave(reading, kind, pl.Series(COHORT), lambda: set(COHORT), mine)

        expected = answers_by_participant(reading, kind, set(COHORT), theirs)
        assert list(found.items()) == list(expected.items())
        assert dict(found) == expected
        assert mine == theirs
        assert all(found.get(pid) == expected.get(pid) for pid in (*COHORT, "X1"))
        assert [pid in found for pid in COHORT] == [pid in expected for pid in COHORT]

    def test_a_wave_keeps_the_rows_counted_as_lists(self) -> None:
        """Without a second answer, every row is kept as a series and a list, and the rows counted come as lists."""
        found = match_wave(_reading([("P2", 2), ("X1", 3), ("P1", 4)]), InstrumentKind.EXIT, pl.Series(COHORT), set, [])

        assert isinstance(found, Wave)
        assert (found.ids, found.rows) == (["P2", "P1"], [{"n": 0}, {"n": 2}])
        assert found.who.to_list() == [1, None, 0]  # each row's participant among the cohort's, a stranger none
        assert (found.every.to_list(), found.every_rows()) == (["P2", "X1", "P1"], [{"n": 0}, {"n": 1}, {"n": 2}])
        assert len(found) == 2

    def test_someone_twice_is_left_to_the_row_rules(self) -> None:
        """A second answer of one participant: the reading goes to `answers_by_participant`, which reports it."""
        problems: list[Problem] = []

        found = match_wave(
            _reading([("P1", 2), ("P1", 3)]), InstrumentKind.EXIT, pl.Series(COHORT), lambda: set(COHORT), problems
        )

        assert not isinstance(found, Wave)
        assert dict(found) == {"P1": {"n": 1}}
        assert [p.line for p in problems] == [2]
