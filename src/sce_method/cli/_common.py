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
    ProblemsError,
    TabularReport,
    WriteError,
    atomic_write_text,
    json_text,
    message,
)

OK: Final = 0
INVALID: Final = 1
USAGE: Final = 2

FORMATS: Final = ("table", "json", "md")


def methodology_option(parser: argparse.ArgumentParser) -> None:
    """``--methodology ID|PATH``."""
    parser.add_argument("--methodology", metavar="ID|PATH", help="metodología (por omisión, la incluida)")


def output_option(parser: argparse.ArgumentParser) -> None:
    """``-o/--output FILE``: write there instead of stdout (see `emit`)."""
    parser.add_argument("-o", "--output", metavar="FILE", help="escribir en FILE en vez de la salida estándar")


def format_option(parser: argparse.ArgumentParser, *, csv: bool = False) -> None:
    """``--format`` for tables: table, json, md, and csv when asked (with `formula_escape_option`)."""
    choices = (*FORMATS, "csv") if csv else FORMATS
    parser.add_argument("--format", choices=choices, default="table", help="formato de salida")
    if csv:
        formula_escape_option(parser)


def formula_escape_option(parser: argparse.ArgumentParser) -> None:
    """``--no-formula-escape``: CSV cells as they are, for programs (by default, formulas are escaped)."""
    parser.add_argument(
        "--no-formula-escape",
        dest="formula_escape",
        action="store_false",
        help=(
            "CSV: no anteponer ' a los textos que empiezan con = + - @ (protección contra fórmulas al abrir el"
            " archivo en Excel); solo para programas que leen el CSV"
        ),
    )


def data_text(
    report: TabularReport[Mapping[str, object]], fmt: str, lang: Lang, *, formula_escape: bool = True
) -> str | None:
    """A report's rows as ``csv`` or ``json`` text; None for the formats for people (``table``, ``md``)."""
    if fmt == "csv":
        return report.to_csv(lang, formula_escape=formula_escape)
    if fmt == "json":
        return json_text(report.rows(lang))
    return None


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


def print_problems(err: ProblemsError, lang: Lang, stream: TextIO | None = None) -> None:
    """Each problem of *err* on its own line, to stderr by default."""
    out = stream or sys.stderr
    for problem in err.problems:
        print(problem.render(lang), file=out)
