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
    # -- figures computed from a cohort folder ----------------------------------
    "results.col.figure": {"es": "cifra", "en": "figure"},
    "results.col.reported": {"es": "informe", "en": "report"},
    "results.col.computed": {"es": "calculado", "en": "computed"},
    "results.col.agrees": {"es": "coincide", "en": "agrees"},
    "results.agrees.yes": {"es": "sí", "en": "yes"},
    "results.agrees.no": {"es": "NO", "en": "NO"},
    "results.view.comparison": {
        "es": "{title}: el informe y lo que dan los registros",
        "en": "{title}: the report and what the records give",
    },
    "results.view.not_computed": {"es": "no calculada", "en": "not computed"},
    "results.figures": {"es": "Cifras del informe", "en": "The report's figures"},
    "results.missing_lists": {"es": "falta {lists}", "en": "{lists} missing"},
    "results.computation.participants": {
        "es": "participantes en {period} (centros: {centres}; estado al final: {statuses}; con registro en: {records})",
        "en": (
            "participants in {period} (centres: {centres}; status at its end: {statuses}; with a record in: {records})"
        ),
    },
    "results.computation.graduations": {
        "es": "graduaciones registradas en {period} (centros: {centres}; evento: {events})",
        "en": "graduations recorded in {period} (centres: {centres}; event: {events})",
    },
    "results.computation.staff": {
        "es": "personas de staff.csv (centros: {centres}; rol: {roles})",
        "en": "people of staff.csv (centres: {centres}; role: {roles})",
    },
    "results.computation.staff_certified": {
        "es": "personas cuyas horas de {training} alcanzaron las de la capacitación en {period}"
        " (centros: {centres}; rol: {roles})",
        "en": "people whose hours of {training} reached the training's in {period} (centres: {centres}; role: {roles})",
    },
    "results.computation.training_hours": {
        "es": "horas impartidas de {training} en {period}, cada día de sesión una vez",
        "en": "hours of {training} given in {period}, each session day once",
    },
    "results.computation.mentors_trained": {
        "es": "participantes formadas como mentoras en {period} (centros: {centres})",
        "en": "participants trained as mentors in {period} (centres: {centres})",
    },
    "results.computation.centres_implementing": {
        "es": "centros con participantes en {period} (centros: {centres}; que empezaron desde: {new_since})",
        "en": "centres with participants in {period} (centres: {centres}; that began from: {new_since})",
    },
    "results.counted.participant": {"es": "participante de {centre}", "en": "participant at {centre}"},
    "results.counted.graduation": {
        "es": "graduada el {on} en {centre} (evento: {event})",
        "en": "graduated on {on} at {centre} (event: {event})",
    },
    "results.counted.staff": {"es": "{role} en {centre}", "en": "{role} at {centre}"},
    "results.counted.certified": {
        "es": "constancia desde el {on}: {hours:g} de {required:g} h",
        "en": "certificate due from {on}: {hours:g} of {required:g} h",
    },
    "results.counted.session": {"es": "sesión de {hours:g} h", "en": "a session of {hours:g} h"},
    "results.counted.mentor": {"es": "mentora formada el {on} en {centre}", "en": "mentor trained on {on} at {centre}"},
    "results.counted.centre": {
        "es": "{participants} participantes en el periodo; implementa desde {since}",
        "en": "{participants} participants in the period; implementing since {since}",
    },
    "results.excluded.enrolled_after": {
        "es": "se inscribió después del periodo ({on})",
        "en": "enrolled after the period ({on})",
    },
    "results.excluded.withdrew_before": {
        "es": "se dio de baja antes del periodo ({on})",
        "en": "withdrew before the period ({on})",
    },
    "results.excluded.cohort_ended": {
        "es": "su generación {cohort} terminó antes del periodo ({on})",
        "en": "her cohort {cohort} ended before the period ({on})",
    },
    "results.excluded.cohort_starts": {
        "es": "su generación {cohort} empieza después del periodo ({on})",
        "en": "her cohort {cohort} starts after the period ({on})",
    },
    "results.excluded.other_centre": {"es": "de otro centro ({centre})", "en": "at another centre ({centre})"},
    "results.excluded.in_a_unit": {
        "es": "en una unidad, no en un centro ({unit})",
        "en": "in a unit, not at a centre ({unit})",
    },
    "results.excluded.status": {"es": "{status} al {on}", "en": "{status} on {on}"},
    "results.excluded.no_record": {
        "es": "sin registro en {list} dentro del periodo",
        "en": "no record in {list} within the period",
    },
    "results.excluded.before": {"es": "antes del periodo ({on})", "en": "before the period ({on})"},
    "results.excluded.after": {"es": "después del periodo ({on})", "en": "after the period ({on})"},
    "results.excluded.other_event": {"es": "otro evento ({event})", "en": "another event ({event})"},
    "results.excluded.role": {"es": "otro rol ({role})", "en": "another role ({role})"},
    "results.excluded.hours_short": {
        "es": "{hours:g} de {required:g} h: aún sin constancia",
        "en": "{hours:g} of {required:g} h: no certificate yet",
    },
    "results.excluded.no_participants": {
        "es": "sin participantes en el periodo",
        "en": "no participants in the period",
    },
    "results.excluded.began_before": {"es": "implementa desde antes ({on})", "en": "implementing since before ({on})"},
    "results.explain.head": {"es": "{id}: {label}", "en": "{id}: {label}"},
    "results.explain.how": {"es": "Cómo se cuenta: {how}", "en": "How it is counted: {how}"},
    "results.explain.provenance": {"es": "Procedencia: {provenance}", "en": "Provenance: {provenance}"},
    "results.explain.values": {
        "es": "Informe: {reported}; calculado: {computed}",
        "en": "Report: {reported}; computed: {computed}",
    },
    "results.explain.counted": {"es": "Contados ({count}):", "en": "Counted ({count}):"},
    "results.explain.excluded": {"es": "Excluidos ({count}):", "en": "Excluded ({count}):"},
    "results.explain.missing": {
        "es": "No se puede calcular: a la carpeta le falta {lists}",
        "en": "It cannot be computed: the folder has no {lists}",
    },
    "results.explain.figure_only": {
        "es": "Se calcula aparte (cifra {computed}), sin registros que listar",
        "en": "It is computed elsewhere (figure {computed}), with no records to list",
    },
    "results.explain.not_computed": {
        "es": "La fila {id} no declara cómo se calcula a partir de los registros",
        "en": "Row {id} does not declare how it is computed from the records",
    },
    "results.kind.row": {"es": "fila", "en": "row"},
}

register(__name__, MESSAGES)
