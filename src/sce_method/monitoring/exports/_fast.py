"""
The rows of a CSV export that are certainly clean, found column-wise with polars; every other row is read one by one.

`clean_rows` types the answer columns as columns, with exactly the rules of `_cells` (a cell typing cannot prove it
types the same way is left to the row reader), compiles the instrument's relevances, constraints, required answers,
choices and calculations with `to_polars`, and checks the metadata and the participant id. A row whose every check
holds gets its `Response` built here, with no problem, as `RowReader.response` would build it; any other row is
None, and read by `RowReader`. An instrument outside the compiled subset (a repeat, a select_multiple, a
choice_filter, labels in the export, an expression `to_polars` does not compile, ...) gives None: the whole file is
read row by row. So the responses, their answers and problems are the same whichever path reads a row.

polars (the ``tables`` extra) is imported only here; without it every row is read by `RowReader`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, cast

from sce_method.monitoring.exports import _cells as cells
from sce_method.monitoring.exports._response import Response, Submission
from sce_method.monitoring.exports._row import METADATA, TOKEN, RowReader
from sce_method.monitoring.exports._typing import Columns, plan

if TYPE_CHECKING:
    import polars as pl

_TOKEN: Final = f"^(?:{TOKEN.pattern})$"


def clean_rows(
    reader: RowReader, body: Sequence[list[object]], lines: Sequence[int], participant_question: str | None
) -> list[Response | None] | None:
    """
    Each row of *body* (a CSV's, every cell text) as its `Response` when it is certainly clean, else None.

    None for the whole file when polars is missing or the instrument is outside the compiled subset.
    """
    try:
        import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used
    except ImportError:  # pragma: no cover -- the test environment has the extra
        return None
    width = len(reader.headers)
    if not body or any(not isinstance(c, str) for c in body[0]):
        return None
    whole = [len(row) == width for row in body]
    rows: Sequence[list[object]] = body
    if not all(whole):
        rows = [row if ok else [""] * width for row, ok in zip(body, whole, strict=True)]
    meta = [reader.first[h] for h in METADATA if h in reader.first]
    wanted = sorted({*(reader.columns.columns[q.name] for q in reader.read), *meta})
    if not wanted:
        return None
    frame = pl.DataFrame({f"c{i}": pl.Series([row[i] for row in rows], dtype=pl.String) for i in wanted})
    columns = plan(reader, participant_question, dt.date.today())  # noqa: DTZ011 -- today(), local as ODK's
    if columns is None:
        return None
    loaded = [pl.col(f"c{i}") != "" for i in wanted]
    metadata = _metadata(reader, frame)
    clean = pl.all_horizontal([pl.Series(whole), pl.any_horizontal(loaded), *columns.checks, *metadata])
    picked = frame.lazy().select(clean.fill_null(value=False).alias("clean"), *columns.values).collect()
    return _responses(reader, cast("Sequence[list[str]]", rows), lines, picked, columns)  # a CSV's cells: text


def _metadata(reader: RowReader, frame: pl.DataFrame) -> list[pl.Expr]:
    """That each metadata cell is blank or a token, as `RowReader.metadata` reads it."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    checks = []
    for header in METADATA:
        index = reader.first.get(header)
        if index is None:
            continue
        cell = pl.col(f"c{index}")
        if header == "_validation_status":
            statuses = frame.get_column(f"c{index}").unique().to_list()  # a few: each read as `kobo_status` reads it
            checks.append(cell.is_in([v for v in statuses if _status_ok(v)]))
        else:
            checks.append((cell == "") | cell.str.contains(_TOKEN))
    return checks


def _status_ok(raw: str) -> bool:
    """Whether a Kobo validation status cell is blank or reads as a token (see `kobo_status`)."""
    status = cells.kobo_status(raw)
    return raw == "" or (status is not None and TOKEN.fullmatch(status) is not None)


def _responses(
    reader: RowReader, rows: Sequence[list[str]], lines: Sequence[int], picked: pl.DataFrame, columns: Columns
) -> list[Response | None]:
    """The clean rows' responses, built as `RowReader.response` builds them (no problem), None for the others."""
    flags = picked.get_column("clean").to_list()
    values = [picked.get_column(f"q:{name}").to_list() for name in columns.names]
    found: dict[str, list[str | None]] = {}
    for header in METADATA:  # a clean row's metadata cells are blank or tokens: as they are, or None
        index = reader.first.get(header)
        raw: list[str | None] = [None] * len(rows) if index is None else [row[index] or None for row in rows]
        if header == "_validation_status":
            statuses = {v: cells.kobo_status(v) for v in set(raw)}
            raw = [statuses[v] for v in raw]
        found[header] = raw
    stamps: list[str | None] = [None] * len(rows)
    for name in ("SubmissionDate", "_submission_time"):  # the first not blank, as `RowReader.response` reads it
        index = reader.meta.get(name)
        if index is not None:
            stamps = [row[index] or stamp for row, stamp in zip(rows, stamps, strict=True)]
    instances = _first(found["_uuid"], found["KEY"], found["meta-instanceID"])
    reviews = _first(found["_validation_status"], found["ReviewState"])
    versions = _first(found["FormVersion"], found["__version__"])
    unknown = [(reader.headers[i], i) for i in reader.unknown]
    names = columns.names
    people = values[names.index(columns.participant)] if columns.participant is not None else [None] * len(rows)
    return [
        Response(
            line=line,
            participant_id=None if person is None else str(person),
            answers=dict(zip(names, answers, strict=True)),
            submission=Submission(
                instance_id=instance.removeprefix("uuid:") if instance else None,
                submitted_at=cells.utc(stamp),
                review_status=review,
                form_version=version,
                server_id=server,
            ),
            extra={header: row[i] for header, i in unknown if row[i] != ""},
        )
        if flag
        else None
        for flag, row, line, answers, person, instance, stamp, review, version, server in zip(
            flags,
            rows,
            lines,
            zip(*values, strict=True) if values else [()] * len(rows),
            people,
            instances,
            stamps,
            reviews,
            versions,
            found["_id"],
            strict=True,
        )
    ]


def _first(*columns: list[str | None]) -> list[str | None]:
    """Row by row, the first of *columns* that is not None (``a or b``)."""
    first = columns[0]
    for column in columns[1:]:
        first = [a or b for a, b in zip(first, column, strict=True)]
    return first
