"""
Small-cell protection: broken-down figures that cannot single a person out.

A cell counts fewer than the threshold if its denominator, or a numerator
that is neither 0 nor the whole, is under it: "1 of 12 survivors at CJM
Tlajomulco" identifies someone. Such cells are hidden (primary suppression).
Where one hidden cell could be recovered by subtracting the others from the
total, the next smallest cell is hidden too (secondary suppression). Totals
are never hidden: they are the figures the report stands on.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs


@attrs.frozen(kw_only=True)
class Cell:
    """One broken-down figure: a dimension (centre, cohort, age band), its key, and its counts."""

    dimension: str
    key: str
    numerator: float
    denominator: int
    suppressed: bool = False

    @property
    def value(self) -> float | None:
        """Numerator / denominator; None when hidden or empty."""
        if self.suppressed or not self.denominator:
            return None
        return self.numerator / self.denominator

    def shown(self, part: str, min_cell: int) -> str:
        """``numerator``, ``denominator`` or ``value`` as text, ``<min_cell`` when hidden."""
        if self.suppressed:
            return f"<{min_cell}"
        if part == "numerator":
            return f"{self.numerator:g}"
        if part == "denominator":
            return str(self.denominator)
        value = self.value
        return "" if value is None else f"{value:.3f}"


def _too_small(cell: Cell, min_cell: int, *, mean: bool) -> bool:
    if cell.denominator < min_cell:
        return True
    if mean:
        return False
    inside = cell.numerator
    outside = cell.denominator - cell.numerator
    return 0 < inside < min_cell or 0 < outside < min_cell


def protect(cells: Sequence[Cell], min_cell: int, *, mean: bool = False) -> list[Cell]:
    """
    The cells of one dimension with small ones hidden, primary and secondary.

    >>> cells = [
    ...     Cell(dimension="centro", key=k, numerator=n, denominator=d)
    ...     for k, n, d in (("crea", 20, 40), ("cjm-gdl", 10, 20), ("cjm-tlaj", 1, 3))
    ... ]
    >>> [(c.key, c.suppressed) for c in protect(cells, 5)]
    [('crea', False), ('cjm-gdl', True), ('cjm-tlaj', True)]
    """
    hidden = {index for index, cell in enumerate(cells) if _too_small(cell, min_cell, mean=mean)}
    if len(hidden) == 1 and len(cells) > 1:
        # One hidden cell is the total minus the others: hide the next smallest as well.
        shown = sorted((c.denominator, i) for i, c in enumerate(cells) if i not in hidden)
        hidden.add(shown[0][1])
    return [attrs.evolve(c, suppressed=True) if i in hidden else c for i, c in enumerate(cells)]
