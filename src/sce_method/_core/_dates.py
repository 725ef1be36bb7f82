"""
Dates as the library reads them: ISO ``YYYY-MM-DD``, and nothing else.

One strict parser, `iso_date`, for every reader: the YAML loader, the cohort
lists, the KoboToolbox and ODK Central exports, expressions, and the dates a
person gives (``--as-of``, ``as_of=``). ``17/10/2024`` is refused rather than
guessed as a day and a month; so are ``20241017`` and ``2024-W42-4``, which
`datetime.date.fromisoformat` alone would take. A reader that reports a bad
date its own way wraps the parser; it does not parse again.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import pendulum

from sce_method._core._catalog import message
from sce_method._core._errors import LoadError, Problem

_ISO: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_date(text: str) -> dt.date | None:
    """
    The date *text* writes as ``YYYY-MM-DD``, or None when it is not a real calendar date in exactly that form.

    The standard library's date: hot paths (a row of a list, an answer of an
    export) parse with it and keep pendulum for the domain's dates.

    >>> iso_date("2024-10-17"), iso_date("2024-02-30"), iso_date("17/10/2024"), iso_date("20241017")
    (datetime.date(2024, 10, 17), None, None, None)
    """
    if _ISO.fullmatch(text) is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # the form is right but the day is not in the calendar (2024-02-30)
        return None


def as_date(value: dt.date | str) -> pendulum.Date:
    """
    Return *value* as a `pendulum.Date`; a string must be ISO ``YYYY-MM-DD``.

    >>> as_date("2024-10-17")
    Date(2024, 10, 17)
    >>> as_date("17/10/2024")
    Traceback (most recent call last):
    ...
    sce_method._core._errors.LoadError: fecha inválida '17/10/2024': se espera una fecha real como AAAA-MM-DD

    Raises:
        LoadError: *value* is text that is not a real calendar date in ISO form; its one problem has no path.
    """
    if isinstance(value, dt.datetime):
        return pendulum.Date(value.year, value.month, value.day)
    if isinstance(value, pendulum.Date):
        return value
    if isinstance(value, dt.date):
        return pendulum.Date(value.year, value.month, value.day)
    parsed = iso_date(value)
    if parsed is None:
        raise LoadError([Problem(message=message("core.load.invalid_date", value=value))])
    return pendulum.Date(parsed.year, parsed.month, parsed.day)


def as_of_date(value: dt.date | str) -> pendulum.Date:
    """
    `as_date` for an evaluation date a person gives (``--as-of``, ``as_of=``): a bad one is a problem at ``$.as_of``.

    >>> as_of_date("17/10/2024")
    Traceback (most recent call last):
    ...
    sce_method._core._errors.LoadError: $.as_of: fecha inválida '17/10/2024': se espera una fecha real como AAAA-MM-DD

    Raises:
        LoadError: *value* is not a real date as YYYY-MM-DD; its one problem is at ``$.as_of``.
    """
    try:
        return as_date(value)
    except LoadError as err:
        raise LoadError([p.under("as_of") for p in err.problems]) from None
