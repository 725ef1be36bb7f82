"""Messages of the XLSForm import (prefix ``xlsform.``): what was not mapped."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
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
    "xlsform.no_type": {
        "es": "fila sin tipo (columna type vacía): se omite",
        "en": "row with no type (the type column is blank): skipped",
    },
    "xlsform.unsupported_type": {
        "es": "tipo {type!r} no admitido: se omite la fila",
        "en": "type {type!r} is not supported: row skipped",
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
        "es": "required como expresión ({value!r}): se conserva como texto y no se exige al validar",
        "en": "required as an expression ({value!r}): kept as text, not enforced when validating",
    },
    "xlsform.expression_dropped": {
        "es": "se quita {column}: nombra {names}, que no es una pregunta importada",
        "en": "{column} removed: it names {names}, which is not an imported question",
    },
    "xlsform.kept_as_text": {
        "es": "{column} se conserva como texto, sin evaluarse ({problem})",
        "en": "{column} kept as text, not evaluated ({problem})",
    },
    "xlsform.refers_to_text": {
        "es": "usa {names}, un cálculo conservado como texto",
        "en": "uses {names}, a calculation kept as text",
    },
    "xlsform.refers_to_repeat": {
        "es": "usa {names}, de un grupo de repetición",
        "en": "uses {names}, from a repeat",
    },
    "xlsform.question_dropped": {
        "es": "se omite {name!r}: nombra {names}, que no es una pregunta importada",
        "en": "{name!r} skipped: it names {names}, which is not an imported question",
    },
    "xlsform.required_dropped": {
        "es": "{name!r} deja de ser obligatoria: se quitó una condición de la que depende",
        "en": "{name!r} is no longer required: a condition it depends on was removed",
    },
    "xlsform.reference_in_text": {
        "es": "{column} nombra {names}, que no es una pregunta importada: se escribe el nombre",
        "en": "{column} names {names}, which is not an imported question: the name is written instead",
    },
    "xlsform.group_not_closed": {
        "es": "el grupo {name!r} no se cierra (falta end_group): se cierra al final",
        "en": "group {name!r} is not closed (no end_group): closed at the end",
    },
    "xlsform.end_without_begin": {
        "es": "end_group sin begin_group: se ignora",
        "en": "end_group with no begin_group: ignored",
    },
    "xlsform.group_renamed": {
        "es": "el nombre de grupo {name!r} ya está en uso: se llama {new!r}",
        "en": "group name {name!r} is already taken: renamed {new!r}",
    },
    "xlsform.trimmed": {
        "es": "{count} nombres o encabezados tenían espacios al inicio o al final: se quitan (el primero, {first!r})",
        "en": "{count} names or headers had spaces around them: trimmed (the first, {first!r})",
    },
    "xlsform.ole2": {
        "es": "es un libro .xls (formato antiguo de Excel): ábralo en Excel o LibreOffice y guárdelo como .xlsx",
        "en": "this is an .xls workbook (the old Excel format): open it in Excel or LibreOffice and save it as .xlsx",
    },
    "xlsform.empty_rows": {
        "es": "lectura detenida en la fila {row}: las {count} filas anteriores están vacías",
        "en": "reading stopped at row {row}: the {count} rows before it are empty",
    },
    "xlsform.summary": {
        "es": "{kept} de {rows} filas de preguntas importadas ({share})",
        "en": "{kept} of {rows} question rows imported ({share})",
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
    "xlsform.no_questions": {
        "es": "el instrumento {id!r} no tiene preguntas (una capa base solo lo declara); agréguelas para exportarlo",
        "en": "instrument {id!r} has no questions (a base layer only declares it); add them to export it",
    },
}

register(__name__, MESSAGES)
