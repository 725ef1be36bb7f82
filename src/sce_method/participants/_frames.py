"""
`CohortFrames`: a cohort's lists as typed columns (polars), for the columnar engines.

The lists hold what the readable reader would have built records from,
column by column: ids and text as strings, dates as dates, hours as numbers,
a member of a closed set as its value, each row with its ``line``. A
participant's `ParticipantRecord` is still built by the readable reader, from
her rows only (`record`): the columnar engines compute figures, the readable
path explains them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Collection, Mapping
from typing import Any

import attrs
import polars as pl

from sce_method._core import Problem, UnknownIdError, message
from sce_method.participants._build import cohort_from
from sce_method.participants._cohort import Cohort, ParticipantRecord
from sce_method.participants._lists import LISTS, PARTICIPANTS
from sce_method.participants._parsers import Reference
from sce_method.participants._sources import Cells, Source
from sce_method.participants._spec import ListSpec, Vocabulary


@attrs.frozen(kw_only=True, eq=False)
class CohortFrames:
    """
    A cohort's lists as polars DataFrames, by list name, checked as the readable reader checks them.

    ``frames["attendance"]`` has the columns of attendance.csv (typed) and
    ``line``. `record` gives one participant's `ParticipantRecord`, read the
    readable way from her rows; `cohort` does so for many.
    """

    frames: Mapping[str, pl.DataFrame]
    source: str | None = None
    problems: tuple[Problem, ...] = ()
    vocabulary: Vocabulary | None = attrs.field(default=None, repr=False)
    _whole: Cohort | None = attrs.field(default=None, alias="whole", repr=False)
    """The readable cohort this was built from, if it was (`from_cohort`)."""

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={frame.height}" for name, frame in self.frames.items())
        return f"CohortFrames(source={self.source!r}, {sizes})"

    @staticmethod
    def knows_every_list() -> bool:
        """
        Whether the columnar engines know every list of the cohort folder (`LISTS`).

        A list added to the format since (with what it means for a decision)
        is not among the columns they read: until it is, `read_cohort` with
        ``engine="polars"`` reads with the readable reader and `evaluate_cohort`
        evaluates with the readable evaluator.
        """
        return all(spec.name in COLUMNAR_LISTS for spec in LISTS)

    @classmethod
    def from_cohort(cls, cohort: Cohort) -> CohortFrames:
        """The lists of a cohort read the readable way, as columns."""
        frames = {spec.name: _frame(spec, cohort.rows(spec)) for spec in LISTS if spec.name in _GETTERS}
        return cls(frames=frames, source=cohort.source, problems=cohort.problems, whole=cohort)

    @property
    def participant_ids(self) -> tuple[str, ...]:
        """Participant ids, in the order of the participants list."""
        return tuple(self.frames[PARTICIPANTS.name].get_column("participant_id").to_list())

    def record(self, participant_id: str) -> ParticipantRecord:
        """Everything about one participant, read the readable way from her rows (`UnknownIdError` if none)."""
        return self.cohort([participant_id]).record(participant_id)

    def cohort(self, participant_ids: Collection[str] | None = None) -> Cohort:
        """
        The readable `Cohort` of these participants (all, when None): their rows, read through the lists' specs.

        A participant's rows that name other participants (a mentor) bring
        those participants' own rows of participants.csv along.
        """
        if self._whole is not None:
            return self._whole
        people = self.frames[PARTICIPANTS.name]
        if participant_ids is None:
            return self._read(self.frames)
        wanted = set(participant_ids)
        unknown = wanted - set(people.filter(pl.col("participant_id").is_in(wanted)).get_column("participant_id"))
        if unknown:
            raise UnknownIdError(message("participants.unknown", id=min(unknown)))
        named = set(wanted)
        for spec in LISTS[1:]:
            named |= _named_with(spec, self.frames.get(spec.name), wanted)
        subset = {
            name: frame.filter(_rows_of(_spec(name), named)) for name, frame in self.frames.items() if name in _SPECS
        }
        return self._read(subset)

    def _read(self, frames: Mapping[str, pl.DataFrame]) -> Cohort:
        sources = {spec.name: _source(spec, frames.get(spec.name), self.source) for spec in LISTS}
        return cohort_from(str(self.source), sources, self.vocabulary, errors="collect")


_SPECS: dict[str, ListSpec[Any]] = {spec.name: spec for spec in LISTS}


def _spec(name: str) -> ListSpec[Any]:
    return _SPECS[name]


def _references(spec: ListSpec[Any]) -> list[str]:
    """The columns of *spec* that name a participant."""
    return [c.name for c in spec.columns if isinstance(c.cell, Reference) and c.cell.target is PARTICIPANTS]


def _named_with(spec: ListSpec[Any], frame: pl.DataFrame | None, wanted: set[str]) -> set[str]:
    """The participants named in the rows of *frame* that name one of *wanted*."""
    columns = _references(spec)
    if frame is None or not columns:
        return set()
    rows = frame.filter(pl.any_horizontal([pl.col(c).is_in(wanted) for c in columns]))
    return {v for c in columns for v in rows.get_column(c).drop_nulls().to_list()}


def _rows_of(spec: ListSpec[Any], named: set[str]) -> pl.Expr:
    """The rows of *spec* that belong to the participants *named*: every participant they name is one of them."""
    if spec is PARTICIPANTS:
        return pl.col("participant_id").is_in(named)
    columns = _references(spec)
    if not columns:
        return pl.lit(value=True)
    return pl.all_horizontal([pl.col(c).is_null() | pl.col(c).is_in(named) for c in columns])


def _source(spec: ListSpec[Any], frame: pl.DataFrame | None, root: str | None) -> Source:
    file = f"{root}/{spec.name}.csv" if root is not None else f"{spec.name}.csv"
    if frame is None:
        return Source(file)
    columns = [c.name for c in spec.columns if c.name in frame.columns]
    return Source(file, lambda: _cells(frame, columns))


def _cells(frame: pl.DataFrame, columns: list[str]) -> Cells:
    """The rows of *frame* as the text cells of a CSV file, each with its line."""
    yield 1, list(columns)
    lines = frame.get_column("line").to_list() if "line" in frame.columns else range(2, frame.height + 2)
    for line, row in zip(lines, frame.select(columns).iter_rows(), strict=True):
        yield line, [_text(v) for v in row]


def _text(value: object) -> object:
    """A typed value back as the text of its cell (which its column's parser reads back as the same value)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        shown = repr(value)
        return shown if "e" not in shown else format(value, ".400f").rstrip("0")
    return str(value)


def _frame(spec: ListSpec[Any], records: tuple[Any, ...]) -> pl.DataFrame:
    """The records of one list as columns, named as its spec's columns."""
    getters = _GETTERS.get(spec.name, {})
    columns = [c.name for c in spec.columns if c.name in getters]
    data = {name: [plain_value(getters[name](r)) for r in records] for name in columns}
    return pl.DataFrame(data, schema={name: _DTYPES.get(_kind(spec, name), pl.String) for name in columns})


def _kind(spec: ListSpec[Any], column: str) -> str:
    cell = next(c.cell for c in spec.columns if c.name == column)
    return cell.schema.type


_DTYPES: dict[str, type[pl.DataType]] = {"date": pl.Date, "number": pl.Float64}


def plain_value(value: object) -> object:
    """A parsed cell as a column holds it: an enum member as its value, a date as a standard library date."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    return value


def _attr(name: str) -> Callable[[Any], object]:
    return lambda record: getattr(record, name)


_GETTERS: dict[str, dict[str, Callable[[Any], object]]] = {
    "participants": {
        "participant_id": _attr("id"),
        "centre_id": _attr("centre_id"),
        "cohort_id": _attr("cohort_id"),
        "enrolled_on": lambda p: p.enrollment.enrolled_on,
        "withdrawn_on": lambda p: p.enrollment.withdrawn_on,
    },
    "cohorts": {
        "cohort_id": _attr("id"),
        "centre_id": _attr("centre_id"),
        "starts_on": _attr("starts_on"),
        "ends_on": _attr("ends_on"),
    },
    "attendance": {n: _attr(n) for n in ("participant_id", "module_id", "session_date", "hours", "mode")},
    "completions": {n: _attr(n) for n in ("participant_id", "course_id", "completed_on", "source")},
    "instruments": {n: _attr(n) for n in ("participant_id", "instrument_id", "submitted_on")},
    "follow_up": {n: _attr(n) for n in ("participant_id", "recorded_on", "kind")},
    "mentors": {n: _attr(n) for n in ("participant_id", "trained_on")},
    "assignments": {n: _attr(n) for n in ("mentor_id", "mentee_id", "starts_on", "ends_on")},
    "mentoring": {n: _attr(n) for n in ("mentor_id", "mentee_id", "session_date", "hours", "topic")},
}
"""How a record of each list gives its columns' values (for `CohortFrames.from_cohort`)."""

COLUMNAR_LISTS: frozenset[str] = frozenset(_GETTERS)
"""The lists the columnar engines read and evaluate (a test checks the columnar reader has rules for each)."""
