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
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import attrs

from sce_method._core import LoadError, Problem, message
from sce_method.monitoring.exports import _cells as cells
from sce_method.monitoring.exports._columns import ColumnMap, Flavour, flavour_of, match_columns, normalise
from sce_method.monitoring.exports._repeats import RepeatRow, orphans, placed, repeat_rows, row_answers, top_repeats
from sce_method.monitoring.exports._response import ExportReading, Response, Submission
from sce_method.monitoring.exports._table import Rows, read_table
from sce_method.monitoring.instruments import Instrument, Question, QuestionType
from sce_method.participants import ID_PATTERN

EXPECTED_DELIMITER: Final = {Flavour.KOBO: ";", Flavour.ODK_CENTRAL: ","}
_META: Final = frozenset({
    "_uuid", "KEY", "meta-instanceID", "_submission_time", "SubmissionDate", "_validation_status", "ReviewState",
    "FormVersion", "__version__", "_id",
})  # fmt: skip
"""The metadata columns a submission is read from."""
METADATA: Final = (
    "_uuid",
    "KEY",
    "meta-instanceID",
    "_validation_status",
    "ReviewState",
    "FormVersion",
    "__version__",
    "_id",
)
"""The submission's metadata columns read into `Submission` (its date aside, which is read as a date)."""
TOKEN: Final = re.compile(r"[A-Za-z0-9_.:-]+")
"""What a metadata cell holds: an instance id (``uuid:...``), a version, a status, a server id."""


class _Reader:
    def __init__(self, instrument: Instrument, file: str, headers: list[str], columns: ColumnMap) -> None:
        self.instrument = instrument
        self.file = file
        self.headers = headers
        self.columns = columns
        self.headless = frozenset(i for i, h in enumerate(headers) if not h)
        """The columns of the header with no name: a cell under one has nowhere to go."""
        first = _first_columns(headers)
        self.first = first
        """Each header's first column: the one read."""
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
            text = None if question.name in self.columns.summaryless else cells.text(raw)
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
        if question.type in (QuestionType.DECIMAL, QuestionType.RANGE):
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

    def response(
        self,
        line: int,
        row: Sequence[object],
        participant_question: str | None,
        repeats: dict[str, list[RepeatRow]],
    ) -> Response:
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
        given: dict[str, object] = {k: v for k, v in answers.items() if v is not None}
        for name, rows in repeats.items():
            given[name] = row_answers(rows)  # nested repeats' rows inside theirs
        for problem in self.instrument.validate(given):
            moved = placed(problem, repeats)
            if moved is not None:
                problems.append(moved)  # a repeat row's problem, on its own sheet and line
                continue
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
        meta = self.metadata(row, line, problems)
        instance = meta.get("_uuid") or meta.get("KEY") or meta.get("meta-instanceID")
        submission = Submission(
            instance_id=instance.removeprefix("uuid:") if instance else None,
            submitted_at=cells.utc(cell.get("_submission_time") or cell.get("SubmissionDate")),
            review_status=meta.get("_validation_status") or meta.get("ReviewState"),
            form_version=meta.get("FormVersion") or meta.get("__version__"),
            server_id=meta.get("_id"),
        )
        extra = {self.headers[i]: str(row[i]) for i in self.unknown if i < len(row) and row[i] not in (None, "")}
        return Response(
            line=line,
            participant_id=self.participant_id(answers, participant_question, line, problems),
            answers=answers,
            submission=submission,
            problems=tuple(problems),
            extra=extra,
        )

    def metadata(self, row: Sequence[object], line: int, problems: list[Problem]) -> dict[str, str]:
        """
        The submission's metadata cells (`METADATA`) as text, each a token: ASCII letters, digits, ``_.:-``.

        Anything else (a name in a column whose header was moved, say) is a problem of its cell, never shown.
        """
        found: dict[str, str] = {}
        for header in METADATA:
            index = self.first.get(header)
            raw = row[index] if index is not None and index < len(row) else None
            value = cells.kobo_status(raw) if header == "_validation_status" else cells.text(raw)
            if value is not None and TOKEN.fullmatch(value) is None:
                said = message("exports.invalid_metadata", column=header)
                column = None if index is None else index + 1
                problems.append(Problem(path=(header,), message=said, file=self.file, line=line, column=column))
            elif value is not None:
                found[header] = value
        return found

    def participant_id(
        self, answers: dict[str, object], name: str | None, line: int, problems: list[Problem]
    ) -> str | None:
        """The answer to *name* as the participant's id: one that is no id is a problem of its cell, never shown."""
        value = answers.get(name) if name else None
        if value is None or ID_PATTERN.fullmatch(str(value)) is not None:
            return None if value is None else str(value)
        question = self.instrument.question(str(name))
        path = (self.instrument.group_of(question.name).name, question.name)
        said = message("exports.invalid_participant_id")
        problems.append(Problem(path=path, message=said, file=self.file, line=line, column=self.column_of(question)))
        return None


def _file_problems(
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


def _first_columns(headers: list[str]) -> dict[str, int]:
    """Each header and the index of its first column (a header written twice is read there, and only there)."""
    first: dict[str, int] = {}
    for index, header in enumerate(headers):
        first.setdefault(header, index)
    return first


def _repeat_sheets(file: Path, instrument: Instrument) -> tuple[dict[str, dict[str, list[RepeatRow]]], list[Problem]]:
    """The rows of the export's repeat sheets or files (see `repeat_rows`); none for a form with no repeat."""
    if not top_repeats(instrument):
        return {}, []
    return repeat_rows(file, instrument, lambda f, h, c: _Reader(instrument, f, h, c).value)


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

    def score(header: list[str]) -> int:
        return len(match_columns(instrument, [normalise(h) for h in header]).columns)

    rows, lines, delimiter = read_table(file, score)
    return reading(
        instrument, str(file), (rows, lines, delimiter), _repeat_sheets(file, instrument), participant_question
    )


def reading(
    instrument: Instrument,
    file: str,
    table: tuple[Rows, list[int], str | None],
    repeats: tuple[dict[str, dict[str, list[RepeatRow]]], list[Problem]],
    participant_question: str | None,
) -> ExportReading:
    """The table of an export (rows, their lines, its delimiter) and its repeats' rows, read (see `read_export`)."""
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
    problems, notes = _file_problems(instrument, headers, columns, file, set(found))
    problems += cell_problems
    expected = EXPECTED_DELIMITER.get(flavour)
    if delimiter is not None and expected is not None and delimiter != expected:
        said = message("exports.delimiter", found=delimiter, expected=expected, flavour=flavour.value)
        notes.insert(0, Problem(message=said, file=file, line=1))
    body, body_lines = cells.without_hxl(rows[1:], lines[1:])
    reader = _Reader(instrument, file, headers, columns)
    question_name = participant_question or instrument.participant_question
    responses: list[Response] = []
    seen: dict[str, int] = {}
    instance_column = next((headers.index(h) + 1 for h in ("_uuid", "KEY", "meta-instanceID") if h in headers), None)
    index_column = next((headers.index(h) for h in ("_index", "KEY") if h in headers), None)
    tops = {name: found[name] for name in top_repeats(instrument) if name in found}
    keys: set[str] = set()
    for line, row in zip(body_lines, body, strict=True):
        if not any(c not in (None, "") for c in row):
            continue
        key = cells.text(row[index_column]) if index_column is not None and index_column < len(row) else None
        keys |= {key} if key is not None else set()
        mine = {name: by_parent.get(key, []) if key is not None else [] for name, by_parent in tops.items()}
        response = reader.response(line, row, question_name, mine)
        instance = response.submission.instance_id
        if instance is not None and instance in seen:
            said = message("exports.duplicate_instance", first=seen[instance])
            problems.append(
                Problem(path=("instance_id",), message=said, file=file, line=response.line, column=instance_column)
            )
        elif instance is not None:
            seen[instance] = response.line
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
