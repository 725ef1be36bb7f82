"""
Strict parsing of one cell of a centre's list: text from CSV, typed from xlsx.

Nothing is coerced: ``"2,5"`` hours is an error, not 2; ``"٢"`` (an
Arabic-Indic two) is not 2 either; ``17/10/2024`` is an error, not a guess at a
day and a month. Each parser returns the value or
raises `CellError` with the message to show.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection
from typing import Final

import attrs
import pendulum

from sce_method._core import DEFAULT_LANG, Message, iso_date, message
from sce_method.participants._limits import MAX_CELL_CHARS, MAX_SESSION_HOURS


class CellError(Exception):
    """A cell's value is not what its column expects."""

    def __init__(self, msg: Message, *, quiet: bool = False) -> None:
        self.message = msg
        self.quiet = quiet
        """Already said for this list: the row is refused without repeating the problem."""
        super().__init__(msg)

    def __str__(self) -> str:
        return self.message.render(DEFAULT_LANG)


ID_PATTERN: Final = re.compile(r"[A-Za-z0-9_-]+")
"""
The ids of a cohort's rows (participant, cohort, centre, mentor): ASCII letters, digits, ``_`` and ``-``.

ASCII only is the simplest honest rule: ``P0071`` and ``\u04200071`` (a Cyrillic Er),
an id ending in a zero-width space, fullwidth digits or a decomposed accent
would otherwise be two people who look like one. A value that is not an id is
refused and never repeated: it may be a name typed in the wrong column.
"""
_NUMBER: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
"""A number as text: ASCII digits, and a decimal part after a ``.``; no sign, exponent, ``_`` or other digits."""
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Control characters (C0 but tab and line breaks, DEL, C1): a NUL byte or an escape is not text anyone typed."""
_DATE_CACHE: dict[str, pendulum.Date] = {}


def blank(value: object) -> bool:
    """Whether a cell is empty (None, or only white space)."""
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str:
    """
    A required text cell, stripped of surrounding spaces.

    Whole numbers from a spreadsheet (``1001``) are read as their digits. A
    control character (a NUL byte, say) or more than `MAX_CELL_CHARS`
    characters refuse the cell.
    """
    if blank(value):
        raise CellError(message("participants.cell.blank"))
    if isinstance(value, str):
        if len(value) > MAX_CELL_CHARS:
            raise CellError(message("participants.cell.too_long", length=len(value), limit=MAX_CELL_CHARS))
        control = _CONTROL.search(value)
        if control is not None:
            code = f"U+{ord(control.group()):04X}"
            raise CellError(message("participants.cell.control_character", code=code, at=control.start() + 1))
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    raise CellError(message("core.load.wrong_type", expected=message("core.type.str"), found=repr(value)))


def ident(value: object) -> str:
    """
    A required id cell (see `ID_PATTERN`), stripped of surrounding spaces.

    Whole numbers from a spreadsheet (``1001``) are read as their digits.
    Anything else is refused, and shown as ``<hidden>``.

    >>> ident(" P0071 "), ident(1001)
    ('P0071', '1001')
    """
    if blank(value):
        raise CellError(message("participants.cell.blank"))
    if isinstance(value, str):
        raw = value.strip()
    elif isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        raw = str(int(value))
    else:
        raw = ""
    if ID_PATTERN.fullmatch(raw) is None:
        raise CellError(message("participants.cell.invalid_id", value=message("participants.cell.hidden")))
    return raw


def hours(value: object) -> float:
    """
    A number of hours in one session: ASCII digits with an optional ``.`` decimal part, from 0 to `MAX_SESSION_HOURS`.

    >>> hours("2.5"), hours(3)
    (2.5, 3.0)
    """
    number, shown = _number(value)
    if number < 0:
        raise CellError(message("core.value.negative", value=shown))
    if number > MAX_SESSION_HOURS:
        raise CellError(message("participants.cell.hours_over_limit", value=shown, limit=MAX_SESSION_HOURS))
    return number


def _number(value: object) -> tuple[float, object]:
    """
    A number cell's value, and the cell as a message shows it.

    Text follows `_NUMBER` (a negative number is said to be one); a number
    cell of a workbook is taken as it is, a whole number too large for a
    float as an infinity of its sign.
    """
    if blank(value):
        raise CellError(message("participants.cell.blank"))
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) > MAX_SESSION_HOURS:
            return (-math.inf if value < 0 else math.inf), value
        return float(value), value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellError(message("core.value.not_finite", value=value))
        return value, value
    if not isinstance(value, str):
        raise CellError(message("participants.cell.not_number", value=value))
    raw = value.strip()
    if raw.startswith("-") and _NUMBER.fullmatch(raw[1:]):
        raise CellError(message("core.value.negative", value=raw))  # "-0" too: a sign is not part of the format
    if not _NUMBER.fullmatch(raw):
        comma = _NUMBER.fullmatch(raw.replace(",", ".", 1))
        if comma:
            raise CellError(message("participants.cell.decimal_comma", value=raw))
        raise CellError(message("participants.cell.not_number", value=raw))
    return float(raw), raw


def date(value: object) -> pendulum.Date:
    """
    A date: ``YYYY-MM-DD`` text, or a date cell of a spreadsheet.

    >>> date("2024-10-17")
    Date(2024, 10, 17)
    """
    if blank(value):
        raise CellError(message("participants.cell.blank"))
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0, 0):
            raise CellError(message("core.load.invalid_date", value=value.isoformat()))
        return pendulum.Date(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return pendulum.Date(value.year, value.month, value.day)
    if not isinstance(value, str):
        raise CellError(message("core.load.invalid_date", value=value))
    raw = value.strip()
    cached = _DATE_CACHE.get(raw)
    if cached is not None:
        return cached
    parsed = iso_date(raw)
    if parsed is None:
        raise CellError(message("core.load.invalid_date", value=raw))
    result = pendulum.Date(parsed.year, parsed.month, parsed.day)
    if len(_DATE_CACHE) < 100_000:
        _DATE_CACHE[raw] = result
    return result


@attrs.define
class Choices:
    """
    The values a cell may hold (ids, or a fixed set), and the message for any other, with the closest suggested.

    Looking for the closest value (difflib) is slow, and a bad value repeats
    down a long list: each distinct one is looked up once, for up to
    `_SUGGESTED` of them, and its message reused.
    """

    known: Collection[str]
    kind: Message
    """What the values are, as messages name them (``message("core.kind.module")``)."""
    _said: dict[str, Message] = attrs.field(factory=dict, init=False)

    def parse(self, value: object) -> str:
        """A text cell holding one of the values; any other is refused, with the closest suggested."""
        raw = text(value)
        if raw in self.known:
            return raw
        raise CellError(self.unknown(raw))

    def unknown(self, ident: str) -> Message:
        """The message for *ident*, which is not one of the values."""
        said = self._said.get(ident)
        if said is None:
            said = unknown_id_message(ident, self.known, kind=self.kind)
            if len(self._said) < _SUGGESTED:
                self._said[ident] = said
        return said


_SUGGESTED: Final = 10_000
"""How many distinct bad values a `Choices` remembers the message of."""


def unknown_id_message(ident: str, known: Collection[str], *, kind: Message, shown: object = None) -> Message:
    """
    The message for an unknown id of the *kind* named: with the closest known id when there is one.

    *shown* stands for the id in the message (``<hidden>``, say); None shows the id.
    """
    import difflib  # noqa: PLC0415 -- only when an error is worded (keeps the import of every room quick)

    said = ident if shown is None else shown
    close = difflib.get_close_matches(ident, sorted(known), n=1, cutoff=0.6)
    if close:
        return message("participants.cell.unknown_suggest", kind=kind, id=said, suggestion=close[0])
    return message("participants.cell.unknown", kind=kind, id=said, known=", ".join(sorted(known)))
