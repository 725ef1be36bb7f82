"""
An indicator's tally worked out column-wise with polars, where it is certainly the tally `_compute` would give.

`column_tally` puts each wave's answers to the questions the indicator's filters name into a frame (one row per
participant, the answers `answers_by_participant` kept), compiles ``filter`` and ``to_filter`` with `to_polars`,
joins them to the cohort's participants and counts the numerator, the denominator and those missing a wave, in
total and by centre and by cohort, with the same cells (their members too) as the participant-by-participant
tally. It declines (None) whenever it cannot prove that: polars missing (the ``tables`` extra), a mean, a
breakdown by age, an answer of a kind it does not type (a select_multiple, a date and time, a true/false, a mix
of kinds), a filter `to_polars` does not compile, or one whose value is unknown for a participant counted.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Final

import attrs

from sce_method.monitoring.expressions import Expr, Typed, polars_truth, references, to_polars
from sce_method.monitoring.indicators._disclosure import Cell
from sce_method.monitoring.indicators._indicators import Dimension, IndicatorKind, OutcomeIndicator
from sce_method.monitoring.indicators._responses import answers_by_participant
from sce_method.monitoring.indicators._wave import Wave, match_wave

if TYPE_CHECKING:
    import polars as pl

    from sce_method._core import InstrumentKind, Problem
    from sce_method.monitoring.exports import ExportReading
    from sce_method.monitoring.indicators._responses import Answers
    from sce_method.participants import Cohort, Participant

_COLUMNS: Final = {Dimension.CENTRE: "centre", Dimension.COHORT: "cohort"}
"""The breakdowns worked out here, by the column of the participants' frame that keys them."""
_NONE: Final = type(None)


@attrs.frozen
class Tally:
    """An indicator's figures: numerator, denominator, those missing a wave, its total's members and its cells."""

    numerator: float
    denominator: int
    missing: int
    members: frozenset[str]
    cells: list[Cell]


@attrs.define
class Memo:
    """What one call works out once for all its indicators: each wave's columns, each counted set's members."""

    ids: dict[str, pl.Series] = attrs.field(factory=dict)
    """Each wave's participant ids."""
    columns: dict[tuple[str, str], tuple[pl.Series, str] | None] = attrs.field(factory=dict)
    """Each wave's answers to one question, typed (see `_typed`)."""
    members: dict[tuple[str | None, ...], tuple[frozenset[str], dict[str, dict[str, frozenset[str]]]]] = attrs.field(
        factory=dict
    )
    """For each set of participants counted (the wave, or a transition's waves and filter): the total's members and
    each cell's, by breakdown and key."""


def people_frame(participants: Sequence[Participant]) -> pl.DataFrame | None:
    """The participants' id, centre and cohort as a frame; None without polars."""
    try:
        import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used
    except ImportError:  # pragma: no cover -- the test environment has the extra
        return None
    return pl.DataFrame(
        {
            "pid": pl.Series([p.id for p in participants], dtype=pl.String),
            "centre": pl.Series([p.centre_id for p in participants], dtype=pl.String),
            "cohort": pl.Series([p.cohort_id for p in participants], dtype=pl.String),
        }
    )


def _typed(values: list[object], name: str) -> tuple[pl.Series, str] | None:
    """A column of answers as a series and the kind `to_polars` gives it; None for a kind it does not type."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    kinds = set(map(type, values)) - {_NONE}
    if kinds <= {str}:  # a blank text compares as '' (`evaluate`), and a column of blanks is a text one
        return pl.Series(name, ["" if v is None else v for v in values], dtype=pl.String), "text"
    if kinds <= {int, float}:  # a blank or NaN number is unknown: a check that needs it is left to `evaluate`
        numbers = [None if v is None or math.isnan(v) else float(v) for v in values]  # type: ignore[arg-type]
        return pl.Series(name, numbers, dtype=pl.Float64), "number"
    if kinds <= {dt.date}:  # not a date and time: `type` is exact
        return pl.Series(name, values, dtype=pl.Date), "date"
    return None


def _answers(rows: Iterable[Answers], name: str) -> list[object]:
    """Each row's answer to *name*; None where the row has none (as `evaluate` reads a ``${name}``)."""
    try:
        return list(map(itemgetter(name), rows))  # every row holds every question it read: the usual case
    except KeyError:
        return [a.get(name) for a in rows]


def _checked(
    wave: str, answers: Mapping[str, Answers], conditions: Sequence[Expr | None], today: dt.date, memo: Memo
) -> pl.DataFrame | None:
    """One row per participant of the wave: her id and whether each condition holds (null: unknown)."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    names = sorted({n for c in conditions if c is not None for n in references(c)})
    matched = answers if isinstance(answers, Wave) else None  # its ids and answers as lists and a series
    if wave not in memo.ids:
        memo.ids[wave] = matched.series if matched else pl.Series("pid", list(answers), dtype=pl.String)
    data = [memo.ids[wave]]
    refs: dict[str, Typed] = {}
    for index, name in enumerate(names):
        if (wave, name) not in memo.columns:
            rows = matched.rows if matched else answers.values()
            memo.columns[wave, name] = _typed(_answers(rows, name), "answer")
        typed = memo.columns[wave, name]
        if typed is None:
            return None
        data.append(typed[0].alias(f"a{index}"))
        refs[name] = Typed(typed[1], pl.col(f"a{index}"))
    outputs = [pl.col("pid")]
    for index, condition in enumerate(conditions):
        if condition is None:
            outputs.append(pl.lit(value=True).alias(f"k{index}"))
            continue
        compiled = to_polars(condition, refs, None, today)
        if compiled is None:
            return None
        outputs.append(polars_truth(compiled).alias(f"k{index}"))
    return pl.DataFrame(data).select(outputs)


def column_tally(
    indicator: OutcomeIndicator,
    people: pl.DataFrame,
    waves: Mapping[str, Mapping[str, Answers]],
    today: dt.date,
    memo: Memo,
) -> Tally | None:
    """The indicator's figures over every participant of *people*, or None when this path cannot prove them."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if indicator.kind is IndicatorKind.MEAN or any(d not in _COLUMNS for d in indicator.disaggregations):
        return None
    wave = indicator.instrument
    first = _checked(wave, waves.get(wave, {}), [indicator.expression("filter")], today, memo)
    if first is None:
        return None
    joined = people.join(first.with_columns(pl.lit(value=True).alias("p1")), on="pid", how="left")
    present = pl.col("p1").fill_null(value=False)
    meets = pl.col("k0")
    if indicator.kind is IndicatorKind.TRANSITION:
        to_condition = indicator.expression("to_filter")
        later_wave = indicator.to_instrument or ""
        second = _checked(later_wave, waves.get(later_wave, {}), [to_condition], today, memo)
        if second is None:
            return None
        second = second.select(pl.col("pid"), pl.col("k0").alias("k2"), pl.lit(value=True).alias("p2"))
        joined = joined.join(second, on="pid", how="left")
        later = pl.col("p2").fill_null(value=False)
        counted = present & meets & later
        missing = (~present) | (present & meets & ~later)
        numerator = pl.col("k2") if to_condition is not None else pl.lit(value=False)
        unknown = (present & meets.is_null()) | (counted & numerator.is_null())
    else:
        counted, missing, numerator = present, ~present, meets
        unknown = present & meets.is_null()
    figures = joined.select(
        counted.fill_null(value=False).alias("counted"),
        missing.fill_null(value=False).alias("missing"),
        unknown.fill_null(value=False).alias("unknown"),
        numerator.cast(pl.Float64).alias("n"),
        pl.col("pid"),
        pl.col("centre"),
        pl.col("cohort"),
    )
    if figures.get_column("unknown").any():
        return None
    tallied = figures.filter(pl.col("counted"))
    numbers = tallied.get_column("n")
    total = float(numbers.sum()) if len(numbers) else 0  # as `sum` of no contributions: the int 0
    counted_set = (wave, indicator.filter, indicator.to_instrument) if indicator.to_instrument else (wave,)
    if counted_set not in memo.members:
        memo.members[counted_set] = _members(tallied)
    members, by_key = memo.members[counted_set]
    cells = [cell for dimension in indicator.disaggregations for cell in _cells(tallied, dimension, by_key)]
    return Tally(
        numerator=total,
        denominator=len(numbers),
        missing=int(figures.get_column("missing").sum()),
        members=members,
        cells=cells,
    )


def _members(tallied: pl.DataFrame) -> tuple[frozenset[str], dict[str, dict[str, frozenset[str]]]]:
    """
    The members of the total, and of each centre and each cohort by key: of *tallied*, the participants counted.

    The ids of each centre and cohort together are taken from polars once; a cohort's members are those of her
    centre and cohort (of one centre, the usual case, the same set), a centre's and the total's their unions.
    """
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    pairs = tallied.group_by("centre", "cohort").agg(pl.col("pid")).iter_rows()
    found = {(centre, cohort): frozenset(pids) for centre, cohort, pids in pairs}
    by_key: dict[str, dict[str, frozenset[str]]] = {}
    for position, column in enumerate(("centre", "cohort")):
        parts: dict[str, list[frozenset[str]]] = {}
        for key, members in found.items():
            parts.setdefault(key[position], []).append(members)
        by_key[column] = {k: sets[0] if len(sets) == 1 else frozenset().union(*sets) for k, sets in parts.items()}
    return frozenset().union(*found.values()), by_key


def _cells(tallied: pl.DataFrame, dimension: Dimension, by_key: dict[str, dict[str, frozenset[str]]]) -> list[Cell]:
    """The cells of one breakdown, in the order of their keys, as `_breakdown` builds them (members from *by_key*)."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    column = _COLUMNS[dimension]
    members = by_key[column]
    groups = tallied.group_by(column).agg(pl.col("n").sum(), pl.len().alias("d"))
    return [
        Cell(dimension=dimension.value, key=key, numerator=float(n), denominator=d, members=members[key])
        for key, n, d in sorted(groups.iter_rows())
    ]


class Columns:
    """The column-wise tally (`column_tally`), with the participants' frame built once, when first asked."""

    def __init__(self, cohort: Cohort) -> None:
        self._cohort = cohort
        self._people: pl.DataFrame | None = None
        self._tried = False
        self._today = dt.date.today()  # noqa: DTZ011 -- today(), local as ODK's and as `holds` reads it
        self._memo = Memo()

    def _frame(self) -> pl.DataFrame | None:
        if not self._tried:
            self._people, self._tried = people_frame(self._cohort.participants), True
        return self._people

    def _ids(self) -> set[str]:
        return set(map(attrgetter("id"), self._cohort.participants))

    def wave(self, reading: ExportReading, kind: InstrumentKind, problems: list[Problem]) -> Mapping[str, Answers]:
        """`answers_by_participant` of *reading* over the cohort, column-wise (`match_wave`) when polars is there."""
        people = self._frame()
        if people is None:
            return answers_by_participant(reading, kind, self._ids(), problems)
        return match_wave(reading, kind, people.get_column("pid"), self._ids, problems)

    def tally(self, indicator: OutcomeIndicator, waves: Mapping[str, Mapping[str, Answers]]) -> Tally | None:
        """The indicator's figures over every participant, or None when the row-by-row tally must give them."""
        people = self._frame()
        if people is None:
            return None
        return column_tally(indicator, people, waves, self._today, self._memo)
