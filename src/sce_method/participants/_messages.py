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
    "participants.cell.not_number": {
        "es": "se esperaba un número como 2 o 2.5; se encontró {value!r}",
        "en": "expected a number such as 2 or 2.5, found {value!r}",
    },
    "participants.cell.decimal_comma": {
        "es": "número con coma decimal {value!r}: use punto (2.5); no se adivina el valor",
        "en": "number with a decimal comma {value!r}: use a point (2.5); the value is not guessed",
    },
    "participants.cell.control_character": {
        "es": "la celda tiene un carácter de control ({code}) en su posición {at}",
        "en": "the cell holds a control character ({code}) at position {at}",
    },
    "participants.cell.too_long": {
        "es": "la celda tiene {length} caracteres; el máximo es {limit}",
        "en": "the cell holds {length} characters; at most {limit} are read",
    },
    "participants.cell.hours_over_limit": {
        "es": "{value} h en una fila: una sesión dura a lo más {limit} h",
        "en": "{value} h in one row: a session is at most {limit} h long",
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
    "participants.cell.invalid_id": {
        "es": "id no válido {value}: un id lleva solo letras ASCII sin acentos, dígitos, '_' y '-'",
        "en": "invalid id {value}: an id holds only ASCII letters, digits, '_' and '-'",
    },
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
    "participants.table.no_header": {
        "es": "la primera fila no es un encabezado: no nombra ninguna columna de la lista (se esperan {columns})",
        "en": "the first row is not a header: it names none of the list's columns (expected: {columns})",
    },
    "participants.table.column_twice_in_header": {
        "es": "la columna {column!r} ya es la columna {first}: no se sabe cuál leer, y la lista no se lee",
        "en": "column {column!r} is also column {first}: which one to read is not guessed, and the list is not read",
    },
    "participants.table.missing_column": {
        "es": "falta la columna obligatoria {column!r}",
        "en": "required column {column!r} is missing",
    },
    "participants.table.extra_cells": {
        "es": "la fila tiene {count} celdas y el encabezado {width}",
        "en": "the row has {count} cells and the header {width}",
    },
    "participants.table.file_too_large": {
        "es": "el archivo tiene {size} bytes; el máximo que se lee es {limit}",
        "en": "the file holds {size} bytes; at most {limit} are read",
    },
    "participants.table.too_many_rows": {
        "es": "la lista pasa de {limit} filas; no se lee",
        "en": "the list has more than {limit} rows; it is not read",
    },
    "participants.table.too_many_columns": {
        "es": "el encabezado tiene {count} columnas; una lista tiene a lo más {limit}, y no se lee",
        "en": "the header has {count} columns; a list has at most {limit}, and it is not read",
    },
    "participants.table.sheet_too_large": {
        "es": (
            "la hoja dice tener {rows} filas y {columns} columnas; una hoja tiene a lo más {max_rows} filas"
            " y {max_columns} columnas, y no se lee"
        ),
        "en": (
            "the sheet says it has {rows} rows and {columns} columns; a sheet has at most {max_rows} rows"
            " and {max_columns} columns, and it is not read"
        ),
    },
    "participants.table.csv_syntax": {"es": "CSV mal formado: {reason}", "en": "malformed CSV: {reason}"},
    "participants.table.unclosed_quote": {
        "es": "una comilla abre aquí una celda que no se cierra antes del final del archivo",
        "en": "a quote opens a cell here that does not close before the end of the file",
    },
    "participants.table.cell_too_long": {
        "es": "una celda de la fila que empieza aquí pasa de {limit} caracteres (¿una comilla que no se cierra?)",
        "en": "a cell of the row that starts here is over {limit} characters long (a quote that never closes?)",
    },
    "participants.table.column_twice": {
        "es": "una columna se declara dos veces: {names}",
        "en": "a column is declared twice: {names}",
    },
    "participants.table.id_not_ident": {
        "es": "la columna {column!r} es un id: sus celdas deben ser ids (ID, un id de la metodología o una referencia)",
        "en": "column {column!r} is an id: its cells must be ids (ID, an id of the methodology or a reference)",
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
    "participants.cohort.workbook_expands": {
        "es": "el libro ocupa {size} bytes descomprimido; el máximo es {limit}, y no se abre",
        "en": "the workbook unzips to {size} bytes; the most is {limit}, and it is not opened",
    },
    "participants.cohort.workbook_expansion": {
        "es": "una parte del libro se descomprime {ratio} veces su tamaño (el máximo es {limit}): no se abre",
        "en": "a part of the workbook unzips to {ratio} times its size (the most is {limit}): it is not opened",
    },
    "participants.cohort.workbook_rows": {
        "es": "una hoja del libro tiene más de {limit} filas, el máximo de una hoja: no se abre",
        "en": "a sheet of the workbook has more than {limit} rows, the most a sheet has: it is not opened",
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
        "es": "la generación de esta fila no está en cohorts.csv para el centro {centre!r}",
        "en": "this row's cohort is not in cohorts.csv for centre {centre!r}",
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
    "participants.kind.staff_training": {"es": "capacitación del personal", "en": "staff training"},
    "participants.cell.unknown_event": {
        "es": "evento que no está en events.csv",
        "en": "event not in events.csv",
    },
    "participants.cell.unknown_staff": {
        "es": "persona que no está en staff.csv",
        "en": "person not in staff.csv",
    },
    # -- events and graduations -------------------------------------------------
    "participants.event.duplicate": {
        "es": "evento repetido (ya en la línea {first}); esta fila no se usa",
        "en": "event listed twice (already on line {first}); this row is not used",
    },
    "participants.graduation.twice": {
        "es": "segunda graduación de la misma participante (la primera en la línea {first}); esta fila no se usa",
        "en": "a second graduation of the same participant (the first on line {first}); this row is not used",
    },
    "participants.graduation.before_enrolment": {
        "es": "graduación el {on}, antes de su inscripción ({enrolled_on}); esta fila no se usa",
        "en": "graduation on {on}, before she enrolled ({enrolled_on}); this row is not used",
    },
    "participants.graduation.before_cohort_end": {
        "es": "graduación el {on}, antes de que terminara su generación ({ends_on}); esta fila no se usa",
        "en": "graduation on {on}, before her cohort ended ({ends_on}); this row is not used",
    },
    "participants.graduation.after_withdrawal": {
        "es": "graduación el {on}, cuando ya se había dado de baja ({withdrawn_on}); esta fila no se usa",
        "en": "graduation on {on}, after she withdrew ({withdrawn_on}); this row is not used",
    },
    "participants.graduation.event_before": {
        "es": "el evento ({event_on}) es anterior a la graduación ({on}) que reconoce; esta fila no se usa",
        "en": "the event ({event_on}) is before the graduation ({on}) it recognises; this row is not used",
    },
    "participants.graduation.not_a_ceremony": {
        "es": "el evento es de tipo {kind!r}, no una ceremonia de graduación; esta fila no se usa",
        "en": "the event is of kind {kind!r}, not a graduation ceremony; this row is not used",
    },
    "participants.enum.EventKind.ceremonia-de-graduacion": {
        "es": "ceremonia de graduación",
        "en": "graduation ceremony",
    },
    "participants.enum.EventKind.entrega-de-constancias": {"es": "entrega de constancias", "en": "certificates"},
    "participants.enum.EventKind.otro": {"es": "otro", "en": "other"},
    # -- staff ------------------------------------------------------------------
    "participants.staff.duplicate": {
        "es": "persona repetida (ya en la línea {first}); esta fila no se usa",
        "en": "person listed twice (already on line {first}); this row is not used",
    },
    "participants.staff.no_place": {
        "es": "falta el centro o la unidad: se requiere centre_id o unit",
        "en": "no centre and no unit: centre_id or unit is required",
    },
    "participants.staff.other_centre": {
        "es": (
            "como personal está en el centro {centre!r} y como participante en {as_participant!r}: un mismo id"
            " nombra a una persona; si son dos, dele otro id; esta fila no se usa"
        ),
        "en": (
            "as staff she is at centre {centre!r} and as a participant at {as_participant!r}: one id names one"
            " person; if they are two, give one another id; this row is not used"
        ),
    },
    "participants.enum.StaffRole.facilitadora": {"es": "facilitadora", "en": "facilitator"},
    "participants.enum.StaffRole.funcionaria": {"es": "funcionaria pública", "en": "public official"},
    "participants.enum.StaffRole.mentora-coordinadora": {"es": "coordinadora de mentoría", "en": "mentor coordinator"},
    "participants.unknown": {
        "es": "no hay participante con id {id!r} en esta generación",
        "en": "there is no participant with id {id!r} in this cohort",
    },
}

register(__name__, MESSAGES)
