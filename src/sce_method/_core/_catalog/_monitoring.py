"""Messages of the monitoring room: expressions, instruments, responses."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, dict[str, str]]] = {
    # -- expressions ----------------------------------------------------------------
    "expr.at": {"es": "columna {column}: {problem}", "en": "column {column}: {problem}"},
    "expr.empty": {"es": "la expresión está vacía", "en": "the expression is empty"},
    "expr.unexpected": {"es": "no se esperaba {found!r}", "en": "unexpected {found!r}"},
    "expr.unexpected_end": {
        "es": "la expresión termina antes de tiempo",
        "en": "the expression ends too soon",
    },
    "expr.end": {"es": "el final", "en": "the end"},
    "expr.expected": {
        "es": "se esperaba {expected!r}; se encontró {found}",
        "en": "expected {expected!r}, found {found}",
    },
    "expr.chained_comparison": {
        "es": "comparaciones encadenadas (a < b < c): use and",
        "en": "chained comparisons (a < b < c): use and",
    },
    "expr.bad_name": {"es": "nombre de pregunta inválido {name!r}", "en": "invalid question name {name!r}"},
    "expr.unknown_function": {
        "es": "función desconocida {name!r}; se admiten: {known}",
        "en": "unknown function {name!r}; supported: {known}",
    },
    "expr.arity": {
        "es": "{name}() espera {expected} argumento(s); recibió {found}",
        "en": "{name}() takes {expected} argument(s), got {found}",
    },
    "expr.type": {
        "es": "en {where!r} se esperaba {expected}; se encontró {found}",
        "en": "in {where!r} expected {expected}, found {found}",
    },
    "expr.unknown_ref": {
        "es": "${{{name}}} no es una pregunta del instrumento",
        "en": "${{{name}}} is not a question of the instrument",
    },
    "expr.unknown_ref_suggest": {
        "es": "${{{name}}} no es una pregunta del instrumento; ¿quiso decir ${{{suggestion}}}?",
        "en": "${{{name}}} is not a question of the instrument; did you mean ${{{suggestion}}}?",
    },
    "expr.no_current": {
        "es": "'.' (la respuesta actual) solo vale en una restricción (constraint)",
        "en": "'.' (the current answer) is only valid in a constraint",
    },
    # -- instruments ------------------------------------------------------------------
    "kind.question": {"es": "pregunta", "en": "question"},
    "kind.choice_list": {"es": "lista de opciones", "en": "choice list"},
    "instrument.bad_name": {
        "es": "nombre inválido {name!r}: empieza con letra o _, sigue con letras, dígitos, _, - o .",
        "en": "invalid name {name!r}: a letter or _, then letters, digits, _, - or .",
    },
    "instrument.duplicate_name": {
        "es": "nombre de pregunta repetido {name!r} (ya en {first})",
        "en": "duplicate question name {name!r} (already at {first})",
    },
    "instrument.unknown_list": {
        "es": "lista de opciones desconocida {name!r}; existen: {known}",
        "en": "unknown choice list {name!r}; known: {known}",
    },
    "instrument.choices_required": {
        "es": "una pregunta {type} necesita su lista de opciones (choices)",
        "en": "a {type} question needs its choice list (choices)",
    },
    "instrument.choices_forbidden": {
        "es": "una pregunta {type} no lleva lista de opciones",
        "en": "a {type} question takes no choice list",
    },
    "response.required": {"es": "respuesta obligatoria vacía", "en": "required answer missing"},
    "response.not_relevant": {
        "es": "hay respuesta, pero la pregunta no aplicaba (relevant falso): se señala, no se conserva en silencio",
        "en": "answered, but the question did not apply (relevant false): flagged, not silently kept",
    },
    "response.type": {"es": "se esperaba {expected}; se encontró {found}", "en": "expected {expected}, found {found}"},
    "response.not_a_choice": {
        "es": "{value!r} no es una opción de la lista; opciones: {choices}",
        "en": "{value!r} is not a choice of the list; choices: {choices}",
    },
    "response.constraint": {
        "es": "no cumple la restricción {constraint}",
        "en": "does not meet the constraint {constraint}",
    },
    "response.constraint_custom": {"es": "{text}", "en": "{text}"},
    "response.unknown_question": {
        "es": "respuesta a una pregunta que el instrumento no tiene",
        "en": "answer to a question the instrument does not have",
    },
    "instrument.calculation": {
        "es": "calculation va en las preguntas calculate, y solo en ellas",
        "en": "calculation belongs to calculate questions, and only to them",
    },
}
