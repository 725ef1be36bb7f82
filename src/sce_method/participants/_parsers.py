"""Parsers for the id cells of a cohort's lists: references that must resolve."""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping
from typing import Final

from sce_method._core import message
from sce_method.participants import _cells as cells
from sce_method.participants._read import Parser


def ref(known: Collection[str] | None, kind: str) -> Parser:
    """A parser for an id that must be one of *known* (any id when None)."""

    def parse(value: object) -> str:
        ident = cells.text(value)
        if known is not None and ident not in known:
            raise cells.CellError(cells.unknown_id_message(ident, known, kind=kind))
        return ident

    return parse


def participant_ref(known: Collection[str], rejected: Mapping[str, int] | None = None) -> Parser:
    """
    A participant id that must be in participants.csv.

    References to a participant whose own row was rejected are said once per
    list, with that row's line, rather than on every row: one bad row in
    participants.csv would otherwise bury the real problem under dozens.
    """
    said: set[str] = set()

    def parse(value: object) -> str:
        ident = cells.text(value)
        if ident in known:
            return ident
        if rejected is not None and ident in rejected:
            quiet = ident in said
            said.add(ident)
            raise cells.CellError(message("cell.rejected_participant", line=rejected[ident]), quiet=quiet)
        # The id is not echoed: a mistyped id may be a name.
        raise cells.CellError(message("cell.unknown_participant"))

    return parse


def mentee_ref(known: Collection[str]) -> Parser:
    """A mentee id: a blank one is a session with no mentee, said in those words."""
    participant = participant_ref(known)

    def parse(value: object) -> object:
        if cells.blank(value):
            raise cells.CellError(message("mentoring.no_mentee"))
        return participant(value)

    return parse


def enum_of(choices: Collection[str]) -> Parser:
    return functools.partial(cells.choice, choices=choices)


_ECHOED: Final = frozenset({"value", "id", "found"})
"""The message parameters through which a parser repeats the cell it refused."""


def private(parse: Parser) -> Parser:
    """
    *parse*, for a cell of the participants list: a refused value is not repeated.

    That list carries personal data, and a row short of one cell shifts a
    name, a CURP or a phone number into the column before it; the problem's
    line and column say where to look.
    """

    def parse_quietly(value: object) -> object:
        try:
            return parse(value)
        except cells.CellError as err:
            said = err.message
            params = {k: message("cell.hidden") if k in _ECHOED else v for k, v in said.params.items()}
            raise cells.CellError(message(said.key, **params)) from None

    return parse_quietly
