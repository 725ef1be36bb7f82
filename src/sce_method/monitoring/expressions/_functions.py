"""
The functions field forms use beyond the core subset: their values, as ODK Collect computes them.

Dates count as days since 1970-01-01 where a number is wanted (`decimal-date-time`, ``date - date``), as in
ODK. ``count``, ``sum`` and ``join`` take a node-set: the rows of a repeat (``count(${hijos})``) or one
question's answers across them (``sum(${edad_hijo})``), given here as a `NodeSet`. What needs the form's other
parts' data (``instance(...)``, ``pulldata``) is not here: an expression using it is kept as text by the XLSForm
import. ``indexed-repeat(${q}, ${repeat}, n)`` is: the answer to ``q`` in row ``n`` of the repeat (see
`row_answer`); so is ``position(..)``, the current row's number, which a row's answers carry under `ROW_POSITION`;
and ``jr:choice-name(value, '${q}')``, the label of the option ``value`` of ``q``'s list, which the answers carry
under `CHOICE_LABELS` (see `choice_label`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from typing import Final

import attrs

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
    "count": (1, 1),
    "sum": (1, 1),
    "join": (2, 20),
    "indexed-repeat": (3, 3),
    "position": (0, 0),
    "jr:choice-name": (2, 2),
}
"""The functions evaluated here, with their (least, most) number of arguments."""


ROW_POSITION: Final = "position(..)"
"""The key under which a repeat row's answers carry its number (from 1), ``position(..)``'s value; not a name."""

CHOICE_LABELS: Final = "jr:choice-name"
"""
The key under which a response's answers carry the labels ``jr:choice-name`` gives; not a name.

Its value maps a question's name to its options' labels by name. The validation of a response puts there each
select's labels in the form's first language (`Text.es`); without it, ``jr:choice-name`` is blank.
"""

NODE_SET_FUNCTIONS: Final = ("count", "sum", "join")
"""The functions whose ``${name}`` arguments are node-sets: a repeat's rows, or a question's answers in them."""


@attrs.frozen
class NodeSet:
    """
    The values of a node-set: a repeat's rows, or one question's answers across those rows.

    >>> count_of(NodeSet(({"a": 1.0}, {"a": 2.0}))), sum_of(NodeSet((1.0, "2", None)))
    (2.0, 3.0)
    """

    values: tuple[object, ...]


def count_of(value: object) -> float:
    """XPath ``count``: the nodes of a node-set; a blank counts 0 and another single value 1."""
    if isinstance(value, NodeSet):
        return float(len(value.values))
    return 0.0 if value is None else 1.0


def sum_of(value: object) -> float:
    """XPath ``sum``: the sum of the node-set's values as numbers (NaN if one is not a number); blank is 0."""
    values = value.values if isinstance(value, NodeSet) else (() if value is None else (value,))
    return math.fsum(0.0 if v is None or v == "" else number(v) for v in values)


def row_answer(name: str, rows: object, index: object) -> object:
    """
    ``indexed-repeat(${name}, ${repeat}, index)``: the answer to *name* in row *index* (from 1) of *rows*.

    *rows* is the repeat as a node-set (see `NodeSet`); blank when the index is not a whole number in range.

    >>> rows = NodeSet(({"edad": 7.0}, {"edad": 3.0}))
    >>> row_answer("edad", rows, 2.0), row_answer("edad", rows, 3.0), row_answer("edad", rows, "1")
    (3.0, None, 7.0)
    """
    n = number(index)
    if not isinstance(rows, NodeSet) or not math.isfinite(n) or not n.is_integer() or not 1 <= n <= len(rows.values):
        return None
    row = rows.values[int(n) - 1]
    return row.get(name) if isinstance(row, Mapping) else None


def _join(args: list[object]) -> str:
    """ODK's join(separator, nodes...): every value of every argument, as text, joined by the separator."""
    out: list[str] = []
    for arg in args[1:]:
        out.extend(text(v) for v in (arg.values if isinstance(arg, NodeSet) else (arg,)) if v is not None)
    return text(args[0]).join(out)


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


def text(value: object) -> str:  # noqa: PLR0911 -- one case per kind of value
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
    if isinstance(value, NodeSet):
        return text(value.values[0]) if value.values else ""  # XPath: a node-set's first node
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
    "count": lambda a: count_of(a[0]),
    "sum": lambda a: sum_of(a[0]),
    "join": _join,
}
"""How each of `MORE_FUNCTIONS` is evaluated, given its arguments' values."""


def choice_label(value: object, question: str, answers: Mapping[str, object]) -> object:
    """
    ``jr:choice-name(value, '${question}')``: the label of the option *value* of *question*'s list.

    Blank when the answers carry no labels (`CHOICE_LABELS`), the question has no list, or *value* is no option
    of it; a select_multiple answer is its names joined by spaces, as XPath's ``string`` writes it, so only a
    single option has a label (``selected-at`` picks one).

    >>> labels = {CHOICE_LABELS: {"actividad": {"trabajo": "Trabajo remunerado"}}}
    >>> choice_label("trabajo", "actividad", labels), choice_label("otro", "actividad", labels)
    ('Trabajo remunerado', None)
    """
    labels = answers.get(CHOICE_LABELS)
    options = labels.get(question) if isinstance(labels, Mapping) else None
    if not isinstance(options, Mapping) or value is None:
        return None
    return options.get(text(value))
