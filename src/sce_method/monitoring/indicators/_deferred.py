"""
A cell's members worked out when first asked (`Deferred`), for the cells of a column-wise tally.

A tally by cohort over a state's register makes tens of thousands of cells, each with the set of the participants it
counts. The disclosure control needs only how those cells nest and how many each counts, which the tally knows
already (see `Links`); the sets themselves are read by a caller who asks for `Cell.members`, and by the checks when
the tally cannot tell how the cells nest. A `Deferred` knows its size and builds its set on first use, once.
"""

from __future__ import annotations

from collections.abc import Callable


class Deferred:
    """A set of participant ids of a known *size*, built by *make* when first asked (`get`), then kept."""

    __slots__ = ("_found", "_make", "size")

    def __init__(self, size: int, make: Callable[[], frozenset[str]]) -> None:
        self.size = size
        """How many ids the set holds: ``len(get())``."""
        self._make = make
        self._found: frozenset[str] | None = None

    def get(self) -> frozenset[str]:
        """The set, built the first time."""
        if self._found is None:
            self._found = self._make()  # a failure leaves it to be built again, never an empty set
        return self._found

    def __reduce__(self) -> tuple[type[frozenset[str]], tuple[frozenset[str]]]:
        """Pickled (or deep-copied) as the set itself, which a `Cell` takes as well: no function travels."""
        return frozenset, (self.get(),)

    def __repr__(self) -> str:
        """Its size only: the ids identify people."""
        return f"Deferred(size={self.size})"
