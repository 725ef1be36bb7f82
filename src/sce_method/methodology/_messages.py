"""Messages of the methodology (prefix ``methodology.``): what ``sce-method show`` shows, and its checks."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    "methodology.view.caption": {
        "es": "{title} ({id}, versión {version}, rige desde {valid_from})",
        "en": "{title} ({id}, version {version}, in force from {valid_from})",
    },
    "methodology.view.centres": {"es": "centros", "en": "centres"},
    "methodology.view.instruments": {"es": "instrumentos", "en": "instruments"},
    "methodology.view.results": {"es": "indicadores del marco de resultados", "en": "results framework indicators"},
    "methodology.view.rule_sets": {"es": "conjuntos de reglas de graduación", "en": "graduation rule sets"},
    "methodology.view.indicators": {"es": "indicadores de resultado", "en": "outcome indicators"},
    "methodology.view.col.part": {"es": "parte", "en": "part"},
    "methodology.view.col.count": {"es": "cuántos", "en": "how many"},
    "methodology.view.col.ids": {"es": "ids", "en": "ids"},
    "methodology.kind.staff_training": {"es": "capacitación", "en": "staff training"},
    "methodology.kind.document": {"es": "documento", "en": "document"},
    "methodology.provenance.unknown_document": {
        "es": "la fuente cita un documento desconocido {id!r}; documentos: {known}",
        "en": "the source cites an unknown document {id!r}; documents: {known}",
    },
    "methodology.not_in_force": {
        "es": "la metodología {id!r} rige desde el {valid_from}; no hay versión vigente el {when}",
        "en": "methodology {id!r} is in force from {valid_from}; there is no version in force on {when}",
    },
    # -- show -----------------------------------------------------------------------
    "methodology.show.modules": {"es": "Módulos", "en": "Modules"},
    "methodology.show.courses": {"es": "Cursos", "en": "Courses"},
    "methodology.show.complete_offer": {"es": "Oferta formativa completa", "en": "Complete formative offer"},
    "methodology.show.pathways": {"es": "Trayectos", "en": "Pathways"},
    "methodology.show.staff_trainings": {"es": "Capacitación del personal", "en": "Staff training"},
    "methodology.show.centres": {"es": "Centros", "en": "Centres"},
    "methodology.show.documents": {"es": "Documentos citados", "en": "Documents cited"},
    "methodology.show.provenance": {"es": "Procedencia de cada valor", "en": "Provenance of every value"},
    "methodology.show.assumptions": {
        "es": "Supuestos que la institución debe fijar",
        "en": "Assumptions the institution should set",
    },
    "methodology.show.instruments": {"es": "Instrumentos de monitoreo", "en": "Monitoring instruments"},
    "methodology.show.indicators": {"es": "Indicadores de resultado", "en": "Outcome indicators"},
    "methodology.show.results": {"es": "Marco de resultados", "en": "Results framework"},
    "methodology.show.mentoring": {"es": "Mentoría", "en": "Mentoring"},
    "methodology.show.col.questions": {"es": "preguntas", "en": "questions"},
    "methodology.show.col.instruments": {"es": "instrumentos", "en": "instruments"},
    "methodology.show.col.reported": {"es": "informe", "en": "reported"},
    "methodology.show.results_summary": {
        "es": "{outcomes} resultados y {indicators} indicadores (el Anexo A); véase sce-method results",
        "en": "{outcomes} outcomes and {indicators} indicators (Annex A); see sce-method results",
    },
    "methodology.show.mentoring_summary": {
        "es": "Coordina: {coordination}. Hasta {max_mentees} mentees por mentora; {sessions} sesiones por mentee.",
        "en": "Coordinated by: {coordination}. Up to {max_mentees} mentees per mentor; {sessions} sessions per mentee.",
    },
    "methodology.show.no_assumptions": {"es": "(ninguno)", "en": "(none)"},
    "methodology.show.valid_from": {"es": "Vigente desde", "en": "In force from"},
    "methodology.show.version": {"es": "Versión", "en": "Version"},
    "methodology.show.total_hours": {"es": "Total", "en": "Total"},
    "methodology.show.col.id": {"es": "id", "en": "id"},
    "methodology.show.col.title": {"es": "título", "en": "title"},
    "methodology.show.col.area": {"es": "área", "en": "area"},
    "methodology.show.col.hours": {"es": "horas", "en": "hours"},
    "methodology.show.col.sessions": {"es": "sesiones", "en": "sessions"},
    "methodology.show.col.delivery": {"es": "modalidad", "en": "delivery"},
    "methodology.show.col.course": {"es": "curso EdApp", "en": "EdApp course"},
    "methodology.show.col.kind": {"es": "tipo", "en": "kind"},
    "methodology.show.col.module": {"es": "módulo", "en": "module"},
    "methodology.show.col.platform": {"es": "plataforma", "en": "platform"},
    "methodology.show.col.audience": {"es": "quién la toma", "en": "who takes it"},
    "methodology.show.col.name": {"es": "nombre", "en": "name"},
    "methodology.show.col.modules": {"es": "módulos", "en": "modules"},
    "methodology.show.col.path": {"es": "ruta", "en": "path"},
    "methodology.show.col.value": {"es": "valor", "en": "value"},
    "methodology.show.col.provenance": {"es": "procedencia", "en": "provenance"},
    "methodology.show.yes": {"es": "sí", "en": "yes"},
    "methodology.show.no": {"es": "no", "en": "no"},
    "methodology.show.graduation": {"es": "Graduación", "en": "Graduation"},
    "methodology.show.rule_set": {
        "es": "Desde {effective}: {title} ({id}; {provenance})",
        "en": "From {effective}: {title} ({id}; {provenance})",
    },
    "methodology.show.exception": {
        "es": "excepción {id} ({label}): reemplaza {overrides} con",
        "en": "exception {id} ({label}): replaces {overrides} with",
    },
    "methodology.adapt.bad_path": {
        "es": "ruta mal escrita {path!r} (columna {column}): se espera campo.campo[clave].campo",
        "en": "malformed path {path!r} (column {column}): expected field.field[key].field",
    },
    "methodology.adapt.unknown_path": {
        "es": "la ruta {path} no existe; válidas aquí: {known}",
        "en": "path {path} does not exist; valid here: {known}",
    },
    "methodology.adapt.unknown_path_close": {
        "es": "la ruta {path} no existe; ¿quiso decir {suggestion}?",
        "en": "path {path} does not exist; did you mean {suggestion}?",
    },
    "methodology.adapt.wildcard": {
        "es": "{path}: [*] solo vale en un bloqueo, no en un cambio",
        "en": "{path}: [*] is only valid in a lock, not in a change",
    },
    "methodology.adapt.not_a_list": {
        "es": "{path} no es una lista: no se le pueden agregar ni nombrar elementos",
        "en": "{path} is not a list: items cannot be added to it or named in it",
    },
    "methodology.adapt.provenance_path": {
        "es": "{path}: la procedencia no se cambia con una ruta; la da la procedencia del propio cambio",
        "en": "{path}: provenance is not changed through a path; the change's own provenance gives it",
    },
    "methodology.adapt.no_value": {
        "es": "{path} no tiene valor en la metodología base; fíjelo entero primero",
        "en": "{path} has no value in the parent methodology; set it whole first",
    },
    "methodology.adapt.value_with_remove": {
        "es": "un cambio remove no lleva value",
        "en": "a remove change takes no value",
    },
    "methodology.adapt.value_missing": {
        "es": "un cambio {op} necesita value",
        "en": "a {op} change needs a value",
    },
    "methodology.adapt.effective_not_allowed": {
        "es": "effective solo vale con set o add",
        "en": "effective is only valid with set or add",
    },
    "methodology.adapt.before_not_allowed": {
        "es": "before solo vale con add",
        "en": "before is only valid with add",
    },
    "methodology.adapt.key_changed": {
        "es": "el nuevo elemento debe conservar la clave {key!r}; tiene {found!r}",
        "en": "the new item must keep the key {key!r}; it has {found!r}",
    },
    "methodology.adapt.needs_key": {
        "es": "{op} necesita una ruta que nombre un elemento por su clave ([clave]); se encontró {path}",
        "en": "{op} needs a path that names an item by its key ([key]); found {path}",
    },
    "methodology.adapt.effective_needed": {
        "es": "{path} es un historial con fechas: agregar una entrada necesita effective (AAAA-MM-DD)",
        "en": "{path} is a dated history: adding an entry needs effective (YYYY-MM-DD)",
    },
    "methodology.adapt.effective_not_dated": {
        "es": "{path} no pasa por un historial con fechas: effective no vale aquí",
        "en": "{path} does not go through a dated history: effective is not valid here",
    },
    "methodology.adapt.item_without_key": {
        "es": "el elemento agregado a {path} necesita su {field}",
        "en": "the item added to {path} needs its {field}",
    },
    "methodology.adapt.exists": {
        "es": "{path} ya existe; use replace para cambiarlo",
        "en": "{path} already exists; use replace to change it",
    },
    "methodology.adapt.unknown_before": {
        "es": "{path} no tiene un elemento {key!r} delante del cual agregar",
        "en": "{path} has no item {key!r} to add before",
    },
    "methodology.adapt.locked": {
        "es": "{path} está bloqueada por {layer} ({lock}): {reason}",
        "en": "{path} is locked by {layer} ({lock}): {reason}",
    },
    "methodology.adapt.locked_history": {
        "es": (
            "{path}: la entrada del {entry} está bloqueada por {layer}; una entrada posterior debe derivarse de "
            "ella (set con effective)"
        ),
        "en": (
            "{path}: the entry of {entry} is locked by {layer}; a later entry must be derived from it "
            "(set with effective)"
        ),
    },
    "methodology.show.not_set": {
        "es": "sin fijar",
        "en": "not set",
    },
    "methodology.programme.currency": {
        "es": "moneda inválida {value!r}: se espera un código ISO 4217 de tres letras (MXN, USD)",
        "en": "invalid currency {value!r}: expected a three-letter ISO 4217 code (MXN, USD)",
    },
    "methodology.programme.ends_before": {
        "es": "termina el {ends_on}, antes de empezar el {starts_on}",
        "en": "ends on {ends_on}, before it starts on {starts_on}",
    },
    "methodology.programme.day_or_month": {
        "es": "dé el día (on) o el mes (month), uno de los dos",
        "en": "give the day (on) or the month (month), one of the two",
    },
    "methodology.programme.month": {
        "es": "mes inválido {value!r}: se espera AAAA-MM",
        "en": "invalid month {value!r}: expected YYYY-MM",
    },
    "methodology.kind.organisation": {
        "es": "organización",
        "en": "organisation",
    },
    "methodology.kind.product": {
        "es": "producto",
        "en": "product",
    },
    "methodology.kind.event": {
        "es": "evento",
        "en": "event",
    },
    "methodology.show.set_by": {
        "es": "capa {layer}",
        "en": "layer {layer}",
    },
    "methodology.show.col.layer": {
        "es": "capa",
        "en": "layer",
    },
    "methodology.diff.added": {
        "es": "agregado",
        "en": "added",
    },
    "methodology.diff.removed": {
        "es": "quitado",
        "en": "removed",
    },
    "methodology.diff.changed": {
        "es": "cambiado",
        "en": "changed",
    },
    "methodology.diff.provenance": {
        "es": "otra procedencia",
        "en": "other provenance",
    },
    "methodology.diff.none": {
        "es": "sin diferencias",
        "en": "no differences",
    },
    "methodology.diff.before": {
        "es": "antes: {provenance}",
        "en": "before: {provenance}",
    },
    "methodology.diff.after": {
        "es": "ahora: {provenance} (capa {layer})",
        "en": "now: {provenance} (layer {layer})",
    },
    "methodology.diff.summary": {
        "plural": "count",
        "es": {"one": "{count} diferencia", "other": "{count} diferencias"},
        "en": {"one": "{count} difference", "other": "{count} differences"},
    },
    "methodology.diff.col.path": {
        "es": "ruta",
        "en": "path",
    },
    "methodology.diff.col.kind": {
        "es": "cambio",
        "en": "change",
    },
    "methodology.diff.col.old": {
        "es": "antes",
        "en": "before",
    },
    "methodology.diff.col.new": {
        "es": "ahora",
        "en": "now",
    },
    "methodology.diff.col.old_provenance": {
        "es": "procedencia antes",
        "en": "provenance before",
    },
    "methodology.diff.col.new_provenance": {
        "es": "procedencia ahora",
        "en": "provenance now",
    },
    "methodology.diff.col.layer": {
        "es": "capa",
        "en": "layer",
    },
}

register(__name__, MESSAGES)
