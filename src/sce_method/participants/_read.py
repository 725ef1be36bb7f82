"""
Read any list of a cohort through its `ListSpec`: header, rows, cells, records, problems.

Every bad row is reported with its file, line and column; nothing is dropped
silently and nothing is coerced. The caller chooses what happens on problems
(`OnError`, in ``_sink.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, TypeVar

import attrs

from sce_method._core import Message, message
from sce_method.participants import _cells as cells
from sce_method.participants._layout import Layout
from sce_method.participants._parsers import Parser, private
from sce_method.participants._sink import Sink
from sce_method.participants._sources import Cells, Source
from sce_method.participants._spec import ListRead, ListSpec, Row, RowRefused, Vocabulary

R = TypeVar("R")


@attrs.define
class RowParser:
    """
    Parses the rows of one list with a parser per column, reading each cell at its place in the header.

    Long lists repeat the same ids, dates and hours, and parsers are pure, so
    each cell text parsed well once is remembered per column. Only successes are
    remembered: a bad cell is parsed, and reported, every time.
    """

    parsers: dict[str, Parser]
    """By column, in the order a row's problems are reported."""
    optional: frozenset[str]
    """The columns whose blank cells are None rather than parsed."""
    layout: Layout
    sink: Sink
    _columns: list[tuple[str, int, Parser, dict[object, object], bool, int | None]] = attrs.field(init=False)
    _absent: dict[str, object] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        position, column = self.layout.position, self.layout.column
        self._columns = [
            (name, position[name], parse, {}, name in self.optional, column(name))
            for name, parse in self.parsers.items()
            if name in position
        ]
        # An optional column left out of the header reads as blank: None, never a problem.
        self._absent = dict.fromkeys(name for name in self.parsers if name not in position)

    def parse(self, file: str, line: int, values: list[object]) -> Row | None:
        """Parse a row's *values* (at *file* and *line*); None, with its problems noted, if any cell is bad."""
        out = self._absent.copy() if self._absent else {}
        ok = True
        for name, index, parse, seen, optional, column in self._columns:
            value = values[index]
            if isinstance(value, str):
                hit = seen.get(value, _MISSING)
                if hit is not _MISSING:
                    out[name] = hit
                    continue
            if optional and cells.blank(value):
                out[name] = None
                continue
            try:
                out[name] = parsed = parse(value)
            except cells.CellError as err:
                ok = False
                if not err.quiet:
                    self.sink.add(file, line, column, (name,), err.message)
            else:
                if isinstance(value, str) and len(seen) < _MEMO_LIMIT:
                    seen[value] = parsed
        return Row(out, file=file, line=line) if ok else None


_MISSING: Final = object()
_MEMO_LIMIT: Final = 1_000_000


@attrs.define
class CohortReading:
    """
    A cohort being read, list after list: the `Reading` its cells and checks see.

    `read` is the one loop every list goes through: open the file or sheet,
    check the header, parse each row's cells by its columns, keep rows unique,
    build each record, run the list's check; every problem goes to *sink*.
    """

    vocabulary: Vocabulary | None
    sources: Mapping[str, Source]
    sink: Sink
    _reads: dict[str, ListRead[Any]] = attrs.field(factory=dict, init=False)

    def read_of(self, spec: ListSpec[R]) -> ListRead[R]:
        """A list read before (empty if it was absent)."""
        found: ListRead[R] = self._reads[spec.name]
        return found

    def report(self, file: str, line: int | None, column: int | None, path: tuple[str, ...], msg: Message) -> None:
        """Note a problem with the cohort's lists."""
        self.sink.add(file, line, column, path, msg)

    def read(self, spec: ListSpec[R]) -> ListRead[R]:
        """Read one list through its spec; a missing required list is a problem."""
        source = self.sources[spec.name]
        read: ListRead[R] = ListRead(source.file)
        self._reads[spec.name] = read
        if source.open is None:
            if spec.required:
                self.report(source.file, None, None, (), message("participants.cohort.missing_list", name=spec.name))
            return read
        self._records(spec, source.open(), read)
        if spec.check is not None:
            spec.check(read, self)
        return read

    def take(self) -> dict[str, tuple[Any, ...]]:
        """
        Each list's records as a tuple, by list name; the reading lets go of its own lists.

        The tuples are then the records' only container. With the lists still
        holding them while the `Cohort` indexed them, a full garbage collection
        there was seen to reorder the benchmark's 280,000 attendance records
        by participant in the collector's list, and every later full collection
        took about 60 % longer (graduation evaluation became 10 % slower).
        """
        taken = {name: tuple(read.records) for name, read in self._reads.items()}
        self._reads.clear()
        return taken

    def _records(self, spec: ListSpec[R], source: Cells, read: ListRead[R]) -> None:
        file = read.file
        layout = Layout.of(spec.table, file, source, self.sink, hidden=spec.hides_values)
        if layout is None:
            return
        read.columns = {name: index + 1 for name, index in layout.position.items()}
        wrap = private if spec.hides_values else _as_is
        parser = RowParser(
            parsers={c.name: wrap(c.cell.bind(self)) for c in spec.columns},
            optional=frozenset(c.name for c in spec.columns if not c.required),
            layout=layout,
            sink=self.sink,
        )
        key = () if spec.unique is None else spec.unique.columns
        ident = key[0] if len(key) == 1 else None  # the column other lists refer to this one by
        seen: dict[object, int] = {}  # by the key's value, or by its values for a key of several columns
        for line, values in layout.rows(file, source, self.sink):
            row = parser.parse(file, line, values)
            if row is None:
                refused = values[layout.position[ident]] if ident is not None else None
                if isinstance(refused, str) and refused.strip():
                    read.refused.setdefault(refused.strip(), line)
                continue
            if spec.unique is not None:
                found = tuple(row.value(c, str) for c in key)
                first = seen.setdefault(found[0] if ident is not None else found, line)
                if first != line:
                    self.report(file, line, layout.column(key[0]), (key[0],), spec.unique.said(found, first))
                    continue
            try:
                record = spec.build(row)
            except RowRefused as refusal:
                for at, path, msg in refusal.problems:
                    self.report(file, line, None if at is None else layout.column(at), path, msg)
                continue
            read.records.append(record)
            if ident is not None:
                read.ids[row.value(ident, str)] = line


def _as_is(parse: Parser) -> Parser:
    return parse
