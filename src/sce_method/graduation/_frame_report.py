"""
`FrameReport`: a cohort's decisions held as columns, explained only when asked.

The columnar engines give each participant's status and, per leaf of the
rules, whether it fails her and its figure. That is enough for the rows and
the CSV (the words of what she lacks come from the distinct figures). A full
`Decision` (every criterion, its provenance, the exception that applied) is
built by the readable evaluator from her own rows, for those asked for:
`decision`, `decisions`, ``_repr_html_``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final, cast

import attrs
import pendulum
import polars as pl

from sce_method._core import DEFAULT_LANG, Lang, Problem, TabularReport, UnknownIdError, message
from sce_method.graduation._columnar import ID_COLUMNS, worded
from sce_method.graduation._decision import Decision, Status
from sce_method.graduation._evaluate import HasGraduation, evaluate
from sce_method.graduation._people import PeopleView
from sce_method.graduation._plan import Plan
from sce_method.graduation._report import CSV_COLUMNS, FRAME_COLUMNS, CohortRow
from sce_method.participants import CohortFrames

_FORMULA: Final = r"^[=+\-@\t\r]"
"""A text starting as a spreadsheet formula would (`FORMULA_STARTS`, a test checks they agree), as a polars pattern."""
_NUMBER: Final = r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$"
"""A number as a spreadsheet reads one, which `escape_formula` leaves as it is."""


def _escaped(column: pl.Expr) -> pl.Expr:
    """*column* (text) with a ``'`` before each cell `escape_formula` would escape."""
    formula = column.str.contains(_FORMULA) & ~column.str.contains(_NUMBER)
    return pl.when(formula).then(pl.lit("'") + column).otherwise(column).alias(column.meta.output_name())


@attrs.frozen(kw_only=True, eq=False)
class FrameReport(PeopleView, TabularReport[CohortRow]):
    """
    Every participant's decision in the order of the participants list, as columns.

    It answers as `CohortReport` does: ``rows(lang)``, ``to_csv(lang)`` (the
    same bytes), ``write_csv(path, lang)``, ``summary()``, ``count(status)``,
    ``decision(id)``; ``table`` is the columns themselves (one row per
    participant: ids, ``status``, and per leaf of the rules ``failing_<k>``,
    ``passed_<k>``, ``observed_<k>``). Its frames (``to_polars``,
    ``to_pandas``, ``to_arrow``, ``write_parquet``), its table for people
    (``describe``) and its notebook view are those of `CohortReport`.
    """

    csv_columns = CSV_COLUMNS
    frame_columns = FRAME_COLUMNS

    table: pl.DataFrame
    plan: Plan = attrs.field(repr=False)
    as_of: pendulum.Date
    methodology: HasGraduation = attrs.field(repr=False)
    cohort: CohortFrames = attrs.field(repr=False)

    def __len__(self) -> int:
        return self.table.height

    @property
    def problems(self) -> tuple[Problem, ...]:
        """
        Graduations recorded for someone not eligible on their day: none here.

        A cohort with recorded graduations is decided by the readable
        evaluator (`CohortFrames.columnar_decides`), whose `CohortReport` says them.
        """
        return ()

    def frame(self, lang: Lang = DEFAULT_LANG) -> pl.DataFrame:
        """The rows as a polars DataFrame with the `CSV_COLUMNS`, text in *lang*."""
        return worded(self.table, self.plan, self.methodology.curriculum, lang)

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[CohortRow]:
        """One `CohortRow` per participant, keyed by the `CSV_COLUMNS`."""
        return cast("list[CohortRow]", self.frame(lang).to_dicts())

    def to_csv(self, lang: Lang = DEFAULT_LANG, *, formula_escape: bool = True) -> str:
        """
        The report as CSV text, the same bytes as `CohortReport.to_csv` gives for the same decisions.

        Text cells a spreadsheet would run as formulas get a ``'`` before them
        unless *formula_escape* is False (as `escape_formula` does).
        """
        frame = self.frame(lang)
        if formula_escape:
            frame = frame.with_columns(_escaped(pl.col(c)) for c in CSV_COLUMNS)
        # polars quotes an empty text ("") where the csv module writes nothing: blanks go out as nulls
        return frame.with_columns(pl.col(c).replace("", None) for c in CSV_COLUMNS).write_csv()

    @property
    def participant_ids(self) -> tuple[str, ...]:
        """The participants of the report, in order."""
        return tuple(self.table.get_column("participant_id").to_list())

    def decision(self, participant_id: str) -> Decision:
        """The full decision for one participant (`UnknownIdError` if she is not in the report)."""
        if participant_id not in set(self.table.get_column("participant_id").to_list()):
            raise UnknownIdError(message("graduation.report_unknown", id=participant_id))
        return evaluate(self.methodology, self.cohort.record(participant_id), self.as_of)

    def explained(self, participant_ids: list[str] | None = None) -> Iterator[Decision]:
        """The full decisions of *participant_ids* (all, when None), in the report's order."""
        ids = list(self.participant_ids if participant_ids is None else participant_ids)
        cohort = self.cohort.cohort(ids)
        for ident in ids:
            yield evaluate(self.methodology, cohort.record(ident), self.as_of)

    @property
    def decisions(self) -> tuple[Decision, ...]:
        """Every full decision, built now: for a large cohort, ask `decision` for those you need."""
        return tuple(self.explained())

    def summary(self) -> list[dict[str, str | int]]:
        """Counts by status x centre x cohort, sorted, as plain dicts."""
        counts = self.table.group_by("status", *ID_COLUMNS[1:]).len("count").sort("status", *ID_COLUMNS[1:])
        return [
            {"status": s, "centre_id": c, "cohort_id": k, "count": n}
            for s, c, k, n in counts.select("status", "centre_id", "cohort_id", "count").iter_rows()
        ]

    def count(self, status: Status) -> int:
        """How many participants have *status*."""
        return self.table.filter(pl.col("status") == status.value).height

    @property
    def evaluated_on(self) -> dt.date:
        """The date the decisions were taken on (`as_of`)."""
        return self.as_of

    @property
    def participant_total(self) -> int:
        """How many participants the report holds."""
        return self.table.height

    def first_rows(self, lang: Lang, count: int) -> list[CohortRow]:
        """The rows of the first *count* participants, worded without wording the others."""
        return attrs.evolve(self, table=self.table.head(count)).rows(lang)

    def with_status(self, *statuses: Status) -> FrameReport:
        """The report of only the participants with one of *statuses*, in the same order."""
        return attrs.evolve(self, table=self.table.filter(pl.col("status").is_in([s.value for s in statuses])))

    def to_polars(self, lang: Lang = DEFAULT_LANG) -> pl.DataFrame:
        """The rows as a polars DataFrame with `CohortReport`'s typed columns, built from the columns at once."""
        types = {"str": pl.String, "category": pl.Categorical}
        frame = self.frame(lang)
        return frame.with_columns(
            pl.col(c.name).cast(pl.Enum(c.categories) if c.categories else types[c.kind]) for c in FRAME_COLUMNS
        )
