"""
One progress bar on stderr, across reading a cohort and evaluating it, and only on a terminal.

tqdm draws it (docs/dependencies.md). While the lists are read the bar counts
rows, as their number is not known before; when evaluation starts the same
bar is reset to count participants out of their total. Piped or redirected,
stderr gets nothing: a log file is no place for a bar.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING, Never, Self, TextIO

from sce_method._core import Lang, message

if TYPE_CHECKING:
    from tqdm import tqdm

MIN_INTERVAL = 0.2
"""Seconds between two redraws of the bar."""


class Progress:
    """A bar on *stream* (stderr by default) if it is a terminal; else nothing, at no cost."""

    def __init__(self, lang: Lang, stream: TextIO | None = None) -> None:
        self.lang = lang
        self.stream = stream or sys.stderr
        self.bar: tqdm[Never] | None = None
        if self.stream.isatty():
            from tqdm import tqdm  # noqa: PLC0415 -- only on a terminal

            self.bar = tqdm(file=self.stream, mininterval=MIN_INTERVAL, unit="", leave=False, dynamic_ncols=True)

    def read(self, name: str, rows: int) -> None:
        """*rows* more rows of the list *name* were read."""
        if self.bar is not None:
            self.bar.set_description_str(message("cli.progress.reading", name=name).render(self.lang), refresh=False)
            self.bar.update(rows)

    def evaluated(self, done: int, total: int) -> None:
        """*done* of *total* participants were evaluated."""
        if self.bar is None:
            return
        if self.bar.total != total:
            self.bar.reset(total=total)
            self.bar.set_description_str(message("cli.progress.evaluating").render(self.lang), refresh=True)
        self.bar.update(done - self.bar.n)
        if done == total:  # a columnar engine tells only the start and the end: show the end however soon it comes
            self.bar.refresh()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.bar is not None:
            self.bar.close()
