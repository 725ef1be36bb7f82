"""
An export's cells turned into typed answers.

A cell that cannot be read as its question's type raises `CellError`.
"""

from __future__ import annotations

import datetime as dt

import pendulum

from sce_method._core import DEFAULT_LANG, Message, iso_date, message


class CellError(Exception):
    """A cell that cannot be read as its question's type, and why."""

    def __init__(self, said: Message) -> None:
        self.message = said
        super().__init__(said)

    def __str__(self) -> str:
        return self.message.render(DEFAULT_LANG)


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
    return pendulum.instance(parsed).in_timezone("UTC")


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
