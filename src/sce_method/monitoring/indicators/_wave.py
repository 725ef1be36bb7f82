"""
A wave's answers by participant, matched column-wise: `answers_by_participant` without a dict of every row.

`match_wave` looks each row's participant id up among the cohort's with polars, where `answers_by_participant`
builds a dict of every row and takes the cohort's ids away from its keys: the same answers, in the same order,
and the same problems. When a row has no id or an id comes twice (someone answered again, or a stranger twice), it
leaves the reading to `answers_by_participant` itself. The `Wave` it gives keeps every row's id as a series (from
the reader's columns when it kept them), those of strangers included, and the export's answer columns: the
column-wise tally, `_columns`, matches the rows to the cohort's participants by id, which leaves the strangers out.
It lists the rows' answers, the rows counted, and the dict of a participant's answers only when someone asks for
them (the row-by-row tally).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import compress
from typing import TYPE_CHECKING

from sce_method._core import InstrumentKind, Problem, message
from sce_method.monitoring.indicators._responses import Answers, answers_by_participant

if TYPE_CHECKING:
    import polars as pl

    from sce_method.monitoring.exports import AnswerColumns, ExportReading, Response


class Wave(Mapping[str, Answers]):
    """Each participant's answers in one wave, the rows' order kept; the rows counted and the dict built when asked."""

    def __init__(
        self,
        every: pl.Series,
        responses: Sequence[Response],
        columns: AnswerColumns | None,
        who: pl.Series,
    ) -> None:
        self.every = every
        """Every row's participant id, strangers' too, as a polars series named ``pid``, in the order of the file."""
        self.who = who
        """For every row, the participant's place among the cohort's (null for a stranger)."""
        self._responses = responses
        self.columns = columns
        """The export's answers as columns, lined up with its rows, when its reader kept them."""
        self._rows: list[Answers] | None = None
        self._counted: tuple[list[str], list[Answers]] | None = None
        self._found: dict[str, Answers] | None = None

    def every_rows(self) -> list[Answers]:
        """Every row's answers, strangers' too, in the order of the file (listed when first asked)."""
        if self._rows is None:
            self._rows = [r.answers for r in self._responses]
        return self._rows

    def _rows_counted(self) -> tuple[list[str], list[Answers]]:
        if self._counted is None:
            ids: list[str] = self.every.to_list()
            rows = self.every_rows()
            if self.who.null_count():  # strangers' rows: not counted
                known = self.who.is_not_null().to_list()
                ids, rows = list(compress(ids, known)), list(compress(rows, known))
            self._counted = ids, rows
        return self._counted

    @property
    def ids(self) -> list[str]:
        """The participant ids of the rows counted (those of the cohort), in the order of the file."""
        return self._rows_counted()[0]

    @property
    def rows(self) -> list[Answers]:
        """Their answers, in the same order."""
        return self._rows_counted()[1]

    def _by_id(self) -> dict[str, Answers]:
        if self._found is None:
            self._found = dict(zip(*self._rows_counted(), strict=True))
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

    responses, columns = reading.responses, reading.columns
    series = columns.participant_ids() if columns is not None else None
    if series is None:
        series = pl.Series("pid", [r.participant_id for r in responses], dtype=pl.String)
    if series.null_count():  # a row of no one: the row loop's rules
        return answers_by_participant(reading, kind, cohort_ids(), problems)
    cohort = people.to_frame("pid").with_row_index("who")
    who = series.to_frame("pid").join(cohort, on="pid", how="left", maintain_order="left").get_column("who")
    known = who.is_not_null()
    strangers = series.filter(~known)  # few: their ids compared as texts, the others' by their place in the cohort
    if who.n_unique() - (1 if len(strangers) else 0) + strangers.n_unique() != len(series):  # someone twice
        return answers_by_participant(reading, kind, cohort_ids(), problems)
    if not known.all():  # a row of someone not in the cohort: a problem, and not counted
        unknown = message("indicators.unknown_participant")
        said = [Problem(message=unknown, line=responses[i].line, file=reading.file) for i in (~known).arg_true()]
        problems.extend(sorted(said, key=_line))
    return Wave(series, responses, columns, who)


def _line(problem: Problem) -> int:
    return problem.line or 0
