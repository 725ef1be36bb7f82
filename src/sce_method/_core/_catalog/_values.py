"""Messages about values, ids, references, provenance and dates."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, dict[str, str]]] = {
    # -- values ---------------------------------------------------------------------
    "value.negative": {
        "es": "debe ser >= 0; se encontró {value}",
        "en": "must be >= 0, got {value}",
    },
    "value.not_positive": {
        "es": "debe ser > 0; se encontró {value}",
        "en": "must be > 0, got {value}",
    },
    "value.not_finite": {
        "es": "debe ser un número finito; se encontró {value}",
        "en": "must be a finite number, got {value}",
    },
    "value.empty": {
        "es": "no puede estar vacío",
        "en": "must not be empty",
    },
    "value.blank": {
        "es": "no puede estar en blanco",
        "en": "must not be blank",
    },
    "value.exceeds": {
        "es": "{what} ({value}) no puede ser mayor que {limit_what} ({limit})",
        "en": "{what} ({value}) cannot exceed {limit_what} ({limit})",
    },
    # -- ids and references ---------------------------------------------------------
    "id.invalid": {
        "es": "id inválido {value!r}: se esperan minúsculas ASCII, dígitos y guiones (p. ej. educacion-financiera)",
        "en": "invalid id {value!r}: expected lower-case ASCII letters, digits and hyphens (e.g. educacion-financiera)",
    },
    "id.duplicate": {
        "es": "id repetido {id!r} (ya usado en la posición {first})",
        "en": "duplicate id {id!r} (already used at position {first})",
    },
    "id.unknown": {
        "es": "no existe {kind} con id {id!r}; existen: {known}",
        "en": "there is no {kind} with id {id!r}; known: {known}",
    },
    "ref.unknown": {
        "es": "referencia a {kind} inexistente {id!r}; existen: {known}",
        "en": "reference to unknown {kind} {id!r}; known: {known}",
    },
    # -- kinds of thing, used inside other messages ---------------------------------
    "kind.module": {"es": "módulo", "en": "module"},
    "kind.course": {"es": "curso", "en": "course"},
    "kind.pathway": {"es": "trayecto", "en": "pathway"},
    "kind.centre": {"es": "centro", "en": "centre"},
    "kind.staff_training": {"es": "capacitación", "en": "staff training"},
    "kind.document": {"es": "documento", "en": "document"},
    # -- provenance -----------------------------------------------------------------
    "provenance.exactly_one": {
        "es": "la procedencia debe ser una fuente (source) o un supuesto (assumption), exactamente uno",
        "en": "provenance must be either a source or an assumption, exactly one",
    },
    "provenance.source": {
        "es": "fuente: {cite}",
        "en": "source: {cite}",
    },
    "provenance.assumption": {
        "es": "supuesto: {reason} (la institución debe fijar este valor)",
        "en": "assumption: {reason} (the institution should set this value)",
    },
    "provenance.unknown_field": {
        "es": "field_provenance nombra un campo que no existe: {field!r}; campos: {known}",
        "en": "field_provenance names no field of this record: {field!r}; fields: {known}",
    },
    "provenance.missing": {
        "es": "el valor {field!r} necesita su propia procedencia en field_provenance (fuente o supuesto)",
        "en": "the value {field!r} needs its own provenance in field_provenance (source or assumption)",
    },
    "provenance.unknown_document": {
        "es": "la fuente cita un documento desconocido {id!r}; documentos: {known}",
        "en": "the source cites an unknown document {id!r}; documents: {known}",
    },
    # -- dated values ---------------------------------------------------------------
    "dated.before_first": {
        "es": "no hay valor vigente el {when}; el primero rige desde el {first}",
        "en": "no value in force on {when}; the first takes effect on {first}",
    },
    "dated.not_increasing": {
        "es": "las fechas deben ir en orden creciente: {effective} no es posterior a {previous}",
        "en": "dates must increase: {effective} is not after {previous}",
    },
    "dated.review_before_effective": {
        "es": "la fecha de revisión {review_by} debe ser posterior a la de vigencia {effective}",
        "en": "the review date {review_by} must be after the effective date {effective}",
    },
    "dated.stale": {
        "es": "el valor vigente el {when} (desde {effective}) debía revisarse antes del {review_by}",
        "en": "the value in force on {when} (since {effective}) was due for review by {review_by}",
    },
    "methodology.not_in_force": {
        "es": "la metodología {id!r} rige desde el {valid_from}; no hay versión vigente el {when}",
        "en": "methodology {id!r} is in force from {valid_from}; there is no version in force on {when}",
    },
}
