"""Labels of `sce-method show` and messages of the command line."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, dict[str, str]]] = {
    # -- show -----------------------------------------------------------------------
    "show.modules": {"es": "Módulos", "en": "Modules"},
    "show.courses": {"es": "Cursos", "en": "Courses"},
    "show.complete_offer": {"es": "Oferta formativa completa", "en": "Complete formative offer"},
    "show.pathways": {"es": "Trayectos", "en": "Pathways"},
    "show.staff_trainings": {"es": "Capacitación del personal", "en": "Staff training"},
    "show.centres": {"es": "Centros", "en": "Centres"},
    "show.documents": {"es": "Documentos citados", "en": "Documents cited"},
    "show.provenance": {"es": "Procedencia de cada valor", "en": "Provenance of every value"},
    "show.assumptions": {
        "es": "Supuestos que la institución debe fijar",
        "en": "Assumptions the institution should set",
    },
    "enum.InstrumentKind.entrada": {"es": "entrada", "en": "entry"},
    "enum.InstrumentKind.salida": {"es": "salida", "en": "exit"},
    "enum.InstrumentKind.postgraduacion": {"es": "postgraduación", "en": "post-graduation"},
    "enum.InstrumentKind.seguimiento": {"es": "seguimiento", "en": "follow-up"},
    "enum.IndicatorKind.conteo": {"es": "conteo", "en": "count"},
    "enum.IndicatorKind.proporcion": {"es": "proporción", "en": "proportion"},
    "enum.IndicatorKind.promedio": {"es": "promedio", "en": "mean"},
    "enum.IndicatorKind.transicion": {"es": "transición", "en": "transition"},
    "show.instruments": {"es": "Instrumentos de monitoreo", "en": "Monitoring instruments"},
    "show.indicators": {"es": "Indicadores de resultado", "en": "Outcome indicators"},
    "show.results": {"es": "Marco de resultados", "en": "Results framework"},
    "show.mentoring": {"es": "Mentoría", "en": "Mentoring"},
    "show.col.questions": {"es": "preguntas", "en": "questions"},
    "show.col.instruments": {"es": "instrumentos", "en": "instruments"},
    "show.col.reported": {"es": "informe", "en": "reported"},
    "show.results_summary": {
        "es": "{outcomes} resultados y {indicators} indicadores (el Anexo A); véase sce-method results",
        "en": "{outcomes} outcomes and {indicators} indicators (Annex A); see sce-method results",
    },
    "show.mentoring_summary": {
        "es": "Coordina: {coordination}. Hasta {max_mentees} mentees por mentora; {sessions} sesiones por mentee.",
        "en": "Coordinated by: {coordination}. Up to {max_mentees} mentees per mentor; {sessions} sessions per mentee.",
    },
    "show.no_assumptions": {"es": "(ninguno)", "en": "(none)"},
    "show.valid_from": {"es": "Vigente desde", "en": "In force from"},
    "show.version": {"es": "Versión", "en": "Version"},
    "show.total_hours": {"es": "Total", "en": "Total"},
    "show.col.id": {"es": "id", "en": "id"},
    "show.col.title": {"es": "título", "en": "title"},
    "show.col.area": {"es": "área", "en": "area"},
    "show.col.hours": {"es": "horas", "en": "hours"},
    "show.col.sessions": {"es": "sesiones", "en": "sessions"},
    "show.col.delivery": {"es": "modalidad", "en": "delivery"},
    "show.col.course": {"es": "curso EdApp", "en": "EdApp course"},
    "show.col.kind": {"es": "tipo", "en": "kind"},
    "show.col.module": {"es": "módulo", "en": "module"},
    "show.col.platform": {"es": "plataforma", "en": "platform"},
    "show.col.audience": {"es": "quién la toma", "en": "who takes it"},
    "show.col.name": {"es": "nombre", "en": "name"},
    "show.col.modules": {"es": "módulos", "en": "modules"},
    "show.col.path": {"es": "ruta", "en": "path"},
    "show.col.value": {"es": "valor", "en": "value"},
    "show.col.provenance": {"es": "procedencia", "en": "provenance"},
    "show.yes": {"es": "sí", "en": "yes"},
    "show.no": {"es": "no", "en": "no"},
    # -- command line ---------------------------------------------------------------
    "cli.valid": {"es": "{path}: válido", "en": "{path}: valid"},
    "cli.invalid_count": {
        "es": "{path}: {count} problema(s)",
        "en": "{path}: {count} problem(s)",
    },
    "cli.internal": {
        "es": "error interno: {kind}; vuelva a ejecutar con --debug para ver el detalle",
        "en": "internal error: {kind}; run again with --debug for details",
    },
    "cli.written": {"es": "escrito: {path}", "en": "written: {path}"},
    "cli.imported": {
        "es": "escrito: {path} ({count} preguntas; {skipped} elementos no admitidos, listados arriba)",
        "en": "written: {path} ({count} questions; {skipped} unsupported items, listed above)",
    },
    "cli.instrument_needed": {
        "es": "sce-method xlsform: indique un instrumento (entrada, salida, ...) o --import FORM.xlsx",
        "en": "sce-method xlsform: give an instrument (entrada, salida, ...) or --import FORM.xlsx",
    },
    "cli.write_failed": {
        "es": "no se pudo escribir {path!r}: {reason}",
        "en": "could not write {path!r}: {reason}",
    },
}
