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
from collections.abc import Iterable, Sequence
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Final, NamedTuple, cast

import pendulum

from sce_method.monitoring.exports import _cells as cells
from sce_method.monitoring.exports._frame import FrameRows
from sce_method.monitoring.exports._response import Response, Submission
from sce_method.monitoring.exports._row import METADATA, TOKEN, RowReader
from sce_method.monitoring.exports._typing import TYPED, Columns, plan

if TYPE_CHECKING:
    import polars as pl

_TOKEN: Final = f"^(?:{TOKEN.pattern})$"
_STAMP: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"
"""Kobo's submission time, read by polars only in this form (no leap second, no offset, no fraction)."""
_UTC: Final = pendulum.UTC
_STAMPS: Final = ("SubmissionDate", "_submission_time")
"""The columns a submission's time is read from, the first not blank (as `RowReader.response` reads it)."""


class Clean(NamedTuple):
    """What `clean_rows` found: each row's `Response` when certainly clean, and the answers as columns."""

    responses: list[Response | None]
    """Each row's response when it is certainly clean, else None (the row is read one by one)."""
    columns: dict[str, pl.Series]
    """Each question read, over every row: typed for numbers and dates, else the cell's text (see `AnswerColumns`)."""
    texts: frozenset[str]
    """The questions whose column is the cells' text, a blank cell ``''`` (the answer None)."""


def clean_rows(
    reader: RowReader, body: Sequence[list[object]], lines: Sequence[int], participant_question: str | None
) -> Clean | None:
    """
    Each row of *body* (a CSV's, every cell text) as its `Response` when it is certainly clean, and the columns.

    None for the whole file when polars is missing or the instrument is outside the compiled subset.
    """
    try:
        import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used
    except ImportError:  # pragma: no cover -- the test environment has the extra
        return None
    columns = plan(reader, participant_question, dt.date.today())  # noqa: DTZ011 -- today(), local as ODK's
    if columns is None or not body or any(not isinstance(c, str) for c in body[0]):
        return None
    meta = [reader.first[h] for h in METADATA if h in reader.first]
    stamp = reader.meta.get("_submission_time")
    meta += [] if stamp is None else [stamp]
    wanted = sorted({*(reader.columns.columns[q.name] for q in reader.read), *meta})
    if not wanted:
        return None
    raw = sorted({*(reader.meta[n] for n in _STAMPS if n in reader.meta), *reader.unknown})  # taken as they are
    frame, shaped = _frame(body, len(reader.headers), sorted({*wanted, *raw}))
    loaded = [pl.col(f"c{i}") != "" for i in wanted]
    clean = pl.all_horizontal([*shaped, pl.any_horizontal(loaded), *columns.checks, *_metadata(reader, frame)])
    outputs = [clean.fill_null(value=False).alias("clean"), *columns.values, *(pl.col(f"c{i}") for i in raw)]
    outputs += [_given_or_none(pl.col(f"c{reader.first[h]}")).alias(f"m:{h}") for h in METADATA if h in reader.first]
    if stamp is not None and "SubmissionDate" not in reader.meta:
        outputs.append(_stamps(pl.col(f"c{stamp}")).alias("stamp"))
    found = frame.lazy().select(outputs).collect()
    kept = {
        q.name: found.get_column(f"q:{q.name}")
        if q.type in TYPED
        else frame.get_column(f"c{reader.columns.columns[q.name]}")
        for q in reader.read
    }
    texts = frozenset(q.name for q in reader.read if q.type not in TYPED)
    return Clean(_responses(reader, lines, found, columns), kept, texts)


def _frame(body: Sequence[list[object]], width: int, indices: list[int]) -> tuple[pl.DataFrame, list[pl.Series]]:
    """
    The columns at *indices* of *body* (a CSV's rows: every cell text), named ``c<index>``, and its rows' shapes.

    The shapes are, when a row has another length than *width* (its cells then taken as blank), whether each has it.
    """
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    if isinstance(body, FrameRows):  # split by polars: every row as long as the header
        return body.columns(indices), []
    whole = [len(row) == width for row in body]
    rows = cast("Sequence[list[str]]", body)  # a CSV's cells: text
    if not all(whole):
        rows = [row if ok else [""] * width for row, ok in zip(rows, whole, strict=True)]
    picked = itemgetter(*indices) if len(indices) > 1 else lambda row: (row[indices[0]],)
    cells_of = zip(indices, zip(*map(picked, rows), strict=True), strict=True)
    frame = pl.DataFrame({f"c{i}": pl.Series(cells, dtype=pl.String) for i, cells in cells_of})
    return frame, [pl.Series(whole)] if rows is not body else []  # a row of another length is read row by row


def _given_or_none(cell: pl.Expr) -> pl.Expr:
    """The cell, null when blank (``cell or None``)."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    return pl.when(cell != "").then(cell).otherwise(None)


def _stamps(cell: pl.Expr) -> pl.Expr:
    """Kobo's ``_submission_time`` (``2024-11-10T15:00:01``, UTC) as a date and time; null in any other form."""
    import polars as pl  # noqa: PLC0415 -- the optional ``tables`` extra, imported when used

    plain = cell.str.contains(_STAMP)
    return pl.when(plain).then(cell.str.to_datetime("%Y-%m-%dT%H:%M:%S", strict=False)).otherwise(None)


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


def _responses(reader: RowReader, lines: Sequence[int], found: pl.DataFrame, columns: Columns) -> list[Response | None]:
    """The clean rows' responses, built as `RowReader.response` builds them (no problem), None for the others."""
    nothing: list[str | None] = [None] * found.height
    meta: dict[str, list[str | None] | None] = {
        h: found.get_column(f"m:{h}").to_list() if h in reader.first else None for h in METADATA
    }
    if meta["_validation_status"] is not None:
        statuses = {v: cells.kobo_status(v) for v in set(meta["_validation_status"])}
        meta["_validation_status"] = [statuses[v] for v in meta["_validation_status"]]
    stamps: list[str | None] = nothing
    for name in _STAMPS:  # the first not blank, as `RowReader.response` reads it
        index = reader.meta.get(name)
        if index is not None:
            stamps = [
                cell or stamp for cell, stamp in zip(found.get_column(f"c{index}").to_list(), stamps, strict=True)
            ]
    instances = _first(nothing, meta["_uuid"], meta["KEY"], meta["meta-instanceID"])
    reviews = _first(nothing, meta["_validation_status"], meta["ReviewState"])
    versions = _first(nothing, meta["FormVersion"], meta["__version__"])
    given = {i: found.get_column(f"c{i}").to_list() for i in reader.unknown}
    unknown = [i for i in reader.unknown if any(given[i])]  # a column blank throughout adds nothing
    keys = tuple(reader.headers[i] for i in unknown)
    gaps = tuple(reader.headers[i] for i in unknown if "" in given[i])  # columns blank somewhere
    extras: Iterable[Sequence[str]] = (
        zip(*(given[i] for i in unknown), strict=True) if unknown else repeat((), found.height)
    )
    names = columns.names
    values = [found.get_column(f"q:{name}").to_list() for name in names]
    people = values[names.index(columns.participant)] if columns.participant is not None else nothing
    plain = found.get_column("stamp").to_list() if "stamp" in found.columns else nothing
    return [
        Response(
            line=line,
            participant_id=person,  # a text answer (see `plan`), or None
            answers=dict(zip(names, answers, strict=False)),  # as many answers as names: the columns' lengths
            submission=Submission(
                instance_id=instance.removeprefix("uuid:") if instance else None,
                submitted_at=cells.utc(stamp)
                if at is None
                else pendulum.DateTime(at.year, at.month, at.day, at.hour, at.minute, at.second, tzinfo=_UTC),
                review_status=review,
                form_version=version,
                server_id=server,
            ),
            extra=_given(keys, extra, gaps) if keys else {},
        )
        if flag
        else None
        for flag, line, answers, person, instance, stamp, at, review, version, server, extra in zip(
            found.get_column("clean").to_list(),
            lines,
            zip(*values, strict=True) if values else [()] * found.height,
            people,
            instances,
            stamps,
            plain,
            reviews,
            versions,
            meta["_id"] or nothing,
            extras,
            strict=True,
        )
    ]


def _given(keys: tuple[str, ...], cells: Sequence[str], gaps: tuple[str, ...]) -> dict[str, str]:
    """The unknown columns' cells of a row that hold something, by header, in order (*gaps*: those ever blank)."""
    given = dict(zip(keys, cells, strict=True))
    for key in gaps:
        if not given[key]:
            del given[key]
    return given


def _first(nothing: list[str | None], *columns: list[str | None] | None) -> list[str | None]:
    """Row by row, the first of *columns* that is not None (``a or b``); a column not in the file is None."""
    present = [c for c in columns if c is not None]
    if not present:
        return nothing
    first = present[0]
    for column in present[1:]:
        first = [a or b for a, b in zip(first, column, strict=True)]
    return first
