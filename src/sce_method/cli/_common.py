"""
Shared pieces of the command line: exit codes, output, and the options several commands take.

Light on purpose: the parser imports this module, so it imports nothing above
`sce_method._core`.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Mapping
from typing import Final, TextIO

from sce_method._core import (
    Lang,
    Message,
    ProblemsError,
    TabularReport,
    WriteError,
    atomic_path,
    atomic_write_text,
    json_text,
    message,
)

OK: Final = 0
INVALID: Final = 1
USAGE: Final = 2

FORMATS: Final = ("table", "json", "md")
DATA_FORMATS: Final = ("csv", "parquet")
"""Formats for programs: a report's rows as CSV, or typed as Parquet (needs ``-o``)."""
CHART_FORMATS: Final = ("svg", "png")


def methodology_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--methodology ID|PATH``."""
    parser.add_argument("--methodology", metavar="ID|PATH", help=help_text)


def output_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``-o/--output FILE``: write there instead of stdout (see `emit`)."""
    parser.add_argument("-o", "--output", metavar="FILE", help=help_text)


def format_option(parser: argparse.ArgumentParser, help_text: str, *, data: bool = False, chart: bool = False) -> None:
    """``--format``: table, json, md; csv and parquet for a report (*data*); svg and png for a chart."""
    choices = (*FORMATS, *(DATA_FORMATS if data else ()), *(CHART_FORMATS if chart else ()))
    parser.add_argument("--format", choices=choices, default="table", help=help_text)


class UsageError(Exception):
    """Wrong usage found after parsing (``--format parquet`` without ``-o``): exit 2, the message naming the option."""

    def __init__(self, option: str, said: Message) -> None:
        self.option = option
        self.said = said
        super().__init__(option)


def formula_escape_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--no-formula-escape``: CSV cells as they are, for programs (by default, formulas are escaped)."""
    parser.add_argument("--no-formula-escape", dest="formula_escape", action="store_false", help=help_text)


def data_text(
    report: TabularReport[Mapping[str, object]], fmt: str, lang: Lang, *, formula_escape: bool = True
) -> str | None:
    """A report's rows as ``csv`` or ``json`` text; None for the formats for people (``table``, ``md``)."""
    if fmt == "csv":
        return report.to_csv(lang, formula_escape=formula_escape)
    if fmt == "json":
        return json_text(report.rows(lang))
    return None


def emit_data(
    report: TabularReport[Mapping[str, object]],
    fmt: str,
    lang: Lang,
    output: str | None,
    *,
    formula_escape: bool = True,
) -> bool:
    """
    Write a report as data (``csv``, ``json``, ``parquet``) to *output* or stdout; False for a format for people.

    *formula_escape* False writes CSV text cells as they are (see `formula_escape_option`).

    Raises:
        UsageError: ``parquet`` without a file to write.
        MissingExtraError: ``parquet`` without pyarrow.
    """
    if fmt == "parquet":
        if output is None:
            raise UsageError("--format", message("cli.usage.needs_output", format=fmt))
        report.write_parquet(output, lang)
        return True
    text = data_text(report, fmt, lang, formula_escape=formula_escape)
    if text is None:
        return False
    emit(text, output)
    return True


def emit(text: str, output: str | None) -> None:
    """
    Write *text* to stdout, or all at once to the file *output*.

    Raises:
        WriteError: the file could not be written.
    """
    if output is None:
        sys.stdout.write(text)
        return
    with writing(output):
        atomic_write_text(output, text)


@contextlib.contextmanager
def writing(output: str) -> Iterator[None]:
    """
    Say a failure to write the file *output* in the block as a `WriteError` naming it (a missing folder, a folder).

    For the commands that hand *output* to a writer of their own (an XLSForm's
    workbook) rather than to `emit`.

    Raises:
        WriteError: the block raised an `OSError`.
    """
    try:
        yield
    except WriteError:
        raise
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise WriteError(message("cli.write_failed", path=output, reason=reason)) from None


def emit_bytes(data: bytes, output: str) -> None:
    """
    Write *data* all at once to the file *output*.

    Raises:
        WriteError: the file could not be written.
    """
    try:
        with atomic_path(output) as temporary:
            temporary.write_bytes(data)
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise WriteError(message("cli.write_failed", path=output, reason=reason)) from None


def print_problems(err: ProblemsError, lang: Lang, stream: TextIO | None = None) -> None:
    """Each problem of *err* on its own line, to stderr by default."""
    out = stream or sys.stderr
    for problem in err.problems:
        print(problem.render(lang), file=out)
