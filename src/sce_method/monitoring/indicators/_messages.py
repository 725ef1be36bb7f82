"""Messages of the outcome indicators (prefix ``indicators.``)."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    "indicators.view.caption": {
        "plural": "count",
        "es": {
            "one": "Indicadores de resultado: {count} indicador",
            "other": "Indicadores de resultado: {count} indicadores",
        },
        "en": {"one": "Outcome indicators: {count} indicator", "other": "Outcome indicators: {count} indicators"},
    },
    "indicators.col.indicator_id": {"es": "indicador", "en": "indicator"},
    "indicators.col.dimension": {"es": "desagregación", "en": "breakdown"},
    "indicators.col.key": {"es": "grupo", "en": "group"},
    "indicators.col.numerator": {"es": "numerador", "en": "numerator"},
    "indicators.col.denominator": {"es": "denominador", "en": "denominator"},
    "indicators.col.value": {"es": "valor", "en": "value"},
    "indicators.col.missing": {"es": "sin encuesta", "en": "missing wave"},
    "indicators.col.reported": {"es": "informe", "en": "reported"},
    "indicators.enum.IndicatorKind.conteo": {"es": "conteo", "en": "count"},
    "indicators.enum.IndicatorKind.proporcion": {"es": "proporción", "en": "proportion"},
    "indicators.enum.IndicatorKind.promedio": {"es": "promedio", "en": "mean"},
    "indicators.enum.IndicatorKind.transicion": {"es": "transición", "en": "transition"},
    "indicators.transition_fields": {
        "es": "una transición necesita to_instrument y to_filter, y solo ella los lleva",
        "en": "a transition needs to_instrument and to_filter, and only a transition takes them",
    },
    "indicators.mean_value": {
        "es": "un promedio necesita value (la expresión a promediar), y solo él la lleva",
        "en": "a mean needs value (the expression averaged), and only a mean takes it",
    },
    "indicators.unknown_instrument_file": {
        "es": "archivo de respuestas de un instrumento que la metodología no tiene ({id!r}); existen: {known}",
        "en": "response file for an instrument the methodology does not have ({id!r}); known: {known}",
    },
    "indicators.two_exports": {
        "es": "hay más de una exportación del instrumento {id!r} ({files}): no se lee ninguna; deje solo una",
        "en": "more than one export of instrument {id!r} ({files}): none is read; keep only one",
    },
    "indicators.answered_again": {
        "es": (
            "la participante respondió de nuevo esta encuesta (línea {counted}): se cuenta solo la última fila del"
            " archivo; quite las respuestas que sobran"
        ),
        "en": (
            "the participant answered this survey again (line {counted}): only the last row of the file is counted;"
            " remove the extra responses"
        ),
    },
    "indicators.unknown_participant": {
        "es": "respuesta de una participante que no está en la generación: no se cuenta",
        "en": "response from a participant not in the cohort: not counted",
    },
    "indicators.missing_wave": {
        "es": "el indicador {indicator!r} necesita las respuestas de {instruments}, que la generación no tiene",
        "en": "indicator {indicator!r} needs the responses of {instruments}, which the cohort does not have",
    },
    "indicators.graduates_need_date": {
        "es": "un indicador sobre graduadas necesita la fecha de evaluación (--as-of)",
        "en": "an indicator over graduates needs the evaluation date (--as-of)",
    },
    "indicators.legend": {
        "es": (
            "{marker}: cifra oculta para proteger a las participantes: cuenta a menos de {min_cell} personas"
            " (en total, entre las que cumplen o entre las que no), o es igual a una cifra oculta"
            " o dejaría deducirla restando."
        ),
        "en": (
            "{marker}: figure hidden to protect the participants: it counts fewer than {min_cell} people"
            " (in all, among those who meet the condition or among those who do not), or it equals a hidden figure"
            " or would let one be worked out by subtraction."
        ),
    },
    "indicators.population.inscritas": {"es": "inscritas", "en": "enrolled"},
    "indicators.population.graduadas": {"es": "graduadas", "en": "graduates"},
    "indicators.explain.transicion": {
        "es": (
            "De {members} {population}, {denominator} cumplían {filter} en la {instrument} y respondieron la"
            " {to_instrument}; {numerator} de ellas cumplen {to_filter}."
            " {missing} quedan fuera por no tener una encuesta."
        ),
        "en": (
            "Of {members} {population}, {denominator} met {filter} in the {instrument} and answered the"
            " {to_instrument}; {numerator} of them meet {to_filter}. {missing} are left out for lack of a survey."
        ),
    },
    "indicators.explain.proporcion": {
        "es": (
            "De {members} {population}, {denominator} respondieron la {instrument}; {numerator} cumplen {filter}."
            " {missing} quedan fuera por no tener la encuesta."
        ),
        "en": (
            "Of {members} {population}, {denominator} answered the {instrument}; {numerator} meet {filter}."
            " {missing} are left out for lack of the survey."
        ),
    },
    "indicators.choice_name": {
        "es": (
            "un indicador no compara etiquetas (jr:choice-name): cambian con la traducción y la adaptación;"
            " compare el nombre de la opción, como ${{pregunta}} = 'nombre'"
        ),
        "en": (
            "an indicator does not compare labels (jr:choice-name): they change with translation and adaptation;"
            " compare the option's name, as in ${{question}} = 'name'"
        ),
    },
    "indicators.explain.conteo": {
        "es": "De {members} {population}, {numerator} cumplen {filter} en la {instrument}; {missing} sin encuesta.",
        "en": "Of {members} {population}, {numerator} meet {filter} in the {instrument}; {missing} without the survey.",
    },
    "indicators.explain.promedio": {
        "es": (
            "Promedio sobre {denominator} respuestas de la {instrument}"
            " ({members} {population}; {missing} sin encuesta)."
        ),
        "en": "Mean over {denominator} responses to the {instrument} ({members} {population}; {missing} without it).",
    },
}

register(__name__, MESSAGES)
