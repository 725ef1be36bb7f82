"""Tests for `sce_method.monitoring.results._framework`: the results framework, its outcomes and figures, located."""

from __future__ import annotations

from typing import Final

import pytest

import sce_method
from sce_method import Text
from sce_method.exceptions import InvariantError, UnknownIdError
from sce_method.monitoring.results import ResultsFramework
from sce_method.serialization import dumps, loads
from tests.edits import edit
from tests.monitoring.indicator_data import figure, framework, numeric, outcome, qualitative
from tests.monitoring.results.problems import PROVENANCE, at, found, load_problems

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


class TestOutcome:
    def test_a_global_result_may_have_no_indicator(self) -> None:
        """An outcome without indicators is one of SCE's global results, which each programme measures its way."""
        expected = ()

        assert expected == outcome("R1").indicators

    def test_duplicate_indicator(self) -> None:
        """The same indicator id twice in one outcome is refused at the second one."""
        with pytest.raises(InvariantError) as caught:
            outcome("R1", numeric("1.1"), numeric("1.1"))

        expected = [(("indicators", 1, "id"), "core.id.duplicate")]
        assert expected == found(caught)


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
        assert expected == found(caught)

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

        expected = [(("figures", 1, "parts"), "core.ref.unknown")]
        assert expected == found(caught)

    def test_duplicate_indicator_across_outcomes(self) -> None:
        """An indicator id used in two outcomes is refused at the second one."""
        with pytest.raises(InvariantError) as caught:
            framework(outcome("R1", numeric("1.1")), outcome("R2", numeric("2.1"), numeric("1.1")))

        expected = [(("outcomes", 1, "indicators", 1, "id"), "core.id.duplicate")]
        assert expected == found(caught)

    def test_duplicate_outcome(self) -> None:
        """The same outcome id twice is refused."""
        with pytest.raises(InvariantError) as caught:
            framework(outcome("R1", numeric("1.1")), outcome("R1", numeric("2.1")))

        expected = [(("outcomes", 1, "id"), "core.id.duplicate")]
        assert expected == found(caught)

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
        assert expected == load_problems(changed.text, ResultsFramework)

    def test_unknown_part(self) -> None:
        """A part naming no figure is located at the parts."""
        changed = edit("  - cjm\n", "  - cjm\n  - cdm\n", text=FRAMEWORK)

        expected = [
            (("figures", 2, "parts"), "core.ref.unknown", "r.yaml", *at("- crea", changed.text, after="parts:"))
        ]
        assert expected == load_problems(changed.text, ResultsFramework)

    def test_duplicate_indicator_across_outcomes(self) -> None:
        """An indicator id used in two outcomes is located at the second id."""
        changed = edit("'2.1'", "'1.1'", text=FRAMEWORK)

        expected = [
            (("outcomes", 1, "indicators", 0, "id"), "core.id.duplicate", "r.yaml", changed.line, changed.column),
        ]
        assert expected == load_problems(changed.text, ResultsFramework)

    def test_bundled_framework(self) -> None:
        """The bundled framework holds Annex A's four outcomes."""
        rf = sce_method.load().results_framework

        expected = ("R1", "R2", "R3", "R4")
        assert expected == tuple(o.id for o in rf.outcomes)  # type: ignore[union-attr]
