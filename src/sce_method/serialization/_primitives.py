"""
The converter's strict hooks for single values: text, numbers, booleans, dates, `Text` and enums.

A value of the wrong type is a `Mismatch` naming what was expected and what
was found; nothing is guessed (``2.7`` is no int, ``"no"`` no bool).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Mapping
from typing import Any

import cattrs
import pendulum

from sce_method._core import Message, Text, as_date, iso_date, message


class Mismatch(Exception):  # noqa: N818 -- not an error of its own: turned into a Problem
    """A value of the wrong type or form; carries the message to show."""

    def __init__(self, msg: Message, *, at: tuple[str, ...] = ()) -> None:
        self.message = msg
        self.at = at
        """Where under the value the problem is (a key of it), if not the value itself."""
        super().__init__(msg.render("en"))


def describe(value: object) -> Message | str:
    """How a found value is shown in a message: short, never a whole large structure."""
    if isinstance(value, Mapping):
        return message("serialization.type.mapping")
    if isinstance(value, list | tuple):
        return message("core.type.list")
    if value is None:
        return message("serialization.type.null")
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def wrong(expected: Message, value: object) -> Mismatch:
    return Mismatch(message("core.load.wrong_type", expected=expected, found=describe(value)))


def strict_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise wrong(message("core.type.str"), value)
    return value


def strict_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise wrong(message("core.type.int"), value)
    return value


def strict_float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise wrong(message("core.type.float"), value)
    return float(value)


def strict_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise wrong(message("serialization.type.bool"), value)
    return value


def strict_date(value: object, _: type) -> pendulum.Date:
    if isinstance(value, dt.date):
        return as_date(value)
    if not isinstance(value, str):
        raise wrong(message("core.type.date"), value)
    parsed = iso_date(value)
    if parsed is None:
        raise Mismatch(message("core.load.invalid_date", value=value))
    return as_date(parsed)


def strict_text(value: object, _: type) -> Text:
    if isinstance(value, str):
        return Text(es=value)
    if isinstance(value, Mapping):
        extra = sorted(set(value) - {"es", "en"})
        if extra:
            raise cattrs.ForbiddenExtraKeysError(None, Text, set(extra))
        if "es" not in value:
            raise Mismatch(message("core.load.missing_key", key="es"))
        es, en = value["es"], value.get("en")
        if not isinstance(es, str) or not (en is None or isinstance(en, str)):
            raise wrong(message("core.type.str"), es if not isinstance(es, str) else en)
        return Text(es=es, en=en)
    raise wrong(message("serialization.type.text"), value)


def unstructure_text(text: Text) -> str | dict[str, str]:
    if text.en is None:
        return text.es
    return {"es": text.es, "en": text.en}


def is_enum(cl: Any) -> bool:
    return isinstance(cl, type) and issubclass(cl, enum.Enum)


@functools.cache
def _enum_values(cl: type[enum.Enum]) -> dict[object, enum.Enum]:
    return {member.value: member for member in cl}


def strict_enum(value: object, cl: type[enum.Enum]) -> enum.Enum:
    values = _enum_values(cl)
    if isinstance(value, str) and value in values:
        return values[value]
    choices = ", ".join(str(v) for v in values)
    raise Mismatch(message("serialization.invalid_choice", value=value, choices=choices))
