"""
An export's table, and its cells turned into typed answers.

A CSV (``;`` or ``,``, with or without a BOM, a quoted cell spanning lines) or
the first sheet of an .xlsx is read into rows with the line each starts on.
A cell that cannot be read as its question's type raises `CellError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import TYPE_CHECKING, Final

import pendulum

from sce_method._core import DEFAULT_LANG, LoadError, Message, Problem, decode_utf8, iso_date, message, read_workbook

if TYPE_CHECKING:
    from openpyxl import Workbook


class CellError(Exception):
    """A cell that cannot be read as its question's type, and why."""

    def __init__(self, said: Message) -> None:
        self.message = said
        super().__init__(said)

    def __str__(self) -> str:
        return self.message.render(DEFAULT_LANG)


def read_table(path: Path) -> tuple[list[list[object]], list[int], str | None]:
    """The rows of the export (header first), the line each starts on, and the CSV delimiter used, if a CSV."""
    if not path.is_file():
        raise LoadError([Problem(message=message("core.load.not_found"), file=str(path))])
    if path.suffix.lower() == ".xlsx":
        table = read_workbook(path, _first_sheet)
        return table, list(range(1, len(table) + 1)), None
    text = decode_utf8(path.read_bytes(), file=str(path))
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[object]] = []
    lines: list[int] = []
    while True:
        start = reader.line_num + 1  # a quoted cell may hold line breaks: a record can span lines
        try:
            row = next(reader)
        except StopIteration:
            break
        rows.append(list(row))
        lines.append(start)
    return rows, lines, delimiter


def _first_sheet(workbook: Workbook) -> list[list[object]]:
    return [list(row) for row in workbook[workbook.sheetnames[0]].iter_rows(values_only=True)]


def number(value: object, *, integer: bool) -> float | int:
    if isinstance(value, bool):
        raise CellError(message("core.cell.not_number", value=value))
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(str(value).strip())
        except ValueError:
            raise CellError(message("core.cell.not_number", value=value)) from None
    if integer:
        if not number.is_integer():
            raise CellError(message("instruments.response.type", expected=message("core.type.int"), found=repr(value)))
        return int(number)
    return number


def date(value: object) -> dt.date:
    """A date answer: a date cell, or text that starts with ``YYYY-MM-DD`` (a time after it is dropped)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parsed = iso_date(str(value).strip()[:10])
    if parsed is None:
        raise CellError(message("core.load.invalid_date", value=value))
    return parsed


_UTC: Final = pendulum.UTC


def utc(value: object) -> pendulum.DateTime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return pendulum.instance(value, tz="UTC").in_timezone("UTC")
    text = str(value).strip().replace("Z", "+00:00")
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)  # Kobo's _submission_time is UTC without a suffix
    at = parsed.astimezone(dt.UTC)  # the standard library converts; pendulum's own conversion is slow per row
    return pendulum.DateTime(at.year, at.month, at.day, at.hour, at.minute, at.second, at.microsecond, tzinfo=_UTC)


def text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def kobo_status(value: object) -> str | None:
    """Kobo's validation status by its uid (XML export) or label: ``approved``, ``not_approved``, ``on_hold``."""
    status = text(value)
    if status is None:
        return None
    return status.lower().removeprefix("validation_status_").replace(" ", "_")


def without_hxl(body: list[list[object]], lines: list[int]) -> tuple[list[list[object]], list[int]]:
    """Skip a Kobo HXL row (row 2, every non-empty cell a #tag); return the data rows and their lines."""
    if (
        body
        and any(c not in (None, "") for c in body[0])
        and all(str(c).startswith("#") for c in body[0] if c not in (None, ""))
    ):
        return body[1:], lines[1:]
    return body, lines
