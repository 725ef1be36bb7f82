"""Messages of the expression language (prefix ``expressions.``)."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    "expressions.empty": {"es": "la expresión está vacía", "en": "the expression is empty"},
    "expressions.unexpected": {"es": "no se esperaba {found!r}", "en": "unexpected {found!r}"},
    "expressions.unexpected_end": {
        "es": "la expresión termina antes de tiempo",
        "en": "the expression ends too soon",
    },
    "expressions.end": {"es": "el final", "en": "the end"},
    "expressions.expected": {
        "es": "se esperaba {expected!r}; se encontró {found}",
        "en": "expected {expected!r}, found {found}",
    },
    "expressions.chained_comparison": {
        "es": "comparaciones encadenadas (a < b < c): use and",
        "en": "chained comparisons (a < b < c): use and",
    },
    "expressions.bad_name": {"es": "nombre de pregunta inválido {name!r}", "en": "invalid question name {name!r}"},
    "expressions.unknown_function": {
        "es": "función desconocida {name!r}; se admiten: {known}",
        "en": "unknown function {name!r}; supported: {known}",
    },
    "expressions.arity": {
        "plural": "expected",
        "es": {
            "one": "{name}() espera {expected} argumento; recibió {found}",
            "other": "{name}() espera {expected} argumentos; recibió {found}",
        },
        "en": {
            "one": "{name}() takes {expected} argument, got {found}",
            "other": "{name}() takes {expected} arguments, got {found}",
        },
    },
    "expressions.type": {
        "es": "en {where!r} se esperaba {expected}; se encontró {found}",
        "en": "in {where!r} expected {expected}, found {found}",
    },
    "expressions.unknown_ref": {
        "es": "${{{name}}} no es una pregunta del instrumento",
        "en": "${{{name}}} is not a question of the instrument",
    },
    "expressions.unknown_ref_suggest": {
        "es": "${{{name}}} no es una pregunta del instrumento; ¿quiso decir ${{{suggestion}}}?",
        "en": "${{{name}}} is not a question of the instrument; did you mean ${{{suggestion}}}?",
    },
    "expressions.no_current": {
        "es": "'.' (la respuesta actual) solo vale en una restricción (constraint)",
        "en": "'.' (the current answer) is only valid in a constraint",
    },
    "expressions.too_deep": {
        "es": "la expresión anida más de {limit} niveles (paréntesis, funciones u operadores encadenados): divídala",
        "en": "the expression nests more than {limit} levels (brackets, functions or chained operators): split it",
    },
    "expressions.choice_name_question": {
        "es": "jr:choice-name espera como segundo argumento la pregunta entre comillas: '${{pregunta}}'",
        "en": "jr:choice-name expects the question, quoted, as its second argument: '${{question}}'",
    },
    "expressions.at": {"es": "columna {column}: {problem}", "en": "column {column}: {problem}"},
}

register(__name__, MESSAGES)
