"""
Reading and writing models: the one place that imports cattrs or yaml.

- `load`, `load_file`, `loads`: YAML -> models, strictly: unknown keys (with
  the closest valid key suggested), missing keys, wrong types, bad dates and
  broken invariants are all reported at once, each with its ``$.path``, line
  and column.
- `dump`, `dumps`: models -> YAML, such that ``loads(dumps(x), type(x)) == x``.
- `structure`, `unstructure`: plain data <-> models with the same converter.
  `dumps` and `unstructure` leave personal data out unless asked for by name
  (``include_personal=True``).
- `json_schema`: the JSON Schema of a methodology, adaptation or test-case
  file, generated from the classes; `data_package`: the cohort folder as a
  Frictionless Data Package; `schema_text`: either as the JSON text shipped
  in `sce_method.schemas` (`SCHEMA_FILES`).

>>> from sce_method.serialization import loads
>>> from sce_method.curriculum import Delivery
>>> loads("presencial", Delivery).name
'IN_PERSON'
"""

from typing import TYPE_CHECKING

from sce_method._core import lazy_dir, lazy_names
from sce_method.serialization import _messages  # noqa: F401 -- registers this room's messages first

if TYPE_CHECKING:
    from sce_method.serialization._api import (
        DEFAULT,
        available,
        bundled_cases,
        dump,
        dumps,
        load,
        load_cases,
        load_file,
        loads,
    )
    from sce_method.serialization._builder import MAX_DEPTH, MAX_NODES
    from sce_method.serialization._datapackage import data_package
    from sce_method.serialization._schema import SchemaKind, json_schema
    from sce_method.serialization._shipped import SCHEMA_FILES, SCHEMAS_PACKAGE, SchemaFile, schema_text
    from sce_method.serialization._structure import structure, unstructure
    from sce_method.serialization._template import adaptation_template
    from sce_method.serialization._yaml import MAX_BYTES


__all__ = [
    "DEFAULT",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_NODES",
    "SCHEMAS_PACKAGE",
    "SCHEMA_FILES",
    "SchemaFile",
    "SchemaKind",
    "adaptation_template",
    "available",
    "bundled_cases",
    "data_package",
    "dump",
    "dumps",
    "json_schema",
    "load",
    "load_cases",
    "load_file",
    "loads",
    "schema_text",
    "structure",
    "unstructure",
]

__getattr__ = lazy_names(
    __name__,
    {
        "DEFAULT": "sce_method.serialization._api",
        "available": "sce_method.serialization._api",
        "bundled_cases": "sce_method.serialization._api",
        "dump": "sce_method.serialization._api",
        "dumps": "sce_method.serialization._api",
        "load": "sce_method.serialization._api",
        "load_cases": "sce_method.serialization._api",
        "load_file": "sce_method.serialization._api",
        "loads": "sce_method.serialization._api",
        "MAX_DEPTH": "sce_method.serialization._builder",
        "MAX_NODES": "sce_method.serialization._builder",
        "data_package": "sce_method.serialization._datapackage",
        "SchemaKind": "sce_method.serialization._schema",
        "json_schema": "sce_method.serialization._schema",
        "SCHEMA_FILES": "sce_method.serialization._shipped",
        "SCHEMAS_PACKAGE": "sce_method.serialization._shipped",
        "SchemaFile": "sce_method.serialization._shipped",
        "schema_text": "sce_method.serialization._shipped",
        "structure": "sce_method.serialization._structure",
        "unstructure": "sce_method.serialization._structure",
        "adaptation_template": "sce_method.serialization._template",
        "MAX_BYTES": "sce_method.serialization._yaml",
    },
)
"""The public names, each imported from its module on first use (the room imports quickly; see docs/performance.md)."""

__dir__ = lazy_dir(globals(), __all__)
