"""
Messages as keys and parameters, rendered in Spanish or English.

Text shown to people is never built in place: code names a key of the catalog
and the parameters it needs, and the message is rendered in the reader's
language when it is shown. The same message can be stored, compared, tested and
shown in either language later.
"""

from __future__ import annotations

import enum
import string
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal, Protocol, get_args, runtime_checkable

import attrs

from sce_method._core._catalog import CATALOG, PARTS

Lang = Literal["es", "en"]
"""A language the library speaks: Spanish (the default) or English."""

LANGS: Final[tuple[Lang, ...]] = get_args(Lang)
DEFAULT_LANG: Final[Lang] = "es"


def check_lang(lang: str) -> Lang:
    """
    Return *lang* as a `Lang`, or raise `ValueError` naming the languages known.

    >>> check_lang("en")
    'en'
    """
    if lang == "es":
        return "es"
    if lang == "en":
        return "en"
    msg = f"unknown language {lang!r}; expected one of: es, en"
    raise ValueError(msg)


def _placeholders(template: str) -> frozenset[str]:
    return frozenset(
        field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template) if field
    )


def _read_only(params: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(params))


@attrs.frozen(kw_only=True)
class Message:
    """
    A catalog key with its parameters, rendered in a language when shown.

    Parameters are kept as given; rendering formats them with the key's
    template for the language asked for.

    >>> m = Message(key="value.negative", params={"value": -4})
    >>> m.render("es")
    'debe ser >= 0; se encontró -4'
    >>> m.render("en")
    'must be >= 0, got -4'
    """

    key: str = attrs.field()
    params: Mapping[str, object] = attrs.field(factory=dict, converter=_read_only, hash=False)

    @key.validator
    def _known(self, _attribute: attrs.Attribute[str], key: str) -> None:
        if key not in CATALOG:
            msg = f"unknown message key {key!r}"
            raise KeyError(msg)

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        """Return the message in *lang*, with its parameters filled in."""
        template = CATALOG[self.key][lang]
        params = {k: _localize(v, lang) for k, v in self.params.items()}
        return template.format_map(params)

    def __str__(self) -> str:
        return self.render(DEFAULT_LANG)


@runtime_checkable
class Localized(Protocol):
    """Anything that can show itself in a language (a `Text` is one)."""

    def show(self, lang: Lang) -> str:
        """The text in *lang*."""


def _localize(value: object, lang: Lang) -> object:
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, Localized):
        return value.show(lang)
    return value


def message(key: str, /, **params: object) -> Message:
    """
    Build a `Message` from a key and keyword parameters.

    >>> message("id.unknown", kind="módulo", id="x", known="a, b").key
    'id.unknown'
    """
    return Message(key=key, params=params)


def has_message(key: str) -> bool:
    """Whether the catalog has *key*."""
    return key in CATALOG


def label(member: enum.Enum, lang: Lang = DEFAULT_LANG) -> str:
    """
    The label of an enum member in *lang*, from the catalog key ``enum.<Class>.<value>``.

    Members with no catalog entry show their value.
    """
    key = f"enum.{type(member).__name__}.{member.value}"
    if key not in CATALOG:
        return str(member.value)
    return CATALOG[key][lang]


def catalog_problems() -> list[str]:
    """
    Return what is wrong with the catalog itself (empty when it is sound).

    Every key must have a Spanish and an English template, and both must use
    the same placeholders.
    """
    problems: list[str] = []
    seen: set[str] = set()
    for part in PARTS:
        problems.extend(f"{key}: defined twice" for key in part if key in seen)
        seen.update(part)
    for key, templates in sorted(CATALOG.items()):
        missing = [lang for lang in LANGS if lang not in templates]
        if missing:
            problems.append(f"{key}: missing {', '.join(missing)}")
            continue
        if _placeholders(templates["es"]) != _placeholders(templates["en"]):
            problems.append(f"{key}: es and en use different placeholders")
    return problems
