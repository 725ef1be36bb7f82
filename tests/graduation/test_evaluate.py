"""Tests for `sce_method.graduation._evaluate`: one participant's decision."""

from __future__ import annotations

import functools
from typing import Final

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sce_method import Lang, Provenance, Text
from sce_method.exceptions import LoadError, NoGraduationRulesError, NotInForceError
from sce_method.graduation import (
    Condition,
    CriterionResult,
    Decision,
    RuleException,
    Status,
    decision_date,
    evaluate,
    evaluate_criterion,
)
from sce_method.methodology import Methodology
from sce_method.participants import Attendance, Completion, ParticipantRecord
from tests.graduation.rules import (
    AS_OF,
    ASSUMED,
    IN_FORCE,
    MODULES,
    THRESHOLD,
    D,
    all_of,
    any_of,
    at_least,
    attendance_rate,
    bundled,
    complete_offer,
    follow_up,
    full,
    instrument,
    mentoring,
    module_completed,
    module_hours,
    record,
    rule_set,
    total_hours,
    with_rule,
)
from tests.record_strategies import grow, more_rows, records


def _result(rule_or_methodology: object, rec: ParticipantRecord, as_of: D = AS_OF) -> CriterionResult:
    m = rule_or_methodology if isinstance(rule_or_methodology, Methodology) else with_rule(rule_or_methodology)  # type: ignore[arg-type]
    return evaluate(m, rec, as_of).result


def _outcome(result: CriterionResult) -> tuple[bool, float | None, float | None, float | None]:
    """What a result says, rounded to 6 places (hours are sums of decimals: 0.8 * 12 is 9.600000000000001)."""

    def rounded(x: float | None) -> float | None:
        return None if x is None else round(x, 6)

    return (result.passed, rounded(result.observed), rounded(result.required), rounded(result.shortfall))


class TestModuleCompleted:
    @pytest.mark.parametrize(
        ("hours", "outcome"),
        [
            (12.0, (True, 12.0, 9.6, None)),
            (9.6, (True, 9.6, 9.6, None)),
            (9.5, (False, 9.5, 9.6, 0.1)),
            (0.0, (False, 0.0, 9.6, 9.6)),
        ],
    )
    def test_eighty_percent_of_the_module(self, hours: float, outcome: tuple[object, ...]) -> None:
        """80 % of 12 h is 9.6 h: 9.6 h passes, 9.5 h falls 0.1 h short."""
        expected = outcome

        assert expected == _outcome(_result(module_completed(), record({"educacion-financiera": hours})))

    def test_boundary_reached_by_a_sum_of_sessions(self) -> None:
        """Sessions of 1.2 h eight times (9.6 h, not exactly in binary) pass."""
        rec = attrs.evolve(
            record(),
            attendance=tuple(
                Attendance(
                    participant_id="P1", module_id="educacion-financiera", session_date=D(2024, 7, day), hours=1.2
                )
                for day in range(1, 9)
            ),
        )

        expected = True
        assert expected == _result(module_completed(), rec).passed

    def test_other_modules_do_not_count(self) -> None:
        """Hours of another module do not complete this one."""
        expected = (False, 0.0, 9.6, 9.6)

        assert expected == _outcome(_result(module_completed(), record({"desarrollo-humano": 12.0})))

    def test_completion_record_counts(self) -> None:
        """A completion record of the module completes it whatever the hours."""
        result = _result(module_completed(), record({"educacion-financiera": 2.0}, completed=["educacion-financiera"]))

        expected = ((True, 2.0, 9.6, None), "graduation.module_completed.record")
        assert expected == (_outcome(result), result.message.key)

    def test_completion_of_another_course_does_not_count(self) -> None:
        """A completion naming a course, not the module, does not complete the module."""
        result = _result(module_completed(), record(completed=["edapp-educacion-financiera"]))

        expected = False
        assert expected == result.passed

    def test_completion_after_as_of_is_ignored(self) -> None:
        """A completion recorded after the evaluation date does not count yet."""
        rec = attrs.evolve(
            record(),
            completions=(
                Completion(participant_id="P1", course_id="educacion-financiera", completed_on=D(2024, 11, 1)),
            ),
        )

        expected = False
        assert expected == _result(module_completed(), rec).passed

    def test_attendance_after_as_of_is_ignored(self) -> None:
        """Sessions after the evaluation date do not count; on the date they do."""
        late = record({"educacion-financiera": 12.0}, on=D(2024, 10, 18))
        same_day = record({"educacion-financiera": 12.0}, on=AS_OF)

        expected = (False, True)
        assert expected == (_result(module_completed(), late).passed, _result(module_completed(), same_day).passed)

    def test_message_names_the_module(self) -> None:
        """The result says which module, with hours attended, offered and missing."""
        result = _result(module_completed(), record({"educacion-financiera": 6.0}))

        expected = "Financial education: 6.0 of 12.0 h (minimum 9.6 h), 3.6 h missing"
        assert expected == result.message.render("en")

    def test_threshold_provenance(self) -> None:
        """The result carries the provenance of its threshold (the share), not the criterion's."""
        expected = THRESHOLD

        assert expected == _result(module_completed(), record()).provenance


class TestCompleteOffer:
    def test_every_module(self) -> None:
        """One child per module of the complete offer, each checked like ModuleCompleted."""
        result = _result(complete_offer(), record({"alfabetizacion-digital": 12.0, "desarrollo-humano": 9.6}))

        expected = [
            ("oferta.alfabetizacion-digital", True),
            ("oferta.desarrollo-humano", True),
            ("oferta.educacion-financiera", False),
            ("oferta.formacion-para-el-empleo", False),
            ("oferta.habilidades-para-el-emprendimiento", False),
        ]
        assert expected == [(c.criterion_id, c.passed) for c in result.children]

    def test_counts_modules(self) -> None:
        """Observed and required count modules; the shortfall is the modules missing."""
        result = _result(complete_offer(), record({"alfabetizacion-digital": 12.0, "desarrollo-humano": 9.6}))

        expected = (False, 2.0, 5.0, 3.0)
        assert expected == _outcome(result)

    def test_all_modules(self) -> None:
        """Every module at its threshold completes the offer."""
        expected = (True, 5.0, 5.0, None)

        assert expected == _outcome(_result(complete_offer(), record(dict.fromkeys(MODULES, 9.6))))

    def test_completion_records_count(self) -> None:
        """Modules completed by record count towards the offer."""
        rec = record(dict.fromkeys(MODULES[:4], 10.0), completed=[MODULES[4]])

        expected = True
        assert expected == _result(complete_offer(), rec).passed


class TestModuleHours:
    @pytest.mark.parametrize(
        ("hours", "outcome"),
        [(6.0, (True, 6.0, 6.0, None)), (7.5, (True, 7.5, 6.0, None)), (4.0, (False, 4.0, 6.0, 2.0))],
    )
    def test_hours_of_one_module(self, hours: float, outcome: tuple[object, ...]) -> None:
        """Hours of the named module against the hours required."""
        expected = outcome

        assert expected == _outcome(_result(module_hours(hours=6.0), record({"educacion-financiera": hours})))

    def test_message(self) -> None:
        """The result names the module and the hours missing."""
        result = _result(module_hours(hours=6.0), record({"educacion-financiera": 4.0}))

        expected = "Educación financiera: 4.0 de 6.0 h mínimas, faltan 2.0 h"
        assert expected == result.message.render("es")


class TestTotalHours:
    def test_sums_every_module(self) -> None:
        """Total hours add every module's hours."""
        rec = record({"alfabetizacion-digital": 12.0, "desarrollo-humano": 12.0, "educacion-financiera": 10.0})

        expected = (False, 34.0, 40.0, 6.0)
        assert expected == _outcome(_result(total_hours(hours=40.0), rec))

    def test_enough(self) -> None:
        """Reaching the total passes."""
        expected = (True, 40.0, 40.0, None)

        assert expected == _outcome(_result(total_hours(hours=40.0), record(dict.fromkeys(MODULES[:4], 10.0))))


class TestAttendanceRate:
    @pytest.mark.parametrize(("hours", "outcome"), [(9.6, (True, 0.8, 0.8, None)), (9.0, (False, 0.75, 0.8, 0.05))])
    def test_rate_of_the_offer(self, hours: float, outcome: tuple[object, ...]) -> None:
        """Attended over offered hours of the complete offer (60 h), against the rate."""
        expected = outcome

        assert expected == _outcome(_result(attendance_rate(rate=0.8), record(dict.fromkeys(MODULES, hours))))

    def test_extra_hours_of_one_module_are_capped(self) -> None:
        """24 h of a 12 h module count as 12: hours beyond a module do not make up for another."""
        rec = record({"alfabetizacion-digital": 24.0, "desarrollo-humano": 6.0})

        expected = (False, 0.3, 0.5, 0.2)
        assert expected == _outcome(_result(attendance_rate(rate=0.5), rec))

    def test_message(self) -> None:
        """The result is given as percentages."""
        rec = record({"alfabetizacion-digital": 24.0, "desarrollo-humano": 6.0})

        expected = "Attendance: 30%, below the minimum of 50%"
        assert expected == _result(attendance_rate(rate=0.5), rec).message.render("en")


class TestInstrumentSubmitted:
    def test_answered(self) -> None:
        """A survey answered by the date passes, as 1 of 1."""
        expected = (True, 1.0, 1.0, None)

        assert expected == _outcome(_result(instrument(), record(submitted=["salida"])))

    def test_missing(self) -> None:
        """Another survey does not count; the shortfall is the one survey."""
        expected = (False, 0.0, 1.0, 1.0)

        assert expected == _outcome(_result(instrument(), record(submitted=["entrada"])))

    def test_answered_after_as_of(self) -> None:
        """A survey answered after the evaluation date does not count yet."""
        expected = False

        assert expected == _result(instrument(), record(submitted=["salida"], on=D(2024, 10, 18))).passed

    def test_message_names_the_survey(self) -> None:
        """The survey is named in words."""
        expected = "Falta la encuesta de salida"

        assert expected == _result(instrument(), record()).message.render("es")

    def test_message_names_a_survey_outside_the_bundled_four_by_its_id(self) -> None:
        """A survey the library does not name is named by its id."""
        expected = ("Falta la encuesta salida-2025", "The salida-2025 survey is missing")

        said = evaluate_criterion(bundled(), instrument(which="salida-2025"), record(), AS_OF).message
        assert expected == (said.render("es"), said.render("en"))


class TestFollowUpRecorded:
    @pytest.mark.parametrize(
        ("count", "outcome"), [(0, (False, 0.0, 2.0, 2.0)), (1, (False, 1.0, 2.0, 1.0)), (3, (True, 3.0, 2.0, None))]
    )
    def test_counts_records(self, count: int, outcome: tuple[object, ...]) -> None:
        """Follow-up records by the date, against the count required."""
        expected = outcome

        assert expected == _outcome(_result(follow_up(count=2), record(follow_ups=count)))


class TestMentoringSessions:
    @pytest.mark.parametrize(("count", "outcome"), [(1, (False, 1.0, 2.0, 1.0)), (2, (True, 2.0, 2.0, None))])
    def test_counts_sessions(self, count: int, outcome: tuple[object, ...]) -> None:
        """Mentoring sessions received (distinct days), against the count required."""
        expected = outcome

        assert expected == _outcome(_result(mentoring(count=2), record(mentoring_sessions=count)))


THREE = (follow_up("a"), instrument("b"), mentoring("c", count=1))
"""Three leaves; record(follow_ups=1) meets only the first."""


class TestCombinators:
    def test_all_of(self) -> None:
        """AllOf needs every child: observed counts the ones met."""
        expected = (False, 1.0, 3.0, 2.0)

        assert expected == _outcome(_result(all_of("g", *THREE), record(follow_ups=1)))

    def test_all_of_met(self) -> None:
        """AllOf passes when every child does."""
        rec = record(follow_ups=1, submitted=["salida"], mentoring_sessions=1)

        expected = (True, 3.0, 3.0, None)
        assert expected == _outcome(_result(all_of("g", *THREE), rec))

    def test_any_of(self) -> None:
        """AnyOf needs one child."""
        expected = ((True, 1.0, 1.0, None), (False, 0.0, 1.0, 1.0))

        assert expected == (
            _outcome(_result(any_of("g", *THREE), record(follow_ups=1))),
            _outcome(_result(any_of("g", *THREE), record())),
        )

    @pytest.mark.parametrize(("n", "outcome"), [(1, (True, 1.0, 1.0, None)), (2, (False, 1.0, 2.0, 1.0))])
    def test_at_least(self, n: int, outcome: tuple[object, ...]) -> None:
        """AtLeast needs n children."""
        expected = outcome

        assert expected == _outcome(_result(at_least("g", n, *THREE), record(follow_ups=1)))

    def test_children_in_order(self) -> None:
        """A combinator's result holds its children's results, in rule order."""
        expected = [("a", True), ("b", False), ("c", False)]

        assert expected == [
            (c.criterion_id, c.passed) for c in _result(all_of("g", *THREE), record(follow_ups=1)).children
        ]

    def test_nested(self) -> None:
        """Combinators nest: AnyOf(AllOf(..), leaf)."""
        rule = any_of("g", all_of("ambos", follow_up("a"), instrument("b")), total_hours("h", 40.0))
        result = _result(rule, record({"alfabetizacion-digital": 12.0}, follow_ups=1))

        expected = [("g", False), ("ambos", False), ("a", True), ("b", False), ("h", False)]
        assert expected == [(r.criterion_id, r.passed) for r in _walk(result)]

    def test_labelled_combinator(self) -> None:
        """A combinator with a label says it by its label."""
        rule = all_of("g", *THREE, label="Requisitos de egreso")

        expected = "Requisitos de egreso: 1 de 3 criterios necesarios cumplidos"
        assert expected == _result(rule, record(follow_ups=1)).message.render("es")

    def test_kinds(self) -> None:
        """Each result names its criterion's kind."""
        rule = all_of(
            "g",
            module_completed(),
            complete_offer(),
            module_hours(),
            total_hours(),
            attendance_rate(),
            instrument(),
            follow_up(),
            mentoring(),
            any_of("o", follow_up("x")),
            at_least("l", 1, follow_up("y")),
        )

        expected = [
            "all_of",
            "module_completed",
            "complete_offer",
            "module_hours",
            "total_hours",
            "attendance_rate",
            "instrument_submitted",
            "follow_up_recorded",
            "mentoring_sessions",
            "any_of",
            "at_least",
        ]
        assert expected == [r.kind for r in (_result(rule, record()), *_result(rule, record()).children)]


def _walk(result: CriterionResult) -> list[CriterionResult]:
    return [result, *(r for child in result.children for r in _walk(child))]


class TestStatus:
    PERIOD = (D(2024, 6, 10), D(2024, 10, 15))
    RUNNING = (D(2024, 8, 19), D(2024, 11, 29))

    def _status(self, rec: ParticipantRecord, as_of: D = AS_OF) -> Status:
        return evaluate(bundled(), rec, as_of).status

    def test_withdrawn_before_eligible(self) -> None:
        """A participant who withdrew is 'baja' even if she met every criterion."""
        expected = Status.WITHDRAWN

        assert expected == self._status(full(withdrawn_on=D(2024, 9, 1), period=self.PERIOD))

    def test_withdrawn_on_the_day(self) -> None:
        """Withdrawing on the evaluation date counts."""
        expected = Status.WITHDRAWN

        assert expected == self._status(full(withdrawn_on=AS_OF))

    def test_withdrawal_after_as_of_is_not_yet(self) -> None:
        """A withdrawal after the evaluation date has not happened yet."""
        expected = Status.ELIGIBLE

        assert expected == self._status(full(withdrawn_on=D(2024, 10, 18)))

    def test_eligible_before_in_progress(self) -> None:
        """Meeting the rule while the cohort still runs is eligible, not in progress."""
        expected = Status.ELIGIBLE

        assert expected == self._status(full(period=self.RUNNING))

    def test_in_progress_while_the_cohort_runs(self) -> None:
        """Not meeting the rule while the cohort runs is in progress."""
        expected = Status.IN_PROGRESS

        assert expected == self._status(record(period=self.RUNNING))

    def test_in_progress_on_the_last_day(self) -> None:
        """On the cohort's last day it still runs."""
        expected = Status.IN_PROGRESS

        assert expected == self._status(record(period=self.PERIOD), D(2024, 10, 15))

    def test_not_eligible_after_the_cohort(self) -> None:
        """Not meeting the rule once the cohort has ended is not eligible."""
        expected = Status.NOT_ELIGIBLE

        assert expected == self._status(record(period=self.PERIOD))

    def test_not_eligible_without_a_period(self) -> None:
        """With no cohort dates, a participant who does not meet the rule is not eligible."""
        expected = Status.NOT_ELIGIBLE

        assert expected == self._status(record())

    def test_withdrawn_before_in_progress(self) -> None:
        """Withdrawal wins over a running cohort too."""
        expected = Status.WITHDRAWN

        assert expected == self._status(record(period=self.RUNNING, withdrawn_on=D(2024, 9, 1)))

    def test_values_are_stable(self) -> None:
        """The status ids written in outputs do not drift."""
        expected = ["enrolled", "in_progress", "eligible", "graduated", "not_eligible", "withdrawn"]

        assert expected == [s.value for s in Status]


class TestDecisionDate:
    def test_cohort_end_when_earlier(self) -> None:
        """A cohort that ended before the evaluation date is decided on its end."""
        expected = D(2024, 10, 15)

        assert expected == decision_date(record(period=(D(2024, 6, 10), D(2024, 10, 15))), AS_OF)

    def test_as_of_while_running(self) -> None:
        """A running cohort is decided on the evaluation date."""
        expected = AS_OF

        assert expected == decision_date(record(period=(D(2024, 8, 19), D(2024, 11, 29))), AS_OF)

    def test_as_of_on_the_last_day(self) -> None:
        """On the cohort's last day, the evaluation date and the end are the same."""
        expected = D(2024, 10, 15)

        assert expected == decision_date(record(period=(D(2024, 6, 10), D(2024, 10, 15))), D(2024, 10, 15))

    def test_as_of_without_a_period(self) -> None:
        """With no cohort dates, the evaluation date."""
        expected = AS_OF

        assert expected == decision_date(record(), AS_OF)


class TestRuleSetByDate:
    def test_2021_cohort_keeps_the_2021_rule(self) -> None:
        """A cohort that ended in 2021, evaluated in 2024, is decided by reglas-2020."""
        decision = evaluate(bundled(), record(period=(D(2021, 2, 1), D(2021, 6, 30))), AS_OF)

        expected = ("reglas-2020", D(2020, 1, 1), D(2021, 6, 30), AS_OF)
        assert expected == (decision.rule_set_id, decision.rule_set_effective, decision.decision_date, decision.as_of)

    def test_2024_cohort_gets_the_2022_rule(self) -> None:
        """A 2024 cohort is decided by reglas-2022."""
        decision = evaluate(bundled(), record(period=(D(2024, 6, 10), D(2024, 10, 15))), AS_OF)

        expected = ("reglas-2022", D(2022, 7, 1))
        assert expected == (decision.rule_set_id, decision.rule_set_effective)

    def test_rule_changes_on_its_effective_date(self) -> None:
        """2022-06-30 is decided by the old rule, 2022-07-01 by the new."""
        expected = ("reglas-2020", "reglas-2022")

        assert expected == (
            evaluate(bundled(), record(), "2022-06-30").rule_set_id,
            evaluate(bundled(), record(), "2022-07-01").rule_set_id,
        )

    def test_three_modules_graduate_under_the_2020_rule(self) -> None:
        """Under the assumed 2020 rule, three completed modules are enough."""
        rec = record(dict.fromkeys(MODULES[:3], 10.0), on=D(2021, 3, 1), period=(D(2021, 2, 1), D(2021, 6, 30)))

        expected = Status.ELIGIBLE
        assert expected == evaluate(bundled(), rec, AS_OF).status

    def test_before_any_rule(self) -> None:
        """Before 2020-01-01 no rule is in force: NotInForceError."""
        with pytest.raises(NotInForceError):
            evaluate(bundled(), record(), "2019-12-31")

    def test_cohort_that_ended_before_any_rule(self) -> None:
        """A cohort that ended in 2019 is decided in 2019, when no rule was in force."""
        with pytest.raises(NotInForceError):
            evaluate(bundled(), record(period=(D(2019, 2, 1), D(2019, 6, 30))), AS_OF)

    def test_not_in_force_is_a_lookup_error(self) -> None:
        """Callers who catch LookupError catch it, with a message naming the first date."""
        with pytest.raises(LookupError, match="2020-01-01"):
            evaluate(bundled(), record(), "2019-01-01")

    def test_as_of_as_text_or_date(self) -> None:
        """The evaluation date may be ISO text or a date."""
        expected = evaluate(bundled(), full(), AS_OF)

        assert expected == evaluate(bundled(), full(), "2024-10-17")

    def test_as_of_must_be_iso(self) -> None:
        """17/10/2024 is not guessed: a LoadError (a ValueError) placed at $.as_of, from the catalog."""
        with pytest.raises(LoadError) as caught:
            evaluate(bundled(), full(), "17/10/2024")

        expected = (True, [(("as_of",), "core.load.invalid_date")])
        assert expected == (
            isinstance(caught.value, ValueError),
            [(p.path, p.message.key) for p in caught.value.problems],
        )

    def test_methodology_without_rules(self) -> None:
        """A methodology with no graduation rules cannot decide: the library's own error, in Spanish by default."""
        with pytest.raises(NoGraduationRulesError) as caught:
            evaluate(attrs.evolve(bundled(), graduation=None), full(), AS_OF)

        expected = (
            True,
            "la metodología no define reglas de graduación",
            "the methodology defines no graduation rules",
        )
        assert expected == (isinstance(caught.value, ValueError), str(caught.value), caught.value.render("en"))


def _exception(
    ident: str,
    *,
    centres: tuple[str, ...] = (),
    cohorts: tuple[str, ...] = (),
    hours: float,
    priority: int | None = None,
) -> RuleException:
    return RuleException(
        id=ident,
        label=Text(es=f"Horas reducidas {ident}", en=f"Reduced hours {ident}"),
        overrides="horas",
        when=Condition(centres=centres, cohorts=cohorts),
        replacement=total_hours(f"{ident}-horas", hours),
        priority=priority,
        provenance=ASSUMED,
    )


@functools.cache
def _with_exception() -> Methodology:
    rule = all_of("graduacion", total_hours("horas", 40.0), follow_up("seguimiento"))
    return with_rule(rule_set(rule, _exception("tlajomulco", centres=("cjm-tlajomulco",), hours=20.0)))


TWO_MODULES: Final = {"alfabetizacion-digital": 12.0, "desarrollo-humano": 12.0}
"""24 h: enough under the exception below (20 h), not under its rule (40 h)."""


class TestExceptions:
    def test_applies_at_its_centre(self) -> None:
        """At the centre it names, the replacement decides."""
        decision = evaluate(_with_exception(), record(TWO_MODULES, centre="cjm-tlajomulco", follow_ups=1), AS_OF)

        expected = (Status.ELIGIBLE, "tlajomulco-horas", "tlajomulco")
        child = decision.result.children[0]
        assert expected == (decision.status, child.criterion_id, child.exception)

    def test_does_not_apply_elsewhere(self) -> None:
        """At another centre the base criterion decides, and no exception is named."""
        decision = evaluate(_with_exception(), record(TWO_MODULES, centre="crea", follow_ups=1), AS_OF)

        expected = (Status.NOT_ELIGIBLE, "horas", None, ("horas",))
        child = decision.result.children[0]
        assert expected == (decision.status, child.criterion_id, child.exception, decision.unmet)

    def test_named_in_the_result(self) -> None:
        """The result carries the exception's label, and the explanation says it."""
        decision = evaluate(_with_exception(), record(TWO_MODULES, centre="cjm-tlajomulco", follow_ups=1), AS_OF)

        expected = (Text(es="Horas reducidas tlajomulco", en="Reduced hours tlajomulco"), True)
        assert expected == (
            decision.result.children[0].exception_label,
            "[exception: Reduced hours tlajomulco]" in decision.explain("en"),
        )

    def test_unmet_replacement_is_listed_by_its_id(self) -> None:
        """A replacement that is not met is listed in unmet by its own id."""
        decision = evaluate(_with_exception(), record(centre="cjm-tlajomulco", follow_ups=1), AS_OF)

        expected = ("tlajomulco-horas",)
        assert expected == decision.unmet

    def test_higher_priority_decides(self) -> None:
        """Of two exceptions that both apply, the one with the higher priority replaces the criterion."""
        rule = all_of("graduacion", total_hours("horas", 40.0), follow_up("seguimiento"))
        m = with_rule(
            rule_set(
                rule,
                _exception("todos", centres=(), hours=30.0, priority=1),
                _exception("tlajomulco", centres=("cjm-tlajomulco",), hours=20.0, priority=2),
            )
        )

        expected = ("tlajomulco", "todos")
        assert expected == (
            evaluate(m, record(TWO_MODULES, centre="cjm-tlajomulco"), AS_OF).result.children[0].exception,
            evaluate(m, record(TWO_MODULES, centre="crea"), AS_OF).result.children[0].exception,
        )

    @pytest.mark.parametrize(
        ("centre", "cohort", "exception"),
        [
            ("crea", "crea-2024-2", "segunda"),
            ("cjm-tlajomulco", "crea-2024-2", "segunda"),
            ("crea", "crea-2024-1", None),
        ],
    )
    def test_scoped_to_a_cohort(self, centre: str, cohort: str, exception: str | None) -> None:
        """An exception naming a cohort applies to its participants, at any centre, and to no other cohort."""
        rule = all_of("graduacion", total_hours("horas", 40.0), follow_up("seguimiento"))
        m = with_rule(rule_set(rule, _exception("segunda", cohorts=("crea-2024-2",), hours=20.0)))
        decision = evaluate(m, record(TWO_MODULES, centre=centre, cohort=cohort, follow_ups=1), AS_OF)

        expected = (exception, Status.ELIGIBLE if exception else Status.NOT_ELIGIBLE)
        assert expected == (decision.result.children[0].exception, decision.status)

    @pytest.mark.parametrize(
        ("centre", "cohort", "exception"),
        [
            ("cjm-tlajomulco", "cjm-2024-1", "ambos"),
            ("cjm-tlajomulco", "cjm-2024-2", None),
            ("crea", "cjm-2024-1", None),
        ],
    )
    def test_scoped_to_a_centre_and_a_cohort(self, centre: str, cohort: str, exception: str | None) -> None:
        """An exception naming a centre and a cohort applies only where both hold."""
        rule = all_of("graduacion", total_hours("horas", 40.0), follow_up("seguimiento"))
        scoped = _exception("ambos", centres=("cjm-tlajomulco",), cohorts=("cjm-2024-1",), hours=20.0)
        decision = evaluate(with_rule(rule_set(rule, scoped)), record(TWO_MODULES, centre=centre, cohort=cohort), AS_OF)

        expected = exception
        assert expected == decision.result.children[0].exception

    def test_replacement_carries_its_own_provenance(self) -> None:
        """The result of a replacement carries the provenance of the replacement's threshold."""
        reduced = Provenance.assume("Acuerdo con el centro.", "Agreement with the centre.")
        replacement = attrs.evolve(total_hours("reducidas", 20.0), field_provenance={"hours": reduced})
        exception = attrs.evolve(
            _exception("tlajomulco", centres=("cjm-tlajomulco",), hours=20.0), replacement=replacement
        )
        rule = all_of("graduacion", total_hours("horas", 40.0))
        decision = evaluate(with_rule(rule_set(rule, exception)), record(centre="cjm-tlajomulco"), AS_OF)

        expected = ("reducidas", reduced, "tlajomulco")
        child = decision.result.children[0]
        assert expected == (child.criterion_id, child.provenance, child.exception)

    def test_exception_to_the_whole_rule(self) -> None:
        """An exception may replace the root criterion itself."""
        rule = all_of("graduacion", total_hours("horas", 40.0))
        exception = RuleException(id="todo", label=Text(es="Todo"), overrides="graduacion", replacement=follow_up("s"),
                                  when=Condition(centres=("crea",)), provenance=ASSUMED)  # fmt: skip
        decision = evaluate(with_rule(rule_set(rule, exception)), record(follow_ups=1), AS_OF)

        expected = (Status.ELIGIBLE, "todo")
        assert expected == (decision.status, decision.result.exception)


EVERY_KIND = all_of(
    "todo",
    any_of(
        "horas", total_hours("total", 40.0), attendance_rate("tasa", 0.6), module_hours("mh", "desarrollo-humano", 8.0)
    ),
    at_least("extras", 2, instrument("entrada", "entrada"), follow_up("seguimiento"), mentoring("mentoria", 2)),
    any_of("modulos", complete_offer("oferta"), module_completed("financiera", "educacion-financiera")),
)
"""A rule that uses every kind of criterion and every combinator."""


@functools.cache
def _every_kind() -> Methodology:
    return with_rule(EVERY_KIND)


def _passed_leaves(decision: Decision) -> frozenset[str]:
    return frozenset(r.criterion_id for r in decision.result.leaves() if r.passed)


class TestProvenance:
    """
    Shares, hours, rates, counts and n are thresholds, each with its own provenance (`THRESHOLD`).

    A survey, all_of, any_of and the complete offer (a count of modules, not a rule value) have none: their results
    carry the criterion's (`ASSUMED`). Each module of the complete offer is held to the offer's share.
    """

    def test_each_result_carries_the_provenance_of_its_threshold(self) -> None:
        """A result carries its threshold's provenance; a criterion with no threshold of its own, the criterion's."""
        decision = evaluate(_every_kind(), record(), AS_OF)

        expected = {
            "todo": ASSUMED,
            "horas": ASSUMED,
            "total": THRESHOLD,
            "tasa": THRESHOLD,
            "mh": THRESHOLD,
            "extras": THRESHOLD,
            "entrada": ASSUMED,
            "seguimiento": THRESHOLD,
            "mentoria": THRESHOLD,
            "modulos": ASSUMED,
            "oferta": ASSUMED,
            **{f"oferta.{m}": THRESHOLD for m in MODULES},
            "financiera": THRESHOLD,
        }
        assert expected == {r.criterion_id: r.provenance for r in _walk(decision.result)}

    def test_alone_as_in_a_rule(self) -> None:
        """evaluate_criterion gives a criterion the same provenance it has in a rule set."""
        results = [
            evaluate_criterion(bundled(), c, record(), AS_OF)
            for c in (total_hours(), instrument(), at_least("l", 1, follow_up()))
        ]

        expected = [THRESHOLD, ASSUMED, THRESHOLD]
        assert expected == [r.provenance for r in results]

    def test_decision_carries_the_rule_sets_date_provenance(self) -> None:
        """The decision names the rule set in force and the provenance of the date it is in force from."""
        decision = evaluate(_every_kind(), record(), AS_OF)

        expected = ("reglas-prueba", Text(es="Reglas de prueba", en="Test rules"), D(2020, 1, 1), IN_FORCE)
        assert expected == (
            decision.rule_set_id,
            decision.rule_set_title,
            decision.rule_set_effective,
            decision.rule_set_provenance,
        )


EXPLAINED: Final = {
    "en": """\
P1 (crea, crea-2024-1): eligible to graduate on 2024-10-17
Rules: Test rules, in force from 2020-01-01 (assumption: Assumed date. (the institution should set this value))
✓ All criteria: 3 of 3 met
  ✓ Any of the criteria: 1 of 3 met
    ✗ Total hours: 21.0 of 40.0 h, 19.0 h missing
    ✗ Attendance: 35%, below the minimum of 60%
    ✓ Human development: 9.0 of 8.0 minimum h
  ✓ At least 2 of 3 criteria: 2 met
    ✓ Survey answered: entry survey
    ✓ Individual follow-up: 1 record
    ✗ Mentoring: 1 of 2 sessions, 1 missing
  ✓ Any of the criteria: 1 of 2 met
    ✗ Complete formative offer: 1 of 5 modules
      ✗ Digital literacy: 0.0 of 12.0 h (minimum 9.6 h), 9.6 h missing
      ✗ Human development: 9.0 of 12.0 h (minimum 9.6 h), 0.6 h missing
      ✓ Financial education: 12.0 of 12.0 h (minimum 9.6 h)
      ✗ Training for employment: 0.0 of 12.0 h (minimum 9.6 h), 9.6 h missing
      ✗ Entrepreneurship skills: 0.0 of 12.0 h (minimum 9.6 h), 9.6 h missing
    ✓ Financial education: 12.0 of 12.0 h (minimum 9.6 h)""",
    "es": """\
P1 (crea, crea-2024-1): acredita graduación al 2024-10-17
Reglas: Reglas de prueba, vigentes desde 2020-01-01 (supuesto: Fecha supuesta. (la institución debe fijar este valor))
✓ Todos los criterios: 3 de 3 cumplidos
  ✓ Alguno de los criterios: 1 de 3 cumplidos
    ✗ Horas totales: 21.0 de 40.0 h, faltan 19.0 h
    ✗ Asistencia: 35%, por debajo del mínimo de 60%
    ✓ Desarrollo humano: 9.0 de 8.0 h mínimas
  ✓ Al menos 2 de 3 criterios: 2 cumplidos
    ✓ Encuesta respondida: encuesta de entrada
    ✓ Seguimiento individualizado: 1 registro
    ✗ Mentoría: 1 de 2 sesiones, faltan 1
  ✓ Alguno de los criterios: 1 de 2 cumplidos
    ✗ Oferta formativa completa: 1 de 5 módulos
      ✗ Alfabetización digital: 0.0 de 12.0 h (mínimo 9.6 h), faltan 9.6 h
      ✗ Desarrollo humano: 9.0 de 12.0 h (mínimo 9.6 h), faltan 0.6 h
      ✓ Educación financiera: 12.0 de 12.0 h (mínimo 9.6 h)
      ✗ Formación para el empleo: 0.0 de 12.0 h (mínimo 9.6 h), faltan 9.6 h
      ✗ Habilidades para el emprendimiento: 0.0 de 12.0 h (mínimo 9.6 h), faltan 9.6 h
    ✓ Educación financiera: 12.0 de 12.0 h (mínimo 9.6 h)""",
}
"""What a decision under a rule of every kind says, word for word."""


class TestExplanation:
    @pytest.mark.parametrize("lang", ["en", "es"])
    def test_every_kind_in_words(self, lang: Lang) -> None:
        """Each criterion of a rule of every kind says what it observed, what it required and what is missing."""
        rec = record(
            {"desarrollo-humano": 9.0, "educacion-financiera": 12.0},
            follow_ups=1,
            submitted=["entrada"],
            mentoring_sessions=1,
        )

        expected = EXPLAINED[lang]
        assert expected == evaluate(_every_kind(), rec, AS_OF).explain(lang)

    def test_exception_in_words(self) -> None:
        """A replaced criterion says its replacement's words and names the exception."""
        decision = evaluate(_with_exception(), record(TWO_MODULES, centre="cjm-tlajomulco", follow_ups=1), AS_OF)

        expected = [
            "✓ All criteria: 2 of 2 met",
            "  ✓ Total hours: 24.0 of 20.0 h [exception: Reduced hours tlajomulco]",
            "  ✓ Individual follow-up: 1 record",
        ]
        assert expected == decision.explain("en").splitlines()[2:]


class TestMonotonicity:
    @settings(max_examples=150)
    @given(
        rec=st.one_of(records(), records().map(lambda r: grow(r, full()))),
        more=more_rows(),
        as_of=st.sampled_from(["2021-06-30", "2024-09-30", "2024-10-17", "2025-03-31"]),
    )
    def test_more_rows_never_lose_eligibility_bundled(
        self, rec: ParticipantRecord, more: ParticipantRecord, as_of: str
    ) -> None:
        """Adding rows never turns eligible into not, under the bundled rules (half the records made near eligible)."""
        before = evaluate(bundled(), rec, as_of)
        after = evaluate(bundled(), grow(rec, more), as_of)

        expected = Status.ELIGIBLE if before.eligible else after.status
        assert expected == after.status

    @settings(max_examples=150)
    @given(rec=records(), more=more_rows())
    def test_more_rows_never_unmeet_a_criterion(self, rec: ParticipantRecord, more: ParticipantRecord) -> None:
        """Under a rule of every kind, each criterion met stays met when rows are added."""
        before = evaluate(_every_kind(), rec, AS_OF)
        after = evaluate(_every_kind(), grow(rec, more), AS_OF)

        expected = _passed_leaves(before)
        assert expected == _passed_leaves(before) & _passed_leaves(after)

    @settings(max_examples=100)
    @given(more=more_rows())
    def test_an_eligible_record_stays_eligible(self, more: ParticipantRecord) -> None:
        """A participant who meets the 2022 rule still meets it whatever rows are added."""
        expected = Status.ELIGIBLE

        assert expected == evaluate(bundled(), grow(full(), more), AS_OF).status

    @settings(max_examples=100)
    @given(rec=records(withdrawals=False), more=more_rows())
    def test_status_never_moves_back(self, rec: ParticipantRecord, more: ParticipantRecord) -> None:
        """Adding rows never moves a status from eligible to in progress or not eligible, under a rule of every kind."""
        before = evaluate(_every_kind(), rec, AS_OF)
        after = evaluate(_every_kind(), grow(rec, more), AS_OF)

        expected = Status.ELIGIBLE if before.eligible else after.status
        assert expected == after.status


class TestDeterminism:
    @settings(max_examples=100)
    @given(rec=records(), as_of=st.sampled_from(["2022-07-01", "2024-10-17", "2025-03-31"]))
    def test_same_inputs_equal_decisions(self, rec: ParticipantRecord, as_of: str) -> None:
        """The same record, rules and date always give an equal decision."""
        expected = evaluate(_every_kind(), rec, as_of)

        assert expected == evaluate(_every_kind(), attrs.evolve(rec), as_of)

    @settings(max_examples=50)
    @given(rec=records())
    def test_same_inputs_same_words(self, rec: ParticipantRecord) -> None:
        """...and the same explanation, in both languages."""
        first, second = evaluate(bundled(), rec, AS_OF), evaluate(bundled(), rec, AS_OF)

        expected = (first.explain("es"), first.explain("en"))
        assert expected == (second.explain("es"), second.explain("en"))
