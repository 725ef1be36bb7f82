"""
The participant's lifecycle as `evaluate` decides it: enrolled, graduated, withdrawn (graduation/_evaluate.py).

A recorded graduation makes her `graduated` whatever the rules say later, and
keeps the decision of its day (her admission); an unwarranted one is reported.
"""

from __future__ import annotations

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sce_method import Dated, DatedValue
from sce_method.curriculum import Curriculum
from sce_method.graduation import CohortReport, Criterion, Graduation, Status, evaluate
from sce_method.participants import GraduationRecord, ParticipantRecord
from tests.graduation.rules import (
    AS_OF,
    ASSUMED,
    MODULES,
    D,
    all_of,
    bundled,
    follow_up,
    full,
    mentoring,
    record,
    rule_set,
    total_hours,
)
from tests.record_strategies import dates, records

PERIOD = (D(2024, 6, 10), D(2024, 10, 15))
CEREMONY = D(2024, 10, 17)


def graduated(rec: ParticipantRecord, on: pendulum.Date = CEREMONY, **where: object) -> ParticipantRecord:
    """*rec* with a graduation recorded on *on*."""
    recorded = GraduationRecord(participant_id=rec.id, graduated_on=on, event_id="ceremonia", **where)  # type: ignore[arg-type]
    return attrs.evolve(rec, graduation=recorded)


@attrs.frozen
class Rules:
    """Graduation rules and the curriculum they refer to: what `evaluate` needs of a methodology."""

    graduation: Graduation
    curriculum: Curriculum


def stricter(extra: Criterion, effective: pendulum.Date | None = None) -> Rules:
    """
    The bundled rules with *extra* required on top of the 2022 rule.

    From *effective* on (a new rule set after the old ones), or, when None,
    in place of the 2022 rule itself: the rule of her period made stricter.
    """
    m = bundled()
    assert m.graduation is not None
    entries = m.graduation.rule_sets.entries
    last = entries[-1]
    tighter = rule_set(all_of("mas-estricta", last.value.rule, extra), ident="reglas-estrictas")
    if effective is None:
        dated = (*entries[:-1], attrs.evolve(last, value=tighter))
    else:
        dated = (*entries, DatedValue(effective=effective, value=tighter, provenance=ASSUMED))
    return Rules(attrs.evolve(m.graduation, rule_sets=Dated(entries=dated)), m.curriculum)


def extras() -> st.SearchStrategy[Criterion]:
    """A requirement to add to a rule: more hours, more follow-up, mentoring."""
    return st.one_of(
        st.integers(min_value=50, max_value=60).map(lambda h: total_hours("horas-extra", h)),
        st.integers(min_value=2, max_value=6).map(lambda n: follow_up("seguimiento-extra", n)),
        st.integers(min_value=1, max_value=4).map(lambda n: mentoring("mentoria-extra", n)),
    )


class TestPrecedence:
    def _status(self, rec: ParticipantRecord, as_of: pendulum.Date = AS_OF) -> Status:
        return evaluate(bundled(), rec, as_of).status

    def test_graduated_from_the_day_it_is_recorded(self) -> None:
        """A graduation recorded on the evaluation date counts; one recorded after it does not yet."""
        rec = graduated(full(period=PERIOD), on=AS_OF)

        expected = (Status.GRADUATED, Status.ELIGIBLE)
        assert expected == (self._status(rec), self._status(rec, AS_OF.subtract(days=1)))

    def test_graduated_before_withdrawn(self) -> None:
        """A graduate who withdraws afterwards stays graduated."""
        rec = graduated(full(period=PERIOD, withdrawn_on=D(2024, 10, 20)), on=CEREMONY)

        expected = Status.GRADUATED
        assert expected == self._status(rec, D(2024, 11, 30))

    def test_enrolled_before_her_cohort_starts(self) -> None:
        """Before her cohort's first day she is enrolled, not in progress."""
        rec = record(period=(D(2025, 1, 13), D(2025, 5, 30)))

        expected = Status.ENROLLED
        assert expected == self._status(rec)

    def test_in_progress_from_the_first_day(self) -> None:
        """On her cohort's first day she is in progress."""
        rec = record(period=(AS_OF, D(2025, 2, 28)))

        expected = Status.IN_PROGRESS
        assert expected == self._status(rec)

    def test_withdrawn_before_enrolled(self) -> None:
        """Withdrawing before her cohort starts is a withdrawal."""
        rec = record(period=(D(2025, 1, 13), D(2025, 5, 30)), withdrawn_on=D(2024, 10, 1))

        expected = Status.WITHDRAWN
        assert expected == self._status(rec)

    def test_enrolled_without_dates_is_not_said(self) -> None:
        """With no cohort dates nothing says her cohort has not started: she is decided as before."""
        expected = Status.NOT_ELIGIBLE
        assert expected == self._status(record())


class TestAdmission:
    def test_the_decision_of_her_day_is_kept(self) -> None:
        """A graduate's decision is her admission's: its date, rule set and what her record showed then."""
        rec = graduated(full(period=PERIOD))
        decision = evaluate(bundled(), rec, D(2025, 6, 30))
        admission = decision.admission
        assert admission is not None

        expected = (Status.GRADUATED, D(2025, 6, 30), CEREMONY, Status.ELIGIBLE, "reglas-2022", PERIOD[1])
        assert expected == (
            decision.status,
            decision.as_of,
            admission.as_of,
            admission.status,
            decision.rule_set_id,
            decision.decision_date,
        )
        assert admission.result == decision.result
        assert decision.warranted

    def test_an_old_rule_stays_hers(self) -> None:
        """A 2021 graduate with three modules is graduated under the assumed earlier rule, not today's."""
        hours = dict.fromkeys(MODULES[:3], 10.0)
        rec = graduated(record(hours, on=D(2021, 3, 1), period=(D(2021, 2, 1), D(2021, 6, 30))), on=D(2021, 7, 15))
        decision = evaluate(bundled(), rec, AS_OF)

        expected = (Status.GRADUATED, "reglas-2020", (), True)
        assert expected == (decision.status, decision.rule_set_id, decision.unmet, decision.warranted)

    def test_an_unwarranted_graduation_is_still_recorded(self) -> None:
        """A graduation of someone not eligible that day is a graduation, but not warranted."""
        rec = graduated(full(period=PERIOD, follow_ups=0))
        decision = evaluate(bundled(), rec, AS_OF)
        assert decision.admission is not None

        expected = (Status.GRADUATED, False, Status.NOT_ELIGIBLE, ("seguimiento-individualizado",))
        assert expected == (decision.status, decision.warranted, decision.admission.status, decision.admission.unmet)

    def test_the_report_says_where_and_what(self) -> None:
        """CohortReport.problems places an unwarranted graduation at its file and line, with what she lacked."""
        rec = graduated(full(period=PERIOD, follow_ups=0), file="graduations.csv", line=7)
        report = CohortReport(decisions=(evaluate(bundled(), rec, AS_OF),), as_of=AS_OF)
        problem = report.problems[0]

        expected = ("graduations.csv", 7, 2, "graduation.unwarranted")
        assert expected == (problem.file, problem.line, problem.column, problem.message.key)
        assert problem.render("es").endswith("(reglas-2022): Falta el seguimiento individualizado (0 de 1 registros)")
        assert problem.render("en").endswith("(reglas-2022): Individual follow-up is missing (0 of 1 records)")

    def test_warranted_graduations_are_no_problem(self) -> None:
        """A report of warranted graduations has no problem."""
        report = CohortReport(decisions=(evaluate(bundled(), graduated(full(period=PERIOD)), AS_OF),), as_of=AS_OF)

        expected = ()
        assert expected == report.problems


class TestFrozen:
    @settings(max_examples=60, deadline=None)
    @given(rec=records(withdrawals=False), on=dates(), extra=extras())
    def test_a_stricter_rule_for_her_period_leaves_her_graduated(
        self, rec: ParticipantRecord, on: pendulum.Date, extra: Criterion
    ) -> None:
        """Whatever her record, a graduate stays graduated when the rule in force on her day is made stricter."""
        rec = graduated(rec, on=on)
        later = max(on, AS_OF)

        expected = (Status.GRADUATED, Status.GRADUATED)
        assert expected == (evaluate(bundled(), rec, later).status, evaluate(stricter(extra), rec, later).status)

    @settings(max_examples=60, deadline=None)
    @given(rec=records(withdrawals=False), on=dates(), extra=extras(), days=st.integers(min_value=1, max_value=400))
    def test_a_rule_from_a_later_date_leaves_her_admission(
        self, rec: ParticipantRecord, on: pendulum.Date, extra: Criterion, days: int
    ) -> None:
        """A stricter rule in force from after her graduation changes nothing of the decision that admitted her."""
        rec = graduated(rec, on=on)
        effective = on.add(days=days)
        before, after = evaluate(bundled(), rec, effective), evaluate(stricter(extra, effective), rec, effective)

        assert before == after

    def test_the_stricter_rule_applies_to_the_others(self) -> None:
        """The same record without a graduation is not eligible under the stricter rule (the test has teeth)."""
        rec = full(period=PERIOD)

        expected = (Status.ELIGIBLE, Status.NOT_ELIGIBLE)
        assert expected == (
            evaluate(bundled(), rec, AS_OF).status,
            evaluate(stricter(mentoring("m", 2)), rec, AS_OF).status,
        )


class TestLines:
    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            ("es", "baja el 2024-09-01; había completado: Alfabetización digital: 10.0 de 12.0 h (mínimo 9.6 h)"),
            ("en", "withdrew on 2024-09-01; she had completed: Digital literacy: 10.0 of 12.0 h (minimum 9.6 h)"),
        ],
    )
    def test_a_withdrawal_says_when_and_what_she_had_done(self, lang: str, expected: str) -> None:
        """A withdrawn participant's line says when she left and what she had completed, not what she lacks."""
        rec = record({"alfabetizacion-digital": 10.0}, period=PERIOD, withdrawn_on=D(2024, 9, 1))
        decision = evaluate(bundled(), rec, AS_OF)

        assert (expected, ()) == (decision.summary(lang), decision.missing())  # type: ignore[arg-type]

    def test_what_she_did_after_leaving_is_not_counted(self) -> None:
        """Records dated after her withdrawal are not what she had completed when she left."""
        rec = record({"alfabetizacion-digital": 10.0}, on=D(2024, 9, 2), period=PERIOD, withdrawn_on=D(2024, 9, 1))

        expected = "baja el 2024-09-01; no había completado ningún requisito"
        assert expected == evaluate(bundled(), rec, AS_OF).summary("es")

    def test_a_graduate_line(self) -> None:
        """A graduate's line says the day, the event and the rule that admitted her."""
        decision = evaluate(bundled(), graduated(full(period=PERIOD)), AS_OF)

        expected = "graduated on 2024-10-17 (event: ceremonia), under the rule reglas-2022 in force that day"
        assert expected == decision.summary("en")

    def test_an_unwarranted_graduate_line(self) -> None:
        """An unwarranted graduation's line says what she lacked that day, in words."""
        decision = evaluate(bundled(), graduated(full(period=PERIOD, follow_ups=0)), AS_OF)

        expected = "pero ese día no acreditaba: Falta el seguimiento individualizado (0 de 1 registros)"
        assert decision.summary("es").endswith(expected)

    def test_an_enrolled_line(self) -> None:
        """An enrolled participant's line says when her cohort starts."""
        decision = evaluate(bundled(), record(period=(D(2025, 1, 13), D(2025, 5, 30))), AS_OF)

        expected = "inscrita; su generación empieza el 2025-01-13"
        assert expected == decision.summary("es")

    def test_a_line_in_progress_is_what_she_lacks(self) -> None:
        """While she is expected to finish, her line is what she still lacks."""
        decision = evaluate(bundled(), full(period=(D(2024, 6, 10), D(2024, 12, 20)), follow_ups=0), AS_OF)

        expected = "; ".join(decision.missing("es"))
        assert (Status.IN_PROGRESS, expected) == (decision.status, decision.summary("es"))
