"""
``sce-method``: the command line, a thin shell over the public API.

Exit codes: 0 done; 1 the input is invalid or a check failed; 2 wrong usage.
Problems go to stderr, one line per problem with its place, never a traceback
(``--debug`` shows one).

Each command lives in its own module (``_show``, ``_check``, ...) with a
``run(args, lang)`` function; `main` parses first and then imports only the
module of the command that runs, so ``--help`` and wrong usage stay quick.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Final

from sce_method._core import (
    Lang,
    ProblemsError,
    SCEError,
    check_lang,
    message,
)
from sce_method.cli import _messages  # noqa: F401 -- registers this room's messages first
from sce_method.cli._common import INVALID, OK, USAGE, UsageError, print_problems
from sce_method.cli._parser import build_parser
from sce_method.cli._usage import argparse_words, lang_of

__all__ = ["main"]

Command = Callable[[argparse.Namespace, Lang], int]
"""A command's ``run``: the parsed arguments and the language in, the exit code out."""

_MODULES: Final = {
    name: f"sce_method.cli._{name}"
    for name in (
        "show",
        "validate",
        "adapt",
        "diff",
        "check",
        "test",
        "xlsform",
        "results",
        "indicators",
        "mentoring",
        "responses",
        "schema",
        "manual",
    )
}
"""The module of each command."""


def _command(name: str) -> Command:
    """Import the module of the command *name* (and, with it, only the rooms that command uses)."""
    run: Command = importlib.import_module(_MODULES[name]).run
    return run


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run ``sce-method`` with *argv* (default: the process arguments).

    Returns:
        The exit code: 0 done, 1 invalid input, 2 wrong usage.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = lang_of(argv)
    with argparse_words(lang):
        parser = build_parser(lang)
        try:
            args = parser.parse_args(argv)
        except SystemExit as exit_:
            return int(exit_.code or 0) if isinstance(exit_.code, int | None) else USAGE
    return _run(args, check_lang(args.lang))


def _run(args: argparse.Namespace, lang: Lang) -> int:
    """Run the command of *args*; its errors as one line per problem (a traceback only with ``--debug``)."""
    run = _command(args.command)
    try:
        return run(args, lang)
    except UsageError as err:
        said = message("cli.argparse.argument").render(lang)
        said %= {"argument_name": err.option, "message": err.said.render(lang)}
        print(f"sce-method {args.command}: error: {said}", file=sys.stderr)
        return USAGE
    except BrokenPipeError:
        # The reader went away (``sce-method show | head``): not an error of ours.
        sys.stderr.close()
        return OK
    except Exception as err:
        if args.debug:
            raise
        if isinstance(err, ProblemsError):
            print_problems(err, lang)
        elif isinstance(err, SCEError):
            print(f"sce-method: {err.render(lang)}", file=sys.stderr)
        else:
            print(message("cli.internal", kind=type(err).__name__).render(lang), file=sys.stderr)
        return INVALID
