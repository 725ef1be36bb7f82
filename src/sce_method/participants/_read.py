"""
Read any list of a cohort through its `ListSpec`: header, rows, cells, records, problems.

Every bad row is reported with its file, line and column; nothing is dropped
silently and nothing is coerced. The caller chooses what happens on problems:

- ``errors="collect"`` (default): read everything, then raise `LoadError`
  with every problem found;
- ``errors="raise"``: stop at the first problem;
- ``errors="keep"``: return the cohort without the bad rows, which are listed
  in ``cohort.problems``: for an analyst who has looked at them and goes on.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Final, Literal, TypeVar

import attrs

from sce_method._core import Message, Problem, message
from sce_method.participants import _cells as cells
from sce_method.participants._parsers import Parser, private
from sce_method.participants._sources import Cells, Source
from sce_method.participants._spec import ListRead, ListSpec, Row, RowRefused, Table, Vocabulary

R = TypeVar("R")

OnError = Literal["collect", "raise", "keep"]
"""What the reader does with bad rows (see the module docstring)."""


class StopAtFirst(Exception):  # noqa: N818 -- internal signal for errors="raise", never escapes the reader
    """Raised by `Sink.add` when the caller asked to stop at the first problem."""


@attrs.define
class Sink:
    """Where problems go while reading; stops at the first one when asked."""

    errors: OnError
    problems: list[Problem] = attrs.field(factory=list)

    def add(self, file: str, line: int | None, column: int | None, path: tuple[str, ...], msg: Message) -> None:
        """Note a problem (and stop, under ``errors="raise"``)."""
        self.problems.append(Problem(path=path, message=msg, file=file, line=line, column=column))
        if self.errors == "raise":
            raise StopAtFirst


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
        layout = Layout.of(spec.table, file, source, self.sink)
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
