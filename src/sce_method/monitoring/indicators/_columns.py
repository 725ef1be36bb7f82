"""
An indicator's tally worked out column-wise with polars, where it is certainly the tally `_compute` would give.

`column_tally` lines each wave's answers to the questions the indicator's filters name up with the cohort's
participants (by each participant's row in the wave, found once per wave; the answers from the export's
`AnswerColumns` when its reader kept them), compiles ``filter`` and ``to_filter`` with `to_polars`, and counts
the numerator, the denominator and those missing a wave, in total and by centre and by cohort, with the same
cells (their members `Deferred`) as the participant-by-participant tally. It declines (None) whenever it
cannot prove that: polars missing (the ``tables`` extra), a mean, a breakdown by age, an answer of a kind it does
not type (a select_multiple, a date and time, a true/false, a mix of kinds), a filter `to_polars` does not
compile, or one whose value is unknown for a participant counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

import attrs

from sce_method.monitoring.expressions import Expr, Typed, polars_truth, references, to_polars
from sce_method.monitoring.indicators._deferred import Deferred
from sce_method.monitoring.indicators._disclosure import Cell
from sce_method.monitoring.indicators._indicators import IndicatorKind, OutcomeIndicator
from sce_method.monitoring.indicators._members import COLUMNS, Members, cells, holders, members
from sce_method.monitoring.indicators._responses import answers_by_participant
from sce_method.monitoring.indicators._typed import typed_answers
from sce_method.monitoring.indicators._wave import Wave, match_wave

if TYPE_CHECKING:
    import polars as pl

    from sce_method._core import InstrumentKind, Problem
    from sce_method.monitoring.exports import AnswerColumns, ExportReading
    from sce_method.monitoring.indicators._responses import Answers
    from sce_method.participants import Cohort


@attrs.frozen
class Tally:
    """An indicator's figures: numerator, denominator, those missing a wave, its total's members and its cells."""

    numerator: float
    denominator: int
    missing: int
    members: Deferred
    """Its total's members."""
    cells: list[Cell]
    holders: dict[int, tuple[int, ...]] | None
    """How the cells nest, for the disclosure control (see `holders`)."""


class Rows(NamedTuple):
    """A wave's answers row by row, and for each participant (a row of the participants' frame) her row among them."""

    positions: pl.Series
    """For each participant, her row (null: she did not answer)."""
    rows: Callable[[], Sequence[Answers]]
    """Every row's answers, asked only for a question the reader's columns do not give."""
    columns: AnswerColumns | None
    """The export's answers as the reader kept them as columns, if it did."""


@attrs.define
class Memo:
    """What one call works out once for all its indicators: each wave's rows and columns, each counted set's members."""

    people: pl.DataFrame = attrs.field(repr=False)
    """The participants' frame (`people_frame`): their ids, centres and cohorts."""
    ids: Sequence[str] = attrs.field(repr=False)
    """Their ids, in the same order, as the participants' own strings."""
    wanted: Mapping[str, AbstractSet[str]]
    """For each wave, the questions the indicators' filters name: each wave's rows are read once for all of them."""
    waves: dict[str, Rows] = attrs.field(factory=dict, repr=False)
    """Each wave's rows."""
    columns: dict[tuple[str, str], tuple[pl.Series, str] | None] = attrs.field(factory=dict, repr=False)
    """Each wave's answers to one question, typed (see `_typed`), lined up with the participants."""
    members: dict[tuple[str | None, ...], Members] = attrs.field(factory=dict)
    """For each set of participants counted (the wave, or a transition's waves and filter): who each cell counts."""


def people_frame(cohort: Cohort) -> tuple[pl.DataFrame, Sequence[str]] | None:
    """
    The participants' id, centre and cohort as a frame, and their ids as Python strings.

    None without polars, or when an id comes twice: the row-by-row tally counts her once, as one key.
    """
    try:
        import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used
    except ImportError:  # pragma: no cover -- the test environment has the extra
        return None
    participants = cohort.participants
    ids = cohort.participant_ids
    frame = pl.DataFrame(
        {
            "pid": pl.Series(ids, dtype=pl.String),
            "centre": pl.Series([p.centre_id for p in participants], dtype=pl.String),
            "cohort": pl.Series([p.cohort_id for p in participants], dtype=pl.String),
        }
    )
    if frame.get_column("pid").n_unique() != frame.height:  # an id twice (a cohort built in code): row by row
        return None
    return frame, ids


def _rows(answers: Mapping[str, Answers], people: pl.Series) -> Rows:
    """A wave's rows (see `Rows`), each participant's row among them matched on her id."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if isinstance(answers, Wave):  # matched already: each of its rows' participant, strangers none
        found = answers.who.to_frame("who").with_row_index("row").drop_nulls("who")
        nobody = pl.repeat(None, len(people), dtype=pl.UInt32, eager=True)
        positions = nobody.scatter(found.get_column("who"), found.get_column("row")).rename("row")
        return Rows(positions, answers.every_rows, answers.columns)
    listed = list(answers.values())
    rows = pl.Series("pid", list(answers), dtype=pl.String).to_frame("pid").with_row_index("row")  # an id once
    positions = people.to_frame("pid").join(rows, on="pid", how="left", maintain_order="left").get_column("row")
    return Rows(positions, lambda: listed, None)


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
        memo.waves[wave] = _rows(answers, memo.people.get_column("pid"))
    positions, rows, columns = memo.waves[wave]
    data = [positions.is_not_null().alias("p")]
    refs: dict[str, Typed] = {}
    unread = [n for n in names if (wave, n) not in memo.columns]
    if unread:  # with those other indicators will ask for, read in the same pass
        unread = sorted({*unread, *(n for n in memo.wanted.get(wave, ()) if (wave, n) not in memo.columns)})
        for name, typed in typed_answers(rows, columns, unread).items():
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
    indicator: OutcomeIndicator, waves: Mapping[str, Mapping[str, Answers]], today: dt.date, memo: Memo
) -> Tally | None:
    """The indicator's figures over every participant of *memo*, or None when this path cannot prove them."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if indicator.kind is IndicatorKind.MEAN or any(d not in COLUMNS for d in indicator.disaggregations):
        return None
    wave = indicator.instrument
    first = _checked(wave, waves.get(wave, {}), [indicator.expression("filter")], today, memo)
    if first is None:
        return None
    frames = [memo.people, first.rename({"p": "p1"})]
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
    transition = indicator.kind is IndicatorKind.TRANSITION  # a proportion may name a later survey it does not read
    counted_set = (wave, indicator.filter, indicator.to_instrument) if transition else (wave,)
    if counted_set not in memo.members:
        counted_ids = list(compress(memo.ids, figures.get_column("counted").to_list()))
        memo.members[counted_set] = members(tallied, counted_ids)
    found = memo.members[counted_set]
    dimensions = indicator.disaggregations
    tallied_cells = cells(tallied, dimensions, found)
    return Tally(
        numerator=total,
        denominator=len(numbers),
        missing=int(figures.get_column("missing").sum()),
        members=found.total,
        cells=tallied_cells,
        holders=holders(dimensions, found),
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
        self._today = dt.date.today()  # noqa: DTZ011 -- today(), local as ODK's and as `holds` reads it
        self._tried = False
        self._memo: Memo | None = None

    def _prepared(self) -> Memo | None:
        """The call's `Memo`, with the participants' frame; None without polars or with an id twice."""
        if not self._tried:
            self._tried = True
            found = people_frame(self._cohort)
            if found is not None:
                self._memo = Memo(*found, self._wanted)
        return self._memo

    def _ids(self) -> set[str]:
        return set(map(attrgetter("id"), self._cohort.participants))

    def wave(self, reading: ExportReading, kind: InstrumentKind, problems: list[Problem]) -> Mapping[str, Answers]:
        """`answers_by_participant` of *reading* over the cohort, column-wise (`match_wave`) when polars is there."""
        memo = self._prepared()
        if memo is None:
            return answers_by_participant(reading, kind, self._ids(), problems)
        return match_wave(reading, kind, memo.people.get_column("pid"), self._ids, problems)

    def tally(self, indicator: OutcomeIndicator, waves: Mapping[str, Mapping[str, Answers]]) -> Tally | None:
        """The indicator's figures over every participant, or None when the row-by-row tally must give them."""
        memo = self._prepared()
        return None if memo is None else column_tally(indicator, waves, self._today, memo)
