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
    The collector is one for the whole process: other threads run without it for the block too. At the end, the
    objects made meanwhile go straight to its oldest generation (`gc.freeze` then `gc.unfreeze`, unless the process
    froze some itself), so that its first run after does not walk them all at once either (about 0.1 s after an
    export of 100,000 rows is read).

    >>> import gc
    >>> with paused_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    running = gc.isenabled()
    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        yield
    finally:
        if running and not frozen:
            gc.freeze()
            gc.unfreeze()
        if running:
            gc.enable()
