"""
Outcome indicators as data: what is counted, over whom, broken down by what.

An indicator's filters are expressions of the instruments' language (see
`parse`), checked against the instrument's questions when the methodology
loads. A transition compares two instruments of the same participant: e.g.
no income-generating activity at entry, then employment or a business at exit.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

import attrs

from sce_method._core import (
    PathPart,
    Problem,
    Sourced,
    Text,
    message,
    register_labels,
    rule_value,
    slug,
    sourced_order,
    unknown_ref,
)
from sce_method.monitoring.expressions import (
    Expr,
    ExpressionError,
    Kind,
    check,
    functions_called,
    parse_fields,
    to_xlsform,
)
from sce_method.monitoring.instruments import Instrument


class IndicatorKind(enum.Enum):
    """How an indicator is computed."""

    COUNT = "conteo"
    """Participants whose response meets *filter*."""
    PROPORTION = "proporcion"
    """Of the participants who answered *instrument*, the share that meets *filter*."""
    MEAN = "promedio"
    """The mean of *value* over the responses that meet *filter*."""
    TRANSITION = "transicion"
    """Of those meeting *filter* at *instrument*, the share meeting *to_filter* at *to_instrument*."""


register_labels(
    {
        IndicatorKind.COUNT: "indicators.enum.IndicatorKind.conteo",
        IndicatorKind.PROPORTION: "indicators.enum.IndicatorKind.proporcion",
        IndicatorKind.MEAN: "indicators.enum.IndicatorKind.promedio",
        IndicatorKind.TRANSITION: "indicators.enum.IndicatorKind.transicion",
    }
)


class Population(enum.Enum):
    """Whom an indicator counts."""

    ENROLLED = "inscritas"
    GRADUATES = "graduadas"


class Dimension(enum.Enum):
    """What an indicator can be broken down by."""

    CENTRE = "centro"
    COHORT = "generacion"
    AGE_BAND = "edad"


class Accumulation(enum.Enum):
    """Whether values add up over periods or stand per period (IATI)."""

    PERIOD = "periodo"
    CUMULATIVE = "acumulado"


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class OutcomeIndicator(Sourced):
    """An outcome indicator, computed from a cohort's records and survey responses."""

    id: str = attrs.field(validator=slug)
    title: Text
    kind: IndicatorKind
    population: Population = Population.ENROLLED
    instrument: str
    filter: str | None = None
    value: str | None = None
    to_instrument: str | None = None
    to_filter: str | None = None
    disaggregations: tuple[Dimension, ...] = (Dimension.CENTRE, Dimension.COHORT)
    unit: Text | None = None
    ascending: bool = attrs.field(default=True, metadata=rule_value())
    accumulation: Accumulation = Accumulation.PERIOD
    reported: float | None = attrs.field(default=None, metadata=rule_value())
    """The value the source reports, to compare with what is computed."""
    _parsed: Mapping[str, Expr] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def _problems(self) -> list[Problem]:
        parsed, problems = parse_fields(self, ("filter", "value", "to_filter"))
        transition = self.kind is IndicatorKind.TRANSITION
        if transition != (self.to_instrument is not None and self.to_filter is not None):
            problems.append(Problem(path=("to_instrument",), message=message("indicators.transition_fields")))
        if (self.kind is IndicatorKind.MEAN) != (self.value is not None):
            problems.append(Problem(path=("value",), message=message("indicators.mean_value")))
        object.__setattr__(self, "_parsed", parsed)
        return problems

    def expression(self, name: str) -> Expr | None:
        """The parsed ``filter``, ``value`` or ``to_filter``, if set."""
        return self._parsed.get(name)

    @property
    def instruments(self) -> tuple[str, ...]:
        """The instruments the indicator reads."""
        return (self.instrument,) if self.to_instrument is None else (self.instrument, self.to_instrument)


def check_indicators(indicators: tuple[OutcomeIndicator, ...], instruments: tuple[Instrument, ...]) -> list[Problem]:
    """Each indicator's instruments exist, its expressions fit its questions' types, and a mean's value is a number."""
    known = {i.id: i for i in instruments}
    problems: list[Problem] = []
    for index, indicator in enumerate(indicators):
        base: tuple[PathPart, ...] = ("indicators", index)
        for field, ident in (("instrument", indicator.instrument), ("to_instrument", indicator.to_instrument)):
            if ident is not None and ident not in known:
                problems.append(
                    unknown_ref((*base, field), kind=message("participants.kind.instrument"), ident=ident, known=known)
                )
        for field, instrument_id in (("filter", indicator.instrument), ("value", indicator.instrument),
                                     ("to_filter", indicator.to_instrument)):  # fmt: skip
            expr = indicator.expression(field)
            if expr is None or instrument_id not in known:
                continue
            kinds = {q.name: q.kind for q in known[instrument_id].questions}
            if "jr:choice-name" in functions_called(expr):
                # A label changes with the translation and the adaptation; an indicator counts by the option's name.
                problems.append(Problem(path=(*base, field), message=message("indicators.choice_name")))
                continue
            try:
                found = check(expr, kinds)
            except ExpressionError as err:
                problems.append(Problem(path=(*base, field), message=err.message))
                continue
            if field == "value" and found not in (Kind.NUMBER, Kind.ANY):
                # A mean of text or of true/false would count no one, silently.
                said = message(
                    "expressions.type", where=to_xlsform(expr), expected=Kind.NUMBER.value, found=found.value
                )
                problems.append(Problem(path=(*base, field), message=said))
    return problems
