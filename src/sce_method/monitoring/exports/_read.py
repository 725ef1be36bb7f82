"""
Reading KoboToolbox and ODK Central exports into typed, validated responses.

`read_export` opens a CSV (``;`` or ``,``, with or without a BOM) or an .xlsx,
skips a Kobo HXL row, matches columns to the instrument by name, turns each
cell into the question's type, maps labels back to choice names, reads the
submission metadata, and validates every row with `Instrument.validate`.
Every problem carries its file, line, column and question path; unknown
columns are kept and warned about, never dropped.

The header is checked in `_header` (the file's problems), the rows are
read in `_row` (`RowReader`), the repeat tables in `_repeats`.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from sce_method._core import LoadError, Problem, message
from sce_method.monitoring.exports import _cells as cells
from sce_method.monitoring.exports._columns import Flavour, flavour_of, match_columns, normalise
from sce_method.monitoring.exports._fast import clean_rows
from sce_method.monitoring.exports._header import file_problems
from sce_method.monitoring.exports._repeats import RepeatRow, orphans, repeat_rows, top_repeats
from sce_method.monitoring.exports._response import ExportReading, Response
from sce_method.monitoring.exports._row import RowReader
from sce_method.monitoring.exports._table import Rows, read_table
from sce_method.monitoring.instruments import Instrument

EXPECTED_DELIMITER: Final = {Flavour.KOBO: ";", Flavour.ODK_CENTRAL: ","}
"""The delimiter each server writes its CSV with: another one is warned about."""


def _repeat_sheets(file: Path, instrument: Instrument) -> tuple[dict[str, dict[str, list[RepeatRow]]], list[Problem]]:
    """The rows of the export's repeat sheets or files (see `repeat_rows`); none for a form with no repeat."""
    if not top_repeats(instrument):
        return {}, []
    return repeat_rows(file, instrument, lambda f, h, c: RowReader(instrument, f, h, c).value)


def read_export(
    path: str | os.PathLike[str], instrument: Instrument, *, participant_question: str | None = None
) -> ExportReading:
    """
    Read a KoboToolbox (CSV or XLSX) or ODK Central (CSV) export of *instrument*.

    The participant id comes from *participant_question* (by default the
    instrument's ``participant_question``).

    Every cell is read strictly (see `sce_method.monitoring.exports`); a
    problem says where the cell is and what was expected, and never repeats
    what it holds. A cell with no header (past the header's end, or under a
    blank one) is a problem of its row; a header written twice, a problem of
    the file.

    Raises:
        LoadError: the file is missing, unreadable, empty, over a limit
            (`MAX_BYTES`, `MAX_UNPACKED`, `MAX_ROWS`, `MAX_CELL`), or matches
            none of the instrument's questions; or *participant_question* is a
            note or a calculation.
        UnknownIdError: *participant_question* is not a question of the instrument.
    """
    return read_file(Path(path), instrument, participant_question)


def read_file(
    path: Path, instrument: Instrument, participant_question: str | None, *, fast: bool = True
) -> ExportReading:
    """The export at *path* read (see `read_export`); *fast* as `reading` takes it."""
    with without_gc_pauses():
        return _read_file(path, instrument, participant_question, fast=fast)


@contextlib.contextmanager
def without_gc_pauses() -> Iterator[None]:
    """
    The cyclic garbage collector held off for the block, and put back as it was.

    A reading builds some objects per row and frees none: the collector, run every few hundred new objects, would
    walk the rows read so far again and again. What a reading builds holds no cycle. At the end, the objects made
    meanwhile go straight to the oldest generation (`gc.freeze` then `gc.unfreeze`, unless the process froze
    some itself), so that the first collection after does not walk them all at once either.
    """
    enabled = gc.isenabled()
    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        yield
    finally:
        if enabled and not frozen:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


def _read_file(path: Path, instrument: Instrument, participant_question: str | None, *, fast: bool) -> ExportReading:
    file = Path(path)
    if participant_question is not None and not instrument.question(participant_question).answers:
        said = message("exports.participant_question", name=participant_question)
        raise LoadError([Problem(path=("participant_question",), message=said)])

    def score(header: list[str]) -> int:
        return len(match_columns(instrument, [normalise(h) for h in header]).columns)

    rows, lines, delimiter = read_table(file, score)
    return reading(
        instrument,
        str(file),
        (rows, lines, delimiter),
        _repeat_sheets(file, instrument),
        participant_question,
        fast=fast,
    )


def reading(  # noqa: PLR0913 -- the table, its repeats and the keyword-only engine switch
    instrument: Instrument,
    file: str,
    table: tuple[Rows, list[int], str | None],
    repeats: tuple[dict[str, dict[str, list[RepeatRow]]], list[Problem]],
    participant_question: str | None,
    *,
    fast: bool = True,
) -> ExportReading:
    """
    The table of an export (rows, their lines, its delimiter) and its repeats' rows, read (see `read_export`).

    With *fast*, a CSV's certainly clean rows are found column-wise (`clean_rows`, when polars is installed) and
    only the others read one by one; without, every row is: the reading is the same.
    """
    rows, lines, delimiter = table
    if not rows:
        raise LoadError([Problem(message=message("core.load.empty"), file=file)])
    headers = [normalise(str(h)) if h is not None else "" for h in rows[0]]
    flavour = flavour_of(headers)
    columns = match_columns(instrument, headers)
    if not columns.columns:
        said = message("exports.no_question", instrument=instrument.id)
        raise LoadError([Problem(message=said, file=file, line=1)])
    found, cell_problems = repeats
    problems, notes = file_problems(instrument, headers, columns, file, set(found))
    problems += cell_problems
    expected = EXPECTED_DELIMITER.get(flavour)
    if delimiter is not None and expected is not None and delimiter != expected:
        said = message("exports.delimiter", found=delimiter, expected=expected, flavour=flavour.value)
        notes.insert(0, Problem(message=said, file=file, line=1))
    body, body_lines = cells.without_hxl(rows[1:], lines[1:])
    reader = RowReader(instrument, file, headers, columns)
    question_name = participant_question or instrument.participant_question
    clean = clean_rows(reader, body, body_lines, participant_question) if fast and delimiter is not None else None
    responses: list[Response] = []
    response: Response | None
    seen: dict[str, int] = {}
    instance_column = next((headers.index(h) + 1 for h in ("_uuid", "KEY", "meta-instanceID") if h in headers), None)
    index_column = next((headers.index(h) for h in ("_index", "KEY") if h in headers), None)
    tops = {name: found[name] for name in top_repeats(instrument) if name in found}
    keys: set[str] = set()
    taken: list[Response | None] = [None] * len(body) if clean is None else clean
    for line, row, fast_read in zip(body_lines, body, taken, strict=True):  # a clean row has no repeat: no key kept
        response = fast_read
        if response is None:
            if not any(c not in (None, "") for c in row):
                continue
            key = cells.text(row[index_column]) if index_column is not None and index_column < len(row) else None
            keys |= {key} if key is not None else set()
            mine = {name: by_parent.get(key, []) if key is not None else [] for name, by_parent in tops.items()}
            response = reader.response(line, row, question_name, mine)
        instance = response.submission.instance_id
        first = response.line if instance is None else seen.setdefault(instance, response.line)
        if first != response.line:  # each row has its own line: another row had this instance id
            said = message("exports.duplicate_instance", first=first)
            problems.append(
                Problem(path=("instance_id",), message=said, file=file, line=response.line, column=instance_column)
            )
        responses.append(response)
    problems += orphans(tops, keys)  # repeat rows of no submission: said, not dropped
    return ExportReading(
        instrument_id=instrument.id,
        file=file,
        participant_column=reader.column_of(instrument.question(question_name)) if question_name else None,
        flavour=flavour,
        responses=tuple(responses),
        problems=tuple(problems),
        warnings=tuple(notes),
    )
