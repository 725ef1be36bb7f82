"""Messages of the instruments (prefix ``instruments.``): questions, choice lists and responses."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    "instruments.view.caption": {
        "es": "{title} ({id}, versión {version})",
        "en": "{title} ({id}, version {version})",
    },
    "instruments.view.groups": {"es": "grupos", "en": "groups"},
    "instruments.view.questions": {"es": "preguntas", "en": "questions"},
    "instruments.view.col.name": {"es": "pregunta", "en": "question"},
    "instruments.view.col.type": {"es": "tipo", "en": "type"},
    "instruments.view.col.label": {"es": "texto", "en": "label"},
    "instruments.enum.InstrumentKind.entrada": {"es": "entrada", "en": "entry"},
    "instruments.enum.InstrumentKind.salida": {"es": "salida", "en": "exit"},
    "instruments.enum.InstrumentKind.postgraduacion": {"es": "postgraduación", "en": "post-graduation"},
    "instruments.enum.InstrumentKind.seguimiento": {"es": "seguimiento", "en": "follow-up"},
    # -- expressions ----------------------------------------------------------------
    # -- instruments ------------------------------------------------------------------
    "instruments.kind.question": {"es": "pregunta", "en": "question"},
    "instruments.kind.choice_list": {"es": "lista de opciones", "en": "choice list"},
    "instruments.bad_name": {
        "es": "nombre inválido {name!r}: empieza con letra o _, sigue con letras, dígitos, _, - o .",
        "en": "invalid name {name!r}: a letter or _, then letters, digits, _, - or .",
    },
    "instruments.as_text": {
        "es": "as_text nombra {name!r}, que no es un campo de expresión con valor (relevant, constraint, calculation)",
        "en": "as_text names {name!r}, which is not a set expression field (relevant, constraint, calculation)",
    },
    "instruments.bad_choice_name": {
        "es": "nombre de opción inválido {name!r}: no puede estar vacío ni tener espacios",
        "en": "invalid choice name {name!r}: it cannot be empty or contain spaces",
    },
    "instruments.duplicate_name": {
        "es": "nombre de pregunta repetido {name!r} (ya en {first})",
        "en": "duplicate question name {name!r} (already at {first})",
    },
    "instruments.unknown_list": {
        "es": "lista de opciones desconocida {name!r}; existen: {known}",
        "en": "unknown choice list {name!r}; known: {known}",
    },
    "instruments.choices_required": {
        "es": "una pregunta {type} necesita su lista de opciones (choices)",
        "en": "a {type} question needs its choice list (choices)",
    },
    "instruments.choices_forbidden": {
        "es": "una pregunta {type} no lleva lista de opciones",
        "en": "a {type} question takes no choice list",
    },
    "instruments.response.required": {"es": "respuesta obligatoria vacía", "en": "required answer missing"},
    "instruments.response.not_relevant": {
        "es": "hay respuesta, pero la pregunta no aplicaba (relevant falso): se señala, no se conserva en silencio",
        "en": "answered, but the question did not apply (relevant false): flagged, not silently kept",
    },
    "instruments.response.type": {
        "es": "se esperaba {expected}; se encontró un valor de tipo {found}",
        "en": "expected {expected}, found a value of type {found}",
    },
    "instruments.response.not_a_choice": {
        "es": "no es una opción de la lista; opciones: {choices}",
        "en": "not a choice of the list; choices: {choices}",
    },
    "instruments.response.constraint": {
        "es": "no cumple la restricción {constraint}",
        "en": "does not meet the constraint {constraint}",
    },
    "instruments.response.constraint_custom": {"es": "{text}", "en": "{text}"},
    "instruments.response.required_custom": {"es": "{text}", "en": "{text}"},
    "instruments.response.filtered": {
        "es": "la opción elegida no está entre las que ofrece el filtro de opciones: {filter}",
        "en": "the option chosen is not one the choice filter offers: {filter}",
    },
    "instruments.response.unknown_question": {
        "es": "respuesta a una pregunta que el instrumento no tiene",
        "en": "answer to a question the instrument does not have",
    },
    "instruments.calculation": {
        "es": "calculation va en las preguntas calculate, y solo en ellas",
        "en": "calculation belongs to calculate questions, and only to them",
    },
}

register(__name__, MESSAGES)
