"""
Messages of the shared vocabulary (prefix ``core.``).

Values, ids, references, provenance and dates, and what several rooms say
alike: files that cannot be read, the types a value should have, a number cell.
"""

from __future__ import annotations

from typing import Final

from sce_method._core._catalog import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    # -- values ---------------------------------------------------------------------
    "core.value.negative": {
        "es": "debe ser >= 0; se encontró {value}",
        "en": "must be >= 0, got {value}",
    },
    "core.value.not_positive": {
        "es": "debe ser > 0; se encontró {value}",
        "en": "must be > 0, got {value}",
    },
    "core.value.not_finite": {
        "es": "debe ser un número finito; se encontró {value}",
        "en": "must be a finite number, got {value}",
    },
    "core.value.empty": {
        "es": "no puede estar vacío",
        "en": "must not be empty",
    },
    "core.value.blank": {
        "es": "no puede estar en blanco",
        "en": "must not be blank",
    },
    # -- ids and references ---------------------------------------------------------
    "core.id.invalid": {
        "es": "id inválido {value!r}: se esperan minúsculas ASCII, dígitos y guiones (p. ej. educacion-financiera)",
        "en": "invalid id {value!r}: expected lower-case ASCII letters, digits and hyphens (e.g. educacion-financiera)",
    },
    "core.id.duplicate": {
        "es": "id repetido {id!r} (ya usado en la posición {first})",
        "en": "duplicate id {id!r} (already used at position {first})",
    },
    "core.id.unknown": {
        "es": "no existe {kind} con id {id!r}; existen: {known}",
        "en": "there is no {kind} with id {id!r}; known: {known}",
    },
    "core.ref.unknown": {
        "es": "referencia a {kind} inexistente {id!r}; existen: {known}",
        "en": "reference to unknown {kind} {id!r}; known: {known}",
    },
    # -- kinds of thing, used inside other messages ---------------------------------
    "core.kind.module": {"es": "módulo", "en": "module"},
    "core.kind.course": {"es": "curso", "en": "course"},
    # -- provenance -----------------------------------------------------------------
    "core.provenance.exactly_one": {
        "es": "la procedencia debe ser una fuente (source) o un supuesto (assumption), exactamente uno",
        "en": "provenance must be either a source or an assumption, exactly one",
    },
    "core.provenance.source": {
        "es": "fuente: {cite}",
        "en": "source: {cite}",
    },
    "core.provenance.assumption": {
        "es": "supuesto: {reason} (la institución debe fijar este valor)",
        "en": "assumption: {reason} (the institution should set this value)",
    },
    "core.provenance.unknown_field": {
        "es": "field_provenance nombra un campo que no existe: {field!r}; campos: {known}",
        "en": "field_provenance names no field of this record: {field!r}; fields: {known}",
    },
    "core.provenance.missing": {
        "es": "el valor {field!r} necesita su propia procedencia en field_provenance (fuente o supuesto)",
        "en": "the value {field!r} needs its own provenance in field_provenance (source or assumption)",
    },
    # -- dated values ---------------------------------------------------------------
    "core.dated.before_first": {
        "es": "no hay valor vigente el {when}; el primero rige desde el {first}",
        "en": "no value in force on {when}; the first takes effect on {first}",
    },
    "core.dated.not_increasing": {
        "es": "las fechas deben ir en orden creciente: {effective} no es posterior a {previous}",
        "en": "dates must increase: {effective} is not after {previous}",
    },
    "core.dated.review_before_effective": {
        "es": "la fecha de revisión {review_by} debe ser posterior a la de vigencia {effective}",
        "en": "the review date {review_by} must be after the effective date {effective}",
    },
    "core.dated.stale": {
        "es": "el valor vigente el {when} (desde {effective}) debía revisarse antes del {review_by}",
        "en": "the value in force on {when} (since {effective}) was due for review by {review_by}",
    },
    # -- labels (see _vocabulary.py) -------------------------------------------------
    "core.enum.Delivery.presencial": {"es": "presencial", "en": "in person"},
    "core.enum.Delivery.en-linea": {"es": "en línea", "en": "online"},
    "core.enum.Delivery.mixta": {"es": "mixta", "en": "blended"},
    # -- reading files and cells, in several rooms ------------------------------------
    "core.load.missing_key": {
        "es": "falta la clave obligatoria {key!r}",
        "en": "required key {key!r} is missing",
    },
    "core.load.wrong_type": {
        "es": "se esperaba {expected}; se encontró {found}",
        "en": "expected {expected}, found {found}",
    },
    "core.load.invalid_date": {
        "es": "fecha inválida {value!r}: se espera una fecha real como AAAA-MM-DD",
        "en": "invalid date {value!r}: expected a real date as YYYY-MM-DD",
    },
    "core.load.not_utf8": {
        "es": "el archivo no está en UTF-8 (byte {byte} inválido)",
        "en": "the file is not UTF-8 (invalid byte {byte})",
    },
    "core.load.empty": {
        "es": "el documento está vacío",
        "en": "the document is empty",
    },
    "core.load.not_found": {
        "es": "no se encontró el archivo",
        "en": "file not found",
    },
    "core.load.unreadable": {
        "es": "no se pudo leer el archivo: {reason}",
        "en": "could not read the file: {reason}",
    },
    # -- type names used in load.wrong_type -----------------------------------------
    "core.type.int": {"es": "un número entero", "en": "an integer"},
    "core.type.float": {"es": "un número", "en": "a number"},
    "core.type.str": {"es": "un texto", "en": "a text"},
    "core.type.date": {"es": "una fecha AAAA-MM-DD", "en": "a date YYYY-MM-DD"},
    "core.type.list": {"es": "una lista", "en": "a list"},
    "core.xlsx_extra": {
        "es": "leer libros .xlsx requiere el extra xlsx: {command}",
        "en": "reading .xlsx workbooks needs the xlsx extra: {command}",
    },
    "core.extra_missing": {
        "es": "esto requiere {module!r}, del extra {extra}: {command}",
        "en": "this needs {module!r}, from the {extra} extra: {command}",
    },
    "core.no_graduation_rules": {
        "es": "la metodología no define reglas de graduación",
        "en": "the methodology defines no graduation rules",
    },
    "core.no_mentoring_policy": {
        "es": "la metodología no define una política de mentoría",
        "en": "the methodology defines no mentoring policy",
    },
    "core.kind.indicator": {"es": "indicador", "en": "indicator"},
    # -- notebook views ----------------------------------------------------------------
    "core.view.rows": {
        "plural": "count",
        "es": {"one": "{name}: {count} fila", "other": "{name}: {count} filas"},
        "en": {"one": "{name}: {count} row", "other": "{name}: {count} rows"},
    },
    "core.view.more": {
        "plural": "count",
        "es": {
            "one": "... {count} más (de {total}); todas en rows() o to_polars()",
            "other": "... {count} más (de {total}); todas en rows() o to_polars()",
        },
        "en": {
            "one": "... {count} more (of {total}); all in rows() or to_polars()",
            "other": "... {count} more (of {total}); all in rows() or to_polars()",
        },
    },
}

register(__name__, MESSAGES)
