"""
An export's cells turned into typed answers, strictly.

Numbers are ASCII digits (``.`` the decimal point), dates ISO; a cell that
cannot be read as its question's type raises `CellError`, whose message says
what was expected and never what the cell holds.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from typing import Final

import pendulum

from sce_method._core import DEFAULT_LANG, Message, iso_date, message


class CellError(Exception):
    """A cell that cannot be read as its question's type, and why."""

    def __init__(self, said: Message) -> None:
        self.message = said
        super().__init__(said)

    def __str__(self) -> str:
        return self.message.render(DEFAULT_LANG)


_INTEGER: Final = re.compile(r"-?[0-9]{1,15}")
"""A whole number as text: ASCII digits, an optional minus, at most 15 digits (exact as the float expressions use)."""
_DECIMAL: Final = re.compile(r"-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)")
"""A number as text: ASCII digits, an optional minus and ``.`` as the decimal point; no exponent, no separator."""
_DATE_TIME: Final = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})?"
)
"""An ISO 8601 date and time, as ODK writes one: its date is the answer."""
_LARGEST: Final = 10**15
"""Whole numbers are below this in magnitude: a float holds every one of them exactly."""


def number(value: object, *, integer: bool) -> float | int:
    """
    A number answer: a number cell of a workbook, or text in the strict forms above.

    Nothing is guessed: ``3_0``, ``4e1``, ``2,5``, ``١٢`` (Arabic-Indic digits) and ``nan`` are
    refused, not read as 30, 40, 2.5, 12 or a number that is none. The cell's text is never
    repeated in the error (see `read_export`).
    """
    if isinstance(value, str):
        text = value.strip()
        number = float(text) if (_INTEGER if integer else _DECIMAL).fullmatch(text) else math.nan
    elif isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        number = math.nan
    if not math.isfinite(number) or (integer and (not number.is_integer() or abs(number) >= _LARGEST)):
        # the error is built only here: most cells are numbers, and a message is not free
        raise CellError(message("exports.not_integer" if integer else "exports.not_decimal"))
    return int(number) if integer else number


def date(value: object) -> dt.date:
    """
    A date answer: a date cell of a workbook, or text that is ``YYYY-MM-DD`` or an ISO 8601 date and time.

    Of a date and time (``2024-10-17T09:30:00.000-06:00``), the date as written is kept. Anything
    else after the date (``2024-09-20 no sé``) is refused, as is any other form of date.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        timed = _DATE_TIME.fullmatch(text)
        parsed = iso_date(timed.group("date") if timed else text)
        if parsed is not None and (timed is None or _real_time(text)):
            return parsed
    raise CellError(message("exports.not_date"))


def _real_time(text: str) -> bool:
    """Whether an ISO date and time in the right form is a real one (no 25:00, no +99:00)."""
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


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
    # Kobo's _submission_time is UTC without a suffix; another offset is converted by the standard library
    # (pendulum's own conversion is slow per row)
    at = parsed if parsed.tzinfo is None else parsed.astimezone(dt.UTC)
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


def without_hxl(body: Sequence[list[object]], lines: Sequence[int]) -> tuple[Sequence[list[object]], Sequence[int]]:
    """Skip a Kobo HXL row (row 2, every non-empty cell a #tag); return the data rows and their lines."""
    if (
        body
        and any(c not in (None, "") for c in body[0])
        and all(str(c).startswith("#") for c in body[0] if c not in (None, ""))
    ):
        return body[1:], lines[1:]
    return body, lines
