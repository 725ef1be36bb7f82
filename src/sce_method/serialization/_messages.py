"""Messages of the loader (prefix ``serialization.``): YAML files, their keys and the types expected."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    # -- loading files --------------------------------------------------------------
    "serialization.unknown_key": {
        "es": "clave desconocida {key!r}; ¿quiso decir {suggestion!r}?",
        "en": "unknown key {key!r}; did you mean {suggestion!r}?",
    },
    "serialization.unknown_key_plain": {
        "es": "clave desconocida {key!r}; claves válidas: {known}",
        "en": "unknown key {key!r}; valid keys: {known}",
    },
    "serialization.unknown_kind": {
        "es": "tipo desconocido {kind!r}; ¿quiso decir {suggestion!r}?",
        "en": "unknown kind {kind!r}; did you mean {suggestion!r}?",
    },
    "serialization.invalid_choice": {
        "es": "valor no válido {value!r}; se espera uno de: {choices}",
        "en": "invalid value {value!r}; expected one of: {choices}",
    },
    "serialization.yaml_syntax": {
        "es": "YAML mal formado: {problem}",
        "en": "malformed YAML: {problem}",
    },
    "serialization.duplicate_key": {
        "es": "clave repetida {key!r} (ya definida en la línea {first_line})",
        "en": "duplicate key {key!r} (already defined on line {first_line})",
    },
    "serialization.too_large": {
        "es": "el archivo pesa {size} bytes; el límite es {limit}",
        "en": "the file is {size} bytes; the limit is {limit}",
    },
    "serialization.too_deep": {
        "es": "anidamiento de más de {limit} niveles; se rechaza",
        "en": "nesting deeper than {limit} levels; refused",
    },
    "serialization.too_many_aliases": {
        "es": "los alias de YAML expanden a más de {limit} nodos; se rechaza (posible bomba de alias)",
        "en": "YAML aliases expand to more than {limit} nodes; refused (possible alias bomb)",
    },
    "serialization.multiple_documents": {
        "es": "se esperaba un solo documento YAML; hay más de uno",
        "en": "expected one YAML document; found more than one",
    },
    "serialization.unsupported_yaml": {
        "es": "construcción YAML no admitida: {what}",
        "en": "unsupported YAML construct: {what}",
    },
    "serialization.unknown_methodology": {
        "es": "no hay metodología incluida con id {id!r} ni archivo con ese nombre; incluidas: {known}",
        "en": "no bundled methodology with id {id!r} and no file by that name; bundled: {known}",
    },
    "serialization.invalid_value": {
        "es": "valor inválido: {reason}",
        "en": "invalid value: {reason}",
    },
    "serialization.type.bool": {"es": "true o false", "en": "true or false"},
    "serialization.type.mapping": {"es": "un mapa (clave: valor)", "en": "a mapping (key: value)"},
    "serialization.type.text": {
        "es": "un texto o un mapa con es y en",
        "en": "a text or a mapping with es and en",
    },
    "serialization.type.null": {"es": "nada (null)", "en": "nothing (null)"},
    "serialization.adapt.cycle": {
        "es": "based_on forma un ciclo: {chain}",
        "en": "based_on forms a cycle: {chain}",
    },
    "serialization.adapt.duplicate_layer": {
        "es": "dos capas de la cadena se llaman {id!r}",
        "en": "two layers of the chain are called {id!r}",
    },
    "serialization.adapt.unknown_parent": {
        "es": "no hay metodología incluida {id!r}; existen: {known} (o dé path: a un archivo)",
        "en": "there is no bundled methodology {id!r}; known: {known} (or give path: to a file)",
    },
    "serialization.adapt.parent_id": {
        "es": "el archivo {path} es la metodología {found!r}, no {id!r}",
        "en": "file {path} holds methodology {found!r}, not {id!r}",
    },
    "serialization.adapt.parent_version": {
        "es": "se adaptó la versión {wanted!r} de {id}, pero la disponible es {found!r}",
        "en": "version {wanted!r} of {id} was adapted, but {found!r} is available",
    },
    "serialization.adapt.removed_still_used": {
        "es": "se quitó {key!r}, pero {path} aún lo nombra",
        "en": "{key!r} was removed, but {path} still names it",
    },
}

register(__name__, MESSAGES)
