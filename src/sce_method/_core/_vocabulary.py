"""Closed vocabularies that more than one room of the house uses."""

from __future__ import annotations

import enum
from typing import Final


class Delivery(enum.Enum):
    """How a module, or one session of it, is delivered (``modalidad``)."""

    IN_PERSON = "presencial"
    ONLINE = "en-linea"
    BLENDED = "mixta"


INSTRUMENT_IDS: Final = ("entrada", "salida", "postgraduacion", "seguimiento")
"""The stable ids of the monitoring instruments (DESIGN.md): entry, exit, post-graduation, follow-up surveys."""
