"""
Records, not files: what an API gives, read like an export.

ODK Central's OData (``pyodk``'s ``get_table()``) and KoboToolbox's API v2 ``results`` are lists of records.

A record is a mapping. Central nests a group's answers (``{"g1": {"q": 3}}``) and keeps its metadata under
``__system`` (``submissionDate``, ``reviewState``, ...) with the instance id in ``__id``; KoboToolbox writes
flat ``g1/q`` keys and ``_uuid``, ``_submission_time``. Each record is flattened into one row whose headers
are the ones the file exports use (``g1/q``, ``KEY``, ``SubmissionDate``), and read by the same code as a
file: the same typing, matching and validation. A problem's place is ``records:N``, N counting records
from 1.

A repeat's rows inside a record (a list: Kobo's, or Central's with ``$expand=*``), or in Central's separate
repeat tables (*repeats*), are read like a file's repeat sheet (see `_inline`): typed, kept in the record's
answers under the repeat's name (a tuple of row mappings), and validated row by row. A row's problem is placed
at its record, ``records:N``, its path naming the repeat and the row from 0 (``$.grupo.hogar.1.nombre``), as
`Instrument.validate` gives it; a file's is placed on the repeat sheet's line with the same path.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from sce_method._core import LoadError, Problem, message
from sce_method.monitoring.exports import _cells as cells
from sce_method.monitoring.exports._flatten import Lists, flatten
from sce_method.monitoring.exports._inline import Inline
from sce_method.monitoring.exports._read import reading
from sce_method.monitoring.exports._repeats import RepeatRow
from sce_method.monitoring.exports._response import ExportReading, Response
from sce_method.monitoring.instruments import Instrument

MAX_RECORDS: Final = 1_048_575
"""The most records read at once: as many as an export's rows."""


def read_records(
    records: Sequence[object],
    instrument: Instrument,
    *,
    source: str = "records",
    participant_question: str | None = None,
    repeats: Mapping[str, Sequence[object]] | None = None,
) -> ExportReading:
    """
    Read the records an API gave for *instrument*, like `read_export` reads a file.

    *records* is Central's OData ``value`` list (what ``pyodk``'s ``client.submissions.get_table()["value"]``
    holds, with ``expand="*"`` for the repeats' rows inside) or KoboToolbox's ``results``; *source* names them
    in problems. *repeats* are Central's separate repeat tables, by repeat name: each the ``value`` list of
    ``get_table(table_name="Submissions.grupo.hogar")``, its rows joined by ``__Submissions-id``.

    >>> import sce_method
    >>> salida = sce_method.load().instrument("salida")
    >>> got = read_records([{"__id": "uuid:1", "situacion": {"actividad": "trabajo"}}], salida)
    >>> [p.message.key for p in got.row_problems][:1]
    ['instruments.response.not_a_choice']

    Raises:
        LoadError: there are no records, more than `MAX_RECORDS`, or one is not a mapping; they match none
            of the instrument's questions; they hold more than `MAX_REPEAT_ROWS` repeat rows or nest deeper
            than `MAX_DEPTH`; or *repeats* names no repeat of the instrument, or one whose rows are also inside
            the records.
    """
    if len(records) > MAX_RECORDS:
        raise LoadError([Problem(message=message("exports.too_many_rows", limit=MAX_RECORDS), file=source)])
    flat: list[dict[str, object]] = []
    inline = Inline(instrument, source)
    for number, record in enumerate(records, start=1):
        if not isinstance(record, Mapping):  # JSON from an API: anything may come
            said = message("exports.not_a_record", found=type(record).__name__)
            raise LoadError([Problem(message=said, file=source, line=number)])
        row: dict[str, object] = {}
        lists: Lists = {}
        flatten(record, row, lists, where=(source, number))
        inline.record(number, lists)
        flat.append(row)
    if repeats:
        ids: dict[str, int] = {}
        for number, row in enumerate(flat, start=1):
            key = cells.text(row.get("KEY"))
            if key is not None:
                ids.setdefault(key, number)
        inline.tables(repeats, ids)
    inline.typed()
    found: dict[str, dict[str, list[RepeatRow]]] = {}
    for number, by_name in inline.by_record.items():
        flat[number - 1]["_index"] = str(number)  # the join of `reading`, as a Kobo export's _index
        for name, kept in by_name.items():
            if isinstance(kept, list):
                found.setdefault(name, {})[str(number)] = [RepeatRow(file=source, line=number, answers=a) for a in kept]
    headers = list(dict.fromkeys(k for row in flat for k in row))
    rows: list[list[object]] = [list(headers), *([row.get(h) for h in headers] for row in flat)] if flat else []
    lines = list(range(len(rows)))
    read = reading(instrument, source, (rows, lines, None), (found, inline.table_problems), participant_question)
    done = {name for name, kept in inline.rows.items() if kept} | inline.inline | set(repeats or {})
    unread = message("exports.repeat_not_in_records")  # not "in another sheet or file": records have none
    notes = [
        attrs.evolve(w, message=unread) if w.message.key == "exports.repeat_not_read" else w
        for w in read.warnings
        if not (w.message.key == "exports.repeat_not_read" and w.path[0] in done)
    ]
    return attrs.evolve(
        read,
        responses=tuple(_with_repeats(r, inline) for r in read.responses),
        warnings=(*notes, *inline.warnings),
    )


def _with_repeats(response: Response, inline: Inline) -> Response:
    """*response* with its record's repeat rows in its answers, and their unreadable cells in its problems."""
    rows = inline.by_record.get(response.line, {})
    said = inline.problems.get(response.line, [])
    if not rows and not said:
        return response
    unreadable = {p.path for p in said}
    problems = [
        p
        for p in response.problems
        if not (p.message.key == "instruments.response.required" and p.path in unreadable)  # said once, not twice
    ]
    answers = {**response.answers, **{name: tuple(kept) for name, kept in rows.items() if isinstance(kept, list)}}
    return attrs.evolve(response, answers=answers, problems=(*problems, *said))
