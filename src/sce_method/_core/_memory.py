"""Bulk work that builds many small objects: the cyclic garbage collector paused while it runs."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """
    Pause Python's cyclic garbage collector for the block, and start it again after (if it was running).

    A computation that builds hundreds of thousands of short-lived dicts, lists and records while millions of
    others are alive (a cohort's responses) makes the collector walk the whole heap again and again: a third of
    `compute_indicators`' time at 100,000 participants. Nothing it builds is freed by the collector alone
    (reference counting frees it); what the block leaves in cycles is collected on the collector's next run.
    The collector is one for the whole process: other threads run without it for the block too.

    >>> import gc
    >>> with paused_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()
