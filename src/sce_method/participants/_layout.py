"""A list's header, checked against its columns, and the rows after it: `Layout`."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from sce_method._core import message
from sce_method.participants import _cells as cells
from sce_method.participants._limits import MAX_SHEET_COLUMNS
from sce_method.participants._sink import Sink
from sce_method.participants._sources import Cells
from sce_method.participants._spec import Table


@attrs.frozen
class Layout:
    """
    A list's header, checked: where each of its known columns is.

    Columns are numbered as in the file, from 1, counting every cell of the
    header (unknown columns too): the number a spreadsheet shows.
    """

    position: dict[str, int]
    """Each known column of the header -> the index of its cell."""
    width: int
    """How many cells the header has."""

    @classmethod
    def of(cls, table: Table, file: str, source: Cells, sink: Sink, *, hidden: bool = False) -> Layout | None:
        """
        Read and check the header, the first row of *source*: None if the list cannot be read.

        A first row that names none of the list's columns is not a header (a
        list whose header row is missing starts with a participant's cells):
        one problem, which shows none of them. Otherwise unknown columns (with
        the closest valid one suggested), a column named twice and missing
        required columns are problems; the last two, and an empty list, leave
        the list unread, as does a header wider than `MAX_SHEET_COLUMNS`. With
        *hidden* (a list with personal columns), an unknown name is shown as
        ``<hidden>`` and is not the problem's path.
        """
        try:
            line, header = next(source)
        except StopIteration:
            sink.add(file, 1, None, (), message("participants.table.empty"))
            return None
        if len(header) > MAX_SHEET_COLUMNS:
            wide = message("participants.table.too_many_columns", count=len(header), limit=MAX_SHEET_COLUMNS)
            sink.add(file, line, None, (), wide)
            return None
        names = [_name(h) for h in header]
        if set(table.allowed).isdisjoint(names):
            sink.add(file, line, None, (), message("participants.table.no_header", columns=", ".join(table.columns)))
            return None
        position: dict[str, int] = {}
        for index, name in enumerate(names):
            if name not in table.allowed:
                shown = message("participants.cell.hidden") if hidden else name
                kind = message("participants.cell.column")
                msg = cells.unknown_id_message(name, table.allowed, kind=kind, shown=shown)
                sink.add(file, line, index + 1, () if hidden else (name,), msg)
            elif name in position:
                twice = message("participants.table.column_twice_in_header", column=name, first=position[name] + 1)
                sink.add(file, line, index + 1, (name,), twice)
            else:
                position[name] = index
        missing = [c for c in table.columns if c not in position]
        for name in missing:
            sink.add(file, line, None, (name,), message("participants.table.missing_column", column=name))
        if missing or len(position) < sum(1 for n in names if n in table.allowed):
            return None
        return cls(position, len(names))

    def column(self, name: str) -> int | None:
        """The number (from 1) of a known column in the file, as problems give it; None if it is not in the header."""
        index = self.position.get(name)
        return None if index is None else index + 1

    def rows(self, file: str, source: Cells, sink: Sink) -> Iterator[tuple[int, list[object]]]:
        """
        Each non-blank row after the header, by line, padded to the header's width.

        A row longer than the header (not counting blank trailing cells) is a
        problem, and is not yielded.
        """
        width = self.width
        for line, values in source:
            if not any(values):
                continue
            first = values[0]
            # Most rows start with an id: then the row is not blank, and the whole check is spared.
            if not (isinstance(first, str) and first.strip()) and all(cells.blank(v) for v in values):
                continue
            if len(values) > width and not all(cells.blank(v) for v in values[width:]):
                sink.add(
                    file, line, width + 1, (), message("participants.table.extra_cells", count=len(values), width=width)
                )
                continue
            yield line, values if len(values) >= width else [*values, *([None] * (width - len(values)))]


def _name(cell: object) -> str:
    """A header cell's text: a column's name, stripped; a number or a date (in a workbook) as it reads."""
    if cells.blank(cell):
        return ""
    return cell.strip() if isinstance(cell, str) else str(cell)
