"""Tests for `sce_method._core._catalog`: messages, their registry, labels and plural forms."""

from __future__ import annotations

import enum
from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method._core import (
    DEFAULT_LANG,
    LANGS,
    Lang,
    Message,
    Templates,
    Text,
    catalog_problems,
    check_lang,
    has_message,
    label,
    message,
    register,
    register_labels,
)
from sce_method._core import _catalog as catalog
from sce_method.curriculum import Delivery


class _Colour(enum.Enum):
    RED = "rojo"
    BLUE = "azul"


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of the registry for the test to register into; the real one is left as it was."""
    monkeypatch.setattr(catalog, "_TEMPLATES", dict(catalog._TEMPLATES))
    monkeypatch.setattr(catalog, "_MODULES", dict(catalog._MODULES))
    monkeypatch.setattr(catalog, "_LABELS", dict(catalog._LABELS))


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
        msg = Message(key="core.value.negative", params={"value": -4})

        expected = ("debe ser >= 0; se encontró -4", "must be >= 0, got -4")
        assert expected == (msg.render("es"), msg.render("en"))

    def test_str_is_spanish(self) -> None:
        """str() renders in Spanish."""
        expected = "no puede estar vacío"

        assert expected == str(message("core.value.empty"))

    def test_nested_messages_render_in_the_same_language(self) -> None:
        """A message given as a parameter is rendered in the outer message's language."""
        msg = message("core.id.unknown", kind=message("core.kind.module"), id="x", known="a, b")

        expected = "there is no module with id 'x'; known: a, b"
        assert expected == msg.render("en")

    def test_texts_render_in_the_same_language(self) -> None:
        """A Text given as a parameter shows itself in the message's language."""
        msg = message("core.provenance.source", cite=Text(es="informe, nota 1", en="report, note 1"))

        expected = ("fuente: informe, nota 1", "source: report, note 1")
        assert expected == (msg.render("es"), msg.render("en"))

    def test_parameters_are_read_only(self) -> None:
        """A message's parameters cannot be changed in place: messages are shared values."""
        msg = message("core.value.negative", value=-4)

        with pytest.raises(TypeError):
            msg.params["value"] = 3  # type: ignore[index]

    def test_unknown_key(self) -> None:
        """A key that is not registered is refused when the message is built."""
        with pytest.raises(KeyError, match=r"no\.such\.key"):
            message("no.such.key")

    def test_message_builds_from_keywords(self) -> None:
        """message() is Message with keyword parameters."""
        expected = Message(key="core.value.negative", params={"value": -4})

        assert expected == message("core.value.negative", value=-4)

    def test_compares_parameters(self) -> None:
        """Messages with different parameters differ."""
        assert message("core.value.negative", value=-4) != message("core.value.negative", value=-5)

    def test_hashable(self) -> None:
        """Messages hash (by key), so problems that carry them do too."""
        expected = 1

        assert expected == len({message("core.value.negative", value=-4), message("core.value.negative", value=-4)})

    @given(st.sampled_from(sorted(catalog.registered())), st.sampled_from(LANGS))
    def test_every_template_renders(self, key: str, lang: Lang) -> None:
        """Every registered template renders in both languages once its placeholders are given (as numbers)."""
        params = dict.fromkeys(set().union(*catalog.placeholders(catalog.templates_of(key)).values()), 1)

        assert isinstance(message(key, **params).render(lang), str)


class TestRoomOf:
    @pytest.mark.parametrize(
        ("module", "expected"),
        [
            ("sce_method._core._messages", "core"),
            ("sce_method.participants._messages", "participants"),
            ("sce_method.monitoring.xlsform._messages", "xlsform"),
        ],
    )
    def test_package_without_underscore(self, module: str, expected: str) -> None:
        """A room is the package holding its _messages module, without a leading underscore."""
        assert expected == catalog.room_of(module)


@pytest.mark.usefixtures("registry")
class TestRegister:
    def test_registers_with_the_room(self) -> None:
        """A registered key renders, and is known with the room that registered it."""
        register("tests.sample._messages", {"sample.hello": {"es": "hola {name}", "en": "hello {name}"}})

        expected = ("hola Ana", "sample")
        assert expected == (message("sample.hello", name="Ana").render(), catalog.registered()["sample.hello"])

    def test_prefix_is_the_room(self) -> None:
        """A key that does not start with its room's name is refused."""
        with pytest.raises(ValueError, match=r"must start with 'sample\.'"):
            register("tests.sample._messages", {"other.hello": {"es": "hola", "en": "hello"}})

    def test_one_module_per_key(self) -> None:
        """A key another module registered is refused, even one of a room by the same name."""
        register("tests.sample._messages", {"sample.hello": {"es": "hola", "en": "hello"}})

        with pytest.raises(ValueError, match=r"registered by tests\.sample\._messages and other\.sample\._messages"):
            register("other.sample._messages", {"sample.hello": {"es": "hola", "en": "hello"}})

    def test_registering_again_replaces(self) -> None:
        """A room that registers its keys again (a reloaded module) replaces its own texts."""
        register("tests.sample._messages", {"sample.hello": {"es": "hola", "en": "hello"}})
        register("tests.sample._messages", {"sample.hello": {"es": "buenas", "en": "hi"}})

        expected = "buenas"
        assert expected == message("sample.hello").render()


PROBLEMS: Final[Templates] = {
    "plural": "count",
    "es": {"one": "{count} problema", "other": "{count} problemas"},
    "en": {"one": "{count} problem", "other": "{count} problems"},
}
"""A plural text: the number of problems."""


@pytest.mark.usefixtures("registry")
class TestPluralForms:
    @pytest.fixture(autouse=True)
    def _problems(self, registry: None) -> None:  # noqa: ARG002 -- registers into the copy
        register("tests.sample._messages", {"sample.problems": PROBLEMS})

    @pytest.mark.parametrize(
        ("count", "expected"),
        [(1, ("1 problema", "1 problem")), (1.0, ("1.0 problema", "1.0 problem"))]
        + [(n, (f"{n} problemas", f"{n} problems")) for n in (0, 2, 11, 0.5, -1)],
    )
    def test_one_for_exactly_one(self, count: float, expected: tuple[str, str]) -> None:
        """The form one is for exactly 1; any other number, 0 included, takes the form other, in es as in en."""
        said = message("sample.problems", count=count)

        assert expected == (said.render("es"), said.render("en"))

    def test_nested(self) -> None:
        """A plural message given as a parameter chooses its own form."""
        said = message("core.provenance.source", cite=message("sample.problems", count=1))

        expected = "source: 1 problem"
        assert expected == said.render("en")


class TestHasMessage:
    def test_known_and_unknown(self) -> None:
        """has_message says whether a key is registered."""
        expected = (True, False)

        assert expected == (has_message("core.value.negative"), has_message("no.such.key"))


class TestLabel:
    def test_enum_label(self) -> None:
        """An enum member's label is the message its room gave it, in the language asked."""
        expected = ("en línea", "online")

        assert expected == (label(Delivery.ONLINE), label(Delivery.ONLINE, "en"))

    def test_member_without_label_shows_its_value(self) -> None:
        """A member with no label shows its value."""
        expected = "rojo"

        assert expected == label(_Colour.RED, "en")

    @pytest.mark.usefixtures("registry")
    def test_register_labels(self) -> None:
        """Labels are given member by member; a member left out shows its value."""
        register("tests.sample._messages", {"sample.red": {"es": "rojo", "en": "red"}})
        register_labels({_Colour.RED: "sample.red"})

        expected = ("red", "azul")
        assert expected == (label(_Colour.RED, "en"), label(_Colour.BLUE, "en"))

    @pytest.mark.usefixtures("registry")
    def test_label_needs_a_registered_key(self) -> None:
        """A label whose key is not registered is refused."""
        with pytest.raises(KeyError, match=r"sample\.red"):
            register_labels({_Colour.RED: "sample.red"})


class TestCatalogProblems:
    def test_registered_catalog_is_sound(self) -> None:
        """Every registered key has es and en, with the same placeholders."""
        expected: list[str] = []

        assert expected == catalog_problems()

    def test_missing_language(self) -> None:
        """A key without English is reported."""
        only_spanish: Templates = {"es": "hola"}  # type: ignore[typeddict-item]

        expected = ["t.only_spanish: missing en"]
        assert expected == catalog_problems({"t.only_spanish": only_spanish})

    def test_different_placeholders(self) -> None:
        """A key whose languages use different placeholders is reported."""
        expected = ["t.mismatch: es and en use different placeholders"]

        assert expected == catalog_problems({"t.mismatch": {"es": "{a} y {b}", "en": "{a} and {c!r}"}})

    def test_plural_forms_are_sound(self) -> None:
        """A plural text declares its parameter, a placeholder, and gives both forms in both languages."""
        expected: list[str] = []

        assert expected == catalog_problems({"t.plural": PROBLEMS})

    @pytest.mark.parametrize(
        ("templates", "problem"),
        [
            (
                {"es": {"one": "{n} caso", "other": "{n} casos"}, "en": {"one": "{n} case", "other": "{n} cases"}},
                "a plural text declares its parameter and gives forms in es and en",
            ),
            (
                {"plural": "n", "es": {"one": "{n} caso", "other": "{n} casos"}, "en": "{n} case(s)"},
                "a plural text declares its parameter and gives forms in es and en",
            ),
            (
                {"plural": "n", "es": "{n} caso(s)", "en": "{n} case(s)"},
                "a plural text declares its parameter and gives forms in es and en",
            ),
            (
                {"plural": "n", "es": {"one": "{n} caso", "other": "{n} casos"}, "en": {"other": "{n} cases"}},
                "a plural text gives the forms one and other",
            ),
            (
                {
                    "plural": "n",
                    "es": {"one": "un caso", "other": "{n} casos"},
                    "en": {"one": "a case", "other": "{n} cases"},
                },
                "the forms of es and en use different placeholders",
            ),
            (
                {
                    "plural": "m",
                    "es": {"one": "{n} caso", "other": "{n} casos"},
                    "en": {"one": "{n} case", "other": "{n} cases"},
                },
                "the plural parameter 'm' is not a placeholder",
            ),
        ],
    )
    def test_plural_problems(self, templates: Templates, problem: str) -> None:
        """A plural text that is not sound is reported."""
        expected = [f"t.plural: {problem}"]

        assert expected == catalog_problems({"t.plural": templates})

    def test_conversions_and_fields_are_the_same_placeholder(self) -> None:
        """{x!r} and {x.y} use the same placeholder as {x}."""
        expected: list[str] = []

        assert expected == catalog_problems({"t.same": {"es": "{x!r} {y.z}", "en": "{x} {y[0]}"}})
