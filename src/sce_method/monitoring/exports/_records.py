"""
Records, not files: what an API gives, read like an export.

ODK Central's OData (``pyodk``'s ``get_table()``) and KoboToolbox's API v2 ``results`` are lists of records.

A record is a mapping. Central nests a group's answers (``{"g1": {"q": 3}}``) and keeps its metadata under
``__system`` (``submissionDate``, ``reviewState``, ...) with the instance id in ``__id``; KoboToolbox writes
flat ``g1/q`` keys and ``_uuid``, ``_submission_time``. Each record is flattened into one row whose headers
are the ones the file exports use (``g1/q``, ``KEY``, ``SubmissionDate``), and read by the same code as a
file: the same typing, matching and validation. A problem's place is ``records:N``, N counting records
from 1. A repeat's rows inside a record (a list) are not read yet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from sce_method._core import LoadError, Problem, message
from sce_method.monitoring.exports._read import reading
from sce_method.monitoring.exports._response import ExportReading
from sce_method.monitoring.instruments import Instrument

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
MAX_RECORDS: Final = 1_048_575
"""The most records read at once: as many as an export's rows."""


def _flatten(record: Mapping[str, object], prefix: str, out: dict[str, object]) -> None:
    for key, value in record.items():
        if key == "__system" and isinstance(value, Mapping) and not prefix:
            out |= {CENTRAL_SYSTEM.get(str(k), str(k)): v for k, v in value.items()}
        elif key == "__id" and not prefix:
            out["KEY"] = value
        elif "@odata" in key:
            continue  # a link to a repeat's rows, or OData's own annotations
        elif isinstance(value, Mapping):
            _flatten(value, f"{prefix}{key}/", out)
        else:
            out[f"{prefix}{key}"] = value


def read_records(
    records: Sequence[object],
    instrument: Instrument,
    *,
    source: str = "records",
    participant_question: str | None = None,
) -> ExportReading:
    """
    Read the records an API gave for *instrument*, like `read_export` reads a file.

    *records* is Central's OData ``value`` list (what ``pyodk``'s ``client.submissions.get_table()["value"]``
    holds) or KoboToolbox's ``results``; *source* names them in problems.

    >>> import sce_method
    >>> salida = sce_method.load().instrument("salida")
    >>> got = read_records([{"__id": "uuid:1", "situacion": {"actividad": "trabajo"}}], salida)
    >>> [p.message.key for p in got.row_problems][:1]
    ['instruments.response.not_a_choice']

    Raises:
        LoadError: there are no records, more than `MAX_RECORDS`, or one is not a mapping; or they match none
            of the instrument's questions.
    """
    if len(records) > MAX_RECORDS:
        raise LoadError([Problem(message=message("exports.too_many_rows", limit=MAX_RECORDS), file=source)])
    flat: list[dict[str, object]] = []
    for number, record in enumerate(records, start=1):
        if not isinstance(record, Mapping):  # JSON from an API: anything may come
            said = message("exports.not_a_record", found=type(record).__name__)
            raise LoadError([Problem(message=said, file=source, line=number)])
        row: dict[str, object] = {}
        _flatten(record, "", row)
        flat.append({k: v for k, v in row.items() if not isinstance(v, list | tuple)})
    headers = list(dict.fromkeys(k for row in flat for k in row))
    rows: list[list[object]] = [list(headers), *([row.get(h) for h in headers] for row in flat)] if flat else []
    lines = list(range(len(rows)))
    return reading(instrument, source, (rows, lines, None), ({}, []), participant_question)
