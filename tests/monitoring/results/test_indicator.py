"""Tests for `sce_method.monitoring.results._indicator`: an indicator's progress and status, its bad inputs located."""

from __future__ import annotations

from typing import Final

import attrs
import pytest

from sce_method.exceptions import InvariantError, LoadError
from sce_method.monitoring.results import Achievement, Measure, ResultIndicator
from sce_method.serialization import dumps, loads
from tests.edits import edit
from tests.monitoring.indicator_data import numeric, period, qualitative
from tests.monitoring.results.problems import PROVENANCE, at, found, load_problems

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


class TestPeriodResult:
    def test_ends_before_it_starts(self) -> None:
        """A period that ends before it starts is refused at ends_on."""
        with pytest.raises(InvariantError) as caught:
            period(starts_on="2024-11-30", ends_on="2024-06-03")

        expected = [(("ends_on",), "results.period_order")]
        assert expected == found(caught)


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

        expected = [(("results", 1, "period"), "core.id.duplicate")]
        assert expected == found(caught)

    def test_zero_target(self) -> None:
        """A target of 0 is refused: progress would divide by it."""
        with pytest.raises(InvariantError) as caught:
            numeric(target=0)

        expected = [(("target",), "results.zero_target")]
        assert expected == found(caught)

    @pytest.mark.parametrize(("target", "baseline", "field"), [(5, None, "target"), (None, 5, "baseline")])
    def test_qualitative_with_a_number(self, target: float | None, baseline: float | None, field: str) -> None:
        """A qualitative indicator given a numeric target or baseline is refused at that field."""
        with pytest.raises(InvariantError) as caught:
            attrs.evolve(qualitative(), target=target, baseline=baseline)

        expected = [((field,), "results.qualitative_number")]
        assert expected == found(caught)

    def test_qualitative_with_an_actual(self) -> None:
        """A qualitative result given a number is refused at its actual."""
        with pytest.raises(InvariantError) as caught:
            qualitative(results=(period(actual=1, status=Achievement.MET),))

        expected = [(("results", 0, "actual"), "results.qualitative_number")]
        assert expected == found(caught)

    def test_qualitative_without_status(self) -> None:
        """A qualitative result needs a status set by a person."""
        with pytest.raises(InvariantError) as caught:
            qualitative(results=(period(),))

        expected = [(("results", 0, "status"), "results.status_needed")]
        assert expected == found(caught)

    def test_numeric_with_a_status(self) -> None:
        """A numeric result's status is computed: one given by hand is refused."""
        with pytest.raises(InvariantError) as caught:
            numeric(results=(period(actual=91, status=Achievement.MET),))

        expected = [(("results", 0, "status"), "results.status_computed")]
        assert expected == found(caught)

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
        assert expected == load_problems(changed.text, ResultIndicator)

    def test_qualitative_with_numbers(self) -> None:
        """A qualitative indicator with a baseline, a target and an actual: each number located where it is."""
        changed = edit("numero", "cualitativo", text=INDICATOR)
        changed = edit("  actual: 91\n", "  actual: 91\n  status: meta-lograda\n", text=changed.text)

        expected = [
            (("baseline",), "results.qualitative_number", "r.yaml", *at("10", INDICATOR)),
            (("target",), "results.qualitative_number", "r.yaml", *at("100", INDICATOR)),
            (("results", 0, "actual"), "results.qualitative_number", "r.yaml", *at("91", INDICATOR)),
        ]
        assert expected == load_problems(changed.text, ResultIndicator)

    def test_qualitative_without_status(self) -> None:
        """A qualitative result without a status is located at its period."""
        changed = edit("numero", "cualitativo", text=INDICATOR)
        changed = edit("baseline: 10\ntarget: 100\n", "", text=changed.text)
        changed = edit("  actual: 91\n", "", text=changed.text)

        expected = [
            (("results", 0, "status"), "results.status_needed", "r.yaml", *at("period: '2024'", changed.text)),
        ]
        assert expected == load_problems(changed.text, ResultIndicator)

    def test_numeric_with_a_status(self) -> None:
        """A numeric result given a status is located at the status value."""
        changed = edit("  actual: 91\n", "  actual: 91\n  status: meta-lograda\n", text=INDICATOR)

        expected = [
            (
                ("results", 0, "status"),
                "results.status_computed",
                "r.yaml",
                *at("meta-lograda", changed.text),
            )
        ]
        assert expected == load_problems(changed.text, ResultIndicator)

    def test_rendered(self) -> None:
        """The rendered problem says file, line, column, path and what is wrong."""
        changed = edit("target: 100", "target: 0", text=INDICATOR)
        with pytest.raises(LoadError) as caught:
            loads(changed.text, ResultIndicator, file="r.yaml")

        expected = f"r.yaml:{changed.line}:9: $.target: a target of 0 leaves progress (actual / target) undefined"
        assert expected == caught.value.problems[0].render("en")
