"""
Messages as keys and parameters, rendered in Spanish or English, and the registry of their texts.

Text shown to people is never built in place: code names a key and the
parameters it needs, and the message is rendered in the reader's language
when it is shown. The same message can be stored, compared, tested and shown
in either language later.

Each room of the house registers the messages it shows in its own
``_messages.py``, when the room is imported (its ``__init__`` imports
``_messages`` before anything else). The rooms are ``_core``, ``curriculum``,
``participants``, ``graduation``, ``mentoring``, ``methodology``,
``serialization``, ``cli``, ``manual`` and the seven rooms of ``monitoring``
(``expressions``, ``instruments``, ``xlsform``, ``exports``, ``indicators``,
``results``, ``words``).

- Prefix: a key starts with the name of the package that holds its
  ``_messages.py``, without a leading underscore: ``core.value.negative``,
  ``participants.cell.blank``, ``xlsform.sheet_ignored`` (a monitoring room is
  named alone, not ``monitoring.xlsform``). `register` refuses any other key.
- Owner: a key is registered by the room whose code raises or shows it. A key
  that several rooms use goes down a floor: to the lowest of them when the
  others import it, else to a room below that all of them import (``_core``
  at worst).
- Literal keys: a key is always written out as a literal where the message is
  made (``message("core.value.negative", value=v)``), or in a dict from an enum
  member or a column name to the key, in the room; never built from data.
- Labels: an enum's members get their labels where the enum is defined
  (`register_labels`), from keys its room registered; `label` shows them.
- Plural forms: a text that counts something declares the parameter holding the
  number under ``"plural"`` and gives the two forms in each language (see
  `Templates`); ``one`` is used when that number is exactly 1 (1 or 1.0),
  ``other`` for every other number, 0 included, in Spanish as in English.
"""

from __future__ import annotations

import enum
import string
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal, NotRequired, Protocol, TypedDict, get_args, runtime_checkable

import attrs

Lang = Literal["es", "en"]
"""A language the library speaks: Spanish (the default) or English."""

LANGS: Final[tuple[Lang, ...]] = get_args(Lang)
DEFAULT_LANG: Final[Lang] = "es"


class Forms(TypedDict):
    """The plural forms of one text: for exactly one, and for any other number."""

    one: str
    other: str


class Templates(TypedDict):
    """
    The texts of one key: a template per language, or its plural forms.

    >>> t: Templates = {
    ...     "plural": "count",
    ...     "es": {"one": "{count} problema", "other": "{count} problemas"},
    ...     "en": {"one": "{count} problem", "other": "{count} problems"},
    ... }
    """

    es: str | Forms
    en: str | Forms
    plural: NotRequired[str]
    """The parameter whose number chooses the form, for a text given as `Forms`."""


_TEMPLATES: Final[dict[str, Templates]] = {}
_MODULES: Final[dict[str, str]] = {}
_LABELS: Final[dict[enum.Enum, str]] = {}


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


def room_of(module: str) -> str:
    """
    The room that a ``_messages`` module belongs to: the package holding it, without a leading ``_``.

    >>> room_of("sce_method._core._messages"), room_of("sce_method.monitoring.xlsform._messages")
    ('core', 'xlsform')
    """
    return module.rsplit(".", 2)[-2].lstrip("_")


def register(module: str, messages: Mapping[str, Templates]) -> None:
    """
    Register the *messages* of the room whose ``_messages`` module is *module* (give ``__name__``).

    A module that registers its keys again (reloaded) replaces its own texts.

    Raises:
        ValueError: a key does not start with the room's prefix, or another module registered it.
    """
    room = room_of(module)
    for key, templates in messages.items():
        if not key.startswith(f"{room}."):
            msg = f"message key {key!r} of room {room!r} must start with {room + '.'!r}"
            raise ValueError(msg)
        if _MODULES.get(key, module) != module:
            msg = f"message key {key!r} is registered by {_MODULES[key]} and {module}"
            raise ValueError(msg)
        _TEMPLATES[key] = templates
        _MODULES[key] = module


def register_labels(labels: Mapping[enum.Enum, str]) -> None:
    """
    Give enum members their labels: the key of a registered message without parameters, per member.

    Raises:
        KeyError: a key is not registered.
    """
    for member, key in labels.items():
        if key not in _TEMPLATES:
            msg = f"unknown message key {key!r}"
            raise KeyError(msg)
        _LABELS[member] = key


def registered() -> dict[str, str]:
    """Every key registered so far, with the room that registered it (rooms not imported yet are absent)."""
    return {key: room_of(module) for key, module in _MODULES.items()}


def templates_of(key: str) -> Templates:
    """The texts registered for *key* (`KeyError` if none)."""
    return _TEMPLATES[key]


def _read_only(params: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(params))


@attrs.frozen(kw_only=True)
class Message:
    """
    A registered key with its parameters, rendered in a language when shown.

    Parameters are kept as given; rendering formats them with the key's
    template for the language asked for.

    >>> m = Message(key="core.value.negative", params={"value": -4})
    >>> m.render("es")
    'debe ser >= 0; se encontró -4'
    >>> m.render("en")
    'must be >= 0, got -4'
    """

    key: str = attrs.field()
    params: Mapping[str, object] = attrs.field(factory=dict, converter=_read_only, hash=False)

    @key.validator
    def _known(self, _attribute: attrs.Attribute[str], key: str) -> None:
        if key not in _TEMPLATES:
            msg = f"unknown message key {key!r}"
            raise KeyError(msg)

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        """Return the message in *lang*, with its parameters filled in."""
        template = _form(_TEMPLATES[self.key], lang, self.params)
        params = {k: _localize(v, lang) for k, v in self.params.items()}
        return template.format_map(params)

    def __str__(self) -> str:
        return self.render(DEFAULT_LANG)


def _form(templates: Templates, lang: Lang, params: Mapping[str, object]) -> str:
    """The template of *lang*; of a plural text, the form its number asks for."""
    text = templates[lang]
    if isinstance(text, str):
        return text
    return text["one"] if params[templates.get("plural", "")] == 1 else text["other"]


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

    >>> message("core.id.unknown", kind="módulo", id="x", known="a, b").key
    'core.id.unknown'
    """
    return Message(key=key, params=params)


def has_message(key: str) -> bool:
    """Whether *key* is registered."""
    return key in _TEMPLATES


def label(member: enum.Enum, lang: Lang = DEFAULT_LANG) -> str:
    """
    The label of an enum member in *lang*, from the key its room gave it (`register_labels`).

    Members with no label show their value.
    """
    key = _LABELS.get(member)
    if key is None:
        return str(member.value)
    return Message(key=key).render(lang)


def _fields(template: str) -> frozenset[str]:
    return frozenset(
        field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template) if field
    )


def placeholders(templates: Templates) -> dict[str, frozenset[str]]:
    """
    The parameters each text of *templates* uses, by language (``es``) or language and form (``es.one``).

    ``{x!r}`` and ``{x.y}`` use the parameter ``x``.

    >>> {where: sorted(names) for where, names in placeholders({"es": "{x!r} y {y.z}", "en": "{x} {y[0]}"}).items()}
    {'es': ['x', 'y'], 'en': ['x', 'y']}
    """
    found: dict[str, frozenset[str]] = {}
    for lang in LANGS:
        text = templates.get(lang)
        if isinstance(text, str):
            found[lang] = _fields(text)
        elif text is not None:
            found[f"{lang}.one"] = _fields(text["one"])
            found[f"{lang}.other"] = _fields(text["other"])
    return found


def catalog_problems(catalog: Mapping[str, Templates] | None = None) -> list[str]:
    """
    Return what is wrong with the registered texts (or *catalog*); empty when they are sound.

    Every key must have a Spanish and an English text; a plural text declares
    its parameter and gives both forms in both languages; every text of a key
    uses the same placeholders, among them the plural parameter.
    """
    problems: list[str] = []
    for key, templates in sorted((_TEMPLATES if catalog is None else catalog).items()):
        given = set(templates)
        missing = [lang for lang in LANGS if lang not in given]
        if missing:
            problems.append(f"{key}: missing {', '.join(missing)}")
            continue
        plural = templates.get("plural")
        shapes = {isinstance(templates[lang], str) for lang in LANGS}
        if shapes != {plural is None}:
            problems.append(f"{key}: a plural text declares its parameter and gives forms in es and en")
            continue
        if plural is not None and any(set(templates[lang]) != {"one", "other"} for lang in LANGS):
            problems.append(f"{key}: a plural text gives the forms one and other")
            continue
        used = set(placeholders(templates).values())
        if len(used) != 1:
            texts = "es and en" if plural is None else "the forms of es and en"
            problems.append(f"{key}: {texts} use different placeholders")
        elif plural is not None and plural not in next(iter(used)):
            problems.append(f"{key}: the plural parameter {plural!r} is not a placeholder")
    return problems
