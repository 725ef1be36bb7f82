"""
Numbers, shares, dates and short values as the Manual writes them, in Spanish or English.

Mexico writes numbers as the data and the report do (``9.6``, ``1,095``), so
both languages share them; a share is a percent (``80 %`` in Spanish, ``80%``
in English), a date is written out (``1 de julio de 2022``, ``1 July 2022``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs
import pendulum

from sce_method._core import Lang, Text, label, message


def number(value: float) -> str:
    """
    *value* as the Manual writes it: whole numbers with thousands separated, others as short as exact.

    >>> number(12.0), number(1095), number(9.6), number(0.437)
    ('12', '1,095', '9.6', '0.437')
    """
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1000 else f"{value:g}"


def percent(share: float, lang: Lang) -> str:
    """
    A share of 1 as a percent, to one decimal where it has one.

    >>> percent(0.8, "es"), percent(0.437, "en")
    ('80 %', '43.7%')
    """
    value = round(share * 100, 1)
    return message("manual.percent", value=number(value)).render(lang)


def hours(value: float) -> str:
    """Hours as ``12 h``."""
    return f"{number(value)} h"


def day(when: pendulum.Date, lang: Lang) -> str:
    """
    A date written out.

    >>> day(pendulum.date(2022, 7, 1), "es"), day(pendulum.date(2022, 7, 1), "en")
    ('1 de julio de 2022', '1 July 2022')
    """
    return when.format(message("manual.date_format").render(lang), locale=lang)


def month(text: str, lang: Lang) -> str:
    """A month given as ``2024-09``, written out (``septiembre de 2024``)."""
    year, number_ = (int(part) for part in text.split("-"))
    return pendulum.date(year, number_, 1).format(message("manual.month_format").render(lang), locale=lang)


def yes_no(value: bool, lang: Lang) -> str:  # noqa: FBT001 -- a value shown, not a switch
    """``sí`` or ``no``."""
    return message("methodology.show.yes" if value else "methodology.show.no").render(lang)


def listing(parts: Iterable[str], lang: Lang) -> str:
    """
    Parts joined as a sentence does: ``a, b y c`` (``a, b and c``).

    >>> listing(["a", "b", "c"], "es"), listing(["a"], "en"), listing([], "es")
    ('a, b y c', 'a', '')
    """
    items = list(parts)
    if len(items) < 2:
        return "".join(items)
    return message("manual.and", first=", ".join(items[:-1]), last=items[-1]).render(lang)


def short(value: object, lang: Lang, width: int = 60) -> str:
    """A value as one short line: a text in *lang*, a record by its title or key, a list by its items."""
    if value is None:
        return "—"
    if isinstance(value, Text):
        text = value.show(lang)
    elif isinstance(value, enum.Enum):
        text = label(value, lang)
    elif isinstance(value, bool):
        text = yes_no(value, lang)
    elif isinstance(value, float | int):
        text = number(value)
    elif isinstance(value, pendulum.Date):
        text = value.isoformat()
    elif isinstance(value, tuple):
        text = ", ".join(short(v, lang, width) for v in value) or "—"
    elif attrs.has(type(value)):
        text = _record(value, lang)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _record(value: object, lang: Lang) -> str:
    """A record by its title, name or label in *lang*, else by its key."""
    for name in ("title", "name", "label"):
        found = getattr(value, name, None)
        if isinstance(found, Text):
            return found.show(lang)
    for name in ("id", "name", "effective", "period"):
        found = getattr(value, name, None)
        if found is not None:
            return str(found.isoformat() if isinstance(found, pendulum.Date) else found)
    return type(value).__name__
