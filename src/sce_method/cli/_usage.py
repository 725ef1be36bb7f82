"""
Usage in the reader's language: the parser class, ``--lang`` found before parsing, argparse's own words.

``--lang`` (or ``SCE_METHOD_LANG``) decides the language of ``--help`` and of
usage errors, so it is read from the arguments before the parser is built,
wherever it stands (before or after the command). argparse's own words
("usage:", "options", "the following arguments are required") go through
the `gettext` hook argparse calls, `argparse._`, which `argparse_words`
points at the catalog while the command line runs. A wrong choice says the
closest valid one; a bad value names its option (``argument --as-of: ...``)
and exits 2.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, NoReturn

from sce_method._core import LANGS, Lang, ProblemsError, as_of_date, message
from sce_method.cli._common import USAGE

_ARGPARSE: Final = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positionals",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "show program's version number and exit": "cli.argparse.version",
    "the following arguments are required: %s": "cli.argparse.required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "expected one argument": "cli.argparse.one",
    "expected at least one argument": "cli.argparse.at_least_one",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_type",
}
"""argparse's words that a person meets, and the message saying each in the reader's language."""


def lang_of(argv: Sequence[str], environ: dict[str, str] | None = None) -> Lang:
    """
    The language asked for: the last ``--lang X`` or ``--lang=X`` anywhere in *argv*, else ``SCE_METHOD_LANG``, else es.

    An unknown value is left for the parser to refuse; until then, Spanish.

    >>> lang_of(["check", "dir", "--lang", "en"]), lang_of(["--lang=en", "check"]), lang_of([], {})
    ('en', 'en', 'es')
    """
    found = (environ if environ is not None else os.environ).get("SCE_METHOD_LANG", "es")
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            found = argv[index + 1]
        elif arg.startswith("--lang="):
            found = arg.removeprefix("--lang=")
    return "en" if found == "en" else "es"


@contextlib.contextmanager
def argparse_words(lang: Lang) -> Iterator[None]:
    """While the block runs, argparse says its own words in *lang* (English is argparse's own)."""
    if lang == "en":
        yield
        return
    original: Callable[[str], str] = argparse._  # type: ignore[attr-defined]

    def translate(text: str) -> str:
        return message(_ARGPARSE[text]).render(lang) if text in _ARGPARSE else text

    argparse._ = translate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An argument parser that speaks *lang*, suggests the closest choice, and exits 2 on wrong usage."""

    def __init__(self, *args: Any, lang: Lang = "es", **kwargs: Any) -> None:  # noqa: ANN401 -- argparse's own
        self.lang: Lang = lang
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Print the usage line and *message* to stderr, and exit 2."""
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: error: {message}\n")

    def _check_value(self, action: argparse.Action, value: object) -> None:
        choices = action.choices
        if choices is None or value in choices:
            return
        names = [str(c) for c in choices]
        import difflib  # noqa: PLC0415 -- only when an error is worded (keeps the import of every room quick)

        close = difflib.get_close_matches(str(value), names, n=1)
        said = (
            message("cli.usage.did_you_mean", value=value, suggestion=close[0], choices=", ".join(names))
            if close
            else message("cli.usage.choice", value=value, choices=", ".join(names))
        )
        raise argparse.ArgumentError(action, said.render(self.lang))


def date_option(lang: Lang) -> Callable[[str], dt.date]:
    """The ``type`` of a date option: ISO text to a date, or argparse's error in *lang* (the option is named)."""

    def parse(text: str) -> dt.date:
        try:
            return as_of_date(text)
        except ProblemsError as err:
            raise argparse.ArgumentTypeError(err.problems[0].message.render(lang)) from None

    return parse


def whole_number_option(lang: Lang) -> Callable[[str], int]:
    """The ``type`` of a count option (``--max-rows``): digits only, at least 1 (``2,5``, ``1e6`` and ``0`` refused)."""

    def parse(text: str) -> int:
        if not (text.isascii() and text.isdigit()) or int(text) < 1:
            raise argparse.ArgumentTypeError(message("cli.usage.whole_number", found=text[:40]).render(lang))
        return int(text)

    return parse


def lang_option(parser: argparse.ArgumentParser, help_text: str, *, top: bool) -> None:
    """``--lang es|en``: its default only on the top parser, so that a command's does not hide one given before it."""
    default = lang_of([]) if top else argparse.SUPPRESS
    parser.add_argument("--lang", choices=LANGS, default=default, help=help_text)
