"""
Plain data from PyYAML's event stream: marks kept for every path, limits enforced as the events come.

Nothing is ever constructed from a tag; duplicate keys are collected, merge keys,
complex keys, aliases as keys and tags other than ``!!str`` refused where
written; nesting deeper than `MAX_DEPTH` and aliases that expand past
`MAX_NODES` stop the reading at the node that crosses them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs
import yaml

from sce_method._core import PathPart, Problem, message
from sce_method.serialization._scalars import resolve_plain

MAX_DEPTH: Final = 64
"""The deepest nesting of mappings and lists accepted."""
MAX_NODES: Final = 200_000
"""The most nodes a document may hold once its aliases are expanded."""

_STR_TAGS: Final = frozenset({"tag:yaml.org,2002:str", "!"})

_Path = tuple[PathPart, ...]
_Mark = tuple[int, int]


class Refused(Exception):  # noqa: N818 -- internal signal: the reader turns it into a LoadError
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


@attrs.define
class _Frame:
    container: dict[str, object] | list[object]
    path: _Path
    start: int
    anchor: str | None
    key: str | None = None
    key_lines: dict[str, int] = attrs.field(factory=dict)


class Builder:
    """Builds data from parser events, keeping marks and enforcing limits."""

    def __init__(self) -> None:
        self.root: object = None
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[object, int]] = {}
        self.nodes = 0
        self.documents = 0
        self.marks: dict[_Path, _Mark] = {}
        self.key_marks: dict[_Path, _Mark] = {}
        self.duplicates: list[Problem] = []

    def run(self, events: Iterator[yaml.Event]) -> None:
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                self.documents += 1
                if self.documents > 1:
                    self._refuse(event, message("serialization.multiple_documents"))
            elif isinstance(event, yaml.ScalarEvent):
                self._scalar(event)
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                self._start(event)
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                self._end()
            elif isinstance(event, yaml.AliasEvent):
                self._alias(event)

    @staticmethod
    def _mark(event: yaml.Event) -> _Mark:
        mark = event.start_mark
        return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)

    def _refuse(self, event: yaml.Event, msg: object) -> None:
        line, column = self._mark(event)
        raise Refused(Problem(message=msg, line=line, column=column))  # type: ignore[arg-type]

    def _count(self, event: yaml.Event, nodes: int) -> None:
        self.nodes += nodes
        if self.nodes > MAX_NODES:
            self._refuse(event, message("serialization.too_many_aliases", limit=MAX_NODES))

    def _next_path(self) -> _Path | None:
        """The path of the value about to be added, or None when it is a key."""
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            return (*frame.path, len(frame.container))
        if frame.key is None:
            return None
        return (*frame.path, frame.key)

    def _add(self, value: object) -> None:
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            frame.container.append(value)
        else:
            assert frame.key is not None  # noqa: S101 -- set by _scalar before a value
            frame.container[frame.key] = value
            frame.key = None

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        self._count(event, 1)
        path = self._next_path()
        if path is None:
            self._key(event)
            return
        if event.tag is not None and event.tag not in _STR_TAGS and not event.implicit[0]:
            self._refuse(event, message("serialization.unsupported_yaml", what=f"tag {event.tag}"))
        plain = event.implicit[0] and event.tag not in _STR_TAGS
        value = resolve_plain(event.value) if plain else event.value
        self.marks[path] = self._mark(event)
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1)
        self._add(value)

    def _key(self, event: yaml.ScalarEvent) -> None:
        frame = self.stack[-1]
        key = event.value
        if key == "<<" and event.implicit[0]:
            self._refuse(event, message("serialization.unsupported_yaml", what="merge key <<"))
        line, column = self._mark(event)
        if key in frame.key_lines:
            self.duplicates.append(
                Problem(
                    path=(*frame.path, key),
                    message=message("serialization.duplicate_key", key=key, first_line=frame.key_lines[key]),
                    line=line,
                    column=column,
                )
            )
        else:
            frame.key_lines[key] = line
            self.key_marks[(*frame.path, key)] = (line, column)
        frame.key = key

    def _start(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        self._count(event, 1)
        path = self._next_path()
        if path is None:
            self._refuse(event, message("serialization.unsupported_yaml", what="complex key"))
            return
        if len(self.stack) >= MAX_DEPTH:
            self._refuse(event, message("serialization.too_deep", limit=MAX_DEPTH))
        if event.tag is not None and not event.implicit:
            self._refuse(event, message("serialization.unsupported_yaml", what=f"tag {event.tag}"))
        self.marks[path] = self._mark(event)
        container: dict[str, object] | list[object] = {} if isinstance(event, yaml.MappingStartEvent) else []
        self.stack.append(_Frame(container=container, path=path, start=self.nodes, anchor=event.anchor))

    def _end(self) -> None:
        frame = self.stack.pop()
        if frame.anchor is not None:
            self.anchors[frame.anchor] = (frame.container, self.nodes - frame.start + 1)
        self._add(frame.container)

    def _alias(self, event: yaml.AliasEvent) -> None:
        path = self._next_path()
        if path is None:
            self._refuse(event, message("serialization.unsupported_yaml", what="alias as key"))
            return
        anchor = event.anchor or ""
        if anchor not in self.anchors:
            self._refuse(event, message("serialization.yaml_syntax", problem=f"undefined alias *{anchor}"))
        value, size = self.anchors[anchor]
        self._count(event, size)
        self.marks[path] = self._mark(event)
        self._add(value)
