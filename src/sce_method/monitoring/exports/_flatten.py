"""
A record (or a repeat row) an API gives, flattened into the headers of a file export.

Central nests a group's answers (``{"g1": {"q": 3}}``) and keeps its metadata under ``__system`` with the
instance id in ``__id``; KoboToolbox writes flat ``g1/q`` keys. Either way the values come out under ``g1/q``
keys, Central's metadata under the headers of its CSV export, and the lists (a repeat's rows) apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from sce_method._core import LoadError, Problem, message

MAX_DEPTH: Final = 32
"""The most levels of objects and lists a record nests (groups, repeats, their rows) before it is refused."""
CENTRAL_SYSTEM: Final = {
    "submissionDate": "SubmissionDate",
    "submitterId": "SubmitterID",
    "submitterName": "SubmitterName",
    "reviewState": "ReviewState",
    "deviceId": "DeviceID",
    "formVersion": "FormVersion",
    "edits": "Edits",
    "status": "Status",
    "attachmentsPresent": "AttachmentsPresent",
    "attachmentsExpected": "AttachmentsExpected",
}
"""Central's ``__system`` keys, as its CSV export heads them."""

Lists = dict[str, Sequence[object]]
"""Lists found in a record, by their flattened key."""


def flatten(record: Mapping[str, object], out: dict[str, object], lists: Lists, *, where: tuple[str, int]) -> None:
    """
    *record*'s values into *out* under ``g1/g2/q`` keys, its lists into *lists* (the same keys).

    Central's ``__system`` is read into the headers of its CSV export, ``__id`` into ``KEY``; OData's annotations
    (``...@odata.navigationLink``) are left out. *where* (source, record) places the refusal of a record nested
    deeper than `MAX_DEPTH`.
    """
    flatten_at(record, "", out, lists, where=where, depth=0)


def flatten_at(  # noqa: PLR0913 -- the record, where its keys go, and where it is
    record: Mapping[str, object],
    prefix: str,
    out: dict[str, object],
    lists: Lists,
    *,
    where: tuple[str, int],
    depth: int,
) -> None:
    """`flatten` at *depth*, its keys under *prefix* (``g1/``)."""
    if depth > MAX_DEPTH:
        raise LoadError([Problem(message=message("exports.too_deep", limit=MAX_DEPTH), file=where[0], line=where[1])])
    for name, value in record.items():
        key = str(name)  # JSON's keys are text; a program's may not be
        if key == "__system" and isinstance(value, Mapping) and not prefix:
            out |= {CENTRAL_SYSTEM.get(str(k), str(k)): v for k, v in value.items()}
        elif key == "__id" and not prefix:
            out["KEY"] = value
        elif "@odata" in key:
            continue  # a link to a repeat's rows, or OData's own annotations
        elif isinstance(value, Mapping):
            flatten_at(value, f"{prefix}{key}/", out, lists, where=where, depth=depth + 1)
        elif isinstance(value, list | tuple):
            lists[f"{prefix}{key}"] = value
        else:
            out[f"{prefix}{key}"] = value
