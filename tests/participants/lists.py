"""
Helpers of the participants tests.

The example cohort, its personal values, small cohort folders and workbooks
written inline, a list added as a test, and the problems a record's class
refuses.

`EXAMPLE` is examples/cohorts/crea-2024 (70 synthetic participants whose
personal columns hold fake values); `personal_values` reads those values from
its participants.csv so that a test can look for them in any output.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path
from typing import Any, Final

import attrs
import openpyxl
import pendulum
import pytest

from sce_method import message
from sce_method.exceptions import InvariantError, Problem
from sce_method.participants import PERSONAL_FIELDS, ListSpec, Row
from sce_method.participants._lists import PARTICIPANT
from sce_method.participants._parsers import DATE, ID, TEXT
from sce_method.participants._spec import Column, Unique

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


def refused(build: Any, **fields: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """The path and message key of each problem of the `InvariantError` that ``build(**fields)`` raises."""
    with pytest.raises(InvariantError) as caught:
        build(**fields)
    return [(p.path, p.message.key) for p in caught.value.problems]


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


def workbook_of(**lists: str) -> openpyxl.Workbook:
    """A workbook with a sheet per list (``participants="..."``), each line's cells split at its commas."""
    book = openpyxl.Workbook()
    book.remove(book.worksheets[0])
    for name, content in lists.items():
        sheet = book.create_sheet(name)
        for line in content.splitlines():
            sheet.append(line.split(","))
    return book


@attrs.frozen(kw_only=True)
class Visit:
    """A model as a later list would add it: a home visit to a participant, once per visit id."""

    id: str
    participant_id: str
    day: pendulum.Date
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.note == "refused":
            raise InvariantError([Problem(path=("note",), message=message("participants.cell.blank"))])
        if self.note == "refused-at-day":
            raise InvariantError([Problem(path=("x",), message=message("participants.cell.blank"))])

    @classmethod
    def from_row(cls, row: Row) -> Visit:
        """A row of visits.csv; a note ``refused`` is refused on the row, ``refused-at-day`` at the day."""
        note = row.optional("note", str)
        try:
            return cls(
                id=row.value("visit_id", str),
                participant_id=row.value("participant_id", str),
                day=row.value("day", pendulum.Date),
                note=note,
            )
        except InvariantError as err:
            raise row.refused(err, at="day" if note == "refused-at-day" else None) from None


VISITS: Final = ListSpec(
    name="visits",
    columns=(
        Column("visit_id", ID),
        Column("participant_id", PARTICIPANT),
        Column("day", DATE),
        Column("note", TEXT, required=False),
    ),
    unique=Unique(("visit_id",), lambda _, first: message("participants.mentoring.duplicate_mentor", first=first)),
    build=Visit.from_row,
)
"""A list added by one spec and one model (`Visit`), with no Cohort attribute."""
