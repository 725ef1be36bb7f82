"""
Graduations recorded, and the events where they were recognised: graduations.csv and events.csv.

A graduation is a fact a centre records (``graduada``): the day it was
granted and, when there was one, the ceremony that recognised it. Whether she
*could* graduate on that day is the graduation room's to judge; these
records only say what was recorded, where (file and line) and when.
"""

from __future__ import annotations

import enum

import attrs
import pendulum

from sce_method._core import register_labels
from sce_method.participants._spec import Row


class EventKind(enum.Enum):
    """What kind of event events.csv records."""

    GRADUATION_CEREMONY = "ceremonia-de-graduacion"
    """A ceremony recognising graduations (the seed's 17 October 2024 event)."""
    CERTIFICATES = "entrega-de-constancias"
    """A ceremony handing staff their certificates (constancias) only."""
    OTHER = "otro"
    """Anything else the centre wants to date: a session, a presentation."""


register_labels(
    {
        EventKind.GRADUATION_CEREMONY: "participants.enum.EventKind.ceremonia-de-graduacion",
        EventKind.CERTIFICATES: "participants.enum.EventKind.entrega-de-constancias",
        EventKind.OTHER: "participants.enum.EventKind.otro",
    }
)


@attrs.frozen(kw_only=True)
class EventRecord:
    """One row of events.csv: an event of the programme, its day, its kind, and where it was."""

    id: str
    date: pendulum.Date
    kind: EventKind
    centre_id: str | None = None
    """The centre that held it, when it was one centre's."""
    place: str | None = None
    """Where it was, in words (a theatre, a city), when it was not at a centre or to say more."""
    description: str | None = None
    file: str | None = attrs.field(default=None, eq=False, repr=False)
    line: int | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def from_row(cls, row: Row) -> EventRecord:
        """A row of events.csv, with its file and line."""
        return cls(
            id=row.value("event_id", str),
            date=row.value("date", pendulum.Date),
            kind=row.value("kind", EventKind),
            centre_id=row.optional("centre_id", str),
            place=row.optional("place", str),
            description=row.optional("description", str),
            file=row.file,
            line=row.line,
        )


@attrs.frozen(kw_only=True)
class GraduationRecord:
    """
    One row of graduations.csv: a participant was graduated on a day, recognised at an event if one is named.

    *file* and *line* say where the record is, so that a graduation that
    should not have been recorded can be pointed at.
    """

    participant_id: str
    graduated_on: pendulum.Date
    event_id: str | None = None
    file: str | None = attrs.field(default=None, eq=False, repr=False)
    line: int | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def from_row(cls, row: Row) -> GraduationRecord:
        """A row of graduations.csv, with its file and line."""
        return cls(
            participant_id=row.value("participant_id", str),
            graduated_on=row.value("graduated_on", pendulum.Date),
            event_id=row.optional("event_id", str),
            file=row.file,
            line=row.line,
        )
