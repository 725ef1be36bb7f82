"""One question of an instrument in words: how it is answered, and when it is asked and what it must hold."""

from __future__ import annotations

from typing import Final

import attrs

from sce_method._core import Lang, message
from sce_method.monitoring.instruments import Question, QuestionType
from sce_method.monitoring.words._speak import Vocabulary, in_words

_TYPES: Final = {
    QuestionType.TEXT: "words.question.text",
    QuestionType.INTEGER: "words.question.integer",
    QuestionType.DECIMAL: "words.question.decimal",
    QuestionType.DATE: "words.question.date",
    QuestionType.SELECT_ONE: "words.question.select_one",
    QuestionType.SELECT_MULTIPLE: "words.question.select_multiple",
    QuestionType.NOTE: "words.question.note",
    QuestionType.CALCULATE: "words.question.calculate",
}
"""How each type of question is answered, in words."""


@attrs.frozen
class QuestionWords:
    """A question said for people: *answer* (how it is answered), *conditions* (each rule on it, in order)."""

    answer: str
    conditions: tuple[str, ...]


def question_in_words(question: Question, lang: Lang, vocabulary: Vocabulary | None = None) -> QuestionWords:
    """
    How *question* is answered, and each rule on it: required or not, when it is asked, what its answer must hold.

    >>> from sce_method import Provenance, Text
    >>> q = Question(name="edad", type=QuestionType.INTEGER, constraint=". >= 15", required=True,
    ...              label=Text(es="Edad"), provenance=Provenance.assume("x"))  # fmt: skip
    >>> said = question_in_words(q, "es")
    >>> said.answer, said.conditions
    ('un número entero', ('obligatoria', 'se acepta solo si la respuesta es al menos 15'))
    """
    found = attrs.evolve(vocabulary or Vocabulary(), current=question.name)
    choices = " / ".join(found.choices.get(question.name, {}).values())
    calculation = question.expression("calculation")
    formula = in_words(calculation, lang, found) if calculation is not None else ""
    answer = message(_TYPES[question.type], choices=choices, formula=formula).render(lang)
    conditions: list[str] = []
    if question.answers:
        conditions.append(message("words.required" if question.required else "words.optional").render(lang))
    relevant = question.expression("relevant")
    if relevant is not None:
        conditions.append(message("words.relevant", condition=in_words(relevant, lang, found)).render(lang))
    constraint = question.expression("constraint")
    if constraint is not None:
        conditions.append(message("words.constraint", condition=in_words(constraint, lang, found)).render(lang))
        if question.constraint_message is not None:
            said = message("words.constraint_message", text=question.constraint_message)
            conditions.append(said.render(lang))
    return QuestionWords(answer=answer, conditions=tuple(conditions))
