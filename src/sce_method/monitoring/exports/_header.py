"""
An export's header checked against its instrument: the problems and warnings of the file as a whole.

A question with no column and a header written twice are problems of the file; a column of no question and a
repeat whose rows were not read are warnings. A header written twice is read at its first column only.
"""

from __future__ import annotations

from sce_method._core import Problem, message
from sce_method.monitoring.exports._columns import ColumnMap
from sce_method.monitoring.instruments import Instrument


def file_problems(
    instrument: Instrument, headers: list[str], columns: ColumnMap, file: str, read: set[str]
) -> tuple[list[Problem], list[Problem]]:
    """The file's problems (a question with no column, a header twice) and warnings (a column of no question)."""
    in_repeat = {q.name for g in instrument.groups if g.in_repeat for q in g.questions}
    problems = [
        Problem(
            path=(instrument.group_of(q.name).name, q.name),
            message=message("exports.missing_column"),
            file=file,
            line=1,
        )
        for q in instrument.questions
        if q.answers and q.name not in columns.columns and q.name not in in_repeat
    ]
    first = first_columns(headers)
    problems += [
        Problem(
            path=(header,),
            message=message("exports.duplicate_column", first=first[header] + 1),
            file=file,
            line=1,
            column=index + 1,
        )
        for index, header in enumerate(headers)
        if header and first[header] != index
    ]
    notes = [
        Problem(path=(headers[i],), message=message("exports.unknown_column"), file=file, line=1, column=i + 1)
        for i in columns.unknown
        if first[headers[i]] == i
    ]
    # A repeat's answers are rows of their own, in another sheet (Kobo) or file (Central): not read here.
    repeats: dict[str, None] = {}
    for group in instrument.groups:
        for name in [*(p.name for p in group.parents if p.repeat), *([group.name] if group.repeat else [])]:
            repeats.setdefault(name)
    notes += [
        Problem(path=(name,), message=message("exports.repeat_not_read"), file=file)
        for name in repeats
        if name not in read
    ]
    return problems, notes


def first_columns(headers: list[str]) -> dict[str, int]:
    """Each header and the index of its first column (a header written twice is read there, and only there)."""
    first: dict[str, int] = {}
    for index, header in enumerate(headers):
        first.setdefault(header, index)
    return first
