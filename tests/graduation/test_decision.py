"""Tests for `sce_method.graduation._decision`: the decision in data and in words."""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st

import sce_method
from sce_method import message
from sce_method.graduation import CohortReport, CriterionResult, Decision, Status, evaluate, evaluate_cohort
from sce_method.participants import ParticipantRecord, read_cohort
from tests.graduation.rules import AS_OF, MODULES, bundled, full, record, with_rule
from tests.graduation.test_evaluate import EVERY_KIND
from tests.participants.lists import EXAMPLE, leaks
from tests.record_strategies import records


def _leaf(ident: str, *, passed: bool) -> CriterionResult:
    return CriterionResult(
        criterion_id=ident, kind="follow_up_recorded", passed=passed, message=message("participants.cell.blank")
    )


@functools.cache
def _example() -> CohortReport:
    m = sce_method.load()
    return evaluate_cohort(m, read_cohort(EXAMPLE, m), AS_OF)


def _financial_short() -> Decision:
    """Everything met but educación financiera: 6 h of 12."""
    return evaluate(bundled(), full(hours=dict.fromkeys(MODULES, 10.0) | {"educacion-financiera": 6.0}), AS_OF)


class TestCriterionResult:
    def test_leaves_depth_first(self) -> None:
        """leaves() gives the results with no children, in rule order."""
        tree = CriterionResult(
            criterion_id="g",
            kind="all_of",
            passed=False,
            message=message("participants.cell.blank"),
            children=(
                _leaf("a", passed=True),
                CriterionResult(
                    criterion_id="o",
                    kind="any_of",
                    passed=False,
                    message=message("participants.cell.blank"),
                    children=(_leaf("b", passed=False), _leaf("c", passed=False)),
                ),
                _leaf("d", passed=False),
            ),
        )

        expected = ["a", "b", "c", "d"]
        assert expected == [r.criterion_id for r in tree.leaves()]

    def test_failing_skips_subtrees_that_passed(self) -> None:
        """Under a met any_of, the alternatives not taken are not failing."""
        tree = CriterionResult(
            criterion_id="g",
            kind="all_of",
            passed=False,
            message=message("participants.cell.blank"),
            children=(
                CriterionResult(
                    criterion_id="o",
                    kind="any_of",
                    passed=True,
                    message=message("participants.cell.blank"),
                    children=(_leaf("b", passed=False), _leaf("c", passed=True)),
                ),
                _leaf("d", passed=False),
            ),
        )

        expected = ["d"]
        assert expected == [r.criterion_id for r in tree.failing()]

    def test_a_leaf_is_its_own_leaf(self) -> None:
        """A result with no children is its only leaf."""
        expected = ["a"]

        assert expected == [r.criterion_id for r in _leaf("a", passed=True).leaves()]


class TestDecision:
    def test_unmet(self) -> None:
        """The unmet ids are the leaves not met."""
        expected = ("oferta-completa.educacion-financiera",)

        assert expected == _financial_short().unmet

    def test_unmet_is_empty_when_eligible(self) -> None:
        """An eligible participant has nothing unmet."""
        expected = ((), (), True)

        decision = evaluate(bundled(), full(), AS_OF)
        assert expected == (decision.unmet, decision.missing(), decision.eligible)

    def test_alternatives_not_taken_are_not_unmet(self) -> None:
        """Under a met any_of, the other alternatives are not listed as unmet."""
        decision = evaluate(with_rule(EVERY_KIND), record({"desarrollo-humano": 8.0}), AS_OF)

        expected = (
            "entrada",
            "seguimiento",
            "mentoria",
            *(f"oferta.{m}" for m in MODULES),
            "financiera",
        )  # not "total" nor "tasa": 8 h of desarrollo humano met the any_of "horas"
        assert expected == decision.unmet

    def test_unmet_is_kept_for_a_withdrawal(self) -> None:
        """A participant who withdrew still shows what she had not met."""
        decision = evaluate(bundled(), record(submitted=["entrada", "salida"], follow_ups=1, withdrawn_on=AS_OF), AS_OF)

        expected = (Status.WITHDRAWN, tuple(f"oferta-completa.{m}" for m in MODULES))
        assert expected == (decision.status, decision.unmet)

    def test_status_labels(self) -> None:
        """Each status has its Spanish and English label."""
        expected = {
            Status.ELIGIBLE: ("acredita graduación", "eligible to graduate"),
            Status.IN_PROGRESS: ("en curso", "in progress"),
            Status.NOT_ELIGIBLE: ("no acredita", "not eligible"),
            Status.WITHDRAWN: ("baja", "withdrawn"),
        }

        decisions = {d.status: d for d in _example().decisions}
        assert expected == {s: (d.status_label("es"), d.status_label("en")) for s, d in decisions.items()}

    def test_missing_in_words(self) -> None:
        """missing() says what is missing, one sentence per unmet criterion."""
        expected = (
            ("Educación financiera: 6.0 de 12.0 h (mínimo 9.6 h), faltan 3.6 h",),
            ("Financial education: 6.0 of 12.0 h (minimum 9.6 h), 3.6 h missing",),
        )

        assert expected == (_financial_short().missing("es"), _financial_short().missing("en"))

    def test_explain_in_spanish(self) -> None:
        """The explanation names the module and what is missing, in Spanish."""
        text = _financial_short().explain("es")

        expected = (True, True, True)
        assert expected == ("Educación financiera" in text, "faltan 3.6 h" in text, "no acredita" in text)

    def test_explain_in_english(self) -> None:
        """...and in English."""
        text = _financial_short().explain("en")

        expected = (True, True, True)
        assert expected == ("Financial education" in text, "3.6 h missing" in text, "not eligible" in text)

    def test_explain_lines(self) -> None:
        """The head, the rule set, then the criteria as an indented tree with marks."""
        lines = _financial_short().explain("en").splitlines()

        expected = [
            "P1 (crea, crea-2024-1): not eligible on 2024-10-17",
            "✗ All criteria: 3 of 4 met",
            "  ✗ Complete formative offer: 4 of 5 modules",
            "    ✓ Digital literacy: 10.0 of 12.0 h (minimum 9.6 h)",
            "    ✗ Financial education: 6.0 of 12.0 h (minimum 9.6 h), 3.6 h missing",
            "  ✓ Individual follow-up: 1 record",
        ]
        assert expected == [lines[0], lines[2], lines[3], lines[4], lines[6], lines[9]]

    def test_explain_names_the_rule_set_and_its_source(self) -> None:
        """The second line names the rule set, its date and its source."""
        line = _financial_short().explain("es").splitlines()[1]

        expected = (True, True, True)
        assert expected == ("Oferta formativa completa" in line, "2022-07-01" in line, "nota 1" in line)

    def test_str_is_the_spanish_explanation(self) -> None:
        """str() is the explanation in Spanish."""
        expected = _financial_short().explain("es")

        assert expected == str(_financial_short())

    def test_repr_html(self) -> None:
        """Jupyter shows the participant, her status and the criteria."""
        html = _financial_short()._repr_html_()

        expected = (True, True, True)
        assert expected == (
            html.startswith("<div class='sce-view'><strong>P1</strong>: no acredita"),
            "Educación financiera" in html,
            "<li" in html,
        )

    def test_repr_html_escapes(self) -> None:
        """Ids are escaped in HTML."""
        decision = evaluate(bundled(), record(pid="<b>&"), AS_OF)

        expected = (True, False)
        assert expected == ("&lt;b&gt;&amp;" in decision._repr_html_(), "<b>&" in decision._repr_html_())

    def test_eligible(self) -> None:
        """A decision is eligible when its status is ELIGIBLE."""
        expected = (True, False)

        assert expected == (evaluate(bundled(), full(), AS_OF).eligible, _financial_short().eligible)

    def test_data_not_text(self) -> None:
        """A decision carries its dates, rule set and result as data."""
        decision = _financial_short()

        expected = ("P1", "crea", "crea-2024-1", AS_OF, AS_OF, "reglas-2022", "all_of")
        assert expected == (
            decision.participant_id,
            decision.centre_id,
            decision.cohort_id,
            decision.as_of,
            decision.decision_date,
            decision.rule_set_id,
            decision.result.kind,
        )


class TestUnmetLaw:
    @settings(max_examples=150)
    @given(rec=records(), every_kind=st.booleans())
    def test_every_unmet_id_is_a_failed_leaf(self, rec: ParticipantRecord, *, every_kind: bool) -> None:
        """Every unmet id is the id of a leaf result that did not pass."""
        decision = evaluate(with_rule(EVERY_KIND) if every_kind else bundled(), rec, AS_OF)
        failed = {r.criterion_id for r in decision.result.leaves() if not r.passed}

        expected = set(decision.unmet)
        assert expected == set(decision.unmet) & failed

    @settings(max_examples=150)
    @given(rec=records(), every_kind=st.booleans())
    def test_something_is_unmet_when_the_rule_fails(self, rec: ParticipantRecord, *, every_kind: bool) -> None:
        """A participant who does not meet the rule is told at least one thing; one who does, nothing."""
        decision = evaluate(with_rule(EVERY_KIND) if every_kind else bundled(), rec, AS_OF)

        expected = not decision.result.passed and not decision.eligible
        assert expected == bool(decision.unmet)

    @settings(max_examples=100)
    @given(rec=records())
    def test_unmet_ids_are_unique_and_in_rule_order(self, rec: ParticipantRecord) -> None:
        """Unmet ids come in the order of the rule, each once."""
        decision = evaluate(with_rule(EVERY_KIND), rec, AS_OF)
        order = [r.criterion_id for r in decision.result.leaves()]

        expected = sorted(set(decision.unmet), key=order.index)
        assert expected == list(decision.unmet)

    @settings(max_examples=100)
    @given(rec=records())
    def test_one_sentence_per_unmet(self, rec: ParticipantRecord) -> None:
        """missing() has one sentence per unmet id while she is expected to finish, in each language; else none."""
        decision = evaluate(bundled(), rec, AS_OF)
        expecting = decision.status in (Status.IN_PROGRESS, Status.NOT_ELIGIBLE)

        expected = (len(decision.unmet), len(decision.unmet)) if expecting else (0, 0)
        assert expected == (len(decision.missing("es")), len(decision.missing("en")))


class TestPersonalData:
    def test_decisions_show_nothing_personal(self) -> None:
        """No decision of the example cohort shows a personal value: repr, str, explanations, HTML."""
        text = "\n".join(
            part
            for d in _example().decisions
            for part in (repr(d), str(d), d.explain("es"), d.explain("en"), d._repr_html_(), *d.missing("en"))
        )

        expected: list[str] = []
        assert expected == leaks(text)
