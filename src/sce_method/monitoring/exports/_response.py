"""What an export holds: each row's typed answers and submission metadata, and the file's problems."""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import pendulum

from sce_method._core import Problem
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
