"""Tests for `sce_method.monitoring.words._questions`: a question said in words."""

from __future__ import annotations

from sce_method.monitoring.words import QuestionWords, Vocabulary, question_in_words
from tests.monitoring.forms import ENCUESTA

WORDS = Vocabulary.of(ENCUESTA, "es")


class TestQuestionInWords:
    def test_a_constraint_with_its_message(self) -> None:
        """Required, the constraint in words, and what the form says when it fails."""
        expected = QuestionWords(
            answer="un número entero",
            conditions=(
                "obligatoria",
                "se acepta solo si la respuesta está entre 15 y 99",
                "si no, el formulario dice «Edad entre 15 y 99»",
            ),
        )

        assert expected == question_in_words(ENCUESTA.question("edad"), "es", WORDS)

    def test_a_select_lists_its_choices(self) -> None:
        """A select question says its choices by their labels."""
        expected = QuestionWords(answer="una o más opciones: Beca / Guarderia / Transporte", conditions=("opcional",))

        assert expected == question_in_words(ENCUESTA.question("apoyos"), "es", WORDS)

    def test_skip_logic(self) -> None:
        """A relevant question says when it is asked."""
        said = question_in_words(ENCUESTA.question("ingreso"), "en", Vocabulary.of(ENCUESTA, "en"))

        assert said.conditions[:2] == ("optional", "asked only if the answer to “Question trabaja” is “SI”")

    def test_a_calculation_and_a_note(self) -> None:
        """A calculation says its formula and has no rule of its own; a note is not answered."""
        calculated = question_in_words(ENCUESTA.question("n_apoyos"), "es", WORDS)
        note = question_in_words(ENCUESTA.question("aviso"), "es", WORDS)

        assert (
            calculated.answer,
            calculated.conditions,
        ) == ("se calcula: el número de opciones marcadas en «Pregunta apoyos»", ())
        assert (note.answer, note.conditions) == ("una nota, sin respuesta", ())
