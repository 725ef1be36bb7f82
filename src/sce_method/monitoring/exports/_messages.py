"""Messages of the survey exports (prefix ``exports.``)."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    "exports.not_a_record": {
        "es": "se esperaba un registro (un objeto JSON de claves y valores); se encontró {found}",
        "en": "expected a record (a JSON object of keys and values); found {found}",
    },
    # -- repeats inside records (read_records) -----------------------------------------
    "exports.unknown_list": {
        "es": "lista bajo una clave que no es un grupo de repetición del instrumento (ni de esta fila): no se lee",
        "en": "list under a key that is no repeat of the instrument (nor of this row): not read",
    },
    "exports.repeat_not_in_records": {
        "es": "grupo de repetición: sus filas no vienen en los registros (ODK Central: pídalas con $expand=*) ni como"
        " tabla aparte (repeats=): no se leen",
        "en": "repeat: its rows are neither inside the records (ODK Central: ask for them with $expand=*) nor given"
        " as a separate table (repeats=): not read",
    },
    "exports.unknown_repeat_key": {
        "es": "clave de filas de repetición que no es pregunta de esa repetición: no se lee",
        "en": "key of repeat rows that is no question of that repeat: not read",
    },
    "exports.too_deep": {
        "es": "el registro anida más de {limit} niveles de objetos y listas: no se lee",
        "en": "the record nests more than {limit} levels of objects and lists: not read",
    },
    "exports.too_many_repeat_rows": {
        "es": "los registros traen más de {limit} filas de repetición: no se leen; divídalos (por fecha o por centro)",
        "en": "the records hold more than {limit} repeat rows: not read; split them (by date or by centre)",
    },
    "exports.unknown_repeat": {
        "es": "{name!r} no es un grupo de repetición del instrumento; los hay: {known}",
        "en": "{name!r} is no repeat of the instrument; there are: {known}",
    },
    "exports.repeat_twice": {
        "es": "las filas de {name!r} vienen dentro de los registros y también como tabla aparte: se leerían dos veces",
        "en": "the rows of {name!r} come inside the records and also as a separate table: they would be read twice",
    },
    "exports.no_parent_key": {
        "es": "fila sin clave de su envío: se espera __Submissions-id (o __Submissions-...-id en una repetición"
        " anidada), como la da ODK Central",
        "en": "row with no key of its submission: expected __Submissions-id (or __Submissions-...-id in a nested"
        " repeat), as ODK Central gives it",
    },
    "exports.orphan_row": {
        "es": "fila sin envío: su {key} no es el __id de ningún registro (o fila) dado; no se lee",
        "en": "row with no submission: its {key} is the __id of no record (or row) given; not read",
    },
    "exports.repeat_not_read": {
        "es": "grupo de repetición: sus respuestas están en otra hoja o archivo de la exportación, que no se lee",
        "en": "repeat: its answers are in another sheet or file of the export, which is not read",
    },
    # -- exports ------------------------------------------------------------------------
    "exports.delimiter": {
        "es": "el archivo usa {found!r} como separador y {flavour} escribe {expected!r}: se leyó con {found!r}",
        "en": "the file uses {found!r} as separator and {flavour} writes {expected!r}: read with {found!r}",
    },
    "exports.no_question": {
        "es": "ninguna columna corresponde a una pregunta del instrumento {instrument!r}: ¿es el instrumento correcto?",
        "en": "no column matches a question of instrument {instrument!r}: is it the right instrument?",
    },
    "exports.missing_column": {
        "es": "no hay columna para esta pregunta en la exportación",
        "en": "the export has no column for this question",
    },
    "exports.unknown_column": {
        "es": "columna que no es del instrumento: se conserva en extra, no se valida",
        "en": "column not in the instrument: kept in extra, not validated",
    },
    "exports.too_large": {
        "es": "el archivo ocupa {size} bytes, más que el límite de {limit}: divídalo (por fecha o por centro)",
        "en": "the file is {size} bytes, over the limit of {limit}: split it (by date or by centre)",
    },
    "exports.too_large_unpacked": {
        "es": "el libro se descomprime en {size} bytes, más que el límite de {limit}: no se abre",
        "en": "the workbook unpacks to {size} bytes, over the limit of {limit}: not opened",
    },
    "exports.too_many_rows": {
        "es": "la tabla tiene más de {limit} filas: no se lee más; divídala (por fecha o por centro)",
        "en": "the table has more than {limit} rows: not read further; split it (by date or by centre)",
    },
    "exports.cell_too_large": {
        "es": "una celda de esta fila tiene más de {limit} caracteres: ninguna respuesta es tan larga",
        "en": "a cell of this row holds more than {limit} characters: no answer is that long",
    },
    "exports.csv_syntax": {
        "es": "CSV mal formado: {reason}",
        "en": "malformed CSV: {reason}",
    },
    "exports.not_integer": {
        "es": "se esperaba un número entero escrito con dígitos, como 30 o -2 (hasta 15 dígitos; sin decimales,"
        " separadores ni exponente)",
        "en": "expected a whole number written in digits, such as 30 or -2 (up to 15 digits; no decimals, separators"
        " or exponent)",
    },
    "exports.not_decimal": {
        "es": "se esperaba un número escrito con dígitos y punto decimal, como 2 o 2.5 (sin coma decimal, separadores"
        " ni exponente)",
        "en": "expected a number written in digits with a decimal point, such as 2 or 2.5 (no decimal comma,"
        " separators or exponent)",
    },
    "exports.not_date": {
        "es": "se esperaba una fecha real AAAA-MM-DD (o una fecha y hora ISO 8601, como 2024-10-17T09:30:00-06:00)",
        "en": "expected a real date YYYY-MM-DD (or an ISO 8601 date and time, such as 2024-10-17T09:30:00-06:00)",
    },
    "exports.headless_cells": {
        "plural": "count",
        "es": {
            "one": "{count} celda con dato no tiene encabezado (después del último o bajo uno vacío): no se lee",
            "other": "{count} celdas con dato no tienen encabezado (después del último o bajo uno vacío): no se leen",
        },
        "en": {
            "one": "{count} cell holding data has no header (past the last one or under a blank one): not read",
            "other": "{count} cells holding data have no header (past the last one or under a blank one): not read",
        },
    },
    "exports.duplicate_column": {
        "es": "encabezado repetido: ya es el de la columna {first}, que es la que se lee; esta no se lee",
        "en": "header written twice: it already heads column {first}, which is the one read; this one is not",
    },
    "exports.participant_question": {
        "es": "la pregunta de participante {name!r} es una nota o un cálculo: no guarda una respuesta",
        "en": "participant question {name!r} is a note or a calculation: it stores no answer",
    },
    "exports.invalid_metadata": {
        "es": "la celda de {column} no es un identificador (no se muestra): se esperan letras ASCII, dígitos y _.:-",
        "en": "the {column} cell is not an identifier (not shown): expected ASCII letters, digits and _.:-",
    },
    "exports.invalid_participant_id": {
        "es": "id de participante no válido (no se muestra): un id lleva solo letras ASCII, dígitos, '_' y '-'",
        "en": "invalid participant id (not shown): an id holds only ASCII letters, digits, '_' and '-'",
    },
    "exports.duplicate_instance": {
        "es": "envío repetido: el mismo instance id ya está en la línea {first}",
        "en": "duplicate submission: the same instance id is already on line {first}",
    },
    "exports.duplicate_key": {
        "es": (
            "la fila de la línea {first} tiene la misma clave ({column}): no se sabe de cuál son las filas de"
            " repetición que la nombran"
        ),
        "en": "the row on line {first} has the same key ({column}): the repeat rows that name it cannot be told apart",
    },
    "exports.repeat_orphan": {
        "es": "fila de repetición sin envío: su _parent_index (KoboToolbox) o PARENT_KEY (ODK Central) está vacío o no"
        " es el de ninguna fila de la tabla principal; no se valida",
        "en": "repeat row with no submission: its _parent_index (KoboToolbox) or PARENT_KEY (ODK Central) is blank or"
        " that of no row of the main table; not validated",
    },
    "exports.repeat_orphan_nested": {
        "es": "fila de repetición sin fila madre: su _parent_index (KoboToolbox) o PARENT_KEY (ODK Central) está vacío"
        " o no es el _index o KEY de ninguna fila de {parent}; no se valida",
        "en": "repeat row with no parent row: its _parent_index (KoboToolbox) or PARENT_KEY (ODK Central) is blank or"
        " the _index or KEY of no row of {parent}; not validated",
    },
}

register(__name__, MESSAGES)
