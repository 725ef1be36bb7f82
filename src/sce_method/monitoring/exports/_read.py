"""
Reading KoboToolbox and ODK Central exports into typed, validated responses.

`read_export` opens a CSV (``;`` or ``,``, with or without a BOM) or an .xlsx,
skips a Kobo HXL row, matches columns to the instrument by name, turns each
cell into the question's type, maps labels back to choice names, reads the
submission metadata, and validates every row with `Instrument.validate`.
Every problem carries its file, line, column and question path; unknown
columns are kept and warned about, never dropped.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import attrs

from sce_method._core import LoadError, Problem, message
from sce_method.monitoring.exports import _cells as cells
from sce_method.monitoring.exports._columns import ColumnMap, Flavour, flavour_of, match_columns, normalise
from sce_method.monitoring.exports._response import ExportReading, Response, Submission
from sce_method.monitoring.exports._table import read_table
from sce_method.monitoring.instruments import Instrument, Question, QuestionType

EXPECTED_DELIMITER: Final = {Flavour.KOBO: ";", Flavour.ODK_CENTRAL: ","}
_META: Final = frozenset({
    "_uuid", "KEY", "meta-instanceID", "_submission_time", "SubmissionDate", "_validation_status", "ReviewState",
    "FormVersion", "__version__", "_id",
})  # fmt: skip
"""The metadata columns a submission is read from."""


class _Reader:
    def __init__(self, instrument: Instrument, file: str, headers: list[str], columns: ColumnMap) -> None:
        self.instrument = instrument
        self.file = file
        self.headers = headers
        self.columns = columns
        self.headless = frozenset(i for i, h in enumerate(headers) if not h)
        """The columns of the header with no name: a cell under one has nowhere to go."""
        first = _first_columns(headers)
        self.unknown = tuple(i for i in columns.unknown if first[headers[i]] == i)
        """The columns kept in `Response.extra`: of a header written twice, the first (a problem of the file)."""
        self.by_label: dict[str, dict[str, str]] = {}
        # Worked out once per file, not once per row: the questions read, and where the metadata is.
        self.read = [q for q in instrument.questions if q.answers and q.name in columns.columns]
        self.meta = {name: index for index, name in enumerate(headers) if name in _META}
        if columns.labels is not None:
            for choice_list in instrument.choice_lists:
                self.by_label[choice_list.name] = {c.label.get(columns.labels): c.name for c in choice_list.choices}

    def choice(self, question: Question, raw: str) -> str:
        if question.choices is not None and raw in self.by_label.get(question.choices, {}):
            return self.by_label[question.choices][raw]
        return raw

    def value(self, question: Question, row: Sequence[object]) -> object:  # noqa: PLR0911 -- one return per question type
        index = self.columns.columns.get(question.name)
        raw = row[index] if index is not None and index < len(row) else None
        if question.type is QuestionType.SELECT_MULTIPLE:
            detail = self.columns.details.get(question.name, {})
            flags = {name: cells.text(row[i]) if i < len(row) else None for name, i in detail.items()}
            text = cells.text(raw)
            if flags and any(v is not None for v in flags.values()):
                chosen = [name for name, flag in flags.items() if flag in ("1", "1.0", "True", "true")]
                if self.columns.labels is None and text is not None:
                    # A value with no 0/1 column (not in the instrument's list, or one ODK Central did not split)
                    # is kept from the summary, so it is validated rather than dropped.
                    chosen += [part for part in text.split() if part not in flags and part not in chosen]
                return tuple(chosen)
            return None if text is None else tuple(self.choice(question, part) for part in text.split())
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if question.type is QuestionType.INTEGER:
            return cells.number(raw, integer=True)
        if question.type is QuestionType.DECIMAL:
            return cells.number(raw, integer=False)
        if question.type is QuestionType.DATE:
            return cells.date(raw)
        text = cells.text(raw)
        if question.type is QuestionType.SELECT_ONE and text is not None:
            return self.choice(question, text)
        return text

    def headless_cells(self, row: Sequence[object]) -> list[int]:
        """The cells of *row* that hold something but have no header: past its end, or under a blank one."""
        return [
            i
            for i, value in enumerate(row)
            if (i >= len(self.headers) or i in self.headless) and not (value is None or str(value).strip() == "")
        ]

    def column_of(self, question: Question) -> int | None:
        index = self.columns.columns.get(question.name)
        return None if index is None else index + 1

    def response(self, line: int, row: Sequence[object], participant_question: str | None) -> Response:
        answers: dict[str, object] = {}
        problems: list[Problem] = []
        for question in self.read:
            try:
                answers[question.name] = self.value(question, row)
            except cells.CellError as err:
                path = (self.instrument.group_of(question.name).name, question.name)
                problems.append(
                    Problem(path=path, message=err.message, file=self.file, line=line, column=self.column_of(question))
                )
        unreadable = {str(p.path[-1]) for p in problems}
        for problem in self.instrument.validate({k: v for k, v in answers.items() if v is not None}):
            name = str(problem.path[-1])
            if name in unreadable:
                continue  # not blank but unreadable, and already said so: not also "required answer missing"
            if problem.message.key == "instruments.response.required" and name not in self.columns.columns:
                continue  # the whole column is missing, said once for the file: not again on every row
            column = self.column_of(self.instrument.question(name)) if name in self.columns.columns else None
            problems.append(attrs.evolve(problem, file=self.file, line=line, column=column))
        headless = self.headless_cells(row)
        if headless:
            said = message("exports.headless_cells", count=len(headless))
            problems.append(Problem(message=said, file=self.file, line=line, column=headless[0] + 1))
        cell = {name: row[i] for name, i in self.meta.items() if i < len(row)}
        instance = (
            cells.text(cell.get("_uuid")) or cells.text(cell.get("KEY")) or cells.text(cell.get("meta-instanceID"))
        )
        submission = Submission(
            instance_id=instance.removeprefix("uuid:") if instance else None,
            submitted_at=cells.utc(cell.get("_submission_time") or cell.get("SubmissionDate")),
            review_status=cells.kobo_status(cell.get("_validation_status")) or cells.text(cell.get("ReviewState")),
            form_version=cells.text(cell.get("FormVersion")) or cells.text(cell.get("__version__")),
            server_id=cells.text(cell.get("_id")),
        )
        participant = answers.get(participant_question) if participant_question else None
        extra = {self.headers[i]: str(row[i]) for i in self.unknown if i < len(row) and row[i] not in (None, "")}
        return Response(
            line=line,
            participant_id=str(participant) if participant is not None else None,
            answers=answers,
            submission=submission,
            problems=tuple(problems),
            extra=extra,
        )


def _file_problems(
    instrument: Instrument, headers: list[str], columns: ColumnMap, file: str
) -> tuple[list[Problem], list[Problem]]:
    """The file's problems (a question with no column, a header twice) and warnings (a column of no question)."""
    problems = [
        Problem(
            path=(instrument.group_of(q.name).name, q.name),
            message=message("exports.missing_column"),
            file=file,
            line=1,
        )
        for q in instrument.questions
        if q.answers and q.name not in columns.columns
    ]
    first = _first_columns(headers)
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
    return problems, notes


def _first_columns(headers: list[str]) -> dict[str, int]:
    """Each header and the index of its first column (a header written twice is read there, and only there)."""
    first: dict[str, int] = {}
    for index, header in enumerate(headers):
        first.setdefault(header, index)
    return first


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
    file = Path(path)
    if participant_question is not None and not instrument.question(participant_question).answers:
        said = message("exports.participant_question", name=participant_question)
        raise LoadError([Problem(path=("participant_question",), message=said)])
    rows, lines, delimiter = read_table(file)
    if not rows:
        raise LoadError([Problem(message=message("core.load.empty"), file=str(file))])
    headers = [normalise(str(h)) if h is not None else "" for h in rows[0]]
    flavour = flavour_of(headers)
    columns = match_columns(instrument, headers)
    if not columns.columns:
        said = message("exports.no_question", instrument=instrument.id)
        raise LoadError([Problem(message=said, file=str(file), line=1)])
    problems, notes = _file_problems(instrument, headers, columns, str(file))
    expected = EXPECTED_DELIMITER.get(flavour)
    if delimiter is not None and expected is not None and delimiter != expected:
        said = message("exports.delimiter", found=delimiter, expected=expected, flavour=flavour.value)
        notes.insert(0, Problem(message=said, file=str(file), line=1))
    body, body_lines = cells.without_hxl(rows[1:], lines[1:])
    reader = _Reader(instrument, str(file), headers, columns)
    question_name = participant_question or instrument.participant_question
    responses: list[Response] = []
    seen: dict[str, int] = {}
    instance_column = next((headers.index(h) + 1 for h in ("_uuid", "KEY", "meta-instanceID") if h in headers), None)
    for line, row in zip(body_lines, body, strict=True):
        if not any(c not in (None, "") for c in row):
            continue
        response = reader.response(line, row, question_name)
        instance = response.submission.instance_id
        if instance is not None and instance in seen:
            said = message("exports.duplicate_instance", first=seen[instance])
            problems.append(
                Problem(path=("instance_id",), message=said, file=str(file), line=response.line, column=instance_column)
            )
        elif instance is not None:
            seen[instance] = response.line
        responses.append(response)
    return ExportReading(
        instrument_id=instrument.id,
        file=str(file),
        participant_column=reader.column_of(instrument.question(question_name)) if question_name else None,
        flavour=flavour,
        responses=tuple(responses),
        problems=tuple(problems),
        warnings=tuple(notes),
    )
