"""Messages of the command line (prefix ``cli.``): summaries and tables of the commands."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    # -- command line ---------------------------------------------------------------
    "cli.valid": {"es": "{path}: válido", "en": "{path}: valid"},
    "cli.invalid_count": {
        "plural": "count",
        "es": {"one": "{path}: {count} problema", "other": "{path}: {count} problemas"},
        "en": {"one": "{path}: {count} problem", "other": "{path}: {count} problems"},
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
    "cli.cases.summary": {
        "es": "{passed} de {total} casos correctos",
        "en": "{passed} of {total} cases passed",
    },
    "cli.check.progress": {"es": "evaluadas {done} de {total}", "en": "evaluated {done} of {total}"},
    "cli.check.summary": {
        "es": (
            "{total} participantes: {eligible} acreditan, {in_progress} en curso,"
            " {not_eligible} no acreditan, {withdrawn} bajas"
        ),
        "en": (
            "{total} participants: {eligible} eligible, {in_progress} in progress,"
            " {not_eligible} not eligible, {withdrawn} withdrawn"
        ),
    },
    "cli.check.col.missing": {"es": "qué falta", "en": "what is missing"},
    "cli.check.col.status": {"es": "estado", "en": "status"},
    "cli.check.col.centre": {"es": "centro", "en": "centre"},
    "cli.check.col.cohort": {"es": "generación", "en": "cohort"},
    "cli.check.col.participant": {"es": "participante", "en": "participant"},
    "cli.export.summary": {
        "es": "{path}: {rows} filas, {invalid} con problemas; {problems}, {warnings}",
        "en": "{path}: {rows} rows, {invalid} with problems; {problems}, {warnings}",
    },
    "cli.export.problems": {
        "plural": "count",
        "es": {"one": "{count} problema", "other": "{count} problemas"},
        "en": {"one": "{count} problem", "other": "{count} problems"},
    },
    "cli.export.warnings": {
        "plural": "count",
        "es": {"one": "{count} aviso", "other": "{count} avisos"},
        "en": {"one": "{count} warning", "other": "{count} warnings"},
    },
    "cli.results.none": {
        "es": "la metodología no define un marco de resultados",
        "en": "the methodology defines no results framework",
    },
    "cli.mentoring.assigned": {
        "es": "{new} asignaciones nuevas, {kept} conservadas; {unassigned} participantes sin mentora (abajo)",
        "en": "{new} new assignments, {kept} kept; {unassigned} participants without a mentor (below)",
    },
    "cli.mentoring.unassigned": {"es": "{participant}: {reason}", "en": "{participant}: {reason}"},
    "cli.lineage": {
        "es": "{path}: válido ({lineage})",
        "en": "{path}: valid ({lineage})",
    },
    "cli.adapt_written": {
        "es": "escrito: {path} (adaptación de {parent}); edítelo y valídelo con: sce-method validate {path}",
        "en": "written: {path} (an adaptation of {parent}); edit it and check it with: sce-method validate {path}",
    },
    "cli.exists": {
        "es": "{path} ya existe; use --force para reemplazarlo",
        "en": "{path} already exists; use --force to replace it",
    },
}

register(__name__, MESSAGES)
