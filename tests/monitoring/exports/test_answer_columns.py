"""Tests for `sce_method.monitoring.exports._answer_columns`: an export's answers lined up as columns."""

from __future__ import annotations

import datetime as dt

import attrs
import polars as pl

from sce_method.monitoring.exports import AnswerColumns, ExportReading, Flavour, Response, Submission


def _response(line: int, pid: str | None, **answers: object) -> Response:
    return Response(line=line, participant_id=pid, answers=answers, submission=Submission())


TABLE = {
    "edad": pl.Series([30, 41, None, 25], dtype=pl.Int64),
    "fecha": pl.Series([dt.date(2024, 1, 2), None, None, dt.date(2024, 3, 4)], dtype=pl.Date),
    "actividad": pl.Series(["empleo", "", "", "ninguna"]),
    "participante": pl.Series(["P1", "P2", "", "P4"]),
}
"""Four rows of a table as the column-wise reading typed them; the third is blank (no response)."""


def _columns(responses: tuple[Response, ...] = (), patched: dict[int, Response] | None = None) -> AnswerColumns:
    return AnswerColumns(
        responses,
        TABLE,
        texts=frozenset({"actividad", "participante"}),
        participant="participante",
        skipped=[2],
        patched=patched or {},
    )


class TestLinedUp:
    def test_the_skipped_row_left_out_and_blank_text_none(self) -> None:
        """The blank row has no response; a blank text cell is the answer None."""
        found = _columns()

        assert found.answers("edad").to_list() == [30, 41, 25]  # type: ignore[union-attr]
        assert found.answers("actividad").to_list() == ["empleo", None, "ninguna"]  # type: ignore[union-attr]
        assert found.participant_ids().to_list() == ["P1", "P2", "P4"]  # type: ignore[union-attr]

    def test_a_row_read_one_by_one_takes_its_own_answers(self) -> None:
        """The second response was read row by row: its answers and id replace the column's."""
        own = _response(3, None, edad=7, fecha=dt.date(2025, 5, 6), actividad="trabajo", participante="María")
        found = _columns(patched={1: own})

        assert found.answers("edad").to_list() == [30, 7, 25]  # type: ignore[union-attr]
        assert TABLE["edad"].to_list() == [30, 41, None, 25]  # the reader's own column left as it was
        assert found.answers("fecha").to_list() == [dt.date(2024, 1, 2), dt.date(2025, 5, 6), dt.date(2024, 3, 4)]  # type: ignore[union-attr]
        assert found.answers("actividad").to_list() == ["empleo", "trabajo", "ninguna"]  # type: ignore[union-attr]
        assert found.participant_ids().to_list() == ["P1", None, "P4"]  # type: ignore[union-attr]

    def test_an_answer_the_column_cannot_hold_gives_none(self) -> None:
        """A text where a number goes, a number where a date goes, a float where an integer goes, a NaN: None."""
        for odd in ({"edad": "treinta"}, {"fecha": 20240101}, {"edad": 7.0}, {"edad": float("nan")}):
            found = _columns(patched={0: _response(2, "P1", **odd)})
            (name,) = odd
            assert found.answers(name) is None
        assert _columns().answers("no_leida") is None  # a question the export did not read


class TestReading:
    def test_columns_only_for_the_responses_they_were_read_with(self) -> None:
        """A reading built with other responses (`attrs.evolve`) does not use columns lined up with the first."""
        responses = (_response(2, "P1"), _response(3, "P2"), _response(5, "P4"))
        reading = ExportReading(
            instrument_id="salida", flavour=Flavour.KOBO, responses=responses, answer_columns=_columns(responses)
        )
        other = attrs.evolve(reading, responses=responses[:2])

        assert reading.columns is reading.answer_columns
        assert other.columns is None
        assert reading == attrs.evolve(reading, answer_columns=None)  # not part of the reading's value
