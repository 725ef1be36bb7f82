"""Closed vocabularies that more than one room of the house uses."""

from __future__ import annotations

import enum
from typing import Final

from sce_method._core._catalog import register_labels


class Delivery(enum.Enum):
    """How a module, or one session of it, is delivered (``modalidad``)."""

    IN_PERSON = "presencial"
    ONLINE = "en-linea"
    BLENDED = "mixta"


class InstrumentKind(enum.Enum):
    """
    When an instrument is applied: the one definition of DESIGN.md's stable instrument ids.

    Here on the ground floor, so that the command line's parser and the
    methodology's defaults take the ids from it without importing monitoring.
    """

    ENTRY = "entrada"
    EXIT = "salida"
    POST_GRADUATION = "postgraduacion"
    FOLLOW_UP = "seguimiento"


INSTRUMENT_IDS: Final = tuple(kind.value for kind in InstrumentKind)


register_labels(
    {
        Delivery.IN_PERSON: "core.enum.Delivery.presencial",
        Delivery.ONLINE: "core.enum.Delivery.en-linea",
        Delivery.BLENDED: "core.enum.Delivery.mixta",
    }
)
"""The stable ids of the monitoring instruments (DESIGN.md): entry, exit, post-graduation, follow-up surveys."""
