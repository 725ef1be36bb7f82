"""
The functions field forms use beyond the core subset: their values, as ODK Collect computes them.

Dates count as days since 1970-01-01 where a number is wanted (`decimal-date-time`, ``date - date``), as in
ODK. What needs the form's other parts (``jr:choice-name``, ``instance(...)``, ``pulldata``), a repeat
(``indexed-repeat``, ``position``, ``sum`` over rows) or the clock (``now``) is not here: an expression using
it is kept as text by the XLSForm import.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Final

from sce_method._core import iso_date

EPOCH: Final = dt.date(1970, 1, 1)

MORE_FUNCTIONS: Final = {
    "coalesce": (2, 2),
    "concat": (1, 20),
    "round": (1, 2),
    "int": (1, 1),
    "number": (1, 1),
    "string": (1, 1),
    "substr": (2, 3),
    "selected-at": (2, 2),
    "date": (1, 1),
    "decimal-date-time": (1, 1),
    "format-date": (2, 2),
    "once": (1, 1),
    "true": (0, 0),
    "false": (0, 0),
    "contains": (2, 2),
    "starts-with": (2, 2),
}
"""The functions evaluated here, with their (least, most) number of arguments."""


def number(value: object) -> float:
    """
    A value as XPath's ``number`` reads it.

    A number, a numeric text, a boolean (1 or 0), a date (days since 1970-01-01); anything else is NaN.

    >>> number(dt.date(1970, 1, 11)), number("2.5"), number("x")
    (10.0, 2.5, nan)
    """
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dt.date):
        return float((value - EPOCH).days) if not isinstance(value, dt.datetime) else _days(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            found = iso_date(value)
            return float((found - EPOCH).days) if found is not None else math.nan
    return math.nan


def _days(moment: dt.datetime) -> float:
    naive = moment.replace(tzinfo=None)
    return (naive - dt.datetime(1970, 1, 1)).total_seconds() / 86400  # noqa: DTZ001 -- counted as ODK does, naive


def text(value: object) -> str:
    """
    A value as XPath's ``string`` writes it.

    Blank is ``''``, a whole number has no ``.0``, a select_multiple is its names joined by spaces.

    >>> text(3.0), text(None), text(("a", "b")), text(dt.date(2024, 5, 1))
    ('3', '', 'a b', '2024-05-01')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, tuple):
        return " ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _round(args: list[object]) -> float:
    x = number(args[0])
    places = int(number(args[1])) if len(args) > 1 and math.isfinite(number(args[1])) else 0
    places = max(-300, min(300, places))  # beyond, a double has no such digits
    scale = 10.0**places
    if not math.isfinite(x) or not math.isfinite(x * scale + 0.5):
        return x
    return math.floor(x * scale + 0.5) / scale  # half up, as XPath's round()


def _int(args: list[object]) -> float:
    x = number(args[0])
    return float(math.trunc(x)) if math.isfinite(x) else x


def _substr(args: list[object]) -> str:
    """ODK's substr(text, start, end): 0-based, end excluded."""
    value = text(args[0])
    start = number(args[1])
    end = number(args[2]) if len(args) > 2 else float(len(value))
    if not (math.isfinite(start) and math.isfinite(end)):
        return ""
    return value[max(0, int(start)) : max(0, int(end))]


def _selected_at(args: list[object]) -> str:
    chosen = args[0] if isinstance(args[0], tuple) else tuple(text(args[0]).split())
    index = number(args[1])
    if not math.isfinite(index) or not 0 <= int(index) < len(chosen):
        return ""
    return str(chosen[int(index)])


def _date(args: list[object]) -> dt.date | None:
    value = args[0]
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and (found := iso_date(value)) is not None:
        return found
    days = number(value)
    return (
        EPOCH + dt.timedelta(days=math.floor(days)) if math.isfinite(days) and abs(days) < 3e6 else None
    )  # ~8000 years


def _format_date(args: list[object]) -> str:
    """The date with ODK's %Y, %y, %m, %n, %d, %e; other text as written. Not a date: ``''``."""
    day = _date(args[:1])
    if day is None:
        return ""
    codes = {"%Y": f"{day.year:04d}", "%y": f"{day.year % 100:02d}", "%m": f"{day.month:02d}", "%n": str(day.month)}
    codes |= {"%d": f"{day.day:02d}", "%e": str(day.day)}
    out = text(args[1])
    for code, value in codes.items():
        out = out.replace(code, value)
    return out


def _decimal_date_time(args: list[object]) -> float:
    value = args[0]
    if isinstance(value, dt.datetime):
        return _days(value)
    if isinstance(value, str):
        try:
            return _days(dt.datetime.fromisoformat(value))
        except ValueError:
            pass
    return number(value) if isinstance(value, dt.date | str) else math.nan


CALLS: Final[dict[str, Callable[[list[object]], object]]] = {
    "coalesce": lambda a: a[1] if a[0] is None or a[0] in ("", ()) else a[0],
    "concat": lambda a: "".join(text(v) for v in a),
    "round": _round,
    "int": _int,
    "number": lambda a: number(a[0]),
    "string": lambda a: text(a[0]),
    "substr": _substr,
    "selected-at": _selected_at,
    "date": _date,
    "decimal-date-time": _decimal_date_time,
    "format-date": _format_date,
    "once": lambda a: a[0],
    "true": lambda _: True,
    "false": lambda _: False,
    "contains": lambda a: text(a[1]) in text(a[0]),
    "starts-with": lambda a: text(a[0]).startswith(text(a[1])),
}
"""How each of `MORE_FUNCTIONS` is evaluated, given its arguments' values."""
