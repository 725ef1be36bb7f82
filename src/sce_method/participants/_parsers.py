"""
The kinds of cell a column may hold (`Cell`), each giving the parser of one cell for one reading.

Plain cells (`TEXT`, `ID`, `DATE`, `HOURS`, `one_of`, `member_of`) parse
alone; `Known` ids must be in the methodology's vocabulary, and a `Reference`
must name a row kept from another list of the cohort read before. Every id
cell (`ID`, `Known`, `Reference`) refuses a value that is not an id
(`cells.ID_PATTERN`) without repeating it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection
from typing import Any, Final, Generic, TypeVar

import attrs

from sce_method._core import SLUG, Message, invariant, is_slug, message
from sce_method.participants import _cells as cells
from sce_method.participants._limits import MAX_SESSION_HOURS
from sce_method.participants._spec import CellSchema, ListSpec, Reading, Vocabulary

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

Parser = Callable[[object], object]
"""A parser of one cell: its value, or `CellError`."""


@attrs.frozen
class Plain(Generic[T]):
    """A cell parsed alone, the same in every reading."""

    parse: Callable[[object], T]
    schema: CellSchema

    def bind(self, reading: Reading) -> Callable[[object], T]:  # noqa: ARG002 -- the same parser for every reading
        """The parser."""
        return self.parse


TEXT: Final = Plain(cells.text, CellSchema())
ID: Final = Plain(cells.ident, CellSchema(pattern=cells.ID_PATTERN.pattern))
DATE: Final = Plain(cells.date, CellSchema(type="date"))
HOURS: Final = Plain(cells.hours, CellSchema(type="number", minimum=0, maximum=MAX_SESSION_HOURS))


def one_of(choices: Collection[str]) -> Plain[str]:
    """Text that must be one of *choices* (the closest is suggested)."""
    allowed = tuple(choices)
    return Plain(cells.Choices(allowed, message("participants.cell.value")).parse, CellSchema(choices=allowed))


def member_of(kind: type[E]) -> Plain[E]:
    """The member of the enum *kind* whose value the cell holds (the closest value is suggested)."""
    values = tuple(str(m.value) for m in kind)
    choices = cells.Choices(values, message("participants.cell.value"))

    def parse(value: object) -> E:
        return kind(choices.parse(value))

    return Plain(parse, CellSchema(choices=values))


@attrs.frozen
class Known:
    """An id that must be one of the vocabulary's (any id when there is no vocabulary)."""

    kind: Message
    """The message naming what the id is (``message("core.kind.module")``)."""
    ids: Callable[[Vocabulary], Collection[str]]

    @property
    def schema(self) -> CellSchema:
        """A stable id (a slug) of the methodology's vocabulary: which one, the kind says."""
        return CellSchema(pattern=SLUG.pattern, vocabulary=self.kind.key.rsplit(".", 1)[-1])

    def bind(self, reading: Reading) -> Callable[[object], str]:
        """A parser checking the id against the reading's vocabulary."""
        vocabulary = reading.vocabulary
        return ref(None if vocabulary is None else self.ids(vocabulary), self.kind)


CENTRE: Final = Known(message("participants.kind.centre"), lambda v: v.centre_ids)
MODULE: Final = Known(message("core.kind.module"), lambda v: v.module_ids)
COURSE: Final = Known(message("core.kind.course"), lambda v: v.course_ids)
INSTRUMENT: Final = Known(message("participants.kind.instrument"), lambda v: v.instrument_ids)
TRAINING: Final = Known(message("participants.kind.staff_training"), lambda v: v.staff_training_ids)


def _keyed(_reference: object, _attribute: object, target: ListSpec[Any]) -> None:
    if target.unique is None or len(target.unique.columns) != 1:
        raise invariant("target", message("participants.table.no_unique_key", name=target.name))


@attrs.frozen(kw_only=True)
class Reference:
    """
    An id naming a row kept from another list (its one-column `Unique` key), read before this one.

    The id is not echoed when it is unknown: a mistyped id may be a name.
    """

    target: ListSpec[Any] = attrs.field(validator=_keyed)
    unknown: Message
    """The message for an id that names no row."""
    refused: Callable[[int], Message] | None = None
    """The message for an id whose row was refused, given that row's line; said once per list and column.
    None: such an id is simply unknown."""
    blank: Message | None = None
    """The message for a blank cell, instead of the general one."""

    @property
    def schema(self) -> CellSchema:
        """Text naming a row of the target list."""
        return CellSchema(references=self.target.name)

    def bind(self, reading: Reading) -> Callable[[object], str]:
        """A parser checking the id against the target list as read."""
        target = reading.read_of(self.target)
        known: Collection[str] = target.ids
        rejected = target.refused if self.refused is not None else None
        said: set[str] = set()
        unknown, refused, blank = self.unknown, self.refused, self.blank

        def parse(value: object) -> str:
            if blank is not None and cells.blank(value):
                raise cells.CellError(blank)
            ident = cells.ident(value)
            if ident in known:
                return ident
            if rejected is not None and refused is not None and ident in rejected:
                quiet = ident in said
                said.add(ident)
                raise cells.CellError(refused(rejected[ident]), quiet=quiet)
            raise cells.CellError(unknown)

        return parse


def ref(known: Collection[str] | None, kind: Message) -> Callable[[object], str]:
    """A parser for an id that must be one of *known* (any slug, as a methodology's ids are, when None)."""
    choices = None if known is None else cells.Choices(known, kind)

    def parse(value: object) -> str:
        ident = cells.ident(value)
        if choices is None:
            if not is_slug(ident):
                raise cells.CellError(message("core.id.invalid", value=ident))
        elif ident not in choices.known:
            raise cells.CellError(choices.unknown(ident))
        return ident

    return parse


_ECHOED: Final = frozenset({"value", "id", "found"})
"""The message parameters through which a parser repeats the cell it refused."""


def private(parse: Parser) -> Parser:
    """
    *parse*, for a cell of a list with personal columns: a refused value is not repeated.

    A row short of one cell shifts a name, a CURP or a phone number into the
    column before it; the problem's line and column say where to look.
    """

    def parse_quietly(value: object) -> object:
        try:
            return parse(value)
        except cells.CellError as err:
            said = err.message
            params = {k: message("participants.cell.hidden") if k in _ECHOED else v for k, v in said.params.items()}
            raise cells.CellError(attrs.evolve(said, params=params)) from None

    return parse_quietly
