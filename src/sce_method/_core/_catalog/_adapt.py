"""Messages of adaptations: paths, changes, locks and the chain of layers."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, dict[str, str]]] = {
    # -- paths -------------------------------------------------------------------------
    "adapt.bad_path": {
        "es": "ruta mal escrita {path!r} (columna {column}): se espera campo.campo[clave].campo",
        "en": "malformed path {path!r} (column {column}): expected field.field[key].field",
    },
    "adapt.unknown_path": {
        "es": "la ruta {path} no existe; válidas aquí: {known}",
        "en": "path {path} does not exist; valid here: {known}",
    },
    "adapt.unknown_path_close": {
        "es": "la ruta {path} no existe; ¿quiso decir {suggestion}?",
        "en": "path {path} does not exist; did you mean {suggestion}?",
    },
    "adapt.wildcard": {
        "es": "{path}: [*] solo vale en un bloqueo, no en un cambio",
        "en": "{path}: [*] is only valid in a lock, not in a change",
    },
    "adapt.not_a_list": {
        "es": "{path} no es una lista: no se le pueden agregar ni nombrar elementos",
        "en": "{path} is not a list: items cannot be added to it or named in it",
    },
    "adapt.provenance_path": {
        "es": "{path}: la procedencia no se cambia con una ruta; la da la procedencia del propio cambio",
        "en": "{path}: provenance is not changed through a path; the change's own provenance gives it",
    },
    "adapt.no_value": {
        "es": "{path} no tiene valor en la metodología base; fíjelo entero primero",
        "en": "{path} has no value in the parent methodology; set it whole first",
    },
    # -- changes -----------------------------------------------------------------------
    "adapt.value_with_remove": {
        "es": "un cambio remove no lleva value",
        "en": "a remove change takes no value",
    },
    "adapt.value_missing": {
        "es": "un cambio {op} necesita value",
        "en": "a {op} change needs a value",
    },
    "adapt.effective_not_allowed": {
        "es": "effective solo vale con set o add",
        "en": "effective is only valid with set or add",
    },
    "adapt.before_not_allowed": {
        "es": "before solo vale con add",
        "en": "before is only valid with add",
    },
    "adapt.key_changed": {
        "es": "el nuevo elemento debe conservar la clave {key!r}; tiene {found!r}",
        "en": "the new item must keep the key {key!r}; it has {found!r}",
    },
    "adapt.needs_key": {
        "es": "{op} necesita una ruta que nombre un elemento por su clave ([clave]); se encontró {path}",
        "en": "{op} needs a path that names an item by its key ([key]); found {path}",
    },
    "adapt.effective_needed": {
        "es": "{path} es un historial con fechas: agregar una entrada necesita effective (AAAA-MM-DD)",
        "en": "{path} is a dated history: adding an entry needs effective (YYYY-MM-DD)",
    },
    "adapt.effective_not_dated": {
        "es": "{path} no pasa por un historial con fechas: effective no vale aquí",
        "en": "{path} does not go through a dated history: effective is not valid here",
    },
    "adapt.item_without_key": {
        "es": "el elemento agregado a {path} necesita su {field}",
        "en": "the item added to {path} needs its {field}",
    },
    "adapt.exists": {
        "es": "{path} ya existe; use replace para cambiarlo",
        "en": "{path} already exists; use replace to change it",
    },
    "adapt.unknown_before": {
        "es": "{path} no tiene un elemento {key!r} delante del cual agregar",
        "en": "{path} has no item {key!r} to add before",
    },
    # -- locks -------------------------------------------------------------------------
    "adapt.locked": {
        "es": "{path} está bloqueada por {layer} ({lock}): {reason}",
        "en": "{path} is locked by {layer} ({lock}): {reason}",
    },
    "adapt.locked_history": {
        "es": (
            "{path}: la entrada del {entry} está bloqueada por {layer}; una entrada posterior debe derivarse de "
            "ella (set con effective)"
        ),
        "en": (
            "{path}: the entry of {entry} is locked by {layer}; a later entry must be derived from it "
            "(set with effective)"
        ),
    },
    # -- the chain of layers -----------------------------------------------------------
    "adapt.cycle": {
        "es": "based_on forma un ciclo: {chain}",
        "en": "based_on forms a cycle: {chain}",
    },
    "adapt.duplicate_layer": {
        "es": "dos capas de la cadena se llaman {id!r}",
        "en": "two layers of the chain are called {id!r}",
    },
    "adapt.unknown_parent": {
        "es": "no hay metodología incluida {id!r}; existen: {known} (o dé path: a un archivo)",
        "en": "there is no bundled methodology {id!r}; known: {known} (or give path: to a file)",
    },
    "adapt.parent_id": {
        "es": "el archivo {path} es la metodología {found!r}, no {id!r}",
        "en": "file {path} holds methodology {found!r}, not {id!r}",
    },
    "adapt.parent_version": {
        "es": "se adaptó la versión {wanted!r} de {id}, pero la disponible es {found!r}",
        "en": "version {wanted!r} of {id} was adapted, but {found!r} is available",
    },
    "mentoring.no_capacity": {
        "es": "la política de mentoría no fija cuántas mentees acompaña una mentora (max_mentees); fíjelo para asignar",
        "en": "the mentoring policy does not set how many mentees a mentor takes (max_mentees); set it to assign",
    },
    "xlsform.no_questions": {
        "es": "el instrumento {id!r} no tiene preguntas (una capa base solo lo declara); agréguelas para exportarlo",
        "en": "instrument {id!r} has no questions (a base layer only declares it); add them to export it",
    },
    "show.not_set": {
        "es": "sin fijar",
        "en": "not set",
    },
    "graduation.no_modules": {
        "es": "la metodología {id!r} no tiene módulos: es una base para adaptar, no para evaluar participantes",
        "en": "methodology {id!r} has no modules: it is a base to adapt, not one to check participants against",
    },
    "programme.currency": {
        "es": "moneda inválida {value!r}: se espera un código ISO 4217 de tres letras (MXN, USD)",
        "en": "invalid currency {value!r}: expected a three-letter ISO 4217 code (MXN, USD)",
    },
    "programme.ends_before": {
        "es": "termina el {ends_on}, antes de empezar el {starts_on}",
        "en": "ends on {ends_on}, before it starts on {starts_on}",
    },
    "programme.day_or_month": {
        "es": "dé el día (on) o el mes (month), uno de los dos",
        "en": "give the day (on) or the month (month), one of the two",
    },
    "programme.month": {
        "es": "mes inválido {value!r}: se espera AAAA-MM",
        "en": "invalid month {value!r}: expected YYYY-MM",
    },
    "kind.organisation": {"es": "organización", "en": "organisation"},
    "kind.product": {"es": "producto", "en": "product"},
    "kind.event": {"es": "evento", "en": "event"},
    "show.set_by": {"es": "capa {layer}", "en": "layer {layer}"},
    "show.col.layer": {"es": "capa", "en": "layer"},
    "diff.added": {"es": "agregado", "en": "added"},
    "diff.removed": {"es": "quitado", "en": "removed"},
    "diff.changed": {"es": "cambiado", "en": "changed"},
    "diff.provenance": {"es": "otra procedencia", "en": "other provenance"},
    "diff.none": {"es": "sin diferencias", "en": "no differences"},
    "diff.before": {"es": "antes: {provenance}", "en": "before: {provenance}"},
    "diff.after": {"es": "ahora: {provenance} (capa {layer})", "en": "now: {provenance} (layer {layer})"},
    "diff.summary": {"es": "{count} diferencia(s)", "en": "{count} difference(s)"},
    "diff.col.path": {"es": "ruta", "en": "path"},
    "diff.col.kind": {"es": "cambio", "en": "change"},
    "diff.col.old": {"es": "antes", "en": "before"},
    "diff.col.new": {"es": "ahora", "en": "now"},
    "diff.col.old_provenance": {"es": "procedencia antes", "en": "provenance before"},
    "diff.col.new_provenance": {"es": "procedencia ahora", "en": "provenance now"},
    "diff.col.layer": {"es": "capa", "en": "layer"},
    "cli.lineage": {"es": "{path}: válido ({lineage})", "en": "{path}: valid ({lineage})"},
    "cli.adapt_written": {
        "es": "escrito: {path} (adaptación de {parent}); edítelo y valídelo con: sce-method validate {path}",
        "en": "written: {path} (an adaptation of {parent}); edit it and check it with: sce-method validate {path}",
    },
    "cli.exists": {
        "es": "{path} ya existe; use --force para reemplazarlo",
        "en": "{path} already exists; use --force to replace it",
    },
    "adapt.removed_still_used": {
        "es": "se quitó {key!r}, pero {path} aún lo nombra",
        "en": "{key!r} was removed, but {path} still names it",
    },
}
