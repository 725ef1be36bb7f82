"""
An export's repeat tables: each repeat's rows, joined to their submission.

KoboToolbox writes the answers of a repeat on a sheet of their own, named after the repeat (cut to Excel's
31 characters), one row per repeat row, joined to the main sheet by ``_parent_index`` (the main row's
``_index``). Each repeat row's cells are read like the main sheet's (by name, typed, labels mapped back);
`Instrument.validate` then checks the rows, and a problem of a row is placed on its own sheet and line.
ODK Central writes a CSV per repeat beside the main one (``form-persona.csv`` for ``form.csv``), joined by
``PARENT_KEY`` to the main row's ``KEY``; it is read the same way. A repeat inside a repeat is not read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

import attrs

from sce_method._core import Problem
from sce_method.monitoring.exports import _cells as cells
from sce_method.monitoring.exports._columns import ColumnMap, match_columns, normalise
from sce_method.monitoring.exports._table import Rows, read_sheets, read_table
from sce_method.monitoring.instruments import Instrument, Question

SHEET_TITLE: Final = 31
"""The most characters an Excel sheet title holds: Kobo cuts a repeat's name to it."""

Value = Callable[[Question, Sequence[object]], object]


@attrs.frozen(kw_only=True)
class RepeatRow:
    """One row of a repeat sheet: where it is, and its typed answers."""

    file: str
    line: int
    answers: dict[str, object]


def top_repeats(instrument: Instrument) -> dict[str, tuple[Question, ...]]:
    """Each repeat that is in no other repeat, with its questions that store an answer (none in a deeper repeat)."""
    found: dict[str, list[Question]] = {}
    for group in instrument.groups:
        repeats = [p.name for p in group.parents if p.repeat] + ([group.name] if group.repeat else [])
        if len(repeats) == 1:
            found.setdefault(repeats[0], []).extend(q for q in group.questions if q.answers)
    return {name: tuple(questions) for name, questions in found.items()}


def repeat_tables(path: Path, instrument: Instrument) -> dict[str, tuple[str, Rows, list[int]]]:
    """
    Each repeat's table, with its file label and the line of each row.

    The repeat's sheet of a Kobo .xlsx, or the CSV ODK Central writes beside the main one
    (``form-repeat.csv`` for ``form.csv``).
    """
    repeats = top_repeats(instrument)
    if path.suffix.lower() == ".xlsx":
        titles = {name[:SHEET_TITLE]: name for name in repeats}
        sheets = read_sheets(path, list(titles))
        return {titles[t]: (f"{path}[{t}]", rows, list(range(1, len(rows) + 1))) for t, rows in sheets.items()}
    out: dict[str, tuple[str, Rows, list[int]]] = {}
    for name in repeats:
        beside = path.with_name(f"{path.stem}-{name}{path.suffix}")
        if beside.is_file():
            rows, lines, _ = read_table(beside)
            out[name] = (str(beside), rows, lines)
    return out


def repeat_rows(
    path: Path, instrument: Instrument, reader: Callable[[str, list[str], ColumnMap], Value]
) -> tuple[dict[str, dict[str, list[RepeatRow]]], list[Problem]]:
    """
    The rows of each repeat table by the key of their submission, and the cells that could not be read.

    Kobo joins a repeat row to its submission by ``_parent_index`` (the main row's ``_index``), Central by
    ``PARENT_KEY`` (the main row's ``KEY``). *reader* makes the cell reader of a table (its file label,
    headers and columns).
    """
    problems: list[Problem] = []
    repeats = top_repeats(instrument)
    out: dict[str, dict[str, list[RepeatRow]]] = {}
    for name, (file, rows, lines) in repeat_tables(path, instrument).items():
        if not rows:
            continue
        headers = [normalise(str(h)) if h is not None else "" for h in rows[0]]
        key_header = next((h for h in ("_parent_index", "PARENT_KEY") if h in headers), None)
        if key_header is None:
            continue
        parent = headers.index(key_header)
        columns = match_columns(instrument, headers)
        value = reader(file, headers, columns)
        by_parent = out.setdefault(name, {})
        for line, row in zip(lines[1:], rows[1:], strict=True):
            key = cells.text(row[parent]) if parent < len(row) else None
            if key is None:
                continue
            answers: dict[str, object] = {}
            for question in repeats[name]:
                if question.name not in columns.columns:
                    continue
                try:
                    answers[question.name] = value(question, row)
                except cells.CellError as err:
                    column = columns.columns[question.name] + 1
                    where = (name, question.name)
                    problems.append(Problem(path=where, message=err.message, file=file, line=line, column=column))
            by_parent.setdefault(key, []).append(RepeatRow(file=file, line=line, answers=answers))
    return out, problems


def placed(problem: Problem, rows: dict[str, list[RepeatRow]]) -> Problem | None:
    """A problem of a repeat row (path ``..., repeat, index, ...``) placed on that row's sheet and line; else None."""
    path = problem.path
    at = next((i for i in range(1, len(path)) if isinstance(path[i], int) and str(path[i - 1]) in rows), None)
    if at is None:
        return None
    found, index = rows[str(path[at - 1])], path[at]
    if not isinstance(index, int) or not 0 <= index < len(found):
        return None
    return attrs.evolve(problem, file=found[index].file, line=found[index].line, column=None)
