"""
UN Women's Second Chance Education (SCE) methodology, as typed data.

The methodology that UN Women transferred to Jalisco's SISEMH in 2024 (its
curriculum, centres, staff trainings and graduation rules, each value with its
source) loaded from YAML into immutable objects that state programmes,
notebooks and tools can share.

>>> import sce_method
>>> sce_method.available()
('cjm-2024', 'crea-2024', 'jalisco-sisemh-2024', 'sce-base')
>>> m = sce_method.load()
>>> m.curriculum.module("educacion-financiera").title.es
'Educación financiera'

The names below are imported on first use, so that ``import sce_method`` stays
cheap: a script that only needs the exceptions does not load the whole house.
The vocabulary to write or adapt a methodology in Python (`Text`,
`Provenance`, `Source`, `Assumption`, `Document`, `Dated`, `DatedValue`,
`as_date`, and `RULE_VALUE`, the mark of a field that needs its own
provenance) is here too, and so is what results and errors say: a `Message`
of the catalog (`message` builds one), shown in a `Lang`, Spanish by default,
with `label` for the members of the enums and `TableFormat` for the tables
that ``describe`` lays out. Notebooks show objects compactly (a caption,
counts, the first rows), in Spanish unless `set_display_lang` says otherwise.

>>> sce_method.message("core.id.unknown", kind=sce_method.message("core.kind.module"), id="x", known="a").render("en")
"there is no module with id 'x'; known: a"
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from sce_method._core import (
        RULE_VALUE,
        SLUG,
        Assumption,
        Dated,
        DatedValue,
        Document,
        Lang,
        Message,
        Provenance,
        Source,
        TableFormat,
        Text,
        as_date,
        display_lang,
        label,
        message,
        set_display_lang,
    )
    from sce_method.methodology import Methodology, diff
    from sce_method.serialization import available, load

_LAZY: Final = {
    "load": "sce_method.serialization",
    "available": "sce_method.serialization",
    "Methodology": "sce_method.methodology",
    "RULE_VALUE": "sce_method._core",
    "SLUG": "sce_method._core",
    "diff": "sce_method.methodology",
    "Assumption": "sce_method._core",
    "Dated": "sce_method._core",
    "DatedValue": "sce_method._core",
    "Document": "sce_method._core",
    "Lang": "sce_method._core",
    "Message": "sce_method._core",
    "Provenance": "sce_method._core",
    "Source": "sce_method._core",
    "TableFormat": "sce_method._core",
    "Text": "sce_method._core",
    "as_date": "sce_method._core",
    "display_lang": "sce_method._core",
    "set_display_lang": "sce_method._core",
    "label": "sce_method._core",
    "message": "sce_method._core",
}

__all__ = [
    "RULE_VALUE",
    "SLUG",
    "Assumption",
    "Dated",
    "DatedValue",
    "Document",
    "Lang",
    "Message",
    "Methodology",
    "Provenance",
    "Source",
    "TableFormat",
    "Text",
    "__version__",
    "as_date",
    "available",
    "diff",
    "display_lang",
    "label",
    "load",
    "message",
    "set_display_lang",
]


def __getattr__(name: str) -> object:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 -- only when asked

        try:
            found = version("sce-method")
        except PackageNotFoundError:  # pragma: no cover -- only when run from an uninstalled tree
            found = "0.0.0+unknown"
        globals()["__version__"] = found
        return found
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    msg = f"module 'sce_method' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
