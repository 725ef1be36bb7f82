"""Measures and achievement: the closed sets of the results framework, and the progress rounding."""

from __future__ import annotations

import enum
from decimal import ROUND_HALF_UP, Decimal

from sce_method._core import register_labels


class Measure(enum.Enum):
    """What an indicator counts (IATI's measure)."""

    NUMBER = "numero"
    PERCENTAGE = "porcentaje"
    QUALITATIVE = "cualitativo"


register_labels(
    {
        Measure.NUMBER: "results.enum.Measure.numero",
        Measure.PERCENTAGE: "results.enum.Measure.porcentaje",
        Measure.QUALITATIVE: "results.enum.Measure.cualitativo",
    }
)


class Achievement(enum.Enum):
    """
    How far an indicator got, a closed set with Annex A's labels.

    `EXCEEDED` above 100 % of the target, `MET` at 100 %, `PARTIAL` above 0,
    `NOT_STARTED` with nothing achieved.
    """

    EXCEEDED = "meta-rebasada"
    MET = "meta-lograda"
    PARTIAL = "avance-parcial"
    NOT_STARTED = "no-iniciada"


register_labels(
    {
        Achievement.EXCEEDED: "results.enum.Achievement.meta-rebasada",
        Achievement.MET: "results.enum.Achievement.meta-lograda",
        Achievement.PARTIAL: "results.enum.Achievement.avance-parcial",
        Achievement.NOT_STARTED: "results.enum.Achievement.no-iniciada",
    }
)


def achievement(progress: float | None) -> Achievement:
    """
    The status for a progress ratio (1.0 is 100 %), judged on the whole percent shown.

    >>> [achievement(p).value for p in (2.0, 1.0, 0.91, 0.0, None)]
    ['meta-rebasada', 'meta-lograda', 'avance-parcial', 'no-iniciada', 'no-iniciada']
    """
    if progress is None or progress <= 0:
        return Achievement.NOT_STARTED
    percent = percent_of(progress)
    if percent > 100:
        return Achievement.EXCEEDED
    if percent == 100:
        return Achievement.MET
    return Achievement.PARTIAL


def percent_of(progress: float) -> int:
    """
    A progress ratio as a whole percent, rounded half up as reports do.

    >>> percent_of(40 / 36), percent_of(0.905), percent_of(2.0)
    (111, 91, 200)
    """
    return int((Decimal(str(progress)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
