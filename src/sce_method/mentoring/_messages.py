"""Messages of the mentoring room (prefix ``mentoring.``)."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    "mentoring.self": {"es": "una mentora no puede acompañarse a sí misma", "en": "a mentor cannot mentor herself"},
    "mentoring.untrained": {
        "es": "sesión del {date} de alguien que no estaba formada como mentora (formación: {trained})",
        "en": "session on {date} led by someone not trained as a mentor (training: {trained})",
    },
    "mentoring.other_centre": {
        "es": "mentora y mentee de centros distintos (la política pide el mismo centro)",
        "en": "mentor and mentee at different centres (the policy asks for the same centre)",
    },
    "mentoring.overlap": {
        "es": "la mentee ya está asignada a otra mentora en esas fechas (línea {first_line})",
        "en": "the mentee is already assigned to another mentor over those dates (line {first_line})",
    },
    "mentoring.over_capacity": {
        "es": "la mentora acompaña {count} mentees a la vez; el máximo es {limit}",
        "en": "the mentor has {count} mentees at once; the limit is {limit}",
    },
    "mentoring.outside_assignment": {
        "es": "sesión fuera del periodo en que esta mentora tiene asignada a la mentee",
        "en": "session outside the period this mentor is assigned to the mentee",
    },
    "mentoring.no_dates": {
        "es": "las listas no tienen ninguna fecha: indique la fecha (--as-of)",
        "en": "the lists hold no date at all: give the date (--as-of)",
    },
    "mentoring.none_at_centre": {
        "es": "no hay mentora formada y elegible en el centro {centre}",
        "en": "no trained, eligible mentor at centre {centre}",
    },
    "mentoring.all_full": {
        "es": "todas las mentoras del centro {centre} están en su capacidad máxima",
        "en": "every mentor at centre {centre} is at capacity",
    },
    "mentoring.over_capacity_list": {
        "es": "Mentoras sobre su capacidad: {mentors}",
        "en": "Mentors over capacity: {mentors}",
    },
    "mentoring.not_yet_trained": {
        "es": "aún no formada como mentora (formación: {trained})",
        "en": "not yet trained as a mentor (training: {trained})",
    },
    "mentoring.withdrawn": {"es": "dada de baja", "en": "withdrawn"},
    "mentoring.prerequisite": {
        "es": "no cumple el requisito de la política: {detail}",
        "en": "does not meet the policy's prerequisite: {detail}",
    },
    "mentoring.col.figure": {"es": "cifra", "en": "figure"},
    "mentoring.col.value": {"es": "valor", "en": "value"},
    "mentoring.figure.mentoras-formadas": {"es": "mentoras formadas", "en": "mentors trained"},
    "mentoring.figure.mentoras-activas": {"es": "mentoras activas", "en": "active mentors"},
    "mentoring.figure.participantes-a-acompanar": {"es": "participantes a acompañar", "en": "participants to mentor"},
    "mentoring.figure.participantes-acompanadas": {"es": "participantes acompañadas", "en": "participants mentored"},
    "mentoring.figure.cobertura": {"es": "cobertura", "en": "coverage"},
    "mentoring.figure.sesiones": {"es": "sesiones", "en": "sessions"},
    "mentoring.figure.sesiones-por-mentee": {"es": "sesiones por mentee", "en": "sessions per mentee"},
    "mentoring.figure.sesiones-esperadas": {
        "es": "sesiones esperadas por mentee",
        "en": "expected sessions per mentee",
    },
    "mentoring.figure.mentoras-sobre-capacidad": {"es": "mentoras sobre capacidad", "en": "mentors over capacity"},
    "mentoring.figure.sesiones-sin-mentora-formada": {
        "es": "sesiones sin mentora formada en su fecha",
        "en": "sessions with no trained mentor on their date",
    },
    "mentoring.no_capacity": {
        "es": "la política de mentoría no fija cuántas mentees acompaña una mentora (max_mentees); fíjelo para asignar",
        "en": "the mentoring policy does not set how many mentees a mentor takes (max_mentees); set it to assign",
    },
}

register(__name__, MESSAGES)
