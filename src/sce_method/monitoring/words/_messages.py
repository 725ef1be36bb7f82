"""Messages of expressions and questions said in words (prefix ``words.``)."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    # -- parts of an expression ------------------------------------------------------
    "words.quoted": {"es": "«{text}»", "en": "“{text}”"},
    "words.answer": {"es": "la respuesta", "en": "the answer"},
    "words.answer_to": {"es": "la respuesta a {question}", "en": "the answer to {question}"},
    "words.eq": {"es": "{left} es {right}", "en": "{left} is {right}"},
    "words.ne": {"es": "{left} no es {right}", "en": "{left} is not {right}"},
    "words.lt": {"es": "{left} es menor que {right}", "en": "{left} is less than {right}"},
    "words.le": {"es": "{left} es como máximo {right}", "en": "{left} is at most {right}"},
    "words.gt": {"es": "{left} es mayor que {right}", "en": "{left} is more than {right}"},
    "words.ge": {"es": "{left} es al menos {right}", "en": "{left} is at least {right}"},
    "words.before": {"es": "{left} es anterior a {right}", "en": "{left} is before {right}"},
    "words.not_after": {"es": "{left} no es posterior a {right}", "en": "{left} is not after {right}"},
    "words.after": {"es": "{left} es posterior a {right}", "en": "{left} is after {right}"},
    "words.not_before": {"es": "{left} no es anterior a {right}", "en": "{left} is not before {right}"},
    "words.between": {"es": "{value} está entre {low} y {high}", "en": "{value} is between {low} and {high}"},
    "words.and": {"es": "{left} y {right}", "en": "{left} and {right}"},
    "words.or": {"es": "{left} o {right}", "en": "{left} or {right}"},
    "words.plus": {"es": "{left} más {right}", "en": "{left} plus {right}"},
    "words.minus": {"es": "{left} menos {right}", "en": "{left} minus {right}"},
    "words.times": {"es": "{left} por {right}", "en": "{left} times {right}"},
    "words.div": {"es": "{left} entre {right}", "en": "{left} divided by {right}"},
    "words.mod": {"es": "el resto de {left} entre {right}", "en": "the remainder of {left} divided by {right}"},
    "words.negative": {"es": "menos {value}", "en": "minus {value}"},
    "words.today": {"es": "la fecha de hoy", "en": "today's date"},
    "words.not": {"es": "no se cumple que {condition}", "en": "it is not the case that {condition}"},
    "words.selected": {"es": "en {question} se marcó {choice}", "en": "{choice} is selected in {question}"},
    "words.count_selected": {
        "es": "el número de opciones marcadas en {question}",
        "en": "the number of options selected in {question}",
    },
    "words.if": {"es": "{then} si {condition}; si no, {otherwise}", "en": "{then} if {condition}, else {otherwise}"},
    "words.length": {"es": "el número de caracteres de {value}", "en": "the number of characters of {value}"},
    "words.position": {"es": "el número de la fila", "en": "the row's number"},
    "words.choice_label": {
        "es": "la etiqueta de la opción marcada en {question}",
        "en": "the label of the option selected in {question}",
    },
    "words.choice_label_of": {
        "es": "la etiqueta de la opción {value} de {question}",
        "en": "the label of the option {value} of {question}",
    },
    "words.function": {"es": "{name}({args})", "en": "{name}({args})"},
    "words.regex": {"es": "{value} sigue el patrón {pattern}", "en": "{value} matches the pattern {pattern}"},
    # -- a question ------------------------------------------------------------------
    "words.question.text": {"es": "texto libre", "en": "free text"},
    "words.question.integer": {"es": "un número entero", "en": "a whole number"},
    "words.question.decimal": {"es": "un número", "en": "a number"},
    "words.question.date": {"es": "una fecha", "en": "a date"},
    "words.question.select_one": {"es": "una opción: {choices}", "en": "one option: {choices}"},
    "words.question.select_multiple": {"es": "una o más opciones: {choices}", "en": "one or more options: {choices}"},
    "words.question.note": {"es": "una nota, sin respuesta", "en": "a note, not answered"},
    "words.question.calculate": {"es": "se calcula: {formula}", "en": "computed: {formula}"},
    "words.required": {"es": "obligatoria", "en": "required"},
    "words.optional": {"es": "opcional", "en": "optional"},
    "words.relevant": {"es": "se pregunta solo si {condition}", "en": "asked only if {condition}"},
    "words.constraint": {"es": "se acepta solo si {condition}", "en": "accepted only if {condition}"},
    "words.constraint_message": {"es": "si no, el formulario dice «{text}»", "en": "otherwise the form says “{text}”"},
}

register(__name__, MESSAGES)
