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
from sce_method.monitoring.indicators._indicators import IndicatorKind, OutcomeIndicator
from sce_method.monitoring.indicators._members import COLUMNS, Members, cells, holders, members
from sce_method.monitoring.indicators._responses import answers_by_participant
from sce_method.monitoring.indicators._wave import Wave, match_wave

if TYPE_CHECKING:
    import polars as pl

    from sce_method._core import InstrumentKind, Problem
    from sce_method.monitoring.exports import ExportReading
    from sce_method.monitoring.indicators._responses import Answers
    from sce_method.participants import Cohort, Participant

_NONE: Final = type(None)


@attrs.frozen
class Tally:
    """An indicator's figures: numerator, denominator, those missing a wave, its total's members and its cells."""

    numerator: float
    denominator: int
    missing: int
    members: frozenset[str]
    cells: list[Cell]
    holders: dict[int, tuple[int, ...]] | None
    """How the cells nest, for the disclosure control (see `holders`)."""


@attrs.define
class Memo:
    """What one call works out once for all its indicators: each wave's rows and columns, each counted set's members."""

    people: pl.Series
    """The participants' ids, in the order of the participants' frame."""
    wanted: Mapping[str, frozenset[str]]
    """For each wave, the questions the indicators' filters name: each wave's rows are read once for all of them."""
    waves: dict[str, tuple[pl.Series, Sequence[Answers]]] = attrs.field(factory=dict)
    """Each wave's answers row by row, and for each participant (a row of the participants' frame) her row among
    them (null: she did not answer)."""
    columns: dict[tuple[str, str], tuple[pl.Series, str] | None] = attrs.field(factory=dict)
    """Each wave's answers to one question, typed (see `_typed`), lined up with the participants."""
    members: dict[tuple[str | None, ...], Members] = attrs.field(factory=dict)
    """For each set of participants counted (the wave, or a transition's waves and filter): who each cell counts."""


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


def _typed(values: Sequence[object], name: str) -> tuple[pl.Series, str] | None:
    """A column of answers as a series and the kind `to_polars` gives it; None for a kind it does not type."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    kinds = set(map(type, values)) - {_NONE}
    if kinds <= {str}:  # a blank text compares as '' (`evaluate`), and a column of blanks is a text one
        return pl.Series(name, values, dtype=pl.String).fill_null(""), "text"
    if kinds <= {int, float}:  # a blank or NaN number is unknown: a check that needs it is left to `evaluate`
        numbers = [None if v is None or math.isnan(v) else float(v) for v in values]  # type: ignore[arg-type]
        return pl.Series(name, numbers, dtype=pl.Float64), "number"
    if kinds <= {dt.date}:  # not a date and time: `type` is exact
        return pl.Series(name, values, dtype=pl.Date), "date"
    return None


def _answers(rows: Sequence[Answers], names: Sequence[str]) -> list[Sequence[object]]:
    """
    Each row's answer to each of *names*, a column per name; None where a row has none (as `evaluate` reads it).

    Every row is read once for all the names: the rows are many small dicts, and reading each once is what costs.
    """
    if not rows:
        return [() for _ in names]
    try:  # every row holds every question it read: the usual case
        if len(names) == 1:
            return [list(map(itemgetter(names[0]), rows))]
        return list(zip(*map(itemgetter(*names), rows), strict=True))
    except KeyError:
        return [[a.get(name) for a in rows] for name in names]


def _rows(answers: Mapping[str, Answers], people: pl.Series) -> tuple[pl.Series, Sequence[Answers]]:
    """A wave's answers row by row, and each participant's row among them (null: none), matched on her id."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if isinstance(answers, Wave):  # every row, strangers' too: they match no participant
        ids, rows = answers.every, answers.every_row
    else:
        ids, rows = pl.Series("pid", list(answers), dtype=pl.String), list(answers.values())
    found = ids.to_frame("pid").with_row_index("row")  # an id once at most: the join gives one row per participant
    return people.to_frame("pid").join(found, on="pid", how="left", maintain_order="left").get_column("row"), rows


def _checked(
    wave: str,
    answers: Mapping[str, Answers],
    conditions: Sequence[Expr | None],
    today: dt.date,
    memo: Memo,
) -> pl.DataFrame | None:
    """For each participant, in order: whether she answered, and whether each condition holds (null: unknown)."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    names = sorted({n for c in conditions if c is not None for n in references(c)})
    if wave not in memo.waves:
        memo.waves[wave] = _rows(answers, memo.people)
    positions, rows = memo.waves[wave]
    data = [positions.is_not_null().alias("p")]
    refs: dict[str, Typed] = {}
    unread = [n for n in names if (wave, n) not in memo.columns]
    if unread:  # with those other indicators will ask for, read in the same pass
        unread = sorted({*unread, *(n for n in memo.wanted.get(wave, ()) if (wave, n) not in memo.columns)})
        for name, values in zip(unread, _answers(rows, unread), strict=True):
            typed = _typed(values, "answer")
            memo.columns[wave, name] = None if typed is None else (typed[0].gather(positions), typed[1])
    for index, name in enumerate(names):
        column = memo.columns[wave, name]
        if column is None:
            return None
        data.append(column[0].alias(f"a{index}"))
        refs[name] = Typed(column[1], pl.col(f"a{index}"))
    outputs = [pl.col("p")]
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

    if indicator.kind is IndicatorKind.MEAN or any(d not in COLUMNS for d in indicator.disaggregations):
        return None
    wave = indicator.instrument
    first = _checked(wave, waves.get(wave, {}), [indicator.expression("filter")], today, memo)
    if first is None:
        return None
    frames = [people, first.rename({"p": "p1"})]
    present = pl.col("p1")
    meets = pl.col("k0")
    if indicator.kind is IndicatorKind.TRANSITION:
        to_condition = indicator.expression("to_filter")
        later_wave = indicator.to_instrument or ""
        second = _checked(later_wave, waves.get(later_wave, {}), [to_condition], today, memo)
        if second is None:
            return None
        frames.append(second.select(pl.col("k0").alias("k2"), pl.col("p").alias("p2")))
        later = pl.col("p2")
        counted = present & meets & later
        missing = (~present) | (present & meets & ~later)
        numerator = pl.col("k2") if to_condition is not None else pl.lit(value=False)
        unknown = (present & meets.is_null()) | (counted & numerator.is_null())
    else:
        counted, missing, numerator = present, ~present, meets
        unknown = present & meets.is_null()
    figures = pl.concat(frames, how="horizontal").select(
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
        memo.members[counted_set] = members(tallied)
    found = memo.members[counted_set]
    dimensions = indicator.disaggregations
    tallied_cells = [cell for dimension in dimensions for cell in cells(tallied, dimension, found)]
    return Tally(
        numerator=total,
        denominator=len(numbers),
        missing=int(figures.get_column("missing").sum()),
        members=found.total,
        cells=tallied_cells,
        holders=holders(dimensions, found, tallied_cells),
    )


class Columns:
    """The column-wise tally (`column_tally`), with the participants' frame built once, when first asked."""

    def __init__(self, cohort: Cohort, indicators: Iterable[OutcomeIndicator] = ()) -> None:
        self._cohort = cohort
        self._wanted: dict[str, set[str]] = {}
        for indicator in indicators:
            for wave, part in ((indicator.instrument, "filter"), (indicator.to_instrument, "to_filter")):
                condition = indicator.expression(part)
                if wave is not None and condition is not None:
                    self._wanted.setdefault(wave, set()).update(references(condition))
        self._people: pl.DataFrame | None = None
        self._tried = False
        self._today = dt.date.today()  # noqa: DTZ011 -- today(), local as ODK's and as `holds` reads it
        self._memo: Memo | None = None

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
        if self._memo is None:
            wanted = {wave: frozenset(names) for wave, names in self._wanted.items()}
            self._memo = Memo(people.get_column("pid"), wanted)
        return column_tally(indicator, people, waves, self._today, self._memo)
