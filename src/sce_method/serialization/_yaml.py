"""
A strict, safe YAML reader that remembers where every value came from.

It builds plain Python data (dict, list, str, int, float, bool, None) from the
parser's event stream, never from tags, so no object is ever constructed from
the file. On the way it:

- resolves plain scalars with the YAML 1.2 core schema: ``yes``, ``no``,
  ``on`` and ``off`` stay text, and dates stay text until the converter checks
  them;
- rejects duplicate keys, merge keys and explicit tags other than ``!!str``;
- refuses files over `MAX_BYTES`, nesting deeper than `MAX_DEPTH`, and
  aliases that expand past `MAX_NODES` (the "billion laughs");
- records the line and column of every value and key by its path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import attrs
import yaml

from sce_method._core import LoadError, PathPart, Problem, decode_utf8, message

MAX_BYTES: Final = 5 * 1024 * 1024
"""The largest file read, in bytes."""
MAX_DEPTH: Final = 64
"""The deepest nesting of mappings and lists accepted."""
MAX_NODES: Final = 200_000
"""The most nodes a document may hold once its aliases are expanded."""

_Path = tuple[PathPart, ...]
_Mark = tuple[int, int]

_NULL: Final = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE: Final = frozenset({"true", "True", "TRUE"})
_FALSE: Final = frozenset({"false", "False", "FALSE"})
_INT: Final = re.compile(r"[-+]?[0-9]+")
_INT_OCT: Final = re.compile(r"0o[0-7]+")
_INT_HEX: Final = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT: Final = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF: Final = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN: Final = re.compile(r"\.(?:nan|NaN|NAN)")
_STR_TAGS: Final = frozenset({"tag:yaml.org,2002:str", "!"})

_PURE: Final = yaml.SafeLoader
"""The pure-Python parser: it has no limits of its own, so ours always decide."""
_FAST: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", _PURE)
"""libyaml's parser where PyYAML has it, twenty times faster; it refuses some documents on its own (flow nesting
past 1000 levels since PyYAML 6.0.4, while scanning ahead), before our limits are reached."""


@attrs.frozen(kw_only=True)
class Parsed:
    """A parsed document: its data, and where each value and key was written."""

    data: object
    marks: dict[_Path, _Mark] = attrs.field(factory=dict, eq=False)
    key_marks: dict[_Path, _Mark] = attrs.field(factory=dict, eq=False)

    def locate(self, path: _Path, *, key: bool = False) -> _Mark | None:
        """
        The (line, column), 1-based, of *path*; of its key when *key* is set.

        Falls back to the nearest enclosing value that has a mark.
        """
        if key and path in self.key_marks:
            return self.key_marks[path]
        probe = path
        while True:
            if probe in self.marks:
                return self.marks[probe]
            if not probe:
                return None
            probe = probe[:-1]


def resolve_plain(text: str) -> object:  # noqa: PLR0911 -- one return per core-schema type
    """
    Resolve a plain (unquoted) scalar with the YAML 1.2 core schema.

    >>> [resolve_plain(s) for s in ("12", "2.5", "true", "no", "2,5", "2024-10-17", "~")]
    [12, 2.5, True, 'no', '2,5', '2024-10-17', None]
    """
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.fullmatch(text) or _INT_OCT.fullmatch(text) or _INT_HEX.fullmatch(text):
        return _integer(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INF.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return text


def _integer(text: str) -> int | str:
    """
    Return *text* as an int, or *text* itself if Python will not handle it.

    Python refuses to read or show in decimal an int longer than
    ``sys.get_int_max_str_digits()``; such a scalar stays text, so that
    resolving never raises and no such number reaches a message.
    """
    try:
        value = int(text, 0) if text[:2] in {"0o", "0x"} else int(text)
        str(value)
    except ValueError:
        return text
    return value


class _Refused(Exception):  # noqa: N818 -- internal signal, never escapes this module
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


def decode(raw: bytes, *, file: str | None = None) -> str:
    """
    Decode *raw* as UTF-8 (a BOM is accepted), or raise `LoadError` saying where.

    Raises:
        LoadError: the bytes are over `MAX_BYTES` or not UTF-8.
    """
    if len(raw) > MAX_BYTES:
        raise LoadError(
            [Problem(message=message("serialization.too_large", size=len(raw), limit=MAX_BYTES), file=file)]
        )
    return decode_utf8(raw, file=file)


def _line_column(text: str, index: int) -> _Mark:
    """The 1-based line and column of *text*[*index*]."""
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def _utf8_size(text: str, *, file: str | None) -> int:
    """
    The size of *text* in UTF-8 bytes.

    Raises:
        LoadError: *text* holds a character UTF-8 cannot (a lone surrogate).
    """
    try:
        return len(text.encode("utf-8"))
    except UnicodeEncodeError as err:
        line, column = _line_column(text, err.start)
        what = f"unacceptable character #x{ord(text[err.start]):04x}: {err.reason}"
        raise LoadError(
            [Problem(message=message("serialization.yaml_syntax", problem=what), file=file, line=line, column=column)]
        ) from None


def parse(text: str | bytes, *, file: str | None = None) -> Parsed:
    """
    Parse one YAML document into plain data with its marks.

    Raises:
        LoadError: with every duplicate key found, or the one problem that
            stopped reading (syntax, size, depth, aliases, encoding, emptiness).
    """
    if isinstance(text, bytes):
        text = decode(text, file=file)
    else:
        size = _utf8_size(text, file=file)
        if size > MAX_BYTES:
            raise LoadError(
                [Problem(message=message("serialization.too_large", size=size, limit=MAX_BYTES), file=file)]
            )
    try:
        builder = _build(text, _FAST)
    except yaml.YAMLError as err:
        if _FAST is not _PURE:
            # libyaml refused: find out whether one of our limits is crossed before the place it stopped, so that
            # the error code and place are ours, whichever parser a machine has. Only the text up to the end of
            # that line is read again, with the parser that has no limits of its own.
            mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
            end = _end_of_line(text, mark.line) if mark is not None else len(text)
            try:
                _build(text[:end], _PURE)
            except _Refused as refused:
                raise LoadError([attrs.evolve(refused.problem, file=file)]) from None
            except yaml.YAMLError:
                pass
        raise LoadError([_syntax_problem(err, text, file=file)]) from None
    except _Refused as refused:
        raise LoadError([attrs.evolve(refused.problem, file=file)]) from None
    if builder.duplicates:
        raise LoadError([attrs.evolve(p, file=file) for p in builder.duplicates])
    if builder.root is None:
        raise LoadError([Problem(message=message("core.load.empty"), file=file, line=1, column=1)])
    return Parsed(data=builder.root, marks=builder.marks, key_marks=builder.key_marks)


def _build(text: str, loader: type[yaml.SafeLoader]) -> _Builder:
    """Run *loader*'s parser over *text* into a `_Builder`; our limits raise `_Refused`, the parser's `YAMLError`."""
    builder = _Builder()
    builder.run(yaml.parse(text, Loader=loader))
    return builder


def _end_of_line(text: str, line: int) -> int:
    """The index just past 0-based *line* of *text* (its end, if the text has fewer lines)."""
    index = -1
    for _ in range(line + 1):
        index = text.find("\n", index + 1)
        if index < 0:
            return len(text)
    return index + 1


def _syntax_problem(err: yaml.YAMLError, text: str, *, file: str | None) -> Problem:
    """The parser's refusal of *text* as our `serialization.yaml_syntax` problem, at its place."""
    if isinstance(err, yaml.MarkedYAMLError):
        mark = err.problem_mark or err.context_mark
        return Problem(
            message=message("serialization.yaml_syntax", problem=err.problem or err.context or "?"),
            file=file,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        )
    if isinstance(err, yaml.reader.ReaderError):
        # A character YAML does not allow; the C reader counts UTF-8 bytes, the Python one characters.
        at = err.position
        if err.encoding != "unicode":
            at = len(text.encode("utf-8")[: err.position].decode("utf-8", errors="ignore"))
        line, column = _line_column(text, at)
        what = f"{err.reason} (#x{err.character:04x})" if isinstance(err.character, int) else str(err.reason)
        return Problem(message=message("serialization.yaml_syntax", problem=what), file=file, line=line, column=column)
    return Problem(message=message("serialization.yaml_syntax", problem=str(err)), file=file)


class _Builder:
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
        raise _Refused(Problem(message=msg, line=line, column=column))  # type: ignore[arg-type]

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
