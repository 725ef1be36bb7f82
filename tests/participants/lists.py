"""
The example cohort, its personal values, and small cohort folders written inline.

`EXAMPLE` is examples/cohorts/crea-2024 (70 synthetic participants whose
personal columns hold fake values); `personal_values` reads those values from
its participants.csv so that a test can look for them in any output.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path
from typing import Final

from sce_method.participants import PERSONAL_FIELDS

ROOT: Final = Path(__file__).resolve().parents[2]
EXAMPLE: Final = ROOT / "examples" / "cohorts" / "crea-2024"
"""The example cohort folder."""
EXAMPLE_XLSX: Final = ROOT / "examples" / "cohorts" / "crea-2024.xlsx"
"""The same cohort as one workbook."""

AS_OF: Final = "2024-10-17"
"""The date the example cohort's lists were exported, and its planned evaluation date."""

PARTICIPANTS: Final = "participant_id,centre_id,cohort_id,enrolled_on\nP1,crea,c1,2024-06-10\nP2,crea,c1,2024-06-10\n"
"""A participants list of two, with no personal columns."""

ATTENDANCE: Final = "participant_id,module_id,session_date,hours\nP1,alfabetizacion-digital,2024-07-01,2\n"
"""An attendance list with one good row (line 2)."""


@functools.cache
def personal_values() -> frozenset[str]:
    """Every non-empty personal value of the example cohort's participants list."""
    with (EXAMPLE / "participants.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return frozenset(row[f] for row in rows for f in PERSONAL_FIELDS if row.get(f))


def leaks(text: str, values: frozenset[str] | None = None) -> list[str]:
    """
    The personal *values* (the example cohort's by default) that occur in *text*, sorted.

    A value is found where it is not part of a longer run of digits: the fake
    phone ``0000000000`` is not a leak inside the float ``9.600000000000001``.
    """
    found = (v for v in (personal_values() if values is None else values) if _occurs(v, text))
    return sorted(found)


def _occurs(value: str, text: str) -> bool:
    return re.search(rf"(?<!\d){re.escape(value)}(?!\d)", text) is not None


def write_lists(folder: Path, **lists: str | bytes) -> Path:
    """Write each list (``attendance="..."``) as ``<name>.csv`` in *folder*; return *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in lists.items():
        path = folder / f"{name}.csv"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return folder
