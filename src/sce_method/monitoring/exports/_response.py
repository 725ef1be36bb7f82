"""What an export holds: each row's typed answers and submission metadata, and the file's problems."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, TypedDict

import attrs
import pendulum

from sce_method._core import DEFAULT_LANG, Column, Lang, Problem, TabularReport, sized
from sce_method.monitoring.exports._answer_columns import AnswerColumns
from sce_method.monitoring.exports._columns import Flavour


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


class ResponseRow(TypedDict):
    """
    One row of an export, as `ExportReading.rows` gives it: where it came from, and whether it is valid.

    The answers themselves differ by instrument; they are in `Response.answers`.
    """

    line: int
    """The line of the export the row was read from."""
    participant_id: str | None
    instance_id: str | None
    submitted_at: str | None
    """ISO date and time, in UTC."""
    review_status: str | None
    form_version: str | None
    server_id: str | None
    valid: bool
    problems: str
    """The row's problems, each as ``$.group.question: message``, ``; `` separated."""


RESPONSE_COLUMNS: Final = tuple(ResponseRow.__annotations__)
"""The columns of `ExportReading.to_csv`, in order."""

_FRAME: Final = (
    Column("line", "int"),
    Column("participant_id", "str"),
    Column("instance_id", "str"),
    Column("submitted_at", "datetime"),
    Column("review_status", "category"),
    Column("form_version", "category"),
    Column("server_id", "str"),
    Column("valid", "bool"),
    Column("problems", "str"),
)


@attrs.frozen(kw_only=True)
class ExportReading(TabularReport[ResponseRow]):
    """
    Every row of an export, and the problems and warnings of the file as a whole.

    ``rows(lang)`` gives a `ResponseRow` per response (its metadata, whether
    it is valid and why not), ``to_csv(lang)`` their CSV text, and
    ``write_csv(path, lang)`` writes it atomically. The problems of the file
    as a whole are in `problems` and `warnings`, not in the rows.
    """

    csv_columns = RESPONSE_COLUMNS
    frame_columns = _FRAME

    instrument_id: str
    flavour: Flavour
    responses: tuple[Response, ...] = attrs.field(repr=sized)
    file: str | None = None
    """The export read, for the problems that point into it."""
    participant_column: int | None = None
    """The column (from 1) the participant ids were read from, for the problems that point at them."""
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    answer_columns: AnswerColumns | None = attrs.field(default=None, eq=False, repr=False)
    """The answers column by column, when the reader typed them as columns (a CSV, with the ``tables`` extra): see
    `columns`. Not part of the reading's value: two readings of the same rows are equal with or without them."""

    @property
    def columns(self) -> AnswerColumns | None:
        """`answer_columns`, when they are lined up with these `responses` (not those of another reading's)."""
        found = self.answer_columns
        return found if found is not None and found.responses is self.responses else None

    @property
    def row_problems(self) -> tuple[Problem, ...]:
        """Every problem of every row, in file order."""
        return tuple(p for r in self.responses for p in r.problems)

    @property
    def valid(self) -> bool:
        """Whether the file and every row are free of problems (warnings allowed)."""
        return not self.problems and all(r.valid for r in self.responses)

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[ResponseRow]:
        """One `ResponseRow` per response, in file order, its problems in *lang*."""
        return [
            {
                "line": r.line,
                "participant_id": r.participant_id,
                "instance_id": r.submission.instance_id,
                "submitted_at": r.submission.submitted_at.isoformat() if r.submission.submitted_at else None,
                "review_status": r.submission.review_status,
                "form_version": r.submission.form_version,
                "server_id": r.submission.server_id,
                "valid": r.valid,
                "problems": "; ".join(attrs.evolve(p, file=None, line=None).render(lang) for p in r.problems),
            }
            for r in self.responses
        ]
