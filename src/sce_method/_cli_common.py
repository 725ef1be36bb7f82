"""Shared pieces of the command line: exit codes, output, dates."""

from __future__ import annotations

import sys
from typing import Final, TextIO

import pendulum

from sce_method._core import (
    Lang,
    LoadError,
    Message,
    Problem,
    ProblemsError,
    SCEError,
    as_date,
    atomic_write_text,
    message,
)

OK: Final = 0
INVALID: Final = 1
USAGE: Final = 2

FORMATS: Final = ("table", "json", "md")


def emit(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        atomic_write_text(output, text)
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise WriteError(message("cli.write_failed", path=output, reason=reason)) from None


class WriteError(SCEError, OSError):
    """The output file could not be written."""

    def __init__(self, said: Message) -> None:
        self.message = said
        super().__init__(said.render("es"))


def print_problems(err: ProblemsError, lang: Lang, stream: TextIO | None = None) -> None:
    out = stream or sys.stderr
    for problem in err.problems:
        print(problem.render(lang), file=out)


def date_arg(value: str) -> pendulum.Date:
    try:
        return as_date(value)
    except ValueError:
        raise LoadError([Problem(path=("as_of",), message=message("load.invalid_date", value=value))]) from None
