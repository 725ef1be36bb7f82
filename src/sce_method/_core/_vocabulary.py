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


register_labels(
    {
        Delivery.IN_PERSON: "core.enum.Delivery.presencial",
        Delivery.ONLINE: "core.enum.Delivery.en-linea",
        Delivery.BLENDED: "core.enum.Delivery.mixta",
    }
)


INSTRUMENT_IDS: Final = ("entrada", "salida", "postgraduacion", "seguimiento")
"""The stable ids of the monitoring instruments (DESIGN.md): entry, exit, post-graduation, follow-up surveys."""
