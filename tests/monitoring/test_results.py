"""Tests for `sce_method.monitoring._results`: the results framework, its progress, and its bad inputs located."""

from __future__ import annotations

from typing import Final

import attrs
import pytest

import sce_method
from sce_method._core import InvariantError, LoadError, Problem, Text, UnknownIdError
from sce_method.monitoring import Achievement, Measure, ResultIndicator, ResultsFramework
from sce_method.serialization import dumps, loads
from tests.edits import edit
from tests.monitoring.indicator_data import figure, framework, numeric, outcome, period, qualitative

Found = list[tuple[tuple[str | int, ...], str]]
Located = list[tuple[tuple[str | int, ...], str, str | None, int | None, int | None]]


def _found(err: pytest.ExceptionInfo[InvariantError]) -> Found:
    return [(p.path, p.message.key) for p in err.value.problems]


def _located(problems: tuple[Problem, ...]) -> Located:
    return [(p.path, p.message.key, p.file, p.line, p.column) for p in problems]


PROVENANCE: Final = "{assumption: {reason: {es: Supuesto de prueba.}}}"

INDICATOR: Final = f"""\
id: '2.1'
statement:
  es: Participantes que concluyen la ruta formativa
measure: numero
baseline: 10
target: 100
provenance: {PROVENANCE}
field_provenance:
  ascending: {PROVENANCE}
  baseline: {PROVENANCE}
  target: {PROVENANCE}
results:
- period: '2024'
  starts_on: '2024-06-03'
  ends_on: '2024-11-30'
  actual: 91
  provenance: {PROVENANCE}
  field_provenance:
    actual: {PROVENANCE}
    status: {PROVENANCE}
"""
"""A valid indicator in YAML (91 of 100 from a baseline of 10); the tests below break it in one place."""

FRAMEWORK: Final = f"""\
id: marco
title:
  es: Marco de prueba
provenance: {PROVENANCE}
outcomes:
- id: R1
  statement:
    es: Resultado 1
  provenance: {PROVENANCE}
  indicators:
  - id: '1.1'
    statement:
      es: Centros
    measure: numero
    target: 1
    provenance: {PROVENANCE}
    field_provenance:
      ascending: {PROVENANCE}
      baseline: {PROVENANCE}
      target: {PROVENANCE}
- id: R2
  statement:
    es: Resultado 2
  provenance: {PROVENANCE}
  indicators:
  - id: '2.1'
    statement:
      es: Participantes
    measure: numero
    target: 100
    provenance: {PROVENANCE}
    field_provenance:
      ascending: {PROVENANCE}
      baseline: {PROVENANCE}
      target: {PROVENANCE}
figures:
- id: crea
  label:
    es: CREA
  value: 63
  provenance: {PROVENANCE}
  field_provenance:
    value: {PROVENANCE}
- id: cjm
  label:
    es: CJM
  value: 56
  provenance: {PROVENANCE}
  field_provenance:
    value: {PROVENANCE}
- id: total
  label:
    es: Total
  value: 119
  parts:
  - crea
  - cjm
  provenance: {PROVENANCE}
  field_provenance:
    value: {PROVENANCE}
"""
"""A valid framework in YAML: two outcomes, and a total that is the sum of its parts."""


def _at(piece: str, text: str, *, after: str = "") -> tuple[int, int]:
    """The line and column where *piece* starts in *text*."""
    where = edit(piece, piece, after=after, text=text)
    return where.line, where.column


def _load_problems(text: str, cls: type[object]) -> Located:
    with pytest.raises(LoadError) as caught:
        loads(text, cls, file="r.yaml")
    return _located(caught.value.problems)


class TestPeriodResult:
    def test_ends_before_it_starts(self) -> None:
        """A period that ends before it starts is refused at ends_on."""
        with pytest.raises(InvariantError) as caught:
            period(starts_on="2024-11-30", ends_on="2024-06-03")

        expected = [(("ends_on",), "results.period_order")]
        assert expected == _found(caught)


class TestResultIndicator:
    def test_progress_is_actual_over_target(self) -> None:
        """91 of a target of 100 is 0.91, a partial progress."""
        indicator = numeric(target=100, results=(period(actual=91),))

        expected = (0.91, Achievement.PARTIAL)
        assert expected == (indicator.progress, indicator.status)

    def test_progress_above_the_target(self) -> None:
        """2 of a target of 1 is 2.0: the target is exceeded."""
        indicator = numeric(target=1, results=(period(actual=2),))

        expected = (2.0, Achievement.EXCEEDED)
        assert expected == (indicator.progress, indicator.status)

    def test_descending_is_target_over_actual(self) -> None:
        """When lower is better, 8 against a target of 10 is 10 / 8 = 1.25."""
        indicator = numeric(target=10, results=(period(actual=8),), ascending=False)

        expected = (1.25, Achievement.EXCEEDED)
        assert expected == (indicator.progress, indicator.status)

    def test_descending_with_nothing_left(self) -> None:
        """When lower is better, an actual of 0 has no ratio."""
        indicator = numeric(target=10, results=(period(actual=0),), ascending=False)

        expected = (None, Achievement.NOT_STARTED)
        assert expected == (indicator.progress, indicator.status)

    def test_progress_from_baseline(self) -> None:
        """IATI: from a baseline of 20 towards 60, an actual of 50 is (50 - 20) / (60 - 20) = 0.75."""
        indicator = numeric(baseline=20, target=60, results=(period(actual=50),))

        expected = 0.75
        assert expected == indicator.progress_from_baseline

    def test_progress_from_baseline_when_lower_is_better(self) -> None:
        """From a baseline of 60 down towards 20, an actual of 30 is (30 - 60) / (20 - 60) = 0.75."""
        indicator = numeric(baseline=60, target=20, results=(period(actual=30),), ascending=False)

        expected = 0.75
        assert expected == indicator.progress_from_baseline

    def test_progress_from_baseline_equal_to_target(self) -> None:
        """A target equal to the baseline (Annex A 1.1: 1 and 1) has no baseline-relative progress."""
        indicator = numeric(baseline=1, target=1, results=(period(actual=2),))

        expected = (None, 2.0)
        assert expected == (indicator.progress_from_baseline, indicator.progress)

    def test_progress_from_baseline_without_baseline(self) -> None:
        """Without a baseline ("No aplica") there is no baseline-relative progress."""
        assert numeric(baseline=None).progress_from_baseline is None

    def test_without_target(self) -> None:
        """Without a numeric target there is no progress, and nothing has started."""
        indicator = numeric(target=None)

        expected = (None, None, Achievement.NOT_STARTED)
        assert expected == (
            indicator.progress,
            indicator.progress_from_baseline,
            indicator.status,
        )

    def test_without_results(self) -> None:
        """An indicator with no period reported has no result and has not started."""
        indicator = numeric(results=())

        expected = (None, None, Achievement.NOT_STARTED)
        assert expected == (indicator.result(), indicator.progress, indicator.status)

    @pytest.mark.parametrize("status", list(Achievement))
    def test_qualitative_status_is_set_by_a_person(self, status: Achievement) -> None:
        """A qualitative indicator's status is the one a person set; it has no progress ratio."""
        indicator = qualitative(status=status)

        assert (status, None) == (indicator.status, indicator.progress)

    def test_per_period(self) -> None:
        """Each period is looked up by name; the latest is the last one."""
        indicator = numeric(target=100, results=(period("2023", actual=40), period("2024", actual=120)))

        expected = ((40, 0.4, Achievement.PARTIAL), (120, 1.2, Achievement.EXCEEDED), 120)
        assert expected == (
            (indicator.result("2023").actual, indicator.progress_in("2023"), indicator.status_in("2023")),  # type: ignore[union-attr]
            (indicator.result("2024").actual, indicator.progress_in("2024"), indicator.status_in("2024")),  # type: ignore[union-attr]
            indicator.result().actual,  # type: ignore[union-attr]
        )

    def test_unknown_period(self) -> None:
        """A period that was not reported has no result, no progress, and has not started."""
        indicator = numeric()

        expected = (None, None, None, Achievement.NOT_STARTED)
        assert expected == (
            indicator.result("2030"),
            indicator.progress_in("2030"),
            indicator.progress_from_baseline_in("2030"),
            indicator.status_in("2030"),
        )

    def test_duplicate_period(self) -> None:
        """The same period twice is refused at the second one."""
        with pytest.raises(InvariantError) as caught:
            numeric(results=(period("2024", actual=1), period("2024", actual=2)))

        expected = [(("results", 1, "period"), "id.duplicate")]
        assert expected == _found(caught)

    def test_zero_target(self) -> None:
        """A target of 0 is refused: progress would divide by it."""
        with pytest.raises(InvariantError) as caught:
            numeric(target=0)

        expected = [(("target",), "results.zero_target")]
        assert expected == _found(caught)

    @pytest.mark.parametrize(("target", "baseline", "field"), [(5, None, "target"), (None, 5, "baseline")])
    def test_qualitative_with_a_number(self, target: float | None, baseline: float | None, field: str) -> None:
        """A qualitative indicator given a numeric target or baseline is refused at that field."""
        with pytest.raises(InvariantError) as caught:
            attrs.evolve(qualitative(), target=target, baseline=baseline)

        expected = [((field,), "results.qualitative_number")]
        assert expected == _found(caught)

    def test_qualitative_with_an_actual(self) -> None:
        """A qualitative result given a number is refused at its actual."""
        with pytest.raises(InvariantError) as caught:
            qualitative(results=(period(actual=1, status=Achievement.MET),))

        expected = [(("results", 0, "actual"), "results.qualitative_number")]
        assert expected == _found(caught)

    def test_qualitative_without_status(self) -> None:
        """A qualitative result needs a status set by a person."""
        with pytest.raises(InvariantError) as caught:
            qualitative(results=(period(),))

        expected = [(("results", 0, "status"), "results.status_needed")]
        assert expected == _found(caught)

    def test_numeric_with_a_status(self) -> None:
        """A numeric result's status is computed: one given by hand is refused."""
        with pytest.raises(InvariantError) as caught:
            numeric(results=(period(actual=91, status=Achievement.MET),))

        expected = [(("results", 0, "status"), "results.status_computed")]
        assert expected == _found(caught)

    def test_percentage_measure_is_numeric(self) -> None:
        """A percentage indicator is computed like a number."""
        expected = 0.5
        assert expected == numeric(target=80, results=(period(actual=40),), measure=Measure.PERCENTAGE).progress


class TestLoadResultIndicator:
    def test_base_loads(self) -> None:
        """The fixture itself is valid: 91 of 100, 0.9 from a baseline of 10."""
        indicator = loads(INDICATOR, ResultIndicator)

        expected = (0.91, 0.9)
        assert expected == (indicator.progress, indicator.progress_from_baseline)

    def test_round_trip(self) -> None:
        """loads(dumps(indicator)) gives the same indicator."""
        indicator = numeric(baseline=10, results=(period("2023", actual=40), period("2024", actual=91)))

        assert indicator == loads(dumps(indicator), ResultIndicator)

    def test_zero_target(self) -> None:
        """A target of 0 is located at the target's value."""
        changed = edit("target: 100", "target: 0", text=INDICATOR)

        expected = [(("target",), "results.zero_target", "r.yaml", changed.line, changed.column + len("target: "))]
        assert expected == _load_problems(changed.text, ResultIndicator)

    def test_qualitative_with_numbers(self) -> None:
        """A qualitative indicator with a baseline, a target and an actual: each number located where it is."""
        changed = edit("numero", "cualitativo", text=INDICATOR)
        changed = edit("  actual: 91\n", "  actual: 91\n  status: meta-lograda\n", text=changed.text)

        expected = [
            (("baseline",), "results.qualitative_number", "r.yaml", *_at("10", INDICATOR)),
            (("target",), "results.qualitative_number", "r.yaml", *_at("100", INDICATOR)),
            (("results", 0, "actual"), "results.qualitative_number", "r.yaml", *_at("91", INDICATOR)),
        ]
        assert expected == _load_problems(changed.text, ResultIndicator)

    def test_qualitative_without_status(self) -> None:
        """A qualitative result without a status is located at its period."""
        changed = edit("numero", "cualitativo", text=INDICATOR)
        changed = edit("baseline: 10\ntarget: 100\n", "", text=changed.text)
        changed = edit("  actual: 91\n", "", text=changed.text)

        expected = [
            (("results", 0, "status"), "results.status_needed", "r.yaml", *_at("period: '2024'", changed.text)),
        ]
        assert expected == _load_problems(changed.text, ResultIndicator)

    def test_numeric_with_a_status(self) -> None:
        """A numeric result given a status is located at the status value."""
        changed = edit("  actual: 91\n", "  actual: 91\n  status: meta-lograda\n", text=INDICATOR)

        expected = [
            (
                ("results", 0, "status"),
                "results.status_computed",
                "r.yaml",
                *_at("meta-lograda", changed.text),
            )
        ]
        assert expected == _load_problems(changed.text, ResultIndicator)

    def test_rendered(self) -> None:
        """The rendered problem says file, line, column, path and what is wrong."""
        changed = edit("target: 100", "target: 0", text=INDICATOR)
        with pytest.raises(LoadError) as caught:
            loads(changed.text, ResultIndicator, file="r.yaml")

        expected = f"r.yaml:{changed.line}:9: $.target: a target of 0 leaves progress (actual / target) undefined"
        assert expected == caught.value.problems[0].render("en")


class TestOutcome:
    def test_needs_an_indicator(self) -> None:
        """An outcome without indicators is refused."""
        with pytest.raises(InvariantError):
            outcome("R1")

    def test_duplicate_indicator(self) -> None:
        """The same indicator id twice in one outcome is refused at the second one."""
        with pytest.raises(InvariantError) as caught:
            outcome("R1", numeric("1.1"), numeric("1.1"))

        expected = [(("indicators", 1, "id"), "id.duplicate")]
        assert expected == _found(caught)


class TestResultsFramework:
    def test_indicators_in_order(self) -> None:
        """The framework's indicators run outcome by outcome, in order."""
        rf = framework(outcome("R1", numeric("1.1"), qualitative("1.2")), outcome("R2", numeric("2.1")))

        expected = ("1.1", "1.2", "2.1")
        assert expected == tuple(i.id for i in rf.indicators)

    def test_lookups(self) -> None:
        """An indicator, its outcome and a figure are found by id."""
        rf = framework(outcome("R1", numeric("1.1")), outcome("R2", numeric("2.1")), figures=(figure("f", 3),))

        expected = ("2.1", "R2", 3)
        assert expected == (rf.indicator("2.1").id, rf.outcome_of("2.1").id, rf.figure("f").value)

    @pytest.mark.parametrize("lookup", ["indicator", "outcome_of", "figure"])
    def test_unknown_id(self, lookup: str) -> None:
        """An unknown id is an UnknownIdError naming the ids that exist."""
        rf = framework(outcome("R1", numeric("1.1")), figures=(figure("f", 3),))

        with pytest.raises(UnknownIdError):
            getattr(rf, lookup)("9.9")

    def test_figures_add_up(self) -> None:
        """A figure equal to the sum of its parts is accepted."""
        rf = framework(outcome("R1", numeric()), figures=(figure("a", 63), figure("b", 56), figure("t", 119, "a", "b")))

        expected = ("a", "b")
        assert expected == rf.figure("t").parts

    def test_parts_disagree(self) -> None:
        """A figure that is not the sum of its parts is refused at its value."""
        with pytest.raises(InvariantError) as caught:
            framework(outcome("R1", numeric()), figures=(figure("a", 63), figure("b", 56), figure("t", 120, "a", "b")))

        expected = [(("figures", 2, "value"), "results.parts_disagree")]
        assert expected == _found(caught)

    def test_parts_disagree_message(self) -> None:
        """The message gives the figure, its parts and their sum."""
        with pytest.raises(InvariantError) as caught:
            framework(outcome("R1", numeric()), figures=(figure("a", 63), figure("b", 56), figure("t", 120, "a", "b")))

        expected = "$.figures[2].value: the figure (120) is not the sum of its parts a + b (119)"
        assert expected == caught.value.problems[0].render("en")

    def test_unknown_part(self) -> None:
        """A part naming no figure is refused at the parts."""
        with pytest.raises(InvariantError) as caught:
            framework(outcome("R1", numeric()), figures=(figure("a", 63), figure("t", 63, "a", "zz")))

        expected = [(("figures", 1, "parts"), "ref.unknown")]
        assert expected == _found(caught)

    def test_duplicate_indicator_across_outcomes(self) -> None:
        """An indicator id used in two outcomes is refused at the second one."""
        with pytest.raises(InvariantError) as caught:
            framework(outcome("R1", numeric("1.1")), outcome("R2", numeric("2.1"), numeric("1.1")))

        expected = [(("outcomes", 1, "indicators", 1, "id"), "id.duplicate")]
        assert expected == _found(caught)

    def test_duplicate_outcome(self) -> None:
        """The same outcome id twice is refused."""
        with pytest.raises(InvariantError) as caught:
            framework(outcome("R1", numeric("1.1")), outcome("R1", numeric("2.1")))

        expected = [(("outcomes", 1, "id"), "id.duplicate")]
        assert expected == _found(caught)

    def test_round_trip(self) -> None:
        """loads(dumps(framework)) gives the same framework."""
        rf = framework(
            outcome("R1", numeric("1.1", baseline=1, target=1), qualitative("1.2")),
            figures=(figure("a", 1), figure("t", 1, "a")),
            impact_area=Text(es="Área de impacto", en="Impact area"),
        )

        assert rf == loads(dumps(rf), ResultsFramework)


class TestLoadResultsFramework:
    def test_base_loads(self) -> None:
        """The fixture itself is valid."""
        expected = ("1.1", "2.1")
        assert expected == tuple(i.id for i in loads(FRAMEWORK, ResultsFramework).indicators)

    def test_parts_disagree(self) -> None:
        """A total that is not the sum of its parts is located at the total's value."""
        changed = edit("119", "120", text=FRAMEWORK)

        expected = [(("figures", 2, "value"), "results.parts_disagree", "r.yaml", changed.line, changed.column)]
        assert expected == _load_problems(changed.text, ResultsFramework)

    def test_unknown_part(self) -> None:
        """A part naming no figure is located at the parts."""
        changed = edit("  - cjm\n", "  - cjm\n  - cdm\n", text=FRAMEWORK)

        expected = [(("figures", 2, "parts"), "ref.unknown", "r.yaml", *_at("- crea", changed.text, after="parts:"))]
        assert expected == _load_problems(changed.text, ResultsFramework)

    def test_duplicate_indicator_across_outcomes(self) -> None:
        """An indicator id used in two outcomes is located at the second id."""
        changed = edit("'2.1'", "'1.1'", text=FRAMEWORK)

        expected = [
            (("outcomes", 1, "indicators", 0, "id"), "id.duplicate", "r.yaml", changed.line, changed.column),
        ]
        assert expected == _load_problems(changed.text, ResultsFramework)

    def test_bundled_framework(self) -> None:
        """The bundled framework holds Annex A's four outcomes."""
        rf = sce_method.load().results_framework

        expected = ("R1", "R2", "R3", "R4")
        assert expected == tuple(o.id for o in rf.outcomes)  # type: ignore[union-attr]
