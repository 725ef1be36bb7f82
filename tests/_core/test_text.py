"""Tests for `sce_method._core._text`."""

from __future__ import annotations

import pytest
from hypothesis import given

from sce_method._core import InvariantError, Text
from tests.strategies import non_blank_words, texts


class TestText:
    def test_str_is_spanish(self) -> None:
        """str() gives the Spanish text, the programme's language."""
        text = Text(es="Educación financiera", en="Financial education")

        expected = "Educación financiera"
        assert expected == str(text)

    def test_get_english(self) -> None:
        """get("en") gives the translation when there is one."""
        text = Text(es="Educación financiera", en="Financial education")

        expected = "Financial education"
        assert expected == text.get("en")

    def test_get_defaults_to_spanish(self) -> None:
        """get() with no language gives Spanish."""
        expected = "Empleo"

        assert expected == Text(es="Empleo", en="Employment").get()

    def test_get_falls_back_to_spanish(self) -> None:
        """get("en") without a translation gives the Spanish text, unmarked."""
        expected = "Empleo"

        assert expected == Text(es="Empleo").get("en")

    def test_show_marks_the_fallback(self) -> None:
        """show("en") without a translation marks the Spanish text with [es]."""
        expected = "Empleo [es]"

        assert expected == Text(es="Empleo").show("en")

    def test_show_translated(self) -> None:
        """show() gives the asked language unmarked when it exists."""
        text = Text(es="Empleo", en="Employment")

        expected = ("Empleo", "Employment")
        assert expected == (text.show("es"), text.show("en"))

    def test_translated(self) -> None:
        """The translated property says whether the English text is present."""
        expected = (True, False)

        assert expected == (Text(es="a", en="b").translated, Text(es="a").translated)

    @pytest.mark.parametrize("blank", ["", " ", "\t\n"])
    def test_blank_spanish_is_refused(self, blank: str) -> None:
        """A blank Spanish text is an InvariantError at es."""
        with pytest.raises(InvariantError) as caught:
            Text(es=blank)

        expected = [(("es",), "core.value.blank")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    def test_blank_english_is_refused(self) -> None:
        """A blank English text is an InvariantError at en (leave it out instead)."""
        with pytest.raises(InvariantError) as caught:
            Text(es="Empleo", en=" ")

        expected = [(("en",), "core.value.blank")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    def test_values_compare_by_value(self) -> None:
        """Two texts with the same words are equal and hash alike."""
        assert {Text(es="a", en="b")} == {Text(es="a", en="b")}

    @given(texts())
    def test_show_spanish_is_str(self, text: Text) -> None:
        """show("es") is always str()."""
        assert str(text) == text.show("es")

    @given(non_blank_words())
    def test_untranslated_english_is_marked_spanish(self, es: str) -> None:
        """Without a translation, English shows the Spanish text plus the mark."""
        assert es + " [es]" == Text(es=es).show("en")
