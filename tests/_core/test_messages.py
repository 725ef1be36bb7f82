"""Tests for `sce_method._core._messages`."""

from __future__ import annotations

import enum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method._core import (
    DEFAULT_LANG,
    LANGS,
    Lang,
    Message,
    Text,
    catalog_problems,
    check_lang,
    has_message,
    label,
    message,
)
from sce_method._core._catalog import CATALOG
from sce_method.curriculum import Delivery


class _Colour(enum.Enum):
    RED = "rojo"


class TestLangs:
    def test_spanish_first(self) -> None:
        """The library speaks Spanish, by default, and English."""
        expected = (("es", "en"), "es")

        assert expected == (LANGS, DEFAULT_LANG)


class TestCheckLang:
    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_known(self, lang: Lang) -> None:
        """A known language is returned as is."""
        assert lang == check_lang(lang)

    @pytest.mark.parametrize("lang", ["fr", "ES", "", "es "])
    def test_unknown(self, lang: str) -> None:
        """Anything else is a ValueError naming the languages known."""
        with pytest.raises(ValueError, match="expected one of: es, en"):
            check_lang(lang)


class TestMessage:
    def test_render_spanish_and_english(self) -> None:
        """The same message renders in either language."""
        msg = Message(key="value.negative", params={"value": -4})

        expected = ("debe ser >= 0; se encontró -4", "must be >= 0, got -4")
        assert expected == (msg.render("es"), msg.render("en"))

    def test_str_is_spanish(self) -> None:
        """str() renders in Spanish."""
        expected = "no puede estar vacío"

        assert expected == str(message("value.empty"))

    def test_nested_messages_render_in_the_same_language(self) -> None:
        """A message given as a parameter is rendered in the outer message's language."""
        msg = message("id.unknown", kind=message("kind.module"), id="x", known="a, b")

        expected = "there is no module with id 'x'; known: a, b"
        assert expected == msg.render("en")

    def test_texts_render_in_the_same_language(self) -> None:
        """A Text given as a parameter shows itself in the message's language."""
        msg = message("provenance.source", cite=Text(es="informe, nota 1", en="report, note 1"))

        expected = ("fuente: informe, nota 1", "source: report, note 1")
        assert expected == (msg.render("es"), msg.render("en"))

    def test_parameters_are_read_only(self) -> None:
        """A message's parameters cannot be changed in place: messages are shared values."""
        msg = message("value.negative", value=-4)

        with pytest.raises(TypeError):
            msg.params["value"] = 3  # type: ignore[index]

    def test_unknown_key(self) -> None:
        """A key that is not in the catalog is refused when the message is built."""
        with pytest.raises(KeyError, match=r"no\.such\.key"):
            message("no.such.key")

    def test_message_builds_from_keywords(self) -> None:
        """message() is Message with keyword parameters."""
        expected = Message(key="value.negative", params={"value": -4})

        assert expected == message("value.negative", value=-4)

    def test_compares_parameters(self) -> None:
        """Messages with different parameters differ."""
        assert message("value.negative", value=-4) != message("value.negative", value=-5)

    def test_hashable(self) -> None:
        """Messages hash (by key), so problems that carry them do too."""
        expected = 1

        assert expected == len({message("value.negative", value=-4), message("value.negative", value=-4)})

    @given(st.sampled_from(sorted(CATALOG)), st.sampled_from(LANGS))
    def test_every_template_renders(self, key: str, lang: Lang) -> None:
        """Every template renders in both languages once its placeholders are given (as numbers)."""
        params = dict.fromkeys(_placeholders(CATALOG[key]["es"]), 1)

        assert isinstance(message(key, **params).render(lang), str)


class TestHasMessage:
    def test_known_and_unknown(self) -> None:
        """has_message says whether the catalog has a key."""
        expected = (True, False)

        assert expected == (has_message("value.negative"), has_message("no.such.key"))


class TestLabel:
    def test_enum_label(self) -> None:
        """An enum member's label comes from the catalog, in the language asked."""
        expected = ("en línea", "online")

        assert expected == (label(Delivery.ONLINE), label(Delivery.ONLINE, "en"))

    def test_member_without_label_shows_its_value(self) -> None:
        """A member with no catalog entry shows its value."""
        expected = "rojo"

        assert expected == label(_Colour.RED, "en")


class TestCatalogProblems:
    def test_catalog_is_sound(self) -> None:
        """Every key has es and en, with the same placeholders."""
        expected: list[str] = []

        assert expected == catalog_problems()

    def test_missing_language(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A key without English is reported."""
        monkeypatch.setitem(CATALOG, "test.only_spanish", {"es": "hola"})

        expected = ["test.only_spanish: missing en"]
        assert expected == catalog_problems()

    def test_different_placeholders(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A key whose languages use different placeholders is reported."""
        monkeypatch.setitem(CATALOG, "test.mismatch", {"es": "{a} y {b}", "en": "{a} and {c!r}"})

        expected = ["test.mismatch: es and en use different placeholders"]
        assert expected == catalog_problems()

    def test_conversions_and_fields_are_the_same_placeholder(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """{x!r} and {x.y} use the same placeholder as {x}."""
        monkeypatch.setitem(CATALOG, "test.same", {"es": "{x!r} {y.z}", "en": "{x} {y[0]}"})

        expected: list[str] = []
        assert expected == catalog_problems()


def _placeholders(template: str) -> set[str]:
    import string  # noqa: PLC0415 -- only this helper needs it

    return {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(template) if f}
