"""Messages of the participants room (prefix ``participants.``): cohort lists, their rows and cells."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    "participants.cohort.not_found": {
        "es": "no se encontró la carpeta de generación ni el libro .xlsx",
        "en": "no cohort folder or .xlsx workbook found there",
    },
    "participants.frames.unknown_list": {
        "es": "no es una lista de la carpeta de generación; las listas son: {known}",
        "en": "not a list of the cohort folder; the lists are: {known}",
    },
    "participants.frames.not_a_frame": {
        "es": "se esperaba un DataFrame de polars o pandas o una tabla de Arrow; se encontró {kind}",
        "en": "expected a polars or pandas DataFrame or an Arrow table, found {kind}",
    },
    "participants.kind.centre": {"es": "centro", "en": "centre"},
    # -- cells ------------------------------------------------------------------
    "participants.cell.blank": {"es": "celda vacía; se requiere un valor", "en": "empty cell; a value is required"},
    "participants.cell.decimal_comma": {
        "es": "número con coma decimal {value!r}: use punto (2.5); no se adivina el valor",
        "en": "number with a decimal comma {value!r}: use a point (2.5); the value is not guessed",
    },
    "participants.cell.unknown_suggest": {
        "es": "{kind} inexistente {id!r}; ¿quiso decir {suggestion!r}?",
        "en": "unknown {kind} {id!r}; did you mean {suggestion!r}?",
    },
    "participants.cell.unknown": {
        "es": "{kind} inexistente {id!r}; existen: {known}",
        "en": "unknown {kind} {id!r}; valid: {known}",
    },
    "participants.cell.unknown_participant": {
        "es": "participante que no está en participants.csv",
        "en": "participant not in participants.csv",
    },
    "participants.cell.hidden": {"es": "<oculto>", "en": "<hidden>"},
    "participants.cell.rejected_participant": {
        "es": (
            "participante cuya fila de participants.csv (línea {line}) se rechazó:"
            " esta fila y sus demás filas de esta lista no se usan"
        ),
        "en": (
            "participant whose participants.csv row (line {line}) was refused:"
            " this row and her other rows in this list are not used"
        ),
    },
    "participants.cell.value": {"es": "valor", "en": "value"},
    "participants.cell.column": {"es": "columna", "en": "column"},
    "participants.kind.instrument": {"es": "instrumento", "en": "instrument"},
    # -- lists ------------------------------------------------------------------
    "participants.table.empty": {
        "es": "la lista está vacía: falta la fila de encabezados",
        "en": "the list is empty: no header row",
    },
    "participants.table.missing_column": {
        "es": "falta la columna obligatoria {column!r}",
        "en": "required column {column!r} is missing",
    },
    "participants.table.extra_cells": {
        "es": "la fila tiene {count} celdas y el encabezado {width}",
        "en": "the row has {count} cells and the header {width}",
    },
    "participants.table.csv_syntax": {"es": "CSV mal formado: {reason}", "en": "malformed CSV: {reason}"},
    "participants.table.column_twice": {
        "es": "una columna se declara dos veces: {names}",
        "en": "a column is declared twice: {names}",
    },
    "participants.table.unique_not_required": {
        "es": "lista {name!r}: una clave única debe formarse con columnas obligatorias",
        "en": "list {name!r}: a unique key must be made of required columns",
    },
    "participants.table.no_unique_key": {
        "es": "la lista {name!r} no tiene una clave única de una columna a la que referirse",
        "en": "list {name!r} has no one-column unique key to refer to",
    },
    # -- cohorts ----------------------------------------------------------------
    "participants.cohort.not_folder_or_xlsx": {
        "es": "se esperaba una carpeta de generación o un libro .xlsx",
        "en": "expected a cohort folder or an .xlsx workbook",
    },
    "participants.cohort.missing_list": {
        "es": "falta la lista obligatoria {name!r} (archivo {name}.csv u hoja {name})",
        "en": "the required list {name!r} is missing ({name}.csv file or {name} sheet)",
    },
    "participants.cohort.duplicate_participant": {
        "es": "participante repetido (ya en la línea {first}); esta fila no se usa",
        "en": "duplicate participant (already on line {first}); this row is not used",
    },
    "participants.cohort.duplicate_period": {
        "es": "generación {cohort!r} del centro {centre!r} repetida",
        "en": "cohort {cohort!r} of centre {centre!r} listed twice",
    },
    "participants.cohort.unlisted": {
        "es": "la generación {cohort!r} del centro {centre!r} no está en cohorts.csv",
        "en": "cohort {cohort!r} of centre {centre!r} is not in cohorts.csv",
    },
    "participants.cohort.ends_before_start": {
        "es": "la generación termina ({ends_on}) antes de empezar ({starts_on})",
        "en": "the cohort ends ({ends_on}) before it starts ({starts_on})",
    },
    "participants.withdrawn_before_enrolled": {
        "es": "la baja ({withdrawn_on}) es anterior a la inscripción ({enrolled_on})",
        "en": "withdrawal ({withdrawn_on}) is before enrolment ({enrolled_on})",
    },
    "participants.mentoring.duplicate_mentor": {
        "es": "mentora repetida (ya en la línea {first}); esta fila no se cuenta",
        "en": "mentor listed twice (already on line {first}); this row is not counted",
    },
    "participants.mentoring.no_mentee": {
        "es": "sesión de mentoría sin mentee: falta mentee_id",
        "en": "mentoring session with no mentee: mentee_id is missing",
    },
    "participants.unknown": {
        "es": "no hay participante con id {id!r} en esta generación",
        "en": "there is no participant with id {id!r} in this cohort",
    },
}

register(__name__, MESSAGES)
