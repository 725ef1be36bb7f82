"""
The schema files that ship in `sce_method.schemas`: their names, and their text, generated afresh.

A test compares each shipped file with `schema_text`, so they cannot drift
from the classes; ``sce-method schema KIND -o FILE`` writes one again.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

from sce_method.serialization._datapackage import data_package
from sce_method.serialization._schema import json_schema

SchemaFile = Literal["methodology", "adaptation", "cases", "datapackage"]
"""What `schema_text` can write: the JSON Schema of a YAML file, or the cohort folder's data package."""

SCHEMAS_PACKAGE: Final = "sce_method.schemas"
"""The package the schema files ship in (read them with ``importlib.resources``)."""

SCHEMA_FILES: Final[dict[SchemaFile, str]] = {
    "methodology": "methodology.schema.json",
    "adaptation": "adaptation.schema.json",
    "cases": "cases.schema.json",
    "datapackage": "datapackage.json",
}
"""Each kind's file in `SCHEMAS_PACKAGE`."""


def schema_text(kind: SchemaFile) -> str:
    """
    The JSON text of the schema *kind*, as shipped: keys sorted, two-space indents, UTF-8 text, a final newline.

    >>> import json
    >>> json.loads(schema_text("cases"))["$id"]
    'https://example.invalid/sce-method/schemas/cases.schema.json'

    Raises:
        ValueError: *kind* is not one of `SCHEMA_FILES`.
    """
    import json  # noqa: PLC0415 -- only when a schema is written (keeps the import of every room quick)

    if kind not in SCHEMA_FILES:
        msg = f"no schema {kind!r}; there are: {', '.join(get_args(SchemaFile))}"
        raise ValueError(msg)
    data = data_package() if kind == "datapackage" else json_schema(kind)
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
