"""
An export's repeat tables: each repeat's rows, joined to their submission or to their parent repeat row.

KoboToolbox writes the answers of a repeat on a sheet of their own, named after the repeat (cut to Excel's
31 characters), one row per repeat row, joined to the main sheet by ``_parent_index`` (the main row's
``_index``). Each repeat row's cells are read like the main sheet's (by name, typed, labels mapped back);
`Instrument.validate` then checks the rows, and a problem of a row is placed on its own sheet and line.
ODK Central writes a CSV per repeat beside the main one (``form-persona.csv`` for ``form.csv``), joined by
``PARENT_KEY`` to the main row's ``KEY``; it is read the same way.

A repeat inside a repeat has a table of its own too, joined to its parent repeat's table: Kobo's
``_parent_index`` is the ``_index`` of the parent repeat's sheet (``_parent_table_name`` names it), Central's
``PARENT_KEY`` the parent row's ``KEY`` (``uuid:…/hogar[1]``; the nested row's own is
``uuid:…/hogar[1]/persona[2]``). Its rows are attached under their parent row (`RepeatRow.children`), so a
submission's answers carry nested lists, and a nested row's problem is placed on its own sheet or file and line
(``export.xlsx[persona]:4``). A row whose parent key is blank or names no parent row is an orphan: reported
(`orphans`), never silently dropped. A nested table whose parent repeat's table is not there is not read either
(its rows have no row to go in): both are noted once, like any repeat table not read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Final

import attrs

from sce_method._core import Problem, message
from sce_method.monitoring.exports import _cells as cells
from sce_method.monitoring.exports._columns import ColumnMap, match_columns, normalise
from sce_method.monitoring.exports._table import Rows, read_sheets, read_table
from sce_method.monitoring.instruments import Instrument, Question

SHEET_TITLE: Final = 31
"""The most characters an Excel sheet title holds: Kobo cuts a repeat's name to it."""
KEYS: Final = {"_parent_index": "_index", "PARENT_KEY": "KEY"}
"""The column naming a repeat row's parent, and the one naming the row itself: Kobo's, then Central's."""

Value = Callable[[Question, Sequence[object]], object]
ByParent = dict[str, list["RepeatRow"]]
"""A repeat's rows by the key of their parent row (blank keys under ``""``), in file order."""


@attrs.frozen(kw_only=True)
class RepeatRow:
    """One row of a repeat sheet: where it is, its typed answers, and the rows of the repeats inside it."""

    file: str
    line: int
    answers: dict[str, object]
    key: str | None = None
    """The row's own key (Kobo's ``_index``, Central's ``KEY``): the rows of a repeat inside it name it."""
    children: dict[str, list[RepeatRow]] = attrs.field(factory=dict)
    """The rows of each repeat inside this one that belong to this row, in file order."""


def repeats_of(instrument: Instrument) -> dict[str, tuple[str | None, tuple[Question, ...]]]:
    """Each repeat, with the repeat it is in (None if none) and its questions that store an answer (not deeper ones)."""
    found: dict[str, tuple[str | None, list[Question]]] = {}
    for group in instrument.groups:
        chain = [p.name for p in group.parents if p.repeat] + ([group.name] if group.repeat else [])
        for depth, name in enumerate(chain):
            found.setdefault(name, (chain[depth - 1] if depth else None, []))
        if chain:
            found[chain[-1]][1].extend(q for q in group.questions if q.answers)
    return {name: (parent, tuple(questions)) for name, (parent, questions) in found.items()}


def top_repeats(instrument: Instrument) -> dict[str, tuple[Question, ...]]:
    """Each repeat that is in no other repeat, with its questions that store an answer (none in a deeper repeat)."""
    return {name: questions for name, (parent, questions) in repeats_of(instrument).items() if parent is None}


def repeat_tables(path: Path, instrument: Instrument) -> dict[str, tuple[str, Rows, list[int]]]:
    """
    Each repeat's table, nested ones too, with its file label and the line of each row.

    The repeat's sheet of a Kobo .xlsx, or the CSV ODK Central writes beside the main one
    (``form-repeat.csv`` for ``form.csv``, for a nested repeat too).
    """
    repeats = repeats_of(instrument)
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
) -> tuple[dict[str, ByParent], list[Problem]]:
    """
    The rows of each repeat table by the key of their parent, and the problems of the tables' rows.

    Kobo joins a repeat row to its submission by ``_parent_index`` (the main row's ``_index``), Central by
    ``PARENT_KEY`` (the main row's ``KEY``); a nested repeat's rows name their parent repeat row the same way,
    and are also attached under it (`RepeatRow.children`); those whose parent is not there are orphans, and
    their problems are here (a top repeat's orphans are found by `orphans` against the main table). A table
    with no parent key column is not read. *reader* makes the cell reader of a table (its file label, headers
    and columns).
    """
    problems: list[Problem] = []
    repeats = repeats_of(instrument)
    out: dict[str, ByParent] = {}
    for name, table in repeat_tables(path, instrument).items():
        found = _table_rows(name, repeats[name][1], table, instrument, reader, problems)
        if found is not None:
            out[name] = found
    for name, (parent, _) in repeats.items():  # in form order: a parent repeat before the ones inside it
        if parent is not None and parent not in out:
            out.pop(name, None)  # its parent's table is not read: neither is it (both noted, see `_read`)
        elif parent is not None and name in out:
            rows = _by_key(out.get(parent, {}), problems)
            for key, children in out[name].items():
                if key in rows:
                    rows[key].children.setdefault(name, []).extend(children)
            problems += orphans({name: out[name]}, set(rows), parent=parent)
    return out, problems


def _table_rows(  # noqa: PLR0913, PLR0917 -- the table, what it is of, and how its cells are read
    name: str,
    questions: tuple[Question, ...],
    table: tuple[str, Rows, list[int]],
    instrument: Instrument,
    reader: Callable[[str, list[str], ColumnMap], Value],
    problems: list[Problem],
) -> ByParent | None:
    """The rows of one repeat's table by their parent's key (None if it has no parent key column); cell problems."""
    file, rows, lines = table
    headers = [normalise(str(h)) if h is not None else "" for h in rows[0]] if rows else []
    key_header = next((h for h in KEYS if h in headers), None)
    if key_header is None:
        return None
    parent = headers.index(key_header)
    own = headers.index(KEYS[key_header]) if KEYS[key_header] in headers else None
    columns = match_columns(instrument, headers)
    value = reader(file, headers, columns)
    by_parent: ByParent = {}
    for line, row in zip(lines[1:], rows[1:], strict=True):
        if not any(c not in (None, "") for c in row):
            continue
        answers: dict[str, object] = {}
        for question in questions:
            if question.name not in columns.columns:
                continue
            try:
                answers[question.name] = value(question, row)
            except cells.CellError as err:
                column = columns.columns[question.name] + 1
                where = (name, question.name)
                problems.append(Problem(path=where, message=err.message, file=file, line=line, column=column))
        key = _cell(row, own)
        by_parent.setdefault(_cell(row, parent) or "", []).append(
            RepeatRow(file=file, line=line, answers=answers, key=key)
        )
    return by_parent


def _by_key(found: ByParent, problems: list[Problem]) -> dict[str, RepeatRow]:
    """The rows of a parent repeat's table by their own key; a key a row above has is said (its children go there)."""
    rows: dict[str, RepeatRow] = {}
    for row in (r for by_parent in found.values() for r in by_parent):
        if row.key is not None and row.key in rows:
            problems.append(duplicate_key(rows[row.key].line, row.file, row.line, "_index/KEY"))
        elif row.key is not None:
            rows[row.key] = row
    return rows


def duplicate_key(first: int, file: str, line: int, column: str) -> Problem:
    """The problem of a row whose key (``_index``, ``KEY``) an earlier row has: repeat rows naming it are ambiguous."""
    return Problem(message=message("exports.duplicate_key", first=first, column=column), file=file, line=line)


def _cell(row: Sequence[object], index: int | None) -> str | None:
    """The text of *row*'s cell at *index*, None if blank or missing."""
    return cells.text(row[index]) if index is not None and index < len(row) else None


def orphans(found: Mapping[str, ByParent], keys: Iterable[str], *, parent: str | None = None) -> list[Problem]:
    """
    A problem for each row of *found* whose parent key (blank or not) is not one of *keys*: it belongs nowhere.

    *parent* names the parent repeat; None for a top repeat, whose parent is a submission of the main table.
    """
    known = set(keys)
    said = (
        message("exports.repeat_orphan") if parent is None else message("exports.repeat_orphan_nested", parent=parent)
    )
    return [
        Problem(path=(name,), message=said, file=row.file, line=row.line)
        for name, by_parent in found.items()
        for key, rows in by_parent.items()
        if not key or key not in known
        for row in rows
    ]


def row_answers(rows: Sequence[RepeatRow]) -> list[dict[str, object]]:
    """The answers of *rows* as validation takes them: blanks left out, each nested repeat's rows under its name."""
    return [
        {**{k: v for k, v in r.answers.items() if v is not None}, **{n: row_answers(c) for n, c in r.children.items()}}
        for r in rows
    ]


def placed(problem: Problem, rows: dict[str, list[RepeatRow]]) -> Problem | None:
    """
    A problem of a repeat row (path ``..., repeat, index, ...``) placed on that row's sheet and line; else None.

    A nested row's problem (``..., hogar, 1, persona, 0, ...``) is placed on the nested row's own sheet and line.
    """
    path, level = problem.path, rows
    row: RepeatRow | None = None
    for at in range(1, len(path)):
        index, name = path[at], str(path[at - 1])
        if isinstance(index, int) and name in level:
            if not 0 <= index < len(level[name]):
                break
            row = level[name][index]
            level = row.children
    return None if row is None else attrs.evolve(problem, file=row.file, line=row.line, column=None)
