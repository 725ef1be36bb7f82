"""
The message catalog: every text the library shows to people, in es and en.

Keys are grouped by prefix. A test checks that every key has both languages
with the same placeholders.
"""

from __future__ import annotations

from typing import Final

CATALOG: Final[dict[str, dict[str, str]]] = {
    # -- values ---------------------------------------------------------------
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
    # -- ids and references ---------------------------------------------------
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
        "es": "referencia a {kind} desconocido {id!r}; existen: {known}",
        "en": "reference to unknown {kind} {id!r}; known: {known}",
    },
    # -- kinds of thing, used inside other messages -------------------------------
    "kind.module": {"es": "módulo", "en": "module"},
    "kind.course": {"es": "curso", "en": "course"},
    "kind.pathway": {"es": "trayecto", "en": "pathway"},
    "kind.centre": {"es": "centro", "en": "centre"},
    "kind.staff_training": {"es": "capacitación", "en": "staff training"},
    "kind.document": {"es": "documento", "en": "document"},
    # -- curriculum ---------------------------------------------------------------
    "course.module_required": {
        "es": "un curso complementario debe nombrar su módulo (module)",
        "en": "a complementary course must name its module",
    },
    "course.module_forbidden": {
        "es": "un curso fundacional no pertenece a un módulo; quite module",
        "en": "a foundational course belongs to no module; remove module",
    },
    "module.course_not_complementary": {
        "es": "el curso {course!r} no es complementario del módulo {module!r}",
        "en": "course {course!r} is not the complementary course of module {module!r}",
    },
    "enum.Delivery.presencial": {"es": "presencial", "en": "in person"},
    "enum.Delivery.en-linea": {"es": "en línea", "en": "online"},
    "enum.Delivery.mixta": {"es": "mixta", "en": "blended"},
    "enum.CourseKind.complementario": {"es": "complementario", "en": "complementary"},
    "enum.CourseKind.fundacional": {"es": "fundacional", "en": "foundational"},
    "enum.PathwayKind.comun": {"es": "común", "en": "common"},
    "enum.PathwayKind.empleo": {"es": "empleo", "en": "employment"},
    "enum.PathwayKind.emprendimiento": {"es": "emprendimiento", "en": "entrepreneurship"},
    "enum.PathwayKind.educacion-formal": {"es": "educación formal", "en": "formal education"},
    "enum.CentreKind.crea": {"es": "CREA", "en": "CREA"},
    "enum.CentreKind.cjm": {"es": "Centro de Justicia para las Mujeres", "en": "Women's Justice Centre"},
    "enum.CentreKind.cdm": {"es": "Centro para el Desarrollo de las Mujeres", "en": "Women's Development Centre"},
    "enum.Audience.personas-facilitadoras": {"es": "personas facilitadoras", "en": "facilitators"},
    "enum.Audience.funcionariado": {"es": "funcionariado", "en": "public officials"},
    "enum.Audience.personal-del-centro": {"es": "personal del centro", "en": "centre staff"},
    # -- provenance -----------------------------------------------------------
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
    # -- dated values ---------------------------------------------------------
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
    # -- loading files --------------------------------------------------------
    "load.unknown_key": {
        "es": "clave desconocida {key!r}; ¿quiso decir {suggestion!r}?",
        "en": "unknown key {key!r}; did you mean {suggestion!r}?",
    },
    "load.unknown_key_plain": {
        "es": "clave desconocida {key!r}; claves válidas: {known}",
        "en": "unknown key {key!r}; valid keys: {known}",
    },
    "load.missing_key": {
        "es": "falta la clave obligatoria {key!r}",
        "en": "required key {key!r} is missing",
    },
    "load.wrong_type": {
        "es": "se esperaba {expected}; se encontró {found}",
        "en": "expected {expected}, found {found}",
    },
    "load.invalid_choice": {
        "es": "valor no válido {value!r}; se espera uno de: {choices}",
        "en": "invalid value {value!r}; expected one of: {choices}",
    },
    "load.invalid_date": {
        "es": "fecha inválida {value!r}: se espera una fecha real como AAAA-MM-DD",
        "en": "invalid date {value!r}: expected a real date as YYYY-MM-DD",
    },
    "load.yaml_syntax": {
        "es": "YAML mal formado: {problem}",
        "en": "malformed YAML: {problem}",
    },
    "load.duplicate_key": {
        "es": "clave repetida {key!r} (ya definida en la línea {first_line})",
        "en": "duplicate key {key!r} (already defined on line {first_line})",
    },
    "load.too_large": {
        "es": "el archivo pesa {size} bytes; el límite es {limit}",
        "en": "the file is {size} bytes; the limit is {limit}",
    },
    "load.too_deep": {
        "es": "anidamiento de más de {limit} niveles; se rechaza",
        "en": "nesting deeper than {limit} levels; refused",
    },
    "load.too_many_aliases": {
        "es": "los alias de YAML expanden a más de {limit} nodos; se rechaza (posible bomba de alias)",
        "en": "YAML aliases expand to more than {limit} nodes; refused (possible alias bomb)",
    },
    "load.not_utf8": {
        "es": "el archivo no está en UTF-8 (byte {byte} inválido)",
        "en": "the file is not UTF-8 (invalid byte {byte})",
    },
    "load.empty": {
        "es": "el documento está vacío",
        "en": "the document is empty",
    },
    "load.multiple_documents": {
        "es": "se esperaba un solo documento YAML; hay más de uno",
        "en": "expected one YAML document; found more than one",
    },
    "load.unsupported_yaml": {
        "es": "construcción YAML no admitida: {what}",
        "en": "unsupported YAML construct: {what}",
    },
    "load.not_found": {
        "es": "no se encontró el archivo",
        "en": "file not found",
    },
    "load.unreadable": {
        "es": "no se pudo leer el archivo: {reason}",
        "en": "could not read the file: {reason}",
    },
    "load.unknown_methodology": {
        "es": "no hay metodología incluida con id {id!r} ni archivo con ese nombre; incluidas: {known}",
        "en": "no bundled methodology with id {id!r} and no file by that name; bundled: {known}",
    },
    "load.invalid_value": {
        "es": "valor inválido: {reason}",
        "en": "invalid value: {reason}",
    },
    # -- type names used in load.wrong_type -------------------------------------
    "type.int": {"es": "un número entero", "en": "an integer"},
    "type.float": {"es": "un número", "en": "a number"},
    "type.str": {"es": "un texto", "en": "a text"},
    "type.bool": {"es": "true o false", "en": "true or false"},
    "type.date": {"es": "una fecha AAAA-MM-DD", "en": "a date YYYY-MM-DD"},
    "type.list": {"es": "una lista", "en": "a list"},
    "type.mapping": {"es": "un mapa (clave: valor)", "en": "a mapping (key: value)"},
    "type.text": {
        "es": "un texto o un mapa con es y en",
        "en": "a text or a mapping with es and en",
    },
    "type.null": {"es": "nada (null)", "en": "nothing (null)"},
    # -- show -------------------------------------------------------------------
    "show.modules": {"es": "Módulos", "en": "Modules"},
    "show.courses": {"es": "Cursos", "en": "Courses"},
    "show.complete_offer": {"es": "Oferta formativa completa", "en": "Complete formative offer"},
    "show.pathways": {"es": "Trayectos", "en": "Pathways"},
    "show.staff_trainings": {"es": "Capacitación del personal", "en": "Staff training"},
    "show.centres": {"es": "Centros", "en": "Centres"},
    "show.documents": {"es": "Documentos citados", "en": "Documents cited"},
    "show.provenance": {"es": "Procedencia de cada valor", "en": "Provenance of every value"},
    "show.assumptions": {
        "es": "Supuestos que la institución debe fijar",
        "en": "Assumptions the institution should set",
    },
    "show.no_assumptions": {"es": "(ninguno)", "en": "(none)"},
    "show.valid_from": {"es": "Vigente desde", "en": "In force from"},
    "show.version": {"es": "Versión", "en": "Version"},
    "show.total_hours": {"es": "Total", "en": "Total"},
    "show.col.id": {"es": "id", "en": "id"},
    "show.col.title": {"es": "título", "en": "title"},
    "show.col.area": {"es": "área", "en": "area"},
    "show.col.hours": {"es": "horas", "en": "hours"},
    "show.col.sessions": {"es": "sesiones", "en": "sessions"},
    "show.col.delivery": {"es": "modalidad", "en": "delivery"},
    "show.col.course": {"es": "curso EdApp", "en": "EdApp course"},
    "show.col.kind": {"es": "tipo", "en": "kind"},
    "show.col.module": {"es": "módulo", "en": "module"},
    "show.col.platform": {"es": "plataforma", "en": "platform"},
    "show.col.audience": {"es": "quién la toma", "en": "who takes it"},
    "show.col.name": {"es": "nombre", "en": "name"},
    "show.col.modules": {"es": "módulos", "en": "modules"},
    "show.col.path": {"es": "ruta", "en": "path"},
    "show.col.value": {"es": "valor", "en": "value"},
    "show.col.provenance": {"es": "procedencia", "en": "provenance"},
    "show.yes": {"es": "sí", "en": "yes"},
    "show.no": {"es": "no", "en": "no"},
    # -- command line -----------------------------------------------------------
    "cli.valid": {"es": "{path}: válido", "en": "{path}: valid"},
    "cli.invalid_count": {
        "es": "{path}: {count} problema(s)",
        "en": "{path}: {count} problem(s)",
    },
    "cli.internal": {
        "es": "error interno: {kind}; vuelva a ejecutar con --debug para ver el detalle",
        "en": "internal error: {kind}; run again with --debug for details",
    },
    "cli.write_failed": {
        "es": "no se pudo escribir {path!r}: {reason}",
        "en": "could not write {path!r}: {reason}",
    },
}
