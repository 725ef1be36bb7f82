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
    "xlsform.inside_repeat": {
        "es": "fila dentro de un grupo de repetición (no admitido): se omite",
        "en": "row inside a repeat (not supported): skipped",
    },
    "xlsform.no_type": {
        "es": "fila sin tipo (columna type vacía): se omite",
        "en": "row with no type (the type column is blank): skipped",
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
    "xlsform.no_questions": {
        "es": "el instrumento {id!r} no tiene preguntas (una capa base solo lo declara); agréguelas para exportarlo",
        "en": "instrument {id!r} has no questions (a base layer only declares it); add them to export it",
    },
}

register(__name__, MESSAGES)
