"""A list's header, checked against its columns, and the rows after it: `Layout`."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from sce_method._core import message
from sce_method.participants import _cells as cells
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
    def of(cls, table: Table, file: str, source: Cells, sink: Sink) -> Layout | None:
        """
        Read and check the header, the first row of *source*: None if the list cannot be read.

        Unknown columns (with the closest valid one suggested) and missing
        required columns are problems; an empty list is one too.
        """
        try:
            header_line, header = next(source)
        except StopIteration:
            sink.add(file, 1, None, (), message("participants.table.empty"))
            return None
        names = ["" if cells.blank(h) else cells.text(h) for h in header]
        for index, name in enumerate(names):
            if name not in table.allowed:
                msg = cells.unknown_id_message(name, table.allowed, kind=message("participants.cell.column"))
                sink.add(file, header_line, index + 1, (name,), msg)
        missing = [c for c in table.columns if c not in names]
        for name in missing:
            sink.add(file, header_line, None, (name,), message("participants.table.missing_column", column=name))
        if missing:
            return None
        return cls({name: index for index, name in enumerate(names) if name in table.allowed}, len(names))

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
