"""A new adaptation file to edit: the header filled in, no changes yet, and an example of each kind of change."""

from __future__ import annotations

from typing import Final

from sce_method._core import InvariantError, Lang, Problem, is_slug, message
from sce_method.methodology import Methodology
from sce_method.serialization._api import dumps

_INTRO: Final = {
    "es": """\
# Adaptación de {parent} ({title}).
#
# Cada cambio lleva su procedencia: una fuente (un documento de su institución y el lugar en él, que agrega
# en documents) o un supuesto (por qué se eligió, y que la institución debe fijarlo). Las rutas nombran los
# elementos de una lista por su clave, nunca por su posición. Lo que no cambie viene de {parent}.
#
#   sce-method validate {path}
#   sce-method diff {parent} {path}
#   sce-method show {path} --provenance
""",
    "en": """\
# An adaptation of {parent} ({title}).
#
# Every change carries its provenance: a source (a document of your institution and the place in it, added
# under documents) or an assumption (why it was chosen, and that the institution should set it). Paths name
# a list's items by their key, never by position. Whatever you do not change comes from {parent}.
#
#   sce-method validate {path}
#   sce-method diff {parent} {path}
#   sce-method show {path} --provenance
""",
}

_EXAMPLES: Final = {
    "es": """\
# Ejemplos: copie uno bajo changes: y quite los # para usarlo.
#
#  - op: set                # un valor
#    path: curriculum.modules[{module}].hours
#    value: 10
#    provenance: {{assumption: {{reason: {{es: Por qué 10 h., en: Why 10 h.}}}}}}
#  - op: set                # un umbral desde una fecha; las fechas anteriores conservan la regla
#    path: {rule}.share
#    effective: "2026-01-01"
#    value: 0.75
#    provenance: {{assumption: {{reason: {{es: Por qué 75 %., en: Why 75 %.}}}}}}
#  - op: add                # un elemento nuevo de una lista (before: para ponerlo delante de otro)
#    path: centres
#    value: {{id: mi-centro, name: {{es: Mi centro}}, kind: cdm,
#            field_provenance: {{serves_survivors: {{assumption: {{reason: {{es: Sin dato., en: No data.}}}}}}}}}}
#    provenance: {{assumption: {{reason: {{es: Por qué este centro., en: Why this centre.}}}}}}
#  - op: replace            # un elemento entero por otro con la misma clave
#  - op: remove             # quitar un elemento: path termina en [clave]
""",
    "en": """\
# Examples: copy one under changes: and remove the # to use it.
#
#  - op: set                # a value
#    path: curriculum.modules[{module}].hours
#    value: 10
#    provenance: {{assumption: {{reason: {{es: Por qué 10 h., en: Why 10 h.}}}}}}
#  - op: set                # a threshold from a date on; earlier dates keep the rule
#    path: {rule}.share
#    effective: "2026-01-01"
#    value: 0.75
#    provenance: {{assumption: {{reason: {{es: Por qué 75 %., en: Why 75 %.}}}}}}
#  - op: add                # a new item of a list (before: to put it in front of another)
#    path: centres
#    value: {{id: my-centre, name: {{es: Mi centro}}, kind: cdm,
#            field_provenance: {{serves_survivors: {{assumption: {{reason: {{es: Sin dato., en: No data.}}}}}}}}}}
#    provenance: {{assumption: {{reason: {{es: Why this centre., en: Why this centre.}}}}}}
#  - op: replace            # a whole item for another with the same key
#  - op: remove             # remove an item: the path ends in [key]
""",
}

_WHY: Final = {
    "es": "Escriba aquí de dónde sale esta adaptación (un acuerdo, un acta) o por qué se hace.",
    "en": "Write here where this adaptation comes from (an agreement, minutes) or why it is made.",
}


def _rule_path(parent: Methodology) -> str:
    """A criterion with a threshold in the parent's latest rule set, for the example."""
    if parent.graduation is None:
        return "graduation.rule_sets.entries[AAAA-MM-DD].value.rule.criteria[ID]"
    entry = parent.graduation.rule_sets.entries[-1]
    rule = entry.value.rule
    criteria = getattr(rule, "criteria", ())
    first = next((c.id for c in criteria if hasattr(c, "share")), criteria[0].id if criteria else rule.id)
    return f"graduation.rule_sets.entries[{entry.effective.isoformat()}].value.rule.criteria[{first}]"


def adaptation_template(parent: Methodology, ident: str, *, lang: Lang, path: str, parent_path: str | None) -> str:
    """
    The text of a new adaptation *ident* of *parent*, for the file *path*.

    *parent_path* is the parent's file relative to *path*, or None for a bundled methodology.

    Raises:
        InvariantError: *ident* is not a valid id.
    """
    if not is_slug(ident):
        raise InvariantError([Problem(path=("id",), message=message("core.id.invalid", value=ident))])
    based_on: dict[str, str] = {"id": parent.id, "version": parent.version}
    if parent_path is not None:
        based_on["path"] = parent_path
    header = {
        "id": ident,
        "version": "1",
        "title": {"es": f"{parent.title.es} ({ident})", "en": f"{parent.title.show('en')} ({ident})"},
        "based_on": based_on,
        "provenance": {"assumption": {"reason": dict(_WHY)}},
        "documents": [],
        "changes": [],
        "locked": [],
    }
    module = parent.curriculum.modules[0].id if parent.curriculum.modules else "ID"
    intro = _INTRO[lang].format(parent=parent.id, title=parent.title.show(lang), path=path)
    examples = _EXAMPLES[lang].format(module=module, rule=_rule_path(parent))
    return intro + dumps(header) + examples
