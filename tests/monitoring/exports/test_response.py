"""Tests for `sce_method.monitoring.exports._response`: an export's rows as a report."""

from __future__ import annotations

import pendulum

from sce_method._core import Problem, message
from sce_method.monitoring.exports import (
    RESPONSE_COLUMNS,
    ExportReading,
    Flavour,
    Response,
    Submission,
)


def _reading() -> ExportReading:
    """Two rows: a valid one from Kobo with its metadata, and one with a problem and no metadata."""
    sent = pendulum.datetime(2024, 9, 20, 16, tz="UTC")
    problem = Problem(
        path=("situacion", "ingreso"),
        message=message("instruments.response.required"),
        file="salida.csv",
        line=3,
        column=4,
    )
    responses = (
        Response(
            line=2,
            participant_id="P0001",
            answers={"ingreso": "si"},
            submission=Submission(instance_id="abc", submitted_at=sent, review_status="approved", server_id="1001"),
        ),
        Response(line=3, participant_id=None, answers={}, submission=Submission(), problems=(problem,)),
    )
    return ExportReading(instrument_id="salida", flavour=Flavour.KOBO, responses=responses, file="salida.csv")


class TestRows:
    def test_one_per_response(self) -> None:
        """A row per response: its line, metadata, whether valid, and its problems without file or line."""
        expected = [
            {
                "line": 2,
                "participant_id": "P0001",
                "instance_id": "abc",
                "submitted_at": "2024-09-20T16:00:00+00:00",
                "review_status": "approved",
                "form_version": None,
                "server_id": "1001",
                "valid": True,
                "problems": "",
            },
            {
                "line": 3,
                "participant_id": None,
                "instance_id": None,
                "submitted_at": None,
                "review_status": None,
                "form_version": None,
                "server_id": None,
                "valid": False,
                "problems": "$.situacion.ingreso: " + message("instruments.response.required").render("en"),
            },
        ]

        assert expected == _reading().rows("en")


class TestCsv:
    def test_text(self) -> None:
        """The CSV: the header, then a row per response, None as blank."""
        lines = _reading().to_csv("en").splitlines()

        expected = (",".join(RESPONSE_COLUMNS), "2,P0001,abc,2024-09-20T16:00:00+00:00,approved,,1001,True,", 3)
        assert expected == (lines[0], lines[1], len(lines))
