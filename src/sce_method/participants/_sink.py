"""
Where the problems of a cohort's reading go, and what the caller asked to happen on the first one (`OnError`).

- ``errors="collect"`` (default): read everything, then raise `LoadError`
  with every problem found;
- ``errors="raise"``: stop at the first problem;
- ``errors="keep"``: return the cohort without the bad rows, which are listed
  in ``cohort.problems``: for an analyst who has looked at them and goes on.
"""

from __future__ import annotations

from typing import Literal

import attrs

from sce_method._core import Message, Problem

OnError = Literal["collect", "raise", "keep"]
"""What the reader does with bad rows (see the module docstring)."""


class StopAtFirst(Exception):  # noqa: N818 -- internal signal for errors="raise", never escapes the reader
    """Raised by `Sink.add` when the caller asked to stop at the first problem."""


@attrs.define
class Sink:
    """Where problems go while reading; stops at the first one when asked."""

    errors: OnError
    problems: list[Problem] = attrs.field(factory=list)

    def add(self, file: str, line: int | None, column: int | None, path: tuple[str, ...], msg: Message) -> None:
        """Note a problem (and stop, under ``errors="raise"``)."""
        self.problems.append(Problem(path=path, message=msg, file=file, line=line, column=column))
        if self.errors == "raise":
            raise StopAtFirst
