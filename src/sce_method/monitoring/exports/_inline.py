"""
A repeat's rows inside API records, and ODK Central's separate repeat tables, read and kept.

KoboToolbox's API v2 ``results`` hold a repeat as a list under the repeat's full path, each row's keys carrying
the full path too (``"grupo/hogar": [{"grupo/hogar/nombre": ...}]``; a repeat in a repeat is a list inside a
row, ``"grupo/hogar/hijos": [...]``). ODK Central's OData with ``$expand=*`` holds it as a list under its name
inside the group objects (``{"grupo": {"hogar": [{"__id": ..., "nombre": ...}]}}``), rows keyed by bare names;
without ``$expand`` it gives only ``hogar@odata.navigationLink``, and the rows are in the table
``Submissions.grupo.hogar``, each joined to its record by ``__Submissions-id`` (the record's ``__id``), a row of
a repeat in a repeat to its parent row by ``__Submissions-...-id`` (the parent row's ``__id``).

Each repeat's rows (from every record) are typed together like a repeat sheet's: one header per key, matched to
the repeat's questions by name, each cell typed by the same code (a number may be a JSON number or text). A row
is kept under the repeat's name, in the record's answers (a repeat in a repeat, in its parent row's). A list
under a key that is no repeat is a problem of its record; a key of the rows that is no question of the repeat
is warned about once. Lists under ``_``-prefixed keys (Kobo's ``_attachments``, ``_tags``, ``_notes``,
``_geolocation``) are submission metadata, not answers, as ``_`` columns are in a file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from sce_method._core import LoadError, Message, Problem, message
from sce_method.monitoring.exports import _cells as cells
from sce_method.monitoring.exports._columns import match_columns
from sce_method.monitoring.exports._flatten import MAX_DEPTH, Lists, flatten_at
from sce_method.monitoring.exports._row import RowReader
from sce_method.monitoring.instruments import Enclosing, Group, Instrument, Question

MAX_REPEAT_ROWS: Final = 1_048_575
"""The most repeat rows read from one set of records (every repeat, every level): as many as an export's rows."""
PARENT_KEY: Final = re.compile(r"__Submissions(?:-.+)?-id")
"""The key ODK Central joins a separate repeat table's row by: ``__Submissions-id``, or ``__Submissions-...-id``."""


@attrs.frozen(kw_only=True)
class Repeat:
    """A repeat of the instrument: its group path, the repeat it is in (if any), and its own questions."""

    name: str
    path: tuple[str, ...]
    parent: str | None
    questions: list[Question] = attrs.field(factory=list)
    inner: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    """Each question's groups inside the repeat (the path between the row and the question)."""


def repeats_of(instrument: Instrument) -> dict[str, Repeat]:
    """Every repeat of *instrument*, at any depth, by name."""
    found: dict[str, Repeat] = {}
    for group in instrument.groups:
        heads: list[Group | Enclosing] = [*group.parents, group]
        at = [i for i, head in enumerate(heads) if head.repeat]
        for j, i in enumerate(at):
            parent = heads[at[j - 1]].name if j else None
            found.setdefault(heads[i].name, Repeat(name=heads[i].name, path=group.path[: i + 1], parent=parent))
        if at:
            repeat = found[heads[at[-1]].name]
            for question in group.questions:
                if question.answers:
                    repeat.questions.append(question)
                    repeat.inner[question.name] = group.path[at[-1] + 1 :]
    return found


def kept_in(into: dict[str, object], name: str) -> list[dict[str, object]]:
    """The list of rows under *name* in *into*, put there if there is none yet."""
    found = into.get(name)
    kept: list[dict[str, object]] = found if isinstance(found, list) else []
    into[name] = kept
    return kept


@attrs.define
class _Row:
    """One repeat row: its record, its place (path) in it, its flattened cells, and its typed answers."""

    record: int
    where: tuple[str | int, ...]
    cells: dict[str, object]
    answers: dict[str, object] = attrs.field(factory=dict)


class Inline:
    """The repeat rows of a set of records, found (`record`, `tables`), then typed (`typed`)."""

    def __init__(self, instrument: Instrument, source: str) -> None:
        self.instrument = instrument
        self.source = source
        self.repeats = repeats_of(instrument)
        self.rows: dict[str, list[_Row]] = {name: [] for name in self.repeats}
        self.by_record: dict[int, dict[str, object]] = {}
        """Each record's top repeats' rows (their answers), by repeat name."""
        self.problems: dict[int, list[Problem]] = {}
        """Each record's problems of its repeat rows, by record number."""
        self.table_problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.inline: set[str] = set()
        """The repeats whose rows came inside the records."""
        self.count = 0

    def record(self, number: int, lists: Lists) -> None:
        """The lists of record *number* (see `flatten`): its repeats' rows, and nested ones; the others said."""
        attached: dict[str, object] = {}
        self._walk(number, lists, parent=None, where=(), into=attached, depth=0)
        if attached:
            self.by_record[number] = attached

    def _match(self, key: str, parent: Repeat | None) -> Repeat | None:
        for repeat in self.repeats.values():
            if repeat.parent != (parent.name if parent else None):
                continue
            inside = repeat.path[len(parent.path) :] if parent else repeat.path
            if key in ("/".join(repeat.path), "/".join(inside), repeat.name):
                return repeat
        return None

    def _walk(  # noqa: PLR0913 -- the lists, whose they are, and where the rows go
        self,
        number: int,
        lists: Lists,
        *,
        parent: Repeat | None,
        where: tuple[str | int, ...],
        into: dict[str, object],
        depth: int,
    ) -> None:
        for key, rows in lists.items():
            repeat = self._match(key, parent)
            if repeat is None:
                if not key.startswith("_"):
                    path = (*where, *key.split("/"))
                    self._say(number, Problem(path=path, message=message("exports.unknown_list")))
                continue
            self.inline.add(repeat.name)
            inside = repeat.path[len(parent.path) :] if parent else repeat.path
            kept = kept_in(into, repeat.name)
            for raw in rows:
                self.add(number, repeat, raw, where=(*where, *inside, len(kept)), kept=kept, depth=depth)

    def add(  # noqa: PLR0913 -- one row, and where it goes
        self,
        number: int,
        repeat: Repeat,
        raw: object,
        *,
        where: tuple[str | int, ...],
        kept: list[dict[str, object]],
        depth: int,
    ) -> _Row | None:
        """Row *raw* of *repeat* in record *number*, at *where*: kept in *kept*, its own lists walked."""
        if not isinstance(raw, Mapping):
            said = message("exports.not_a_record", found=type(raw).__name__)
            self._say(number, Problem(path=where, message=said))
            return None
        self.count += 1
        if self.count > MAX_REPEAT_ROWS:
            said = message("exports.too_many_repeat_rows", limit=MAX_REPEAT_ROWS)
            raise LoadError([Problem(message=said, file=self.source, line=number)])
        if depth > MAX_DEPTH:
            raise LoadError([Problem(message=message("exports.too_deep", limit=MAX_DEPTH), file=self.source)])
        cells_: dict[str, object] = {}
        lists: Lists = {}
        flatten_at(raw, "", cells_, lists, where=(self.source, number), depth=depth)
        row = _Row(record=number, where=where, cells=cells_)
        self.rows[repeat.name].append(row)
        kept.append(row.answers)
        self._walk(number, lists, parent=repeat, where=where, into=row.answers, depth=depth + 1)
        return row

    def _say(self, number: int, problem: Problem) -> None:
        self.problems.setdefault(number, []).append(attrs.evolve(problem, file=self.source, line=number))

    def typed(self) -> None:
        """Type every row's cells by its repeat's questions, like a repeat sheet's (see the module docstring)."""
        for name, rows in self.rows.items():
            if not rows:
                continue
            repeat = self.repeats[name]
            headers = list(dict.fromkeys(k for row in rows for k in row.cells))
            columns = match_columns(self.instrument, headers)
            value = RowReader(self.instrument, self.source, headers, columns).value
            own = {q.name for q in repeat.questions}
            used = {columns.columns[q] for q in own if q in columns.columns}
            used |= {i for q in own for i in columns.details.get(q, {}).values()}
            unknown = message("exports.unknown_repeat_key")
            others = {*columns.unknown, *columns.columns.values()} - used  # no question, or one outside the repeat
            self.warnings += [
                Problem(path=(*repeat.path, headers[i]), message=unknown, file=self.source) for i in sorted(others)
            ]
            for row in rows:
                cells_ = [row.cells.get(h) for h in headers]
                for question in repeat.questions:
                    if question.name not in columns.columns and question.name not in columns.details:
                        continue
                    try:
                        row.answers[question.name] = value(question, cells_)
                    except cells.CellError as err:
                        path = (*row.where, *repeat.inner[question.name], question.name)
                        self._say(row.record, Problem(path=path, message=err.message))

    def tables(self, given: Mapping[str, Sequence[object]], ids: Mapping[str, int]) -> None:
        """
        Central's separate repeat tables (*given*: repeat name -> the table's ``value`` rows), joined.

        A top repeat's row joins the record whose ``__id`` its ``__Submissions-id`` names (*ids*: ``__id`` ->
        record number); a nested repeat's row, the parent row whose ``__id`` its ``__Submissions-...-id`` names.
        A row that joins nothing is a problem of its table (``source[name]``, line = the row from 1).
        """
        wrong = [
            Problem(message=message("exports.unknown_repeat", name=name, known=known), file=f"{self.source}[{name}]")
            for name in given
            if name not in self.repeats and (known := ", ".join(self.repeats) or "-")
        ]
        wrong += [
            Problem(message=message("exports.repeat_twice", name=name), file=f"{self.source}[{name}]")
            for name in given
            if name in self.inline
        ]
        if wrong:
            raise LoadError(wrong)
        for name in sorted(given, key=lambda n: len(self.repeats[n].path)):  # a parent's rows before its children's
            repeat = self.repeats[name]
            up = self.repeats[repeat.parent] if repeat.parent else None
            parents = {cells.text(r.cells.get("KEY")): r for r in self.rows[up.name]} if up else {}
            file = f"{self.source}[{name}]"
            for line, raw in enumerate(given[name], start=1):
                said = self._joined(repeat, up, parents, ids, raw)
                if said is not None:
                    self.table_problems.append(Problem(message=said, file=file, line=line))

    def _joined(
        self,
        repeat: Repeat,
        up: Repeat | None,
        parents: Mapping[str | None, _Row],
        ids: Mapping[str, int],
        raw: object,
    ) -> Message | None:
        """Row *raw* of a separate table joined to its record (or parent row), or why it cannot be."""
        if not isinstance(raw, Mapping):
            return message("exports.not_a_record", found=type(raw).__name__)
        key = next((k for k in raw if isinstance(k, str) and PARENT_KEY.fullmatch(k)), None)
        if key is None:
            return message("exports.no_parent_key")
        target = cells.text(raw[key])
        if up is None and target is not None and target in ids:
            number = ids[target]
            kept = kept_in(self.by_record.setdefault(number, {}), repeat.name)
            self.add(number, repeat, raw, where=(*repeat.path, len(kept)), kept=kept, depth=0)
            return None
        if up is not None and target is not None and target in parents:
            row = parents[target]
            kept = kept_in(row.answers, repeat.name)
            where = (*row.where, *repeat.path[len(up.path) :], len(kept))
            self.add(row.record, repeat, raw, where=where, kept=kept, depth=0)
            return None
        return message("exports.orphan_row", key=key)
