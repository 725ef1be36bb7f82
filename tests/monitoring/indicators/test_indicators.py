"""Tests for `sce_method.monitoring.indicators._indicators`: outcome indicators as data, checked against instruments."""

from __future__ import annotations

from typing import Any, Final

import attrs
import pytest

import sce_method
from sce_method.exceptions import InvariantError, Problem
from sce_method.monitoring.expressions import Ref
from sce_method.monitoring.indicators import IndicatorKind, OutcomeIndicator, check_indicators
from sce_method.serialization import dumps, loads
from tests.edits import edit, problems_of
from tests.monitoring.indicator_data import outcome_indicator

Found = list[tuple[tuple[str | int, ...], str]]

TRANSITION: Final = "transicion-a-actividad-generadora-de-ingresos"
BUSINESS: Final = "inicio-o-mejora-de-negocio"
"""The bundled indicators 0 and 1."""


def _found(problems: tuple[Problem, ...] | list[Problem]) -> Found:
    return [(p.path, p.message.key) for p in problems]


def _refused(**fields: Any) -> Found:
    """The problems of an indicator built with *fields* (a proportion over the exit survey by default)."""
    fields.setdefault("kind", IndicatorKind.PROPORTION)
    with pytest.raises(InvariantError) as caught:
        outcome_indicator("x", **fields)
    return _found(caught.value.problems)


def _checked(indicator: OutcomeIndicator) -> Found:
    """The problems the bundled methodology finds in *indicator* as its second indicator."""
    bundled = sce_method.load()
    with pytest.raises(InvariantError) as caught:
        attrs.evolve(bundled, indicators=(bundled.indicators[0], indicator))
    return _found(caught.value.problems)


class TestOutcomeIndicator:
    def test_transition_reads_two_instruments(self) -> None:
        """A transition reads its instrument, then its to_instrument."""
        indicator = outcome_indicator(
            "t",
            IndicatorKind.TRANSITION,
            "entrada",
            filter="${actividad} = 'ninguna'",
            to_instrument="salida",
            to_filter="${actividad} != 'ninguna'",
        )

        expected = ("entrada", "salida")
        assert expected == indicator.instruments

    def test_proportion_reads_one_instrument(self) -> None:
        """A proportion reads one instrument."""
        expected = ("salida",)
        assert expected == outcome_indicator("p", IndicatorKind.PROPORTION).instruments

    def test_expressions_are_parsed(self) -> None:
        """filter, value and to_filter are parsed once; an expression not set is None."""
        indicator = outcome_indicator("m", IndicatorKind.MEAN, value="${hab_digitales}")

        assert (Ref("hab_digitales"), None, None) == (
            indicator.expression("value"),
            indicator.expression("filter"),
            indicator.expression("to_filter"),
        )

    def test_filter_that_does_not_parse(self) -> None:
        """A filter that does not parse is refused at the filter, with the column inside it."""
        expected = [(("filter",), "expressions.at")]
        assert expected == _refused(filter="${actividad} = ")

    @pytest.mark.parametrize(
        "fields",
        [
            {"to_filter": "${actividad} = 'empleo'"},
            {"to_instrument": "salida"},
            {},
        ],
        ids=["no to_instrument", "no to_filter", "neither"],
    )
    def test_transition_without_its_second_wave(self, fields: dict[str, str]) -> None:
        """A transition needs both to_instrument and to_filter."""
        expected = [(("to_instrument",), "indicators.transition_fields")]
        assert expected == _refused(kind=IndicatorKind.TRANSITION, instrument="entrada", **fields)

    def test_proportion_with_a_second_wave(self) -> None:
        """Only a transition takes to_instrument and to_filter."""
        expected = [(("to_instrument",), "indicators.transition_fields")]
        assert expected == _refused(to_instrument="salida", to_filter="${actividad} = 'empleo'")

    def test_mean_without_value(self) -> None:
        """A mean needs the expression it averages."""
        expected = [(("value",), "indicators.mean_value")]
        assert expected == _refused(kind=IndicatorKind.MEAN)

    def test_proportion_with_value(self) -> None:
        """Only a mean takes a value."""
        expected = [(("value",), "indicators.mean_value")]
        assert expected == _refused(value="${hab_digitales}")

    def test_id_is_a_slug(self) -> None:
        """An id that is not a slug is refused."""
        with pytest.raises(InvariantError):
            outcome_indicator("Inicio de negocio", IndicatorKind.PROPORTION)

    def test_rule_values_need_provenance(self) -> None:
        """The fields ascending and reported need their own provenance once they are set."""
        with pytest.raises(InvariantError) as caught:
            attrs.evolve(outcome_indicator("p", IndicatorKind.PROPORTION, reported=0.5), field_provenance={})

        expected = [(("ascending",), "core.provenance.missing"), (("reported",), "core.provenance.missing")]
        assert expected == _found(caught.value.problems)

    def test_an_unset_rule_value_needs_no_provenance(self) -> None:
        """A rule value left unset (no reported figure) has nothing to source."""
        indicator = outcome_indicator("p", IndicatorKind.PROPORTION)
        assert indicator.reported is None

        with pytest.raises(InvariantError) as caught:
            attrs.evolve(indicator, field_provenance={})

        expected = [(("ascending",), "core.provenance.missing")]
        assert expected == _found(caught.value.problems)

    @pytest.mark.parametrize("index", [0, 1, 2])
    def test_bundled_round_trip(self, index: int) -> None:
        """loads(dumps(indicator)) gives the same indicator, for each bundled one."""
        indicator = sce_method.load().indicators[index]

        assert indicator == loads(dumps(indicator), OutcomeIndicator)


class TestCheckIndicators:
    def test_bundled_indicators_are_clean(self) -> None:
        """The bundled indicators name questions their instruments have, with fitting types."""
        bundled = sce_method.load()

        expected: list[object] = []
        assert expected == check_indicators(bundled.indicators, bundled.instruments)

    def test_unknown_question_with_a_suggestion(self) -> None:
        """A misspelt question in a filter is refused at $.indicators[i].filter, with the closest name."""
        indicator = outcome_indicator("x", IndicatorKind.PROPORTION, filter="${negocio_inicio_mejorx} = 'si'")

        expected = [(("indicators", 1, "filter"), "expressions.unknown_ref_suggest")]
        assert expected == _checked(indicator)

    def test_unknown_question(self) -> None:
        """A question like none of the instrument's is refused at the filter, with no suggestion."""
        indicator = outcome_indicator("x", IndicatorKind.PROPORTION, filter="${zzz} = 'si'")

        expected = [(("indicators", 1, "filter"), "expressions.unknown_ref")]
        assert expected == _checked(indicator)

    def test_message(self) -> None:
        """The message names the question and suggests the closest one."""
        bundled = sce_method.load()
        indicator = outcome_indicator("x", IndicatorKind.PROPORTION, filter="${negocio_inicio_mejorx} = 'si'")

        (problem,) = check_indicators((indicator,), bundled.instruments)
        expected = (
            "$.indicators[0].filter: ${negocio_inicio_mejorx} is not a question of the instrument;"
            " did you mean ${negocio_inicio_mejora}?"
        )
        assert expected == problem.render("en")

    def test_to_filter_is_checked_against_the_second_instrument(self) -> None:
        """A to_filter naming a question only the first instrument has (edad) is refused."""
        indicator = outcome_indicator(
            "t",
            IndicatorKind.TRANSITION,
            "entrada",
            filter="${edad} >= 30",
            to_instrument="salida",
            to_filter="${edad} >= 30",
        )

        expected = [(("indicators", 1, "to_filter"), "expressions.unknown_ref")]
        assert expected == _checked(indicator)

    def test_filter_of_the_wrong_type(self) -> None:
        """A filter comparing a choice with a number is refused."""
        indicator = outcome_indicator("x", IndicatorKind.PROPORTION, filter="${actividad} > 3")

        expected = [(("indicators", 1, "filter"), "expressions.type")]
        assert expected == _checked(indicator)

    def test_filter_comparing_a_label(self) -> None:
        """A filter on an option's label (jr:choice-name) is refused: labels change with translation."""
        indicator = outcome_indicator(
            "x", IndicatorKind.PROPORTION, filter="jr:choice-name(${actividad}, '${actividad}') = 'Trabajo'"
        )

        expected = [(("indicators", 1, "filter"), "indicators.choice_name")]
        assert expected == _checked(indicator)

    def test_mean_of_a_choice(self) -> None:
        """A mean's value must be a number: the mean of a choice would count no one."""
        indicator = outcome_indicator("m", IndicatorKind.MEAN, value="${actividad}")

        expected = [(("indicators", 1, "value"), "expressions.type")]
        assert expected == _checked(indicator)

    def test_mean_of_a_number(self) -> None:
        """A mean of a number question, or of arithmetic on them, is accepted."""
        bundled = sce_method.load()
        indicators = (
            outcome_indicator("a", IndicatorKind.MEAN, value="${hab_digitales}"),
            outcome_indicator("b", IndicatorKind.MEAN, value="(${hab_digitales} + ${agencia}) div 2"),
        )

        expected: list[object] = []
        assert expected == check_indicators(indicators, bundled.instruments)

    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            ({"instrument": "salidas"}, [(("indicators", 1, "instrument"), "core.ref.unknown")]),
            (
                {
                    "kind": IndicatorKind.TRANSITION,
                    "instrument": "entrada",
                    "filter": "${edad} >= 30",
                    "to_instrument": "final",
                    "to_filter": "${edad} >= 30",
                },
                [(("indicators", 1, "to_instrument"), "core.ref.unknown")],
            ),
        ],
        ids=["instrument", "to_instrument"],
    )
    def test_unknown_instrument(self, fields: dict[str, Any], expected: Found) -> None:
        """An instrument the methodology does not have is refused where it is named."""
        fields.setdefault("kind", IndicatorKind.PROPORTION)

        assert expected == _checked(outcome_indicator("x", **fields))


class TestLoadIndicators:
    def test_unknown_question_with_a_suggestion(self) -> None:
        """In YAML, a misspelt question is located at the filter's value."""
        changed = edit("${negocio_inicio_mejora} = 'si'", "${negocio_inicio_mejorx} = 'si'")

        expected = [(("indicators", 1, "filter"), "expressions.unknown_ref_suggest", changed.line, changed.column)]
        assert expected == [(p.path, p.message.key, p.line, p.column) for p in problems_of(changed.text)]

    def test_unknown_question(self) -> None:
        """In YAML, an unknown question is located at the filter's value."""
        changed = edit("${negocio_inicio_mejora} = 'si'", "${zzz} = 'si'")

        expected = [(("indicators", 1, "filter"), "expressions.unknown_ref", changed.line, changed.column)]
        assert expected == [(p.path, p.message.key, p.line, p.column) for p in problems_of(changed.text)]

    def test_transition_without_to_instrument(self) -> None:
        """In YAML, a transition without to_instrument is reported at $.indicators[0].to_instrument."""
        changed = edit("  to_instrument: salida\n", "")

        expected = [(("indicators", 0, "to_instrument"), "indicators.transition_fields")]
        assert expected == _found(problems_of(changed.text))

    def test_mean_without_value(self) -> None:
        """In YAML, a mean without value is reported at $.indicators[1].value."""
        changed = edit("kind: proporcion", "kind: promedio", after=f"id: {BUSINESS}")

        expected = [(("indicators", 1, "value"), "indicators.mean_value")]
        assert expected == _found(problems_of(changed.text))

    def test_unknown_instrument(self) -> None:
        """In YAML, an unknown instrument is located at its value."""
        changed = edit("instrument: salida", "instrument: salidas", after=f"id: {BUSINESS}")

        expected = [
            (("indicators", 1, "instrument"), "core.ref.unknown", changed.line, changed.column + len("instrument: "))
        ]
        assert expected == [(p.path, p.message.key, p.line, p.column) for p in problems_of(changed.text)]

    def test_indicator_ids_are_unique(self) -> None:
        """Two indicators with one id are refused at the second."""
        changed = edit(f"id: {BUSINESS}", f"id: {TRANSITION}")

        expected = [(("indicators", 1, "id"), "core.id.duplicate")]
        assert expected == _found(problems_of(changed.text))
