"""
A wave's answers by participant, matched column-wise: `answers_by_participant` without a dict of every row.

`match_wave` looks each row's participant id up among the cohort's with polars, where `answers_by_participant`
builds a dict of every row and takes the cohort's ids away from its keys: the same answers, in the same order,
and the same problems. When a row has no id or an id comes twice (someone answered again, or a stranger twice), it
leaves the reading to `answers_by_participant` itself. The `Wave` it gives holds the ids and answers of the rows
counted as lists (the column-wise tally, `_columns`, takes them as they are) and builds the dict of a participant's
answers only when someone asks for one (the row-by-row tally).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from itertools import compress
from typing import TYPE_CHECKING, cast

from sce_method._core import InstrumentKind, Problem, message
from sce_method.monitoring.indicators._responses import Answers, answers_by_participant

if TYPE_CHECKING:
    import polars as pl

    from sce_method.monitoring.exports import ExportReading


class Wave(Mapping[str, Answers]):
    """Each participant's answers in one wave, the rows' order kept; the dict by id built when first asked."""

    def __init__(self, ids: list[str], rows: list[Answers], series: pl.Series) -> None:
        self.ids = ids
        """The participant ids of the rows counted, in the order of the file."""
        self.rows = rows
        """Their answers, in the same order."""
        self.series = series
        """The ids as a polars series named ``pid``."""
        self._found: dict[str, Answers] | None = None

    def _by_id(self) -> dict[str, Answers]:
        if self._found is None:
            self._found = dict(zip(self.ids, self.rows, strict=True))
        return self._found

    def __getitem__(self, key: str) -> Answers:
        """Her answers."""
        return self._by_id()[key]

    def get(self, key: str, default: Answers | None = None) -> Answers | None:  # type: ignore[override]  # Mapping's overloads
        """Her answers, or *default*."""
        return self._by_id().get(key, default)

    def __contains__(self, key: object) -> bool:
        """Whether she answered."""
        return key in self._by_id()

    def __iter__(self) -> Iterator[str]:
        """The ids, in the order of the file."""
        return iter(self.ids)

    def __len__(self) -> int:
        """How many answered."""
        return len(self.ids)


def match_wave(
    reading: ExportReading,
    kind: InstrumentKind,
    people: pl.Series,
    cohort_ids: Callable[[], set[str]],
    problems: list[Problem],
) -> Mapping[str, Answers]:
    """
    `answers_by_participant` of *reading*, the ids looked up in *people* (the cohort's ids) column-wise.

    *cohort_ids* gives the cohort's ids as a set, asked only when `answers_by_participant` takes the reading over.
    """
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    responses = reading.responses
    ids = [r.participant_id for r in responses]
    series = pl.Series("pid", ids, dtype=pl.String)
    if series.null_count() or series.n_unique() != len(series):  # no one, or someone twice: the row loop's rules
        return answers_by_participant(reading, kind, cohort_ids(), problems)
    rows: list[Answers] = [r.answers for r in responses]
    known = series.is_in(people.implode())
    if not known.all():  # a row of someone not in the cohort: a problem, and not counted
        unknown = message("indicators.unknown_participant")
        said = [Problem(message=unknown, line=responses[i].line, file=reading.file) for i in (~known).arg_true()]
        problems.extend(sorted(said, key=_line))
        keep = known.to_list()
        ids, rows, series = list(compress(ids, keep)), list(compress(rows, keep)), series.filter(known)
    return Wave(cast("list[str]", ids), rows, series)  # the series has no null: every id is a str


def _line(problem: Problem) -> int:
    return problem.line or 0
