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

import os
from pathlib import Path
from typing import Final

import attrs

from sce_method._core import LoadError, Problem, message, paused_gc
from sce_method.monitoring.exports import _cells as cells
from sce_method.monitoring.exports._answer_columns import AnswerColumns
from sce_method.monitoring.exports._columns import Flavour, flavour_of, match_columns, normalise
from sce_method.monitoring.exports._fast import Clean, clean_rows
from sce_method.monitoring.exports._frame import FrameRows
from sce_method.monitoring.exports._header import file_problems
from sce_method.monitoring.exports._repeats import RepeatRow, duplicate_key, orphans, repeat_rows, top_repeats
from sce_method.monitoring.exports._response import ExportReading, Response
from sce_method.monitoring.exports._row import RowReader
from sce_method.monitoring.exports._table import Table, read_table
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
    with paused_gc():  # some objects per row, and none freed: see `paused_gc`
        return _read_file(path, instrument, participant_question, fast=fast)


def _read_file(path: Path, instrument: Instrument, participant_question: str | None, *, fast: bool) -> ExportReading:
    file = Path(path)
    if participant_question is not None and not instrument.question(participant_question).answers:
        said = message("exports.participant_question", name=participant_question)
        raise LoadError([Problem(path=("participant_question",), message=said)])

    def score(header: list[str]) -> int:
        return len(match_columns(instrument, [normalise(h) for h in header]).columns)

    rows, lines, delimiter = read_table(file, score, frame=fast)
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
    table: Table,
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
    notes[:0] = _delimiter_note(flavour, delimiter, file)
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
    keys = _Keys(header=headers[index_column] if index_column is not None else "", file=file, joins=bool(tops))
    keys.said = index_column is None or index_column + 1 != instance_column  # Central's KEY: a duplicate submission
    taken: list[Response | None] = [None] * len(body) if clean is None else clean.responses
    if clean is None and isinstance(body, FrameRows):
        body = list(body)  # every row read one by one: made at once
    skipped: list[int] = []  # with the column-wise reading: the rows of no response, and those read one by one
    patched: dict[int, Response] = {}
    for at, (line, fast_read) in enumerate(zip(body_lines, taken, strict=True)):  # a clean row: no repeat, no key
        response = fast_read
        if response is None:
            row = body[at]
            if not any(c not in (None, "") for c in row):
                skipped.append(at)
                continue
            key = cells.text(row[index_column]) if index_column is not None and index_column < len(row) else None
            key = keys.join(key, line, problems)
            mine = {name: by_parent.get(key, []) if key is not None else [] for name, by_parent in tops.items()}
            response = reader.response(line, row, question_name, mine)
            if clean is not None:
                patched[len(responses)] = response
        instance = response.submission.instance_id
        first = response.line if instance is None else seen.setdefault(instance, response.line)
        if first != response.line:  # each row has its own line: another row had this instance id
            problems.append(_duplicate(first, file, response.line, instance_column))
        responses.append(response)
    problems += orphans(tops, set(keys.lines))  # repeat rows of no submission: said, not dropped
    kept = tuple(responses)
    return ExportReading(
        instrument_id=instrument.id,
        file=file,
        participant_column=reader.column_of(instrument.question(question_name)) if question_name else None,
        flavour=flavour,
        responses=kept,
        problems=tuple(problems),
        warnings=tuple(notes),
        answer_columns=None if clean is None else _by_column(clean, kept, question_name, (skipped, patched)),
    )


def _delimiter_note(flavour: Flavour, delimiter: str | None, file: str) -> list[Problem]:
    """That the CSV's *delimiter* is not the one its server writes, if so."""
    expected = EXPECTED_DELIMITER.get(flavour)
    if delimiter is None or expected is None or delimiter == expected:
        return []
    said = message("exports.delimiter", found=delimiter, expected=expected, flavour=flavour.value)
    return [Problem(message=said, file=file, line=1)]


def _duplicate(first: int, file: str, line: int, column: int | None) -> Problem:
    """The instance id of the row on *line* is that of the row on *first*."""
    said = message("exports.duplicate_instance", first=first)
    return Problem(path=("instance_id",), message=said, file=file, line=line, column=column)


def _by_column(
    clean: Clean, kept: tuple[Response, ...], question: str | None, others: tuple[list[int], dict[int, Response]]
) -> AnswerColumns:
    """The answers of *kept* as columns: *clean*'s, less the rows skipped, with those read one by one (*others*)."""
    skipped, patched = others
    participant = question if question in clean.columns else None
    return AnswerColumns(
        kept, clean.columns, texts=clean.texts, participant=participant, skipped=skipped, patched=patched
    )


@attrs.define
class _Keys:
    """The main table's keys (``_index``, ``KEY``) that repeat rows join on, each with the first line that has it."""

    header: str
    file: str
    joins: bool
    """Whether repeat rows join on them (there are repeat tables)."""
    said: bool = True
    """Whether a key a row above has is a problem here (not when the key is the instance id, said as such)."""
    lines: dict[str, int] = attrs.field(factory=dict)

    def join(self, key: str | None, line: int, problems: list[Problem]) -> str | None:
        """The key the repeat rows of the row on *line* are found by: None for a key a row above has (said)."""
        if key is None or not self.joins:
            return key
        if key in self.lines:  # the repeat rows naming it go to the first row
            if self.said:
                problems.append(duplicate_key(self.lines[key], self.file, line, self.header))
            return None
        self.lines[key] = line
        return key
