"""Messages of the command line (prefix ``cli.``): summaries and tables of the commands."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    # -- help of the parser (--help), in the language of --lang ------------------------
    "cli.help.prog": {
        "es": "Metodología Segunda Oportunidad (SCE) de ONU Mujeres como datos tipados.",
        "en": "UN Women's Second Chance Education (SCE) methodology as typed data.",
    },
    "cli.help.command": {"es": "COMANDO", "en": "COMMAND"},
    "cli.help.action": {"es": "ACCIÓN", "en": "ACTION"},
    "cli.help.lang": {
        "es": "idioma de la salida, la ayuda y los mensajes (es, en)",
        "en": "language of output, help and messages (es, en)",
    },
    "cli.help.debug": {
        "es": "mostrar el traceback de un error interno",
        "en": "show the traceback of an internal error",
    },
    "cli.help.format": {"es": "formato de salida", "en": "output format"},
    "cli.help.methodology": {
        "es": "metodología (por omisión, la incluida)",
        "en": "methodology (default: the bundled one)",
    },
    "cli.help.output": {
        "es": "escribir en FILE en vez de la salida estándar",
        "en": "write to FILE instead of standard output",
    },
    "cli.help.as_of": {"es": "fecha de evaluación, AAAA-MM-DD", "en": "evaluation date, YYYY-MM-DD"},
    "cli.help.as_of_latest": {
        "es": "fecha (por omisión, la última de las listas)",
        "en": "date (default: the latest in the lists)",
    },
    "cli.help.cohort": {"es": "carpeta de generación o libro .xlsx", "en": "cohort folder or .xlsx workbook"},
    "cli.help.show": {
        "es": "mostrar una metodología (la incluida por omisión)",
        "en": "show a methodology (the bundled one by default)",
    },
    "cli.help.source": {
        "es": "id de una metodología incluida o ruta a un YAML",
        "en": "id of a bundled methodology or path to a YAML file",
    },
    "cli.help.provenance": {
        "es": "cada valor con su fuente y la lista de supuestos",
        "en": "every value with its source, and the assumptions",
    },
    "cli.help.validate": {"es": "validar archivos YAML de metodología", "en": "validate methodology YAML files"},
    "cli.help.files": {"es": "archivos YAML", "en": "YAML files"},
    "cli.help.adapt": {
        "es": "adaptar una metodología: un archivo con solo lo que cambia",
        "en": "adapt a methodology: a file with only what changes",
    },
    "cli.help.adapt_new": {
        "es": "escribir una adaptación nueva, sin cambios todavía",
        "en": "write a new adaptation, with no changes yet",
    },
    "cli.help.from": {"es": "la metodología que se adapta", "en": "the methodology adapted"},
    "cli.help.id": {
        "es": "id de la adaptación (minúsculas, dígitos, guiones)",
        "en": "id of the adaptation (lowercase, digits, hyphens)",
    },
    "cli.help.yaml_output": {
        "es": "el .yaml a escribir (por omisión, la salida estándar)",
        "en": "the .yaml to write (default: standard output)",
    },
    "cli.help.force": {"es": "reemplazar FILE si ya existe", "en": "replace FILE if it exists"},
    "cli.help.diff": {
        "es": "qué cambia de una metodología a otra",
        "en": "what changes from one methodology to another",
    },
    "cli.help.id_or_file": {"es": "id o archivo", "en": "id or file"},
    "cli.help.exit_code": {"es": "salir con 1 si hay diferencias", "en": "exit 1 if there are differences"},
    "cli.help.check": {
        "es": "quién acredita graduación y qué le falta",
        "en": "who can graduate, and what each one lacks",
    },
    "cli.help.participant": {
        "es": "explicar la decisión de una participante",
        "en": "explain one participant's decision",
    },
    "cli.help.status": {
        "es": "solo estos estados, separados por comas (no-acredita,en-curso o not_eligible,in_progress)",
        "en": "only these statuses, comma separated (not-eligible,in-progress or no-acredita,en-curso)",
    },
    "cli.help.test": {
        "es": "ejecutar casos de prueba de las reglas de graduación",
        "en": "run test cases of the graduation rules",
    },
    "cli.help.cases": {"es": "archivos YAML de casos", "en": "YAML case files"},
    "cli.help.xlsform": {
        "es": "escribir un instrumento como XLSForm (requiere el extra xlsx)",
        "en": "write an instrument as an XLSForm (needs the xlsx extra)",
    },
    "cli.help.instrument": {
        "es": "id del instrumento (entrada, salida, ...)",
        "en": "instrument id (entrada, salida, ...)",
    },
    "cli.help.instrument_or_file": {
        "es": "id del instrumento (salida, ...), un XLSForm (.xlsx) o el YAML de un instrumento",
        "en": "instrument id (salida, ...), an XLSForm (.xlsx) or an instrument's YAML",
    },
    "cli.help.import": {"es": "leer un XLSForm existente a YAML", "en": "read an existing XLSForm into YAML"},
    "cli.help.kind": {"es": "tipo del instrumento importado", "en": "kind of the imported instrument"},
    "cli.help.xlsform_output": {
        "es": "el .xlsx (o .yaml con --import) a escribir",
        "en": "the .xlsx (or .yaml with --import) to write",
    },
    "cli.help.results": {
        "es": "el marco de resultados: meta, logro, avance y estado",
        "en": "the results framework: target, actual, progress, status",
    },
    "cli.help.results_cohort": {
        "es": "calcular de sus registros cada fila que declara cómo (computation)",
        "en": "compute from its records every row that declares how (computation)",
    },
    "cli.help.explain": {
        "es": "qué registros cuenta una fila (indicador o cifra) y cuáles excluye, y por qué",
        "en": "which records a row (indicator or figure) counts, which it leaves out, and why",
    },
    "cli.help.indicators": {
        "es": "indicadores de resultado, con celdas pequeñas protegidas",
        "en": "outcome indicators, small cells protected",
    },
    "cli.help.indicators_cohort": {"es": "carpeta de generación con responses/", "en": "cohort folder with responses/"},
    "cli.help.small_cells": {
        "es": "mostrar las celdas de menos del umbral (pueden identificar a una persona)",
        "en": "show cells under the threshold (they can identify a person)",
    },
    "cli.help.responses": {
        "es": "respuestas exportadas de KoboToolbox u ODK Central",
        "en": "responses exported from KoboToolbox or ODK Central",
    },
    "cli.help.responses_validate": {
        "es": "validar cada fila de una exportación",
        "en": "validate every row of an export",
    },
    "cli.help.export": {"es": "el .csv o .xlsx descargado", "en": "the downloaded .csv or .xlsx"},
    "cli.help.participant_question": {
        "es": "pregunta con el id de participante",
        "en": "question holding the participant id",
    },
    "cli.help.mentoring": {"es": "mentoría entre pares: asignar y reportar", "en": "peer mentoring: assign and report"},
    "cli.help.assign": {
        "es": "proponer qué mentora acompaña a cada participante",
        "en": "propose a mentor for each participant",
    },
    "cli.help.rebalance": {
        "es": "rehacer también las asignaciones existentes",
        "en": "redo the existing assignments too",
    },
    "cli.help.assignments_output": {"es": "escribir assignments.csv en FILE", "en": "write assignments.csv to FILE"},
    "cli.help.report": {
        "es": "mentoras, cobertura, sesiones y problemas",
        "en": "mentors, coverage, sessions and problems",
    },
    "cli.help.schema": {
        "es": "el JSON Schema de un archivo YAML, o el paquete de datos",
        "en": "the JSON Schema of a YAML file, or the data package",
    },
    "cli.help.schema_kind": {"es": "uno de: {kinds}", "en": "one of: {kinds}"},
    "cli.help.engine": {
        "es": "cómo evaluar: auto (polars si está instalado, si no python), python (legible), polars o duckdb",
        "en": "how to evaluate: auto (polars if installed, else python), python (readable), polars or duckdb",
    },
    "cli.help.max_file_mb": {
        "es": "el mayor archivo de una lista que se lee, en MB (256 por omisión): súbalo para un padrón más grande",
        "en": "the largest list file read, in MB (256 by default): raise it for a larger register",
    },
    "cli.help.max_rows": {
        "es": "el mayor número de filas de una lista (5000000 por omisión)",
        "en": "the most rows of one list (5000000 by default)",
    },
    "cli.help.formula_escape": {
        "es": (
            "CSV: no anteponer ' a los textos que empiezan con = + - @ (protección contra fórmulas al abrir el"
            " archivo en Excel); solo para programas que leen el CSV"
        ),
        "en": (
            "CSV: do not put ' before texts starting with = + - @ (protection against formulas when the file is"
            " opened in Excel); only for programs that read the CSV"
        ),
    },
    "cli.help.manual": {
        "es": "escribir el Manual del Proceso de Empoderamiento Económico de una metodología",
        "en": "write the Manual del Proceso de Empoderamiento Económico (the process manual) of a methodology",
    },
    "cli.help.manual_format": {
        "es": "formato: md, html (una página autocontenida e imprimible) o pdf (requiere el extra pdf)",
        "en": "format: md, html (one self-contained printable page) or pdf (needs the pdf extra)",
    },
    # -- argparse's own words, in Spanish (English is argparse's) ------------------------
    "cli.argparse.usage": {"es": "uso: ", "en": "usage: "},
    "cli.argparse.positionals": {"es": "argumentos", "en": "positional arguments"},
    "cli.argparse.options": {"es": "opciones", "en": "options"},
    "cli.argparse.help": {"es": "mostrar esta ayuda y salir", "en": "show this help message and exit"},
    "cli.argparse.version": {"es": "mostrar la versión y salir", "en": "show program's version number and exit"},
    "cli.argparse.required": {"es": "faltan los argumentos: %s", "en": "the following arguments are required: %s"},
    "cli.argparse.unrecognized": {"es": "argumentos no reconocidos: %s", "en": "unrecognized arguments: %s"},
    "cli.argparse.argument": {
        "es": "argumento %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "cli.argparse.one": {"es": "falta su valor", "en": "expected one argument"},
    "cli.argparse.at_least_one": {"es": "se esperaba al menos un valor", "en": "expected at least one argument"},
    "cli.argparse.ambiguous": {
        "es": "opción ambigua: %(option)s puede ser %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "cli.argparse.invalid_type": {
        "es": "valor %(type)s inválido: %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    "cli.usage.choice": {
        "es": "valor inválido: {value!r} (opciones: {choices})",
        "en": "invalid choice: {value!r} (choose from {choices})",
    },
    "cli.usage.did_you_mean": {
        "es": "valor inválido: {value!r}; ¿quiso decir {suggestion!r}? (opciones: {choices})",
        "en": "invalid choice: {value!r}; did you mean {suggestion!r}? (choose from {choices})",
    },
    "cli.usage.needs_output": {
        "es": "{format} escribe un archivo: indique -o ARCHIVO",
        "en": "{format} writes a file: give -o FILE",
    },
    "cli.progress.reading": {"es": "leyendo {name}", "en": "reading {name}"},
    "cli.progress.evaluating": {"es": "evaluando", "en": "evaluating"},
    "cli.usage.whole_number": {
        "es": "se esperaba un número entero de al menos 1, solo con dígitos; se encontró {found!r}",
        "en": "expected a whole number of at least 1, in digits only; found {found!r}",
    },
    "cli.usage.status": {
        "es": "estado desconocido {value!r}; estados: {known}",
        "en": "unknown status {value!r}; statuses: {known}",
    },
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
        "es": "escrito: {path} ({summary}; {skipped} avisos, listados arriba)",
        "en": "written: {path} ({summary}; {skipped} notes, listed above)",
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
    "cli.results.explain_needs_cohort": {
        "es": "necesita --cohort: la carpeta cuyos registros se cuentan",
        "en": "needs --cohort: the folder whose records are counted",
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
    "cli.manual.pdf_output": {
        "es": "sce-method manual: un PDF no se escribe en la terminal; indique el archivo con -o manual.pdf",
        "en": "sce-method manual: a PDF is not written to the terminal; name the file with -o manual.pdf",
    },
}

register(__name__, MESSAGES)
