"""Tests for `sce_method.graduation._cases`: institution-written test cases."""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pytest

from sce_method.graduation import (
    Case,
    CaseAttendance,
    CaseCompletion,
    CaseFollowUp,
    CaseMentoring,
    CaseOutcome,
    CaseParticipant,
    CasePeriod,
    CaseSubmission,
    Expectation,
    Status,
    run_case,
    run_cases,
)
from sce_method.serialization import bundled_cases, load_cases
from tests.graduation.rules import AS_OF, MODULES, D, bundled

WRONG: Final = """\
methodology: jalisco-sisemh-2024
cases:
  - name: "sin ninguna asistencia, y se espera que acredite"
    as_of: "2024-10-17"
    participant: {id: X1, centre_id: crea, cohort_id: crea-2024-1, enrolled_on: "2024-06-10"}
    period: {starts_on: "2024-06-10", ends_on: "2024-10-15"}
    instruments:
      - {instrument_id: entrada, submitted_on: "2024-06-10"}
      - {instrument_id: salida, submitted_on: "2024-10-10"}
    follow_up:
      - {recorded_on: "2024-08-15"}
    expect: {status: eligible, unmet: []}
"""
"""A case that is wrong on purpose: no attendance at all cannot graduate."""


def _case(**changes: object) -> Case:
    fields: dict[str, object] = {
        "name": "caso",
        "as_of": AS_OF,
        "participant": CaseParticipant(id="C1", centre_id="crea", cohort_id="crea-2024-1", enrolled_on=D(2024, 6, 10)),
        "period": CasePeriod(starts_on=D(2024, 6, 10), ends_on=D(2024, 10, 15)),
        "attendance": tuple(CaseAttendance(module_id=m, session_date=D(2024, 7, 1), hours=10) for m in MODULES),
        "instruments": (
            CaseSubmission(instrument_id="entrada", submitted_on=D(2024, 6, 10)),
            CaseSubmission(instrument_id="salida", submitted_on=D(2024, 10, 10)),
        ),
        "follow_up": (CaseFollowUp(recorded_on=D(2024, 8, 15)),),
        "expect": Expectation(status=Status.ELIGIBLE, unmet=()),
    }
    return Case(**(fields | changes))  # type: ignore[arg-type]


def _wrong_file(tmp_path: Path) -> Path:
    path = tmp_path / "casos.yaml"
    path.write_text(WRONG, encoding="utf-8")
    return path


class TestBundledCases:
    def test_all_pass(self) -> None:
        """Every case that ships with the bundled methodology passes."""
        cases = bundled_cases()
        outcomes = run_cases(bundled(), cases.cases)

        expected = [(o.case.name, ()) for o in outcomes]
        assert expected == [(o.case.name, o.differences) for o in outcomes]

    def test_there_are_cases(self) -> None:
        """The bundled file names its methodology and holds every status."""
        cases = bundled_cases()

        expected = ("jalisco-sisemh-2024", set(Status))
        assert expected == (cases.methodology, {c.expect.status for c in cases.cases})


class TestCase:
    def test_record(self) -> None:
        """A case's data becomes one participant's record, every row hers."""
        case = _case(
            completions=(CaseCompletion(course_id="desarrollo-humano", completed_on=D(2024, 9, 1)),),
            mentoring=(CaseMentoring(mentor_id="M1", session_date=D(2024, 8, 1), hours=1),),
        )
        record = case.record()

        expected = ("C1", 5, 1, 2, 1, 1, {"C1"}, D(2024, 10, 15))
        assert expected == (
            record.id,
            len(record.attendance),
            len(record.completions),
            len(record.submissions),
            len(record.follow_ups),
            len(record.mentoring),
            {a.participant_id for a in record.attendance} | {m.mentee_id for m in record.mentoring},
            None if record.period is None else record.period.ends_on,
        )

    def test_no_period(self) -> None:
        """A case without a period gives a record without one."""
        expected = None

        assert expected == _case(period=None).record().period

    def test_name_is_required(self) -> None:
        """A case needs a name to be reported by."""
        with pytest.raises(ValueError, match="name"):
            _case(name="")


class TestRunCase:
    def test_passing_case(self) -> None:
        """A case whose expectation holds has no differences."""
        outcome = run_case(bundled(), _case())

        expected = (True, (), Status.ELIGIBLE)
        assert expected == (outcome.passed, outcome.differences, outcome.decision.status)

    def test_wrong_status(self) -> None:
        """A different status is one difference."""
        outcome = run_case(bundled(), _case(attendance=()))

        expected = (False, ["graduation.cases.status", "graduation.cases.unmet"])
        assert expected == (outcome.passed, [d.key for d in outcome.differences])

    def test_unmet_not_checked_when_not_given(self) -> None:
        """Without an unmet list, only the status is compared."""
        outcome = run_case(bundled(), _case(attendance=(), expect=Expectation(status=Status.ELIGIBLE)))

        expected = ["graduation.cases.status"]
        assert expected == [d.key for d in outcome.differences]

    def test_wrong_unmet(self) -> None:
        """The right status with other unmet criteria is a difference too."""
        expect = Expectation(status=Status.NOT_ELIGIBLE, unmet=("encuesta-entrada",))
        outcome = run_case(bundled(), _case(instruments=(), expect=expect))

        expected = ["expected unmet criteria encuesta-entrada, got encuesta-entrada;encuesta-salida"]
        assert expected == [d.render("en") for d in outcome.differences]

    def test_run_cases_in_order(self) -> None:
        """run_cases runs every case, in order."""
        outcomes = run_cases(bundled(), [_case(name="a"), _case(name="b", attendance=())])

        expected = [("a", True), ("b", False)]
        assert expected == [(o.case.name, o.passed) for o in outcomes]


class TestCaseOutcome:
    def _failed(self) -> CaseOutcome:
        return run_case(bundled(), _case(name="sin asistencia", attendance=()))

    def test_render_failed(self) -> None:
        """A failed case is FALLA / FAILED, with each difference indented below."""
        expected = (
            ["FALLA  sin asistencia", "    estado esperado eligible; se obtuvo not_eligible"],
            ["FAILED sin asistencia", "    expected status eligible, got not_eligible"],
        )

        outcome = self._failed()
        assert expected == (outcome.render("es").splitlines()[:2], outcome.render("en").splitlines()[:2])

    def test_render_passed(self) -> None:
        """A passed case is one line."""
        expected = "ok     caso"

        assert expected == run_case(bundled(), _case()).render("en")


class TestWrongCaseFile:
    def test_is_reported_as_failed(self, tmp_path: Path) -> None:
        """A deliberately wrong case read from YAML fails, saying which status it got."""
        case_file = load_cases(_wrong_file(tmp_path))
        (outcome,) = run_cases(bundled(), case_file.cases)

        expected = (False, Status.NOT_ELIGIBLE, "expected status eligible, got not_eligible")
        assert expected == (outcome.passed, outcome.decision.status, outcome.differences[0].render("en"))
