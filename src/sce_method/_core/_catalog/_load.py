"""Messages of the file loaders, and the names of the types they expect."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, dict[str, str]]] = {
    # -- loading files --------------------------------------------------------------
    "load.unknown_key": {
        "es": "clave desconocida {key!r}; ¿quiso decir {suggestion!r}?",
        "en": "unknown key {key!r}; did you mean {suggestion!r}?",
    },
    "load.unknown_key_plain": {
        "es": "clave desconocida {key!r}; claves válidas: {known}",
        "en": "unknown key {key!r}; valid keys: {known}",
    },
    "load.unknown_kind": {
        "es": "tipo desconocido {kind!r}; ¿quiso decir {suggestion!r}?",
        "en": "unknown kind {kind!r}; did you mean {suggestion!r}?",
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
    # -- type names used in load.wrong_type -----------------------------------------
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
}
