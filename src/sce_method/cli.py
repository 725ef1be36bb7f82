"""
``sce-method``: the command line, a thin shell over the public API.

Exit codes: 0 done; 1 the input is invalid or a check failed; 2 wrong usage.
Problems go to stderr, one line per problem with its place, never a traceback
(``--debug`` shows one).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from sce_method._cli_commands import COMMANDS
from sce_method._cli_common import INVALID, OK, USAGE, print_problems
from sce_method._cli_parser import build_parser
from sce_method._core import (
    Message,
    ProblemsError,
    SCEError,
    check_lang,
    message,
)


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run ``sce-method`` with *argv* (default: the process arguments).

    Returns:
        The exit code: 0 done, 1 invalid input, 2 wrong usage.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if isinstance(exit_.code, int | None) else USAGE
    lang = check_lang(args.lang)
    try:
        return COMMANDS[args.command](args, lang)
    except ProblemsError as err:
        if args.debug:
            raise
        print_problems(err, lang)
        return INVALID
    except SCEError as err:
        if args.debug:
            raise
        said = getattr(err, "message", None)
        text = said.render(lang) if isinstance(said, Message) else str(err)
        print(f"sce-method: {text}", file=sys.stderr)
        return INVALID
    except BrokenPipeError:
        # The reader went away (``sce-method show | head``): not an error of ours.
        sys.stderr.close()
        return OK
    except Exception as err:
        if args.debug:
            raise
        print(message("cli.internal", kind=type(err).__name__).render(lang), file=sys.stderr)
        return INVALID


if __name__ == "__main__":  # pragma: no cover -- ``python -m sce_method.cli``
    sys.exit(main())
