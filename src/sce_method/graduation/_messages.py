"""Messages of the graduation room (prefix ``graduation.``): rules, results, explanations, test cases."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    # -- statuses and instruments -------------------------------------------------
    "graduation.enum.Status.eligible": {"es": "acredita graduación", "en": "eligible to graduate"},
    "graduation.enum.Status.in_progress": {"es": "en curso", "en": "in progress"},
    "graduation.enum.Status.not_eligible": {"es": "no acredita", "en": "not eligible"},
    "graduation.enum.Status.withdrawn": {"es": "baja", "en": "withdrawn"},
    "graduation.enum.Status.enrolled": {"es": "inscrita", "en": "enrolled"},
    "graduation.enum.Status.graduated": {"es": "graduada", "en": "graduated"},
    "graduation.summary.graduated": {
        "es": "graduada el {on} (evento: {event}), con la regla {rule_set} vigente ese día",
        "en": "graduated on {on} (event: {event}), under the rule {rule_set} in force that day",
    },
    "graduation.summary.graduated_no_event": {
        "es": "graduada el {on}, con la regla {rule_set} vigente ese día",
        "en": "graduated on {on}, under the rule {rule_set} in force that day",
    },
    "graduation.summary.unwarranted": {
        "es": "{graduated}; pero ese día no acreditaba: {unmet}",
        "en": "{graduated}; but that day she was not eligible: {unmet}",
    },
    "graduation.summary.withdrawn": {
        "es": "baja el {on}; había completado: {done}",
        "en": "withdrew on {on}; she had completed: {done}",
    },
    "graduation.summary.withdrawn_nothing": {
        "es": "baja el {on}; no había completado ningún requisito",
        "en": "withdrew on {on}; she had completed no requirement",
    },
    "graduation.summary.enrolled": {
        "es": "inscrita; su generación empieza el {starts_on}",
        "en": "enrolled; her cohort starts on {starts_on}",
    },
    "graduation.unwarranted": {
        "es": "graduación registrada el {on} para quien ese día no acreditaba ({rule_set}): {unmet}",
        "en": "graduation recorded on {on} for someone who was not eligible that day ({rule_set}): {unmet}",
    },
    "graduation.survey.entrada": {"es": "encuesta de entrada", "en": "entry survey"},
    "graduation.survey.salida": {"es": "encuesta de salida", "en": "exit survey"},
    "graduation.survey.postgraduacion": {"es": "encuesta de postgraduación", "en": "post-graduation survey"},
    "graduation.survey.seguimiento": {"es": "encuesta de seguimiento", "en": "follow-up survey"},
    "graduation.survey.other": {"es": "encuesta {id}", "en": "{id} survey"},
    "graduation.kind.criterion": {"es": "criterio", "en": "criterion"},
    # -- notebook views ---------------------------------------------------------------
    "graduation.view.report": {
        "es": "Graduación al {as_of}: {total} participantes",
        "en": "Graduation on {as_of}: {total} participants",
    },
    "graduation.report.headline": {
        "es": (
            "{total} participantes: {enrolled} inscritas, {in_progress} en curso, {eligible} acreditan,"
            " {graduated} graduadas, {not_eligible} no acreditan, {withdrawn} bajas"
        ),
        "en": (
            "{total} participants: {enrolled} enrolled, {in_progress} in progress, {eligible} eligible,"
            " {graduated} graduated, {not_eligible} not eligible, {withdrawn} withdrawn"
        ),
    },
    "graduation.view.col.participant": {"es": "participante", "en": "participant"},
    "graduation.view.col.centre": {"es": "centro", "en": "centre"},
    "graduation.view.col.cohort": {"es": "generación", "en": "cohort"},
    "graduation.view.col.status": {"es": "estado", "en": "status"},
    "graduation.view.col.missing": {"es": "detalle", "en": "details"},
    "graduation.view.rule_set": {"es": "Conjunto de reglas {id}: {title}", "en": "Rule set {id}: {title}"},
    "graduation.view.rules": {
        "plural": "count",
        "es": {"one": "Reglas de graduación: {count} conjunto", "other": "Reglas de graduación: {count} conjuntos"},
        "en": {"one": "Graduation rules: {count} rule set", "other": "Graduation rules: {count} rule sets"},
    },
    "graduation.view.col.effective": {"es": "rige desde", "en": "in force from"},
    "graduation.view.col.rule_set": {"es": "conjunto", "en": "rule set"},
    "graduation.view.col.title": {"es": "título", "en": "title"},
    "graduation.view.col.exceptions": {"es": "excepciones", "en": "exceptions"},
    "graduation.view.col.criterion": {"es": "criterio", "en": "criterion"},
    # -- rules at load time -------------------------------------------------------
    "graduation.share_range": {
        "es": "debe ser una proporción mayor que 0 y hasta 1; se encontró {value}",
        "en": "must be a share above 0 and at most 1, got {value}",
    },
    "graduation.at_least_unreachable": {
        "es": "pide {n} criterios pero solo hay {count}",
        "en": "asks for {n} criteria but there are only {count}",
    },
    "graduation.unreachable_hours": {
        "es": "exige {required:g} h y solo se ofrecen {offered:g} h: nadie podría cumplirlo",
        "en": "requires {required:g} h and only {offered:g} h are offered: no one could meet it",
    },
    "graduation.exception_overlap": {
        "es": (
            "las excepciones {first!r} y {second!r} reemplazan {criterion!r} para las mismas participantes"
            " sin prioridad distinta"
        ),
        "en": (
            "exceptions {first!r} and {second!r} both replace {criterion!r} for the same participants"
            " with no distinct priority"
        ),
    },
    "graduation.report_unknown": {
        "es": "no hay decisión para la participante {id!r} en este informe",
        "en": "there is no decision for participant {id!r} in this report",
    },
    # -- what each criterion asks for (sce-method show) ---------------------------
    "graduation.describe.module_completed": {
        "es": "{id}: módulo {module} completado ({share:.0%} de sus horas, o registro de conclusión)",
        "en": "{id}: module {module} completed ({share:.0%} of its hours, or a completion record)",
    },
    "graduation.describe.complete_offer": {
        "es": "{id}: oferta formativa completa ({share:.0%} de las horas de cada módulo, o registro de conclusión)",
        "en": "{id}: complete formative offer ({share:.0%} of each module's hours, or a completion record)",
    },
    "graduation.describe.module_hours": {
        "es": "{id}: al menos {hours:g} h del módulo {module}",
        "en": "{id}: at least {hours:g} h of module {module}",
    },
    "graduation.describe.total_hours": {
        "es": "{id}: al menos {hours:g} h en total",
        "en": "{id}: at least {hours:g} h in all",
    },
    "graduation.describe.attendance_rate": {
        "es": "{id}: asistencia de al menos {rate:.0%} de la oferta completa",
        "en": "{id}: attendance of at least {rate:.0%} of the complete offer",
    },
    "graduation.describe.instrument_submitted": {
        "es": "{id}: {instrument} respondida",
        "en": "{id}: {instrument} answered",
    },
    "graduation.describe.follow_up_recorded": {
        "plural": "count",
        "es": {
            "one": "{id}: al menos {count} registro de seguimiento individualizado",
            "other": "{id}: al menos {count} registros de seguimiento individualizado",
        },
        "en": {
            "one": "{id}: at least {count} individual follow-up record",
            "other": "{id}: at least {count} individual follow-up records",
        },
    },
    "graduation.describe.mentoring_sessions": {
        "plural": "count",
        "es": {
            "one": "{id}: al menos {count} sesión de mentoría",
            "other": "{id}: al menos {count} sesiones de mentoría",
        },
        "en": {"one": "{id}: at least {count} mentoring session", "other": "{id}: at least {count} mentoring sessions"},
    },
    "graduation.describe.all_of": {
        "es": "{id}: todos los siguientes",
        "en": "{id}: all of the following",
    },
    "graduation.describe.any_of": {
        "es": "{id}: al menos uno de los siguientes",
        "en": "{id}: any of the following",
    },
    "graduation.describe.at_least": {
        "es": "{id}: al menos {n} de los siguientes",
        "en": "{id}: at least {n} of the following",
    },
    # -- results --------------------------------------------------------------------
    "graduation.module_completed.ok": {
        "es": "{module}: {observed:.1f} de {offered:.1f} h (mínimo {required:.1f} h)",
        "en": "{module}: {observed:.1f} of {offered:.1f} h (minimum {required:.1f} h)",
    },
    "graduation.module_completed.short": {
        "es": "{module}: {observed:.1f} de {offered:.1f} h (mínimo {required:.1f} h), faltan {shortfall:.1f} h",
        "en": "{module}: {observed:.1f} of {offered:.1f} h (minimum {required:.1f} h), {shortfall:.1f} h missing",
    },
    "graduation.module_completed.record": {
        "es": "{module}: acreditado por registro de conclusión ({observed:.1f} de {offered:.1f} h asistidas)",
        "en": "{module}: completed by a completion record ({observed:.1f} of {offered:.1f} h attended)",
    },
    "graduation.complete_offer.ok": {
        "es": "Oferta formativa completa: {done} de {total} módulos",
        "en": "Complete formative offer: {done} of {total} modules",
    },
    "graduation.complete_offer.short": {
        "es": "Oferta formativa completa: {done} de {total} módulos",
        "en": "Complete formative offer: {done} of {total} modules",
    },
    "graduation.module_hours.ok": {
        "es": "{module}: {observed:.1f} de {required:.1f} h mínimas",
        "en": "{module}: {observed:.1f} of {required:.1f} minimum h",
    },
    "graduation.module_hours.short": {
        "es": "{module}: {observed:.1f} de {required:.1f} h mínimas, faltan {shortfall:.1f} h",
        "en": "{module}: {observed:.1f} of {required:.1f} minimum h, {shortfall:.1f} h missing",
    },
    "graduation.total_hours.ok": {
        "es": "Horas totales: {observed:.1f} de {required:.1f} h",
        "en": "Total hours: {observed:.1f} of {required:.1f} h",
    },
    "graduation.total_hours.short": {
        "es": "Horas totales: {observed:.1f} de {required:.1f} h, faltan {shortfall:.1f} h",
        "en": "Total hours: {observed:.1f} of {required:.1f} h, {shortfall:.1f} h missing",
    },
    "graduation.attendance_rate.ok": {
        "es": "Asistencia: {observed:.0%} (mínimo {required:.0%})",
        "en": "Attendance: {observed:.0%} (minimum {required:.0%})",
    },
    "graduation.attendance_rate.short": {
        "es": "Asistencia: {observed:.0%}, por debajo del mínimo de {required:.0%}",
        "en": "Attendance: {observed:.0%}, below the minimum of {required:.0%}",
    },
    "graduation.instrument.ok": {"es": "Encuesta respondida: {instrument}", "en": "Survey answered: {instrument}"},
    "graduation.instrument.missing": {"es": "Falta la {instrument}", "en": "The {instrument} is missing"},
    "graduation.follow_up.ok": {
        "plural": "observed",
        "es": {
            "one": "Seguimiento individualizado: {observed:.0f} registro",
            "other": "Seguimiento individualizado: {observed:.0f} registros",
        },
        "en": {
            "one": "Individual follow-up: {observed:.0f} record",
            "other": "Individual follow-up: {observed:.0f} records",
        },
    },
    "graduation.follow_up.short": {
        "es": "Falta el seguimiento individualizado ({observed:.0f} de {required:.0f} registros)",
        "en": "Individual follow-up is missing ({observed:.0f} of {required:.0f} records)",
    },
    "graduation.mentoring.ok": {
        "es": "Mentoría: {observed:.0f} de {required:.0f} sesiones",
        "en": "Mentoring: {observed:.0f} of {required:.0f} sessions",
    },
    "graduation.mentoring.short": {
        "es": "Mentoría: {observed:.0f} de {required:.0f} sesiones, faltan {shortfall:.0f}",
        "en": "Mentoring: {observed:.0f} of {required:.0f} sessions, {shortfall:.0f} missing",
    },
    "graduation.all_of": {
        "es": "Todos los criterios: {done} de {total} cumplidos",
        "en": "All criteria: {done} of {total} met",
    },
    "graduation.any_of": {
        "es": "Alguno de los criterios: {done} de {total} cumplidos",
        "en": "Any of the criteria: {done} of {total} met",
    },
    "graduation.at_least": {
        "es": "Al menos {needed} de {total} criterios: {done} cumplidos",
        "en": "At least {needed} of {total} criteria: {done} met",
    },
    "graduation.combined.labelled": {
        "es": "{label}: {done} de {needed} criterios necesarios cumplidos",
        "en": "{label}: {done} of {needed} required criteria met",
    },
    # -- explanations ---------------------------------------------------------------
    "graduation.explain.head": {
        "es": "{participant} ({centre}, {cohort}): {status} al {as_of}",
        "en": "{participant} ({centre}, {cohort}): {status} on {as_of}",
    },
    "graduation.explain.rule": {
        "es": "Reglas: {rule_set}, vigentes desde {effective} ({provenance})",
        "en": "Rules: {rule_set}, in force from {effective} ({provenance})",
    },
    "graduation.explain.exception": {"es": "[excepción: {label}]", "en": "[exception: {label}]"},
    # -- test cases and the check command ---------------------------------------
    "graduation.cases.passed": {"es": "ok     {name}", "en": "ok     {name}"},
    "graduation.cases.failed": {"es": "FALLA  {name}", "en": "FAILED {name}"},
    "graduation.cases.status": {
        "es": "estado esperado {expected}; se obtuvo {found}",
        "en": "expected status {expected}, got {found}",
    },
    "graduation.cases.unmet": {
        "es": "criterios no cumplidos esperados {expected}; se obtuvo {found}",
        "en": "expected unmet criteria {expected}, got {found}",
    },
    "graduation.cases.unknown_id": {
        "es": "{place}: {kind} inexistente {id!r} (contaría como nada)",
        "en": "{place}: unknown {kind} {id!r} (it would count as nothing)",
    },
    "graduation.no_modules": {
        "es": "la metodología no tiene módulos: es una base para adaptar, no para evaluar participantes",
        "en": "the methodology has no modules: it is a base to adapt, not one to check participants against",
    },
}

register(__name__, MESSAGES)
