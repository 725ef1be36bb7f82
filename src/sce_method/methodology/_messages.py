"""Messages of the methodology (prefix ``methodology.``): what ``sce-method show`` shows, and its checks."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    "methodology.kind.staff_training": {"es": "capacitación", "en": "staff training"},
    "methodology.kind.document": {"es": "documento", "en": "document"},
    "methodology.provenance.unknown_document": {
        "es": "la fuente cita un documento desconocido {id!r}; documentos: {known}",
        "en": "the source cites an unknown document {id!r}; documents: {known}",
    },
    "methodology.not_in_force": {
        "es": "la metodología {id!r} rige desde el {valid_from}; no hay versión vigente el {when}",
        "en": "methodology {id!r} is in force from {valid_from}; there is no version in force on {when}",
    },
    # -- show -----------------------------------------------------------------------
    "methodology.show.modules": {"es": "Módulos", "en": "Modules"},
    "methodology.show.courses": {"es": "Cursos", "en": "Courses"},
    "methodology.show.complete_offer": {"es": "Oferta formativa completa", "en": "Complete formative offer"},
    "methodology.show.pathways": {"es": "Trayectos", "en": "Pathways"},
    "methodology.show.staff_trainings": {"es": "Capacitación del personal", "en": "Staff training"},
    "methodology.show.centres": {"es": "Centros", "en": "Centres"},
    "methodology.show.documents": {"es": "Documentos citados", "en": "Documents cited"},
    "methodology.show.provenance": {"es": "Procedencia de cada valor", "en": "Provenance of every value"},
    "methodology.show.assumptions": {
        "es": "Supuestos que la institución debe fijar",
        "en": "Assumptions the institution should set",
    },
    "methodology.show.instruments": {"es": "Instrumentos de monitoreo", "en": "Monitoring instruments"},
    "methodology.show.indicators": {"es": "Indicadores de resultado", "en": "Outcome indicators"},
    "methodology.show.results": {"es": "Marco de resultados", "en": "Results framework"},
    "methodology.show.mentoring": {"es": "Mentoría", "en": "Mentoring"},
    "methodology.show.col.questions": {"es": "preguntas", "en": "questions"},
    "methodology.show.col.instruments": {"es": "instrumentos", "en": "instruments"},
    "methodology.show.col.reported": {"es": "informe", "en": "reported"},
    "methodology.show.results_summary": {
        "es": "{outcomes} resultados y {indicators} indicadores (el Anexo A); véase sce-method results",
        "en": "{outcomes} outcomes and {indicators} indicators (Annex A); see sce-method results",
    },
    "methodology.show.mentoring_summary": {
        "es": "Coordina: {coordination}. Hasta {max_mentees} mentees por mentora; {sessions} sesiones por mentee.",
        "en": "Coordinated by: {coordination}. Up to {max_mentees} mentees per mentor; {sessions} sessions per mentee.",
    },
    "methodology.show.no_assumptions": {"es": "(ninguno)", "en": "(none)"},
    "methodology.show.valid_from": {"es": "Vigente desde", "en": "In force from"},
    "methodology.show.version": {"es": "Versión", "en": "Version"},
    "methodology.show.total_hours": {"es": "Total", "en": "Total"},
    "methodology.show.col.id": {"es": "id", "en": "id"},
    "methodology.show.col.title": {"es": "título", "en": "title"},
    "methodology.show.col.area": {"es": "área", "en": "area"},
    "methodology.show.col.hours": {"es": "horas", "en": "hours"},
    "methodology.show.col.sessions": {"es": "sesiones", "en": "sessions"},
    "methodology.show.col.delivery": {"es": "modalidad", "en": "delivery"},
    "methodology.show.col.course": {"es": "curso EdApp", "en": "EdApp course"},
    "methodology.show.col.kind": {"es": "tipo", "en": "kind"},
    "methodology.show.col.module": {"es": "módulo", "en": "module"},
    "methodology.show.col.platform": {"es": "plataforma", "en": "platform"},
    "methodology.show.col.audience": {"es": "quién la toma", "en": "who takes it"},
    "methodology.show.col.name": {"es": "nombre", "en": "name"},
    "methodology.show.col.modules": {"es": "módulos", "en": "modules"},
    "methodology.show.col.path": {"es": "ruta", "en": "path"},
    "methodology.show.col.value": {"es": "valor", "en": "value"},
    "methodology.show.col.provenance": {"es": "procedencia", "en": "provenance"},
    "methodology.show.yes": {"es": "sí", "en": "yes"},
    "methodology.show.no": {"es": "no", "en": "no"},
    "methodology.show.graduation": {"es": "Graduación", "en": "Graduation"},
    "methodology.show.rule_set": {
        "es": "Desde {effective}: {title} ({id}; {provenance})",
        "en": "From {effective}: {title} ({id}; {provenance})",
    },
    "methodology.show.exception": {
        "es": "excepción {id} ({label}): reemplaza {overrides} con",
        "en": "exception {id} ({label}): replaces {overrides} with",
    },
}

register(__name__, MESSAGES)
