"""
The readable reference of `protect_across`: the same rules, written the plain way, in time quadratic or worse.

`sce_method.monitoring.indicators._disclosure` finds who lies inside whom
through atoms, and which hidden cell the shown ones give away through the
relations among cells, so that an indicator over a million participants is
protected in seconds. Here every rule compares sets of participants pairwise,
and "gives away" is a rank test over the atoms, as the attacker of
``test_disclosure_oracle.py`` does it. A property test says that both hide the
same cells, flagged the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import attrs

from sce_method.monitoring.indicators import Cell


def small(cell: Cell, min_cell: int, *, mean: bool) -> bool:
    """The primary rule, written out again: under the threshold, or (a count) a side of 1 to min_cell - 1."""
    rest = cell.denominator - cell.numerator
    return cell.denominator < min_cell or (not mean and (0 < cell.numerator < min_cell or 0 < rest < min_cell))


def atoms(cells: Sequence[Cell]) -> list[frozenset[str]]:
    """The finest groups the breakdowns tell apart: people who lie in exactly the same cells."""
    everyone = frozenset().union(*(c.members for c in cells))
    signature = {p: frozenset(i for i, c in enumerate(cells) if p in c.members) for p in sorted(everyone)}
    groups: dict[frozenset[int], set[str]] = {}
    for person, cells_in in signature.items():
        groups.setdefault(cells_in, set()).add(person)
    return [frozenset(g) for g in groups.values()]


def equation(cell: Cell, parts: Sequence[frozenset[str]]) -> list[Fraction]:
    """The cell as a sum of atoms: 1 for each atom inside it, 0 for the others."""
    return [Fraction(1 if part <= cell.members else 0) for part in parts]


def rank(rows: Sequence[Sequence[Fraction]]) -> int:
    """The rank of *rows*, by plain Gaussian elimination over the rationals."""
    matrix = [list(r) for r in rows]
    found = 0
    columns = len(matrix[0]) if matrix else 0
    for column in range(columns):
        pivot = next((r for r in range(found, len(matrix)) if matrix[r][column] != 0), None)
        if pivot is None:
            continue
        matrix[found], matrix[pivot] = matrix[pivot], matrix[found]
        for r in range(len(matrix)):
            if r != found and matrix[r][column] != 0:
                factor = matrix[r][column] / matrix[found][column]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[found], strict=True)]
        found += 1
    return found


def gives_away(cells: Sequence[Cell], shown: set[int], target: int) -> bool:
    """Whether the cells *shown* give *target* back by adding and subtracting."""
    parts = atoms(cells)
    rows = [equation(cells[i], parts) for i in sorted(shown)]
    return rank(rows) == rank([*rows, equation(cells[target], parts)])


def _order(cells: Sequence[Cell], i: int) -> tuple[int, str, int]:
    return cells[i].denominator, cells[i].key, i


def lone_hidden(cells: Sequence[Cell], hidden: set[int]) -> set[int]:
    """For each breakdown with exactly one hidden cell, its smallest shown cell."""
    more: set[int] = set()
    for dimension in {c.dimension for c in cells}:
        mine = [i for i, c in enumerate(cells) if c.dimension == dimension]
        shown = [i for i in mine if i not in hidden]
        if len(mine) - len(shown) == 1 and shown:
            more.add(min(shown, key=lambda i: _order(cells, i)))
    return more


def inside_hidden(cells: Sequence[Cell], hidden: set[int]) -> set[int]:
    """Shown cells whose participants all lie inside a hidden cell of another breakdown."""
    return {
        i
        for i, c in enumerate(cells)
        if i not in hidden
        and c.members
        and any(cells[j].dimension != c.dimension and c.members <= cells[j].members for j in hidden)
    }


def differences(cells: Sequence[Cell], hidden: set[int]) -> set[int]:
    """For a hidden cell that a shown cell of another breakdown minus shown parts would reveal: one more to hide."""
    more: set[int] = set()
    for j in sorted(i for i in hidden if cells[i].members):
        for v, outer in enumerate(cells):
            if v in hidden or outer.dimension == cells[j].dimension or not cells[j].members <= outer.members:
                continue
            parts = [
                k
                for k, c in enumerate(cells)
                if k != j and c.dimension == cells[j].dimension and c.members and c.members <= outer.members
            ]
            covered = frozenset().union(*(cells[k].members for k in parts)) | cells[j].members
            if covered == outer.members and parts and all(k not in hidden for k in parts):
                more.add(min(parts, key=lambda k: _order(cells, k)))
    return more


def next_to_hide(cells: Sequence[Cell], hidden: set[int]) -> int | None:
    """
    For the first hidden cell the shown ones give away, the first shown cell whose hiding, with those before, saves it.

    The shown cells queue: those of breakdowns that hide a cell already first, each part the smallest first.
    """
    shown = {i for i, c in enumerate(cells) if i not in hidden and c.members}
    given = [h for h in sorted(hidden) if cells[h].members and gives_away(cells, shown, h)]
    if not given:
        return None
    target = given[0]
    dirty = {cells[i].dimension for i in hidden}
    queue = sorted(shown, key=lambda i: (cells[i].dimension not in dirty, _order(cells, i)))
    return next(s for k, s in enumerate(queue) if not gives_away(cells, shown - set(queue[: k + 1]), target))


def protect_reference(cells: Sequence[Cell], min_cell: int, *, mean: bool = False) -> list[Cell]:
    """What `protect_across` hides, by the plain rules."""
    hidden = {i for i, c in enumerate(cells) if small(c, min_cell, mean=mean)}
    primary = set(hidden)
    while hidden:
        more = lone_hidden(cells, hidden) | inside_hidden(cells, hidden) | differences(cells, hidden)
        if more <= hidden:
            extra = next_to_hide(cells, hidden)
            if extra is None:
                break
            more = {extra}
        hidden |= more
    return [
        attrs.evolve(c, suppressed=True, secondary=i not in primary) if i in hidden else c for i, c in enumerate(cells)
    ]
