"""
How a plain (unquoted) YAML scalar is read: the YAML 1.2 core schema, not PyYAML's 1.1.

``yes``, ``no``, ``on`` and ``off`` stay text; so do dates, which the converter
checks later. An integer too long for Python to show stays text too.
"""

from __future__ import annotations

import re
from typing import Final

_NULL: Final = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE: Final = frozenset({"true", "True", "TRUE"})
_FALSE: Final = frozenset({"false", "False", "FALSE"})
_INT: Final = re.compile(r"[-+]?[0-9]+")
_INT_OCT: Final = re.compile(r"0o[0-7]+")
_INT_HEX: Final = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT: Final = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF: Final = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN: Final = re.compile(r"\.(?:nan|NaN|NAN)")


def resolve_plain(text: str) -> object:  # noqa: PLR0911 -- one return per core-schema type
    """
    Resolve a plain (unquoted) scalar with the YAML 1.2 core schema.

    >>> [resolve_plain(s) for s in ("12", "2.5", "true", "no", "2,5", "2024-10-17", "~")]
    [12, 2.5, True, 'no', '2,5', '2024-10-17', None]
    """
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.fullmatch(text) or _INT_OCT.fullmatch(text) or _INT_HEX.fullmatch(text):
        return _integer(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INF.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return text


def _integer(text: str) -> int | str:
    """
    Return *text* as an int, or *text* itself if Python will not handle it.

    Python refuses to read or show in decimal an int longer than
    ``sys.get_int_max_str_digits()``; such a scalar stays text, so that
    resolving never raises and no such number reaches a message.
    """
    try:
        value = int(text, 0) if text[:2] in {"0o", "0x"} else int(text)
        str(value)
    except ValueError:
        return text
    return value
