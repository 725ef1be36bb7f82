"""Messages and labels of the results framework (prefix ``results.``)."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    "results.kind.figure": {"es": "cifra", "en": "figure"},
    "results.enum.Achievement.meta-rebasada": {"es": "Meta rebasada", "en": "Target exceeded"},
    "results.enum.Achievement.meta-lograda": {"es": "Meta lograda", "en": "Target met"},
    "results.enum.Achievement.avance-parcial": {"es": "Avance parcial", "en": "Partial progress"},
    "results.enum.Achievement.no-iniciada": {"es": "No iniciada", "en": "Not started"},
    "results.enum.Measure.numero": {"es": "número", "en": "number"},
    "results.enum.Measure.porcentaje": {"es": "porcentaje", "en": "percentage"},
    "results.enum.Measure.cualitativo": {"es": "cualitativo", "en": "qualitative"},
    "results.not_applicable": {"es": "No aplica", "en": "Not applicable"},
    "results.target_line": {"es": "meta (100 %)", "en": "target (100 %)"},
    "results.chart.axis": {"es": "avance (% de la meta)", "en": "progress (% of target)"},
    "results.chart.numeric": {"es": "indicador numérico: avance", "en": "numeric indicator: progress"},
    "results.chart.qualitative": {
        "es": "indicador cualitativo: meta lograda o no",
        "en": "qualitative indicator: met or not",
    },
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

register(__name__, MESSAGES)
