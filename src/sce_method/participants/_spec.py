"""
A list of the cohort folder, described once: `ListSpec`, its `Column`s, and the `Row` its model is built from.

A spec says everything the reader needs to know about one list: its name (the
CSV file or the workbook's sheet), whether it is required, its columns (each
with the kind of cell it holds, whether it is required and whether it is
personal), the rule that keeps its rows unique, how a `Row` becomes a record,
and a check over the whole list. `LISTS` (in ``_lists.py``) holds the specs; the
reader (``_read.py``) reads any list through its spec.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Any, Final, Generic, Literal, Protocol, TypeVar

import attrs

from sce_method._core import SLUG, InvariantError, Message, UnknownIdError, invariant, message
from sce_method.participants._cells import ID_PATTERN

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
R = TypeVar("R")


class Vocabulary(Protocol):
    """The ids a cohort's rows may refer to; a `Methodology` is one."""

    @property
    def module_ids(self) -> Collection[str]:
        """Ids of the curriculum's modules."""

    @property
    def course_ids(self) -> Collection[str]:
        """Ids of the courses a completion may name (modules included)."""

    @property
    def centre_ids(self) -> Collection[str]:
        """Ids of the centres."""

    @property
    def instrument_ids(self) -> Collection[str]:
        """Ids of the monitoring instruments."""

    @property
    def staff_training_ids(self) -> Collection[str]:
        """Ids of the staff trainings (staff_training.csv names them)."""


class Reading(Protocol):
    """A cohort being read, as a column's cells and a list's check see it."""

    @property
    def vocabulary(self) -> Vocabulary | None:
        """The ids rows may refer to; None accepts any id."""

    def read_of(self, spec: ListSpec[R]) -> ListRead[R]:
        """A list read before this one (empty if it was absent)."""

    def report(self, file: str, line: int | None, column: int | None, path: tuple[str, ...], msg: Message) -> None:
        """Note a problem with the cohort's lists."""


@attrs.frozen(kw_only=True)
class CellSchema:
    """
    What a column's cells hold, said as data for other systems (the cohort folder's Frictionless Data Package).

    The cell's parser is the authority; this describes the same values in the
    terms of a Table Schema field.
    """

    type: Literal["string", "date", "number"] = "string"
    """Text, a date as ``YYYY-MM-DD``, or a number."""
    choices: tuple[str, ...] = ()
    """The values allowed, when the cell holds one of a fixed set; empty: no fixed set."""
    pattern: str | None = None
    """A regular expression the whole value matches."""
    minimum: float | None = None
    """The least number allowed."""
    maximum: float | None = None
    """The greatest number allowed."""
    vocabulary: str | None = None
    """The methodology's ids the cell names (``centre``, ``module``, ``course``, ``instrument``); None: none."""
    references: str | None = None
    """The list (by name) whose one-column `Unique` key the cell names; None: none."""


class Cell(Protocol[T_co]):
    """The kind of value a column holds: it gives the parser of one cell, for one reading."""

    @property
    def schema(self) -> CellSchema:
        """What the cells hold, said as data (see `CellSchema`)."""

    def bind(self, reading: Reading) -> Callable[[object], T_co]:
        """A parser of one cell (value, or `CellError`); it may use the ids read so far."""


@attrs.frozen
class Column:
    """One column of a list: its name, what its cells hold, and whether it must be there."""

    name: str
    cell: Cell[object]
    required: bool = attrs.field(default=True, kw_only=True)
    """A required column must be in the header, and its cells may not be blank; an optional blank cell is None."""
    personal: bool = attrs.field(default=False, kw_only=True)
    """Personal data (name, CURP, phone, e-mail): never shown; a list with one hides every refused value."""


@attrs.frozen
class Unique:
    """Rows of a list may not repeat these columns: a later row that does is reported and not used."""

    columns: tuple[str, ...]
    said: Callable[[tuple[str, ...], int], Message]
    """The problem, from the repeated key and the line of the row that had it first."""


@attrs.frozen
class Table:
    """One list of the cohort folder as its header sees it: the columns it must and may have."""

    name: str
    columns: tuple[str, ...]
    optional: tuple[str, ...] = ()
    required: bool = attrs.field(default=False, kw_only=True)

    @property
    def allowed(self) -> tuple[str, ...]:
        """Every column the list may have."""
        return (*self.columns, *self.optional)


@attrs.define
class ListRead(Generic[R]):
    """One list as read: its records, and what other lists may refer to."""

    file: str
    """Where the list is (or was looked for): the CSV file, or ``workbook.xlsx[sheet]``."""
    records: list[R] = attrs.field(factory=list)
    ids: dict[str, int] = attrs.field(factory=dict)
    """For a list with a one-column `Unique` key: the id of each record kept, with its row's line."""
    refused: dict[str, int] = attrs.field(factory=dict)
    """The ids of rows refused for a bad cell, with the first such line (same lists)."""
    columns: dict[str, int] = attrs.field(factory=dict)
    """Each known column of the list's header, by name: its number (from 1) in the file, where problems are placed."""


_ID_PATTERNS: Final = frozenset({ID_PATTERN.pattern, SLUG.pattern})
"""The patterns of id cells: the cohort's own ids, and the methodology's (slugs, a subset)."""


def _columns(_spec: object, _attribute: object, columns: tuple[Column, ...]) -> None:
    """Each column is declared once, and a column named ``*_id`` holds ids (or names another list's rows)."""
    names = [c.name for c in columns]
    if len(set(names)) != len(names):
        raise invariant("columns", message("participants.table.column_twice", names=names))
    for column in columns:
        schema = column.cell.schema
        if column.name.endswith("_id") and schema.pattern not in _ID_PATTERNS and schema.references is None:
            raise invariant("columns", message("participants.table.id_not_ident", column=column.name))


@attrs.frozen(kw_only=True)
class ListSpec(Generic[R]):
    """
    One list of the cohort folder, and how its rows become records of type *R*.

    Rows are read in order; each row's cells are parsed by their columns; a
    row with a bad cell is refused, one repeating a `Unique` key is reported,
    and the others are built by *build*, which may refuse the row too
    (`RowRefused`). *check* then runs over the whole list, when it is there.
    """

    name: str
    """The file (``<name>.csv``) or the workbook's sheet."""
    columns: tuple[Column, ...] = attrs.field(validator=_columns)
    """In the order the layout gives them: the order in which a row's bad cells are reported."""
    build: Callable[[Row], R]
    """The record from a row whose cells are all good: the model's ``from_row``."""
    required: bool = False
    """A required list missing from the folder or workbook is a problem."""
    unique: Unique | None = None
    """The columns no two rows may share; a one-column key is what other lists' `Reference` cells name."""
    check: Callable[[ListRead[R], Reading], None] | None = None
    """A rule over the whole list (or between lists), run after its rows when the list is there."""
    field: str | None = None
    """The `Cohort` attribute that holds the records; None: ``cohort.rows(spec)`` gives them."""

    def __attrs_post_init__(self) -> None:
        required = {c.name for c in self.columns if c.required}
        if self.unique is not None and not set(self.unique.columns) <= required:
            raise invariant("unique", message("participants.table.unique_not_required", name=self.name))

    @property
    def table(self) -> Table:
        """The list's header: its required and its optional columns."""
        return Table(
            self.name,
            tuple(c.name for c in self.columns if c.required),
            tuple(c.name for c in self.columns if not c.required),
            required=self.required,
        )

    @property
    def hides_values(self) -> bool:
        """
        Whether a refused cell's value is left out of its problem: in a list with personal columns.

        A row short of one cell shifts a name, a CURP or a phone number into
        the column before it, so no value of such a list is repeated.
        """
        return any(c.personal for c in self.columns)


class RowRefused(Exception):  # noqa: N818 -- a signal from a builder to the reader, which reports it
    """A builder refuses its row: the record's own rules are broken."""

    def __init__(self, problems: Iterable[tuple[str | None, tuple[str, ...], Message]]) -> None:
        self.problems = tuple(problems)
        """Each problem: the column it is placed at (None: the row), its path and its message."""
        super().__init__(f"{len(self.problems)} problem(s)")


class Row:
    """
    One row of a list, its cells parsed: typed access by column name, and where it was read.

    Optional columns are always there (None when blank or absent). A value of
    another type than asked is a mistake in the spec, not in the data.
    """

    __slots__ = ("_values", "file", "line")

    def __init__(self, values: dict[str, object], *, file: str, line: int) -> None:
        self._values = values
        self.file = file
        self.line = line

    def __repr__(self) -> str:
        return f"Row(file={self.file!r}, line={self.line}, columns={list(self._values)})"

    def value(self, column: str, kind: type[T]) -> T:
        """The parsed value of a required column (`UnknownIdError` for a column the spec does not declare)."""
        found = self._cell(column)
        if isinstance(found, kind):
            return found
        raise _wrong_type(column, kind, found)

    def optional(self, column: str, kind: type[T]) -> T | None:
        """The parsed value of an optional column, None if blank."""
        found = self._cell(column)
        if found is None or isinstance(found, kind):
            return found
        raise _wrong_type(column, kind, found)

    def _cell(self, column: str) -> object:
        try:
            return self._values[column]
        except KeyError:
            known = ", ".join(self._values)
            said = message("core.id.unknown", kind=message("participants.cell.column"), id=column, known=known)
            raise UnknownIdError(said) from None

    def refused(self, error: InvariantError, *, at: str | None = None) -> RowRefused:
        """
        The row refused for the record's broken rules, to raise from a builder.

        Args:
            error: what the record's class raised.
            at: the column each problem is placed at (its path becomes that
                column); None keeps each problem's path, on the whole row.
        """
        return RowRefused(
            (at, (at,), p.message) if at is not None else (None, tuple(str(s) for s in p.path), p.message)
            for p in error.problems
        )


def _wrong_type(column: str, kind: type[Any], found: object) -> TypeError:
    # The value is not shown: it may be personal.
    return TypeError(f"column {column!r} holds a {type(found).__name__}, not a {kind.__name__}")
