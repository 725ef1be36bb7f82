"""
The cohort folder as a Frictionless Data Package, generated from the lists' specs (`sce_method.participants.LISTS`).

One tabular resource per list, whose Table Schema says what the reader
checks of each column: its type, whether it is required, its fixed choices,
the slug pattern of the methodology's ids, the unique key (``primaryKey``)
and the lists it refers to (``foreignKeys``). Personal columns are marked
``"sce:personal": true``.

A Data Package has no optional resources: every resource's file must be
there. A folder may leave out the lists that are not required
(``"sce:required": false``); a state system validates such a folder against
the package with the absent optional resources removed (see
docs/reference/format.md). Columns are matched by name, and optional columns
may be left out (``fieldsMatch: superset``, Data Package v2).
"""

from __future__ import annotations

from typing import Any, Final

from sce_method.participants import LISTS, CellSchema, ListSpec

JSON = dict[str, object]
"""A JSON object."""

PROFILE: Final = "https://datapackage.org/profiles/2.0/datapackage.json"

_DESCRIPTION: Final = (
    "The lists a centre keeps about one cohort, one CSV file each (UTF-8, comma-separated, ISO dates), as "
    "sce_method reads them. Generated from sce_method's list specifications (`sce-method schema datapackage`); do "
    "not edit. A list marked `sce:required: false` may be absent: validate a folder against this package without "
    "the resources whose files it does not have. Columns are matched by name; optional columns may be absent. "
    "Cells naming the methodology's ids (`sce:vocabulary`) must also be ids of the methodology in use, and a row's "
    "cohort must be listed in cohorts.csv when there is one: sce_method's reader (`sce-method check`) checks those "
    "and remains the authority."
)


def _constraints(schema: CellSchema, *, required: bool) -> JSON:
    found: JSON = {"required": True} if required else {}
    if schema.choices:
        found["enum"] = list(schema.choices)
    if schema.pattern is not None:
        found["pattern"] = schema.pattern
    if schema.minimum is not None:
        found["minimum"] = schema.minimum
    if schema.maximum is not None:
        found["maximum"] = schema.maximum
    return found


def _field(name: str, schema: CellSchema, *, required: bool, personal: bool) -> JSON:
    field: JSON = {"name": name, "type": schema.type}
    constraints = _constraints(schema, required=required)
    if constraints:
        field["constraints"] = constraints
    if schema.vocabulary is not None:
        field["sce:vocabulary"] = schema.vocabulary
    if personal:
        field["sce:personal"] = True
    return field


def _key(name: str) -> list[str]:
    """The unique key of the list *name*, which a reference names."""
    target = next(spec for spec in LISTS if spec.name == name)
    assert target.unique is not None  # noqa: S101 -- a Reference's target has a one-column key (checked there)
    return list(target.unique.columns)


def _resource(spec: ListSpec[Any]) -> JSON:
    table: JSON = {
        "fields": [_field(c.name, c.cell.schema, required=c.required, personal=c.personal) for c in spec.columns],
        "fieldsMatch": "superset",
        "missingValues": [""],
    }
    if spec.unique is not None:
        table["primaryKey"] = list(spec.unique.columns)
    foreign = [
        {"fields": [c.name], "reference": {"resource": target, "fields": _key(target)}}
        for c in spec.columns
        if (target := c.cell.schema.references) is not None
    ]
    if foreign:
        table["foreignKeys"] = foreign
    return {
        "name": spec.name,
        "path": f"{spec.name}.csv",
        "type": "table",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"delimiter": ",", "header": True},
        "sce:required": spec.required,
        "schema": table,
    }


def data_package() -> JSON:
    """
    The cohort folder's Frictionless Data Package descriptor (``datapackage.json``).

    >>> package = data_package()
    >>> [r["path"] for r in package["resources"]][:3]
    ['participants.csv', 'cohorts.csv', 'attendance.csv']
    """
    return {
        "$schema": PROFILE,
        "name": "sce-method-cohort",
        "title": "sce_method cohort folder",
        "description": _DESCRIPTION,
        "resources": [_resource(spec) for spec in LISTS],
    }
