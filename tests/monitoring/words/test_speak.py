"""Tests for `sce_method.monitoring.words._speak`: expression trees said in words."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

import sce_method
from sce_method._core import Lang
from sce_method.monitoring.expressions import Expr, parse
from sce_method.monitoring.words import Vocabulary, in_words
from tests.expr_strategies import trees
from tests.monitoring.forms import ENCUESTA

WORDS = Vocabulary.of(ENCUESTA, "es")


class TestInWords:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("${trabaja} = 'si'", "la respuesta a «Pregunta trabaja» es «Si»"),
            ("${trabaja} != 'no'", "la respuesta a «Pregunta trabaja» no es «No»"),
            ("${edad} < 18", "la respuesta a «Pregunta edad» es menor que 18"),
            ("${edad} <= 18.5", "la respuesta a «Pregunta edad» es como máximo 18.5"),
            ("${edad} > 18", "la respuesta a «Pregunta edad» es mayor que 18"),
            ("${edad} >= 18", "la respuesta a «Pregunta edad» es al menos 18"),
            (". >= 15 and . <= 99", "la respuesta está entre 15 y 99"),
            (". <= 99 and . >= 15", "la respuesta está entre 15 y 99"),
            (". <= today()", "la respuesta no es posterior a la fecha de hoy"),
            (". < today()", "la respuesta es anterior a la fecha de hoy"),
            ("today() > .", "la fecha de hoy es posterior a la respuesta"),
            (". >= today()", "la respuesta no es anterior a la fecha de hoy"),
            ("selected(${apoyos}, 'beca')", "en «Pregunta apoyos» se marcó «Beca»"),
            ("count-selected(${apoyos}) > 1", "el número de opciones marcadas en «Pregunta apoyos» es mayor que 1"),
            ("not(${trabaja} = 'si')", "no se cumple que la respuesta a «Pregunta trabaja» es «Si»"),
            ("(${edad} + 1) div 2", "(la respuesta a «Pregunta edad» más 1) entre 2"),
            ("${edad} + 1 * 2", "la respuesta a «Pregunta edad» más 1 por 2"),
            ("${edad} mod 2 = 0", "el resto de la respuesta a «Pregunta edad» entre 2 es 0"),
            ("-${edad} - 1", "menos la respuesta a «Pregunta edad» menos 1"),
            ("(${a} or ${b}) and ${c}", "(la respuesta a «a» o la respuesta a «b») y la respuesta a «c»"),
            ("if(${edad} > 1, 'x', 'y')", "«x» si la respuesta a «Pregunta edad» es mayor que 1; si no, «y»"),
            ("string-length(.) > 3", "el número de caracteres de la respuesta es mayor que 3"),
            ("regex(., '^[a-z]+$')", "la respuesta sigue el patrón ^[a-z]+$"),
            ("position(..) > 1", "el número de la fila es mayor que 1"),
            (
                "jr:choice-name(${trabaja}, '${trabaja}') = 'Sí'",
                "la etiqueta de la opción marcada en «Pregunta trabaja» es «Sí»",
            ),
            ("jr:choice-name('no', '${trabaja}')", "la etiqueta de la opción «No» de «Pregunta trabaja»"),
        ],
    )
    def test_spanish(self, text: str, expected: str) -> None:
        """Each operator and function of the subset has its words; questions and choices go by their labels."""
        assert expected == in_words(parse(text), "es", WORDS)

    def test_english(self) -> None:
        """English words, English labels."""
        expected = "the answer to “Question trabaja” is “SI” or the answer is between 1 and 5"

        assert expected == in_words(
            parse("${trabaja} = 'si' or (. >= 1 and . <= 5)"), "en", Vocabulary.of(ENCUESTA, "en")
        )

    def test_a_constraint_names_its_own_choices(self) -> None:
        """In a constraint, ``.`` is the question it is written for, whose choices name the stored values."""
        words = attrs.evolve(WORDS, current="trabaja")

        assert in_words(parse(". = 'no'"), "es", words) == "la respuesta es «No»"

    def test_without_a_vocabulary(self) -> None:
        """With no instrument, questions and choices go by their names."""
        assert in_words(parse("${x} = 'y'"), "en") == "the answer to “x” is “y”"

    @given(trees())
    def test_every_tree_has_words(self, tree: Expr) -> None:
        """Any tree of the subset is said, in both languages, on one line and without XLSForm syntax."""
        langs: tuple[Lang, ...] = ("es", "en")
        for lang in langs:
            said = in_words(tree, lang)
            assert said.strip()
            assert "\n" not in said
            assert "${" not in said


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_bundled_instruments_are_said_in_words(lang: Lang) -> None:
    """Every expression of the bundled instruments is said in words, with no XLSForm syntax left."""
    for instrument in sce_method.load().instruments:
        words = Vocabulary.of(instrument, lang)
        for question in instrument.questions:
            for field in ("relevant", "constraint", "calculation"):
                expr = question.expression(field)
                if expr is not None:
                    assert "${" not in in_words(expr, lang, words)
