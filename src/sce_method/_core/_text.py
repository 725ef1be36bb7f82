"""Text in Spanish and English."""

from __future__ import annotations

import attrs

from sce_method._core._catalog import DEFAULT_LANG, Lang, message
from sce_method._core._errors import invariant

FALLBACK_MARK = " [es]"
"""Appended to a Spanish text shown where English was asked for and is missing."""


def _non_blank(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise invariant(attribute.name, message("core.value.blank"))


@attrs.frozen(kw_only=True)
class Text:
    """
    A text in Spanish, with its English translation where there is one.

    Spanish is the programme's language and is always present; ``str()`` gives
    it. English falls back to Spanish, and `Text.show` says so.

    >>> t = Text(es="Educación financiera", en="Financial education")
    >>> str(t)
    'Educación financiera'
    >>> t.show("en")
    'Financial education'
    >>> Text(es="Alfabetización digital").show("en")
    'Alfabetización digital [es]'
    """

    es: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_blank])
    en: str | None = attrs.field(
        default=None,
        validator=attrs.validators.optional([attrs.validators.instance_of(str), _non_blank]),
    )

    def get(self, lang: Lang = DEFAULT_LANG) -> str:
        """Return the text in *lang*, or the Spanish text if that is missing."""
        if lang == "en" and self.en is not None:
            return self.en
        return self.es

    def show(self, lang: Lang = DEFAULT_LANG) -> str:
        """Like `get`, but mark a Spanish fallback with ``[es]``."""
        if lang == "en" and self.en is None:
            return self.es + FALLBACK_MARK
        return self.get(lang)

    @property
    def translated(self) -> bool:
        """Whether the English text is present."""
        return self.en is not None

    def __str__(self) -> str:
        return self.es
