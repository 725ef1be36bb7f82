"""
Computing outcome indicators over a cohort's records and survey responses.

Panels are matched by participant id. Participants missing a wave are
counted and reported, never silently dropped; a response for someone not in
the cohort is a problem, not a row quietly ignored, and so is a second
response of one participant (the last row counts: see `read_responses`). Every broken-down cell
goes through the disclosure policy (`DisclosurePolicy`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from typing import Final, Protocol

import attrs

from sce_method._core import Message, Problem, as_date, message, paused_gc
from sce_method.graduation import HasGraduation, Status, evaluate, survey_name
from sce_method.monitoring.exports import ExportReading
from sce_method.monitoring.expressions import evaluate as value_of
from sce_method.monitoring.expressions import holds
from sce_method.monitoring.indicators._columns import Columns
from sce_method.monitoring.indicators._disclosure import (
    DEFAULT_AGE_BANDS,
    DEFAULT_MIN_CELL,
    HIDDEN,
    TOTAL,
    Cell,
    DisclosurePolicy,
    protect_sharing,
)
from sce_method.monitoring.indicators._disclosure_links import Links
from sce_method.monitoring.indicators._indicators import Dimension, IndicatorKind, OutcomeIndicator, Population
from sce_method.monitoring.indicators._report import IndicatorReport, IndicatorValue
from sce_method.monitoring.indicators._responses import Answers, HasInstruments
from sce_method.participants import Cohort, Participant

_GRADUATES: Final = (Status.ELIGIBLE, Status.GRADUATED)
"""The population ``graduadas``: those eligible on the date, and those whose graduation is recorded."""

_POPULATIONS: Final = {
    Population.ENROLLED: "indicators.population.inscritas",
    Population.GRADUATES: "indicators.population.graduadas",
}
"""The message naming each population."""

_EXPLANATIONS: Final = {
    IndicatorKind.COUNT: "indicators.explain.conteo",
    IndicatorKind.PROPORTION: "indicators.explain.proporcion",
    IndicatorKind.MEAN: "indicators.explain.promedio",
    IndicatorKind.TRANSITION: "indicators.explain.transicion",
}
"""The message explaining a value of each kind of indicator."""


class HasIndicators(HasGraduation, HasInstruments, Protocol):
    """A methodology with instruments, outcome indicators and a disclosure policy."""

    @property
    def indicators(self) -> tuple[OutcomeIndicator, ...]:
        """The outcome indicators."""

    @property
    def disclosure(self) -> DisclosurePolicy | None:
        """The small-cell protection."""


def _age_band(age: object, bounds: tuple[int, ...]) -> str | None:
    if not isinstance(age, int | float):
        return None
    lower = [b for b in bounds if b <= age]
    if not lower:
        return None
    start = lower[-1]
    following = [b for b in bounds if b > start]
    return f"{start}-{following[0] - 1}" if following else f"{start}+"


@attrs.frozen
class _Member:
    participant: Participant
    age: object


UNKNOWN_KEY = "sin-dato"
"""The breakdown key of participants whose age is not known: every breakdown adds up to the total."""


def _key(member: _Member, dimension: Dimension, bounds: tuple[int, ...]) -> str:
    if dimension is Dimension.CENTRE:
        return member.participant.centre_id
    if dimension is Dimension.COHORT:
        return member.participant.cohort_id
    return _age_band(member.age, bounds) or UNKNOWN_KEY


def _tally(
    indicator: OutcomeIndicator, members: list[_Member], waves: Mapping[str, Mapping[str, Answers]]
) -> tuple[dict[str, tuple[float, int]], int]:
    """Per participant id: (numerator contribution, 1 if in the denominator); and the number missing a wave."""
    first = waves.get(indicator.instrument, {})
    second = waves.get(indicator.to_instrument or "", {})
    condition = indicator.expression("filter")
    out: dict[str, tuple[float, int]] = {}
    missing = 0
    for member in members:
        pid = member.participant.id
        answers = first.get(pid)
        if answers is None:
            missing += 1
            continue
        meets = condition is None or holds(condition, answers)
        if indicator.kind is IndicatorKind.TRANSITION:
            if not meets:
                continue
            later = second.get(pid)
            if later is None:
                missing += 1
                continue
            to_condition = indicator.expression("to_filter")
            out[pid] = (1.0 if to_condition is not None and holds(to_condition, later) else 0.0, 1)
        elif indicator.kind is IndicatorKind.MEAN:
            value_expr = indicator.expression("value")
            raw = value_of(value_expr, answers) if value_expr is not None and meets else None
            if isinstance(raw, int | float) and not isinstance(raw, bool):
                out[pid] = (float(raw), 1)
        else:
            out[pid] = (1.0 if meets else 0.0, 1)
    return out, missing


def _breakdown(dimension: Dimension, keys: Mapping[str, str], tally: Mapping[str, tuple[float, int]]) -> list[Cell]:
    """The cells of one breakdown, by key: each participant of *tally* added to the cell of her key, in one pass."""
    groups: dict[str, tuple[list[float], list[int], list[str]]] = defaultdict(lambda: ([], [], []))
    for pid, (numerator, denominator) in tally.items():
        numerators, denominators, pids = groups[keys[pid]]
        numerators.append(numerator)
        denominators.append(denominator)
        pids.append(pid)
    return [
        Cell(dimension=dimension.value, key=key, numerator=sum(n), denominator=sum(d), members=frozenset(pids))
        for key, (n, d, pids) in sorted(groups.items())
    ]


@attrs.define
class _Keys:
    """Each participant's key in each breakdown, worked out once per breakdown, when first asked."""

    everyone: list[_Member]
    bounds: tuple[int, ...]
    found: dict[Dimension, dict[str, str]] = attrs.field(factory=dict)

    def of(self, dimension: Dimension) -> dict[str, str]:
        """The key of every participant in *dimension*, by id."""
        if dimension not in self.found:
            self.found[dimension] = {m.participant.id: _key(m, dimension, self.bounds) for m in self.everyone}
        return self.found[dimension]


def _row_by_row(
    indicator: OutcomeIndicator, members: list[_Member], waves: Mapping[str, Mapping[str, Answers]], keys: _Keys
) -> tuple[float, int, int, list[Cell], Cell]:
    """The indicator's numerator, denominator, missing, cells and total, participant by participant."""
    tally, missing = _tally(indicator, members, waves)
    numerator = sum(n for n, _ in tally.values())
    denominator = sum(d for _, d in tally.values())
    cells: list[Cell] = []
    for dimension in indicator.disaggregations:
        cells.extend(_breakdown(dimension, keys.of(dimension), tally))
    total = Cell(dimension=TOTAL, key="", numerator=numerator, denominator=denominator, members=frozenset(tally))
    return numerator, denominator, missing, cells, total


def _value(kind: IndicatorKind, numerator: float, denominator: int) -> float | None:
    """A count is its numerator; a proportion, mean or transition is numerator / denominator."""
    if kind is IndicatorKind.COUNT:
        return numerator
    return numerator / denominator if denominator else None


def _explanation(indicator: OutcomeIndicator, total: Cell, missing: int, members: int, min_cell: int) -> Message:
    """
    Who is in the denominator and who met the condition; no figure of a hidden total.

    With the total hidden, its numerator, denominator and the number missing
    show `HIDDEN` (members less missing would give the denominator back), and
    so does the population's size when it is itself under *min_cell*.
    """
    hidden = total.suppressed
    return message(
        _EXPLANATIONS[indicator.kind],
        members=HIDDEN if hidden and members < min_cell else members,
        population=message(_POPULATIONS[indicator.population]),
        instrument=survey_name(indicator.instrument),
        to_instrument=survey_name(indicator.to_instrument) if indicator.to_instrument else "",
        filter=indicator.filter or "",
        to_filter=indicator.to_filter or "",
        numerator=total.shown("numerator"),
        denominator=total.shown("denominator"),
        missing=HIDDEN if hidden else missing,
    )


@paused_gc()  # hundreds of thousands of small objects, built beside the cohort's: see `paused_gc`
def compute_indicators(
    methodology: HasIndicators,
    cohort: Cohort,
    responses: Mapping[str, ExportReading],
    *,
    as_of: dt.date | str | None = None,
    show_small_cells: bool = False,
) -> IndicatorReport:
    """
    Compute every outcome indicator of *methodology* over *cohort*.

    Small cells are protected unless the caller asks for them by name
    (*show_small_cells*). An indicator over graduates needs *as_of*.
    """
    policy = methodology.disclosure
    min_cell = policy.min_cell if policy is not None else DEFAULT_MIN_CELL
    bounds = policy.age_bands if policy is not None else DEFAULT_AGE_BANDS
    found: list[Problem] = []
    columns = Columns(cohort, methodology.indicators)
    waves = {iid: columns.wave(r, methodology.instrument(iid).kind, found) for iid, r in responses.items()}
    age_question = policy.age_question if policy is not None else None
    entry = waves.get("entrada", {})
    everyone: list[_Member] = []  # built for the first indicator tallied row by row (`_row_by_row`)
    graduates: list[_Member] | None = None
    keys = _Keys(everyone, bounds)
    values: list[IndicatorValue] = []
    known: list[Links] = []  # how each structure of cells hangs together, for the disclosure control
    for indicator in methodology.indicators:
        absent = [i for i in indicator.instruments if i not in responses]
        if absent:
            said = message("indicators.missing_wave", indicator=indicator.id, instruments=", ".join(absent))
            found.append(Problem(path=(indicator.id,), message=said))
            continue
        if indicator.population is Population.GRADUATES and as_of is None:
            found.append(Problem(path=(indicator.id,), message=message("indicators.graduates_need_date")))
            continue
        fast = columns.tally(indicator, waves) if indicator.population is Population.ENROLLED else None
        if fast is not None:
            numerator, denominator, missing, cells = fast.numerator, fast.denominator, fast.missing, fast.cells
            total = Cell(dimension=TOTAL, key="", numerator=numerator, denominator=denominator, members=fast.members)
            size = len(cohort.participants)
        else:
            if not everyone:
                everyone.extend(
                    _Member(p, entry.get(p.id, {}).get(age_question) if age_question else None)
                    for p in cohort.participants
                )
            if indicator.population is Population.GRADUATES and graduates is None:
                day = as_date(as_of or "")
                graduates = [
                    m
                    for m in everyone
                    if evaluate(methodology, cohort.record(m.participant.id), day).status in _GRADUATES
                ]
            members = graduates if indicator.population is Population.GRADUATES and graduates is not None else everyone
            numerator, denominator, missing, cells, total = _row_by_row(indicator, members, waves, keys)
            size = len(members)
        if not show_small_cells:
            mean = indicator.kind is IndicatorKind.MEAN
            holders = fast.holders if fast is not None else None
            total, *cells = protect_sharing([total, *cells], min_cell, mean=mean, known=known, holders=holders)
        values.append(
            IndicatorValue(
                indicator_id=indicator.id,
                numerator=numerator,
                denominator=denominator,
                value=_value(indicator.kind, numerator, denominator),
                missing=missing,
                small=denominator < min_cell,
                cells=tuple(cells),
                reported=indicator.reported,
                suppressed=total.suppressed,
                explanation=_explanation(indicator, total, missing, size, min_cell),
            )
        )
    return IndicatorReport(
        values=tuple(values), problems=tuple(found), min_cell=min_cell, suppressed=not show_small_cells
    )
