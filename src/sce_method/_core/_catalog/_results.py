"""Messages and labels of the results framework."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, dict[str, str]]] = {
    "kind.indicator": {"es": "indicador", "en": "indicator"},
    "kind.figure": {"es": "cifra", "en": "figure"},
    "enum.Achievement.meta-rebasada": {"es": "Meta rebasada", "en": "Target exceeded"},
    "enum.Achievement.meta-lograda": {"es": "Meta lograda", "en": "Target met"},
    "enum.Achievement.avance-parcial": {"es": "Avance parcial", "en": "Partial progress"},
    "enum.Achievement.no-iniciada": {"es": "No iniciada", "en": "Not started"},
    "enum.Measure.numero": {"es": "número", "en": "number"},
    "enum.Measure.porcentaje": {"es": "porcentaje", "en": "percentage"},
    "enum.Measure.cualitativo": {"es": "cualitativo", "en": "qualitative"},
    "indicator.transition_fields": {
        "es": "una transición necesita to_instrument y to_filter, y solo ella los lleva",
        "en": "a transition needs to_instrument and to_filter, and only a transition takes them",
    },
    "indicator.mean_value": {
        "es": "un promedio necesita value (la expresión a promediar), y solo él la lleva",
        "en": "a mean needs value (the expression averaged), and only a mean takes it",
    },
    "indicator.unknown_instrument_file": {
        "es": "archivo de respuestas de un instrumento que la metodología no tiene ({id!r}); existen: {known}",
        "en": "response file for an instrument the methodology does not have ({id!r}); known: {known}",
    },
    "indicator.unknown_participant": {
        "es": "respuesta de una participante que no está en la generación: no se cuenta",
        "en": "response from a participant not in the cohort: not counted",
    },
    "indicator.missing_wave": {
        "es": "el indicador {indicator!r} necesita las respuestas de {instruments}, que la generación no tiene",
        "en": "indicator {indicator!r} needs the responses of {instruments}, which the cohort does not have",
    },
    "indicator.graduates_need_date": {
        "es": "un indicador sobre graduadas necesita la fecha de evaluación (--as-of)",
        "en": "an indicator over graduates needs the evaluation date (--as-of)",
    },
    "indicator.population.inscritas": {"es": "inscritas", "en": "enrolled"},
    "indicator.population.graduadas": {"es": "graduadas", "en": "graduates"},
    "indicator.explain.transicion": {
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
    "indicator.explain.proporcion": {
        "es": (
            "De {members} {population}, {denominator} respondieron la {instrument}; {numerator} cumplen {filter}."
            " {missing} quedan fuera por no tener la encuesta."
        ),
        "en": (
            "Of {members} {population}, {denominator} answered the {instrument}; {numerator} meet {filter}."
            " {missing} are left out for lack of the survey."
        ),
    },
    "indicator.explain.conteo": {
        "es": "De {members} {population}, {numerator} cumplen {filter} en la {instrument}; {missing} sin encuesta.",
        "en": "Of {members} {population}, {numerator} meet {filter} in the {instrument}; {missing} without the survey.",
    },
    "indicator.explain.promedio": {
        "es": (
            "Promedio sobre {denominator} respuestas de la {instrument}"
            " ({members} {population}; {missing} sin encuesta)."
        ),
        "en": "Mean over {denominator} responses to the {instrument} ({members} {population}; {missing} without it).",
    },
    "indicators.protected": {
        "es": (
            "Celdas de menos de {min_cell} participantes ocultas (<{min_cell}),"
            " y también las que se deducirían restando del total."
        ),
        "en": (
            "Cells under {min_cell} participants hidden (<{min_cell}),"
            " and those that subtraction from a total would reveal."
        ),
    },
    "indicators.col.indicator_id": {"es": "indicador", "en": "indicator"},
    "indicators.col.dimension": {"es": "desagregación", "en": "breakdown"},
    "indicators.col.key": {"es": "grupo", "en": "group"},
    "indicators.col.numerator": {"es": "numerador", "en": "numerator"},
    "indicators.col.denominator": {"es": "denominador", "en": "denominator"},
    "indicators.col.value": {"es": "valor", "en": "value"},
    "indicators.col.missing": {"es": "sin encuesta", "en": "missing wave"},
    "indicators.col.reported": {"es": "informe", "en": "reported"},
    "results.none": {
        "es": "la metodología no define un marco de resultados",
        "en": "the methodology defines no results framework",
    },
    "results.not_applicable": {"es": "No aplica", "en": "Not applicable"},
    "results.target_line": {"es": "meta (100 %)", "en": "target (100 %)"},
    "results.period_order": {
        "es": "el periodo termina antes de empezar",
        "en": "the period ends before it starts",
    },
    "results.zero_target": {
        "es": "una meta de 0 no permite calcular el avance (actual / meta)",
        "en": "a target of 0 leaves progress (actual / target) undefined",
    },
    "results.qualitative_number": {
        "es": "un indicador cualitativo no lleva número: su meta es un texto y su estado lo fija una persona",
        "en": "a qualitative indicator takes no number: its target is a text and a person sets its status",
    },
    "results.status_needed": {
        "es": "un indicador cualitativo necesita su estado (status), fijado por una persona con su procedencia",
        "en": "a qualitative indicator needs its status, set by a person with its provenance",
    },
    "results.status_computed": {
        "es": "el estado de un indicador numérico se calcula del avance; quite status",
        "en": "a numeric indicator's status is computed from its progress; remove status",
    },
    "results.parts_disagree": {
        "es": "la cifra ({value:g}) no es la suma de sus partes {parts} ({total:g})",
        "en": "the figure ({value:g}) is not the sum of its parts {parts} ({total:g})",
    },
    "results.col.outcome_id": {"es": "resultado", "en": "outcome"},
    "results.col.indicator_id": {"es": "indicador", "en": "indicator"},
    "results.col.baseline": {"es": "LB", "en": "baseline"},
    "results.col.target": {"es": "meta", "en": "target"},
    "results.col.actual": {"es": "logro", "en": "actual"},
    "results.col.progress_percent": {"es": "avance", "en": "progress"},
    "results.col.status_label": {"es": "logro de metas", "en": "status"},
}
