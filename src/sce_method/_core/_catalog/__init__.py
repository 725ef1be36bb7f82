"""
The message catalog: every text the library shows to people, in es and en.

Each room's messages live in their own module; keys are grouped by prefix. A
test checks that every key has both languages with the same placeholders, and
that no key is defined twice.
"""

from __future__ import annotations

from typing import Final

from sce_method._core._catalog import (
    _adapt,
    _cohort,
    _curriculum,
    _graduation,
    _load,
    _mentoring,
    _monitoring,
    _results,
    _show,
    _values,
)

PARTS: Final = (
    _values.MESSAGES,
    _curriculum.MESSAGES,
    _load.MESSAGES,
    _show.MESSAGES,
    _cohort.MESSAGES,
    _graduation.MESSAGES,
    _monitoring.MESSAGES,
    _results.MESSAGES,
    _mentoring.MESSAGES,
    _adapt.MESSAGES,
)
"""Each room's messages, merged into `CATALOG`."""

CATALOG: Final[dict[str, dict[str, str]]] = {key: texts for part in PARTS for key, texts in part.items()}
