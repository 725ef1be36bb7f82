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

import csv
import datetime as dt
import io
import os
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

import attrs
import pendulum

from sce_method._core import LoadError, Message, Problem, decode_utf8, message
from sce_method.monitoring._export_columns import ColumnMap, Flavour, flavour_of, normalise, resolve
from sce_method.monitoring.instruments import Instrument, Question, QuestionType

EXPECTED_DELIMITER: Final = {Flavour.KOBO: ";", Flavour.ODK_CENTRAL: ","}


@attrs.frozen(kw_only=True)
class Submission:
    """Where a response came from: the server's metadata, in one shape for Kobo and Central."""

    instance_id: str | None = None
    submitted_at: pendulum.DateTime | None = None
    """In UTC."""
    review_status: str | None = None
    form_version: str | None = None
    server_id: str | None = None


@attrs.frozen(kw_only=True)
class Response:
    """One row of an export: typed answers, its metadata, its problems, and any unknown columns."""

    line: int
    participant_id: str | None
    answers: Mapping[str, object] = attrs.field(repr=False)
    submission: Submission
    problems: tuple[Problem, ...] = ()
    extra: Mapping[str, str] = attrs.field(factory=dict, repr=False)

    @property
    def valid(self) -> bool:
        """Whether the row has no problem."""
        return not self.problems


@attrs.frozen(kw_only=True)
class ExportReading:
    """Every row of an export, and the problems and warnings of the file as a whole."""

    instrument_id: str
    flavour: Flavour
    responses: tuple[Response, ...]
    file: str | None = None
    """The export read, for the problems that point into it."""
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()

    @property
    def row_problems(self) -> tuple[Problem, ...]:
        """Every problem of every row, in file order."""
        return tuple(p for r in self.responses for p in r.problems)

    @property
    def valid(self) -> bool:
        """Whether the file and every row are free of problems (warnings allowed)."""
        return not self.problems and all(r.valid for r in self.responses)


class _CellError(Exception):
    def __init__(self, said: Message) -> None:
        self.message = said


def _table(path: Path) -> tuple[list[list[object]], list[int], str | None]:
    """The rows of the export (header first), the line each starts on, and the CSV delimiter used, if a CSV."""
    if not path.is_file():
        raise LoadError([Problem(message=message("load.not_found"), file=str(path))])
    if path.suffix.lower() == ".xlsx":
        try:
            import openpyxl  # noqa: PLC0415 -- optional extra
        except ImportError:
            raise LoadError([Problem(message=message("cohort.xlsx_extra"), file=str(path))]) from None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # openpyxl's notes on formatting it drops
            try:
                workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
                sheet = workbook[workbook.sheetnames[0]]
                table: list[list[object]] = [list(row) for row in sheet.iter_rows(values_only=True)]
            except Exception as err:  # noqa: BLE001 -- openpyxl raises many kinds for a broken file
                said = message("load.unreadable", reason=type(err).__name__)
                raise LoadError([Problem(message=said, file=str(path))]) from None
            return table, list(range(1, len(table) + 1)), None
    text = decode_utf8(path.read_bytes(), file=str(path))
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[object]] = []
    lines: list[int] = []
    while True:
        start = reader.line_num + 1  # a quoted cell may hold line breaks: a record can span lines
        try:
            row = next(reader)
        except StopIteration:
            break
        rows.append(list(row))
        lines.append(start)
    return rows, lines, delimiter


def _number(value: object, *, integer: bool) -> float | int:
    if isinstance(value, bool):
        raise _CellError(message("cell.not_number", value=value))
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(str(value).strip())
        except ValueError:
            raise _CellError(message("cell.not_number", value=value)) from None
    if integer:
        if not number.is_integer():
            raise _CellError(message("response.type", expected=message("type.int"), found=repr(value)))
        return int(number)
    return number


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()[:10]
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _CellError(message("load.invalid_date", value=value)) from None


def _utc(value: object) -> pendulum.DateTime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return pendulum.instance(value, tz="UTC").in_timezone("UTC")
    text = str(value).strip().replace("Z", "+00:00")
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)  # Kobo's _submission_time is UTC without a suffix
    return pendulum.instance(parsed).in_timezone("UTC")


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _kobo_status(value: object) -> str | None:
    """Kobo's validation status by its uid (XML export) or label: ``approved``, ``not_approved``, ``on_hold``."""
    text = _text(value)
    if text is None:
        return None
    return text.lower().removeprefix("validation_status_").replace(" ", "_")


class _Reader:
    def __init__(self, instrument: Instrument, file: str, headers: list[str], columns: ColumnMap) -> None:
        self.instrument = instrument
        self.file = file
        self.headers = headers
        self.columns = columns
        self.by_label: dict[str, dict[str, str]] = {}
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
            flags = {name: _text(row[i]) if i < len(row) else None for name, i in detail.items()}
            text = _text(raw)
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
            return _number(raw, integer=True)
        if question.type is QuestionType.DECIMAL:
            return _number(raw, integer=False)
        if question.type is QuestionType.DATE:
            return _date(raw)
        text = _text(raw)
        if question.type is QuestionType.SELECT_ONE and text is not None:
            return self.choice(question, text)
        return text

    def column_of(self, question: Question) -> int | None:
        index = self.columns.columns.get(question.name)
        return None if index is None else index + 1

    def response(self, line: int, row: Sequence[object], participant_question: str | None) -> Response:
        answers: dict[str, object] = {}
        problems: list[Problem] = []
        for question in self.instrument.questions:
            if not question.answers or question.name not in self.columns.columns:
                continue
            try:
                answers[question.name] = self.value(question, row)
            except _CellError as err:
                path = (self.instrument.group_of(question.name).name, question.name)
                problems.append(
                    Problem(path=path, message=err.message, file=self.file, line=line, column=self.column_of(question))
                )
        unreadable = {str(p.path[-1]) for p in problems}
        for problem in self.instrument.validate({k: v for k, v in answers.items() if v is not None}):
            name = str(problem.path[-1])
            if name in unreadable:
                continue  # not blank but unreadable, and already said so: not also "required answer missing"
            if problem.message.key == "response.required" and name not in self.columns.columns:
                continue  # the whole column is missing, said once for the file: not again on every row
            column = self.column_of(self.instrument.question(name)) if name in self.columns.columns else None
            problems.append(attrs.evolve(problem, file=self.file, line=line, column=column))
        cell = {h: row[i] for i, h in enumerate(self.headers) if i < len(row)}
        instance = _text(cell.get("_uuid")) or _text(cell.get("KEY")) or _text(cell.get("meta-instanceID"))
        submission = Submission(
            instance_id=instance.removeprefix("uuid:") if instance else None,
            submitted_at=_utc(cell.get("_submission_time") or cell.get("SubmissionDate")),
            review_status=_kobo_status(cell.get("_validation_status")) or _text(cell.get("ReviewState")),
            form_version=_text(cell.get("FormVersion")) or _text(cell.get("__version__")),
            server_id=_text(cell.get("_id")),
        )
        participant = answers.get(participant_question) if participant_question else None
        extra = {
            self.headers[i]: str(row[i]) for i in self.columns.unknown if i < len(row) and row[i] not in (None, "")
        }
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
    """Problems of the file as a whole (a question with no column) and warnings (a column of no question)."""
    problems = [
        Problem(
            path=(instrument.group_of(q.name).name, q.name),
            message=message("export.missing_column"),
            file=file,
            line=1,
        )
        for q in instrument.questions
        if q.answers and q.name not in columns.columns
    ]
    notes = [
        Problem(path=(headers[i],), message=message("export.unknown_column"), file=file, line=1, column=i + 1)
        for i in columns.unknown
    ]
    return problems, notes


def _without_hxl(body: list[list[object]], lines: list[int]) -> tuple[list[list[object]], list[int]]:
    """Skip a Kobo HXL row (row 2, every non-empty cell a #tag); return the data rows and their lines."""
    if (
        body
        and any(c not in (None, "") for c in body[0])
        and all(str(c).startswith("#") for c in body[0] if c not in (None, ""))
    ):
        return body[1:], lines[1:]
    return body, lines


def read_export(
    path: str | os.PathLike[str], instrument: Instrument, *, participant_question: str | None = None
) -> ExportReading:
    """
    Read a KoboToolbox (CSV or XLSX) or ODK Central (CSV) export of *instrument*.

    The participant id comes from *participant_question* (by default the
    instrument's ``participant_question``).

    Raises:
        LoadError: the file is missing, unreadable, empty, or matches none of
            the instrument's questions.
    """
    file = Path(path)
    rows, lines, delimiter = _table(file)
    if not rows:
        raise LoadError([Problem(message=message("load.empty"), file=str(file))])
    headers = [normalise(str(h)) if h is not None else "" for h in rows[0]]
    flavour = flavour_of(headers)
    columns = resolve(instrument, headers)
    if not columns.columns:
        said = message("export.no_question", instrument=instrument.id)
        raise LoadError([Problem(message=said, file=str(file), line=1)])
    problems, notes = _file_problems(instrument, headers, columns, str(file))
    expected = EXPECTED_DELIMITER.get(flavour)
    if delimiter is not None and expected is not None and delimiter != expected:
        said = message("export.delimiter", found=delimiter, expected=expected, flavour=flavour.value)
        notes.insert(0, Problem(message=said, file=str(file), line=1))
    body, body_lines = _without_hxl(rows[1:], lines[1:])
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
            said = message("export.duplicate_instance", first=seen[instance])
            problems.append(
                Problem(path=("instance_id",), message=said, file=str(file), line=response.line, column=instance_column)
            )
        elif instance is not None:
            seen[instance] = response.line
        responses.append(response)
    return ExportReading(
        instrument_id=instrument.id,
        file=str(file),
        flavour=flavour,
        responses=tuple(responses),
        problems=tuple(problems),
        warnings=tuple(notes),
    )
