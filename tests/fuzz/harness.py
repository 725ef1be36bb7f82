"""
What every fuzz test asserts about a reader or a command, whatever its input.

- `read` calls a reader: it returns a value, or raises an `SCEError` that carries problems, each naming its
  file; any other exception fails the test (Hypothesis then shrinks the input that raised it).
- `run_cli` runs ``sce-method`` in this process: exit 0 or 1, never a traceback, never "error interno".
- `watched` captures all that a call says: stdout, stderr, log records of any logger, warnings.
- `assert_no_leak` looks for the `PLANTED` personal values in all of it, in a returned value's repr and in the
  error in both languages and as a repr.
- `assert_closed` checks that no file of a folder is left open by this process (openpyxl's streams, say, left for
  the garbage collector to close in any order);
- `assert_bounded` checks that a reader or command raised the process' peak memory by less than `MAX_GROWTH`
  (the peak only: a call that stays under an earlier peak is not measured, and other tests are never counted);
  the strategies bound every input's size, and `FUZZ`'s deadline bounds each example's time (generous: it
  catches a reader that hangs or loops, not one that is a little slow; speed is measured in benchmarks/).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import re
import resource
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Final, TypeVar

from hypothesis import HealthCheck, settings

from sce_method.cli import main
from sce_method.exceptions import ProblemsError, SCEError

T = TypeVar("T")

PLANTED: Final = ("Zacarías Plantada Quintero", "QUPZ800101MJCLNR09", "3312345678", "zacarias.plantada@example.org")
"""A name, a CURP, a phone and an e-mail: planted in personal columns, and looked for everywhere."""

PLANTED_FIELDS: Final = {"name": PLANTED[0], "curp": PLANTED[1], "phone": PLANTED[2], "email": PLANTED[3]}
"""The personal column each planted value goes into."""

EXAMPLES_PER_UNIT: Final = 10
"""A fuzz example reads files and runs a command: it costs about ten of an ordinary property test's examples."""

_LOADED: Final = settings.default
assert _LOADED is not None, "tests/conftest.py loads a profile"

FUZZ: Final = settings(
    max_examples=max(5, _LOADED.max_examples // EXAMPLES_PER_UNIT),
    deadline=dt.timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
"""The settings of every fuzz test: a tenth of the loaded profile's examples (``ci`` gives more), a deadline."""

MAX_GROWTH: Final = 512 * 1024 * 1024
"""The most one reader or command may raise the process' peak memory, in bytes."""

INTERNAL: Final = ("error interno", "internal error", "Traceback")
"""What the command line prints when a reader fails in a way it did not foresee."""


def _peak() -> int:
    """The process' peak resident memory in bytes (Linux reports kibibytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def assert_bounded(before: int) -> None:
    """The process' peak memory grew by less than `MAX_GROWTH` since it was *before* (a `_peak`)."""
    grown = _peak() - before
    assert grown < MAX_GROWTH, f"peak memory grew by {grown // 2**20} MiB"


def assert_closed(folder: str | Path) -> None:
    """No file in *folder* is open in this process (where /proc/self/fd shows them; elsewhere nothing is checked)."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return
    inside = Path(folder).resolve()
    left = []
    for fd in fds.iterdir():
        with contextlib.suppress(OSError):
            if fd.readlink().is_relative_to(inside):
                left.append(fd.readlink().name)
    assert not left, f"files left open: {left}"


class _Records(logging.Handler):
    """A handler that keeps each record's message, formatted."""

    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.DEBUG)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())


@contextlib.contextmanager
def watched() -> Iterator[list[str]]:
    """Capture stdout, stderr, every log record and every warning of the block, in the list it gives."""
    said: list[str] = []
    root = logging.getLogger()
    level = root.level
    handler = _Records(said)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    out, err = io.StringIO(), io.StringIO()
    try:
        with (
            warnings.catch_warnings(record=True) as caught,
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            warnings.simplefilter("always")
            yield said
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    said.extend([out.getvalue(), err.getvalue(), *(str(w.message) for w in caught)])


def leaks(text: str) -> list[str]:
    """The planted values that occur in *text* (a phone inside a longer run of digits does not count)."""
    return [v for v in PLANTED if re.search(rf"(?<!\d){re.escape(v)}(?!\d)", text, re.IGNORECASE)]


def assert_no_leak(*texts: str) -> None:
    """No planted value occurs in any of *texts*."""
    found = sorted({v for t in texts for v in leaks(t)})
    assert not found, f"personal values shown: {found}"


def said_by(err: SCEError) -> list[str]:
    """All that *err* says: both languages, its repr, each problem's repr."""
    problems = err.problems if isinstance(err, ProblemsError) else ()
    return [err.render("es"), err.render("en"), repr(err), *(repr(p) for p in problems)]


def assert_located(err: SCEError) -> None:
    """*err* carries problems, and each names its file."""
    assert isinstance(err, ProblemsError), f"{type(err).__name__} carries no problems: {err.render('en')}"
    assert err.problems, "an error with no problem"
    unplaced = [p.render("en") for p in err.problems if p.file is None]
    assert not unplaced, f"problems with no file: {unplaced[:3]}"


def read(call: Callable[[], T]) -> T | None:
    """
    Call a reader, watched: its value, or None when it raised a located `SCEError`.

    Fails on any other exception, on an unlocated error, on a planted value in the value's repr, the error or
    anything the call said, and on a peak memory raised past `MAX_GROWTH`.
    """
    value: T | None = None
    error: list[str] = []
    before = _peak()
    with watched() as said:
        try:
            value = call()
        except SCEError as err:
            assert_located(err)
            error = said_by(err)
    assert_bounded(before)
    assert_no_leak(repr(value), *error, *said)
    return value


def run_cli(argv: Sequence[str], *outputs: str) -> int:
    """
    Run ``sce-method`` with *argv*, watched: its exit code (0 or 1).

    Fails on any other code, on a traceback or an internal error, and on a planted value in what it printed,
    logged or warned, or in the text files *outputs* it wrote.
    """
    before = _peak()
    with watched() as said:
        code = main(list(argv))
    assert_bounded(before)
    printed = "\n".join(said)
    assert code in (0, 1), f"exit {code}: {printed[-2000:]}"
    assert not [w for w in INTERNAL if w in printed], printed[-2000:]
    written = []
    for path in outputs:
        with contextlib.suppress(FileNotFoundError):
            written.append(Path(path).read_text(encoding="utf-8", errors="replace"))
    assert_no_leak(printed, *written)
    return code
