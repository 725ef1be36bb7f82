"""Messages of the monitoring room: expressions, instruments, responses."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, dict[str, str]]] = {
    # -- expressions ----------------------------------------------------------------
    "expr.at": {"es": "columna {column}: {problem}", "en": "column {column}: {problem}"},
    "expr.empty": {"es": "la expresión está vacía", "en": "the expression is empty"},
    "expr.unexpected": {"es": "no se esperaba {found!r}", "en": "unexpected {found!r}"},
    "expr.unexpected_end": {
        "es": "la expresión termina antes de tiempo",
        "en": "the expression ends too soon",
    },
    "expr.end": {"es": "el final", "en": "the end"},
    "expr.expected": {
        "es": "se esperaba {expected!r}; se encontró {found}",
        "en": "expected {expected!r}, found {found}",
    },
    "expr.chained_comparison": {
        "es": "comparaciones encadenadas (a < b < c): use and",
        "en": "chained comparisons (a < b < c): use and",
    },
    "expr.bad_name": {"es": "nombre de pregunta inválido {name!r}", "en": "invalid question name {name!r}"},
    "expr.unknown_function": {
        "es": "función desconocida {name!r}; se admiten: {known}",
        "en": "unknown function {name!r}; supported: {known}",
    },
    "expr.arity": {
        "es": "{name}() espera {expected} argumento(s); recibió {found}",
        "en": "{name}() takes {expected} argument(s), got {found}",
    },
    "expr.type": {
        "es": "en {where!r} se esperaba {expected}; se encontró {found}",
        "en": "in {where!r} expected {expected}, found {found}",
    },
    "expr.unknown_ref": {
        "es": "${{{name}}} no es una pregunta del instrumento",
        "en": "${{{name}}} is not a question of the instrument",
    },
    "expr.unknown_ref_suggest": {
        "es": "${{{name}}} no es una pregunta del instrumento; ¿quiso decir ${{{suggestion}}}?",
        "en": "${{{name}}} is not a question of the instrument; did you mean ${{{suggestion}}}?",
    },
    "expr.no_current": {
        "es": "'.' (la respuesta actual) solo vale en una restricción (constraint)",
        "en": "'.' (the current answer) is only valid in a constraint",
    },
    # -- instruments ------------------------------------------------------------------
    "kind.question": {"es": "pregunta", "en": "question"},
    "kind.choice_list": {"es": "lista de opciones", "en": "choice list"},
    "instrument.bad_name": {
        "es": "nombre inválido {name!r}: empieza con letra o _, sigue con letras, dígitos, _, - o .",
        "en": "invalid name {name!r}: a letter or _, then letters, digits, _, - or .",
    },
    "instrument.bad_choice_name": {
        "es": "nombre de opción inválido {name!r}: no puede estar vacío ni tener espacios",
        "en": "invalid choice name {name!r}: it cannot be empty or contain spaces",
    },
    "instrument.duplicate_name": {
        "es": "nombre de pregunta repetido {name!r} (ya en {first})",
        "en": "duplicate question name {name!r} (already at {first})",
    },
    "instrument.unknown_list": {
        "es": "lista de opciones desconocida {name!r}; existen: {known}",
        "en": "unknown choice list {name!r}; known: {known}",
    },
    "instrument.choices_required": {
        "es": "una pregunta {type} necesita su lista de opciones (choices)",
        "en": "a {type} question needs its choice list (choices)",
    },
    "instrument.choices_forbidden": {
        "es": "una pregunta {type} no lleva lista de opciones",
        "en": "a {type} question takes no choice list",
    },
    "response.required": {"es": "respuesta obligatoria vacía", "en": "required answer missing"},
    "response.not_relevant": {
        "es": "hay respuesta, pero la pregunta no aplicaba (relevant falso): se señala, no se conserva en silencio",
        "en": "answered, but the question did not apply (relevant false): flagged, not silently kept",
    },
    "response.type": {"es": "se esperaba {expected}; se encontró {found}", "en": "expected {expected}, found {found}"},
    "response.not_a_choice": {
        "es": "{value!r} no es una opción de la lista; opciones: {choices}",
        "en": "{value!r} is not a choice of the list; choices: {choices}",
    },
    "response.constraint": {
        "es": "no cumple la restricción {constraint}",
        "en": "does not meet the constraint {constraint}",
    },
    "response.constraint_custom": {"es": "{text}", "en": "{text}"},
    "response.unknown_question": {
        "es": "respuesta a una pregunta que el instrumento no tiene",
        "en": "answer to a question the instrument does not have",
    },
    # -- exports ------------------------------------------------------------------------
    "export.delimiter": {
        "es": "el archivo usa {found!r} como separador y {flavour} escribe {expected!r}: se leyó con {found!r}",
        "en": "the file uses {found!r} as separator and {flavour} writes {expected!r}: read with {found!r}",
    },
    "export.no_question": {
        "es": "ninguna columna corresponde a una pregunta del instrumento {instrument!r}: ¿es el instrumento correcto?",
        "en": "no column matches a question of instrument {instrument!r}: is it the right instrument?",
    },
    "export.missing_column": {
        "es": "no hay columna para esta pregunta en la exportación",
        "en": "the export has no column for this question",
    },
    "export.unknown_column": {
        "es": "columna que no es del instrumento: se conserva en extra, no se valida",
        "en": "column not in the instrument: kept in extra, not validated",
    },
    "export.duplicate_instance": {
        "es": "envío repetido: el mismo instance id ya está en la línea {first}",
        "en": "duplicate submission: the same instance id is already on line {first}",
    },
    "export.summary": {
        "es": "{path}: {rows} filas, {invalid} con problemas; {problems} problema(s), {warnings} aviso(s)",
        "en": "{path}: {rows} rows, {invalid} with problems; {problems} problem(s), {warnings} warning(s)",
    },
    # -- XLSForm import: what was not mapped --------------------------------------------
    "xlsform.column_ignored": {
        "es": "columna {column!r} no admitida: se ignora",
        "en": "column {column!r} is not supported: ignored",
    },
    "xlsform.sheet_ignored": {"es": "hoja {sheet!r} ignorada", "en": "sheet {sheet!r} ignored"},
    "xlsform.choice_skipped": {
        "es": "opción {name!r} omitida: le falta list_name, name o etiqueta, o el nombre es inválido",
        "en": "choice {name!r} skipped: no list_name, name or label, or an invalid name",
    },
    "xlsform.duplicate_choice": {
        "es": "opción repetida {name!r} en la lista {list!r}: se omite",
        "en": "duplicate choice {name!r} in list {list!r}: skipped",
    },
    "xlsform.no_survey": {"es": "el libro no tiene hoja survey", "en": "the workbook has no survey sheet"},
    "xlsform.inside_repeat": {
        "es": "fila dentro de un grupo de repetición (no admitido): se omite",
        "en": "row inside a repeat (not supported): skipped",
    },
    "xlsform.unsupported_type": {
        "es": "tipo {type!r} no admitido: se omite la fila",
        "en": "type {type!r} is not supported: row skipped",
    },
    "xlsform.nested_group": {
        "es": "grupo anidado: sus preguntas pasan al grupo de fuera",
        "en": "nested group: its questions go to the outer group",
    },
    "xlsform.duplicate_name": {
        "es": "nombre de pregunta repetido {name!r}: se omite",
        "en": "duplicate question name {name!r}: skipped",
    },
    "xlsform.bad_name": {
        "es": "nombre de pregunta inválido {name!r}: se omite",
        "en": "invalid question name {name!r}: skipped",
    },
    "xlsform.missing_list": {
        "es": "la pregunta {name!r} usa la lista {list!r}, que no está en choices: se omite",
        "en": "question {name!r} uses list {list!r}, which is not in choices: skipped",
    },
    "xlsform.required_expression": {
        "es": "required como expresión ({value!r}) no admitido: se toma como no obligatoria",
        "en": "required as an expression ({value!r}) is not supported: taken as not required",
    },
    "xlsform.expression_dropped": {
        "es": "{column} no admitido, se quita ({problem})",
        "en": "{column} not supported, removed ({problem})",
    },
    "xlsform.calculation_missing": {
        "es": "la pregunta calculate {name!r} no tiene un cálculo admitido: se omite",
        "en": "calculate question {name!r} has no supported calculation: skipped",
    },
    "xlsform.label_missing": {
        "es": "la pregunta {name!r} no tiene etiqueta en español ni en inglés: se usa su nombre",
        "en": "question {name!r} has no Spanish or English label: its name is used",
    },
    "xlsform.kind_needed": {
        "es": "no se sabe qué instrumento es {form_id!r}; indique su tipo: {kinds} o {last}",
        "en": "cannot tell which instrument {form_id!r} is; give its kind: {kinds} or {last}",
    },
    "xlsform.participant_question_skipped": {
        "es": "la pregunta de participante {name!r} no se importó: el instrumento queda sin ella",
        "en": "the participant question {name!r} was not imported: the instrument has none",
    },
    "xlsform.nothing_imported": {
        "es": "ninguna pregunta del formulario pudo importarse",
        "en": "no question of the form could be imported",
    },
    "instrument.calculation": {
        "es": "calculation va en las preguntas calculate, y solo en ellas",
        "en": "calculation belongs to calculate questions, and only to them",
    },
}
