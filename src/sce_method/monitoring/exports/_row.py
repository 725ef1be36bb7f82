"""
An export's rows read: each cell typed by its question, each row validated, its submission metadata read.

`RowReader` is made once per table (its headers and the columns matched to the instrument) and reads every row
into a `Response`. A cell that cannot be read, an answer that does not validate, a metadata cell that is no token
and a participant id that is no id are problems of the row, placed on its line and column; none shows what the
cell holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from sce_method._core import Problem, message
from sce_method.monitoring.exports import _cells as cells
from sce_method.monitoring.exports._columns import ColumnMap
from sce_method.monitoring.exports._header import first_columns
from sce_method.monitoring.exports._repeats import RepeatRow, placed, row_answers
from sce_method.monitoring.exports._response import Response, Submission
from sce_method.monitoring.instruments import Instrument, Question, QuestionType
from sce_method.participants import ID_PATTERN

META_COLUMNS: Final = frozenset({
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


class RowReader:
    """The reader of a table's rows: each row's cells typed, validated and placed, its metadata read."""

    def __init__(self, instrument: Instrument, file: str, headers: list[str], columns: ColumnMap) -> None:
        self.instrument = instrument
        self.file = file
        self.headers = headers
        self.columns = columns
        self.headless = frozenset(i for i, h in enumerate(headers) if not h)
        """The columns of the header with no name: a cell under one has nowhere to go."""
        first = first_columns(headers)
        self.first = first
        """Each header's first column: the one read."""
        self.unknown = tuple(i for i in columns.unknown if first[headers[i]] == i)
        """The columns kept in `Response.extra`: of a header written twice, the first (a problem of the file)."""
        self.by_label: dict[str, dict[str, str]] = {}
        # Worked out once per file, not once per row: the questions read, and where the metadata is.
        self.read = [q for q in instrument.questions if q.answers and q.name in columns.columns]
        self.meta = {name: index for index, name in enumerate(headers) if name in META_COLUMNS}
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
