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

from typing import Final

import attrs
import yaml

from sce_method._core import LoadError, PathPart, Problem, decode_utf8, message
from sce_method.serialization._builder import Builder, Refused

MAX_BYTES: Final = 5 * 1024 * 1024
"""The largest file read, in bytes."""
_Path = tuple[PathPart, ...]
_Mark = tuple[int, int]


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
            except Refused as refused:
                raise LoadError([attrs.evolve(refused.problem, file=file)]) from None
            except yaml.YAMLError:
                pass
        raise LoadError([_syntax_problem(err, text, file=file)]) from None
    except Refused as refused:
        raise LoadError([attrs.evolve(refused.problem, file=file)]) from None
    if builder.duplicates:
        raise LoadError([attrs.evolve(p, file=file) for p in builder.duplicates])
    if builder.root is None:
        raise LoadError([Problem(message=message("core.load.empty"), file=file, line=1, column=1)])
    return Parsed(data=builder.root, marks=builder.marks, key_marks=builder.key_marks)


def _build(text: str, loader: type[yaml.SafeLoader]) -> Builder:
    """Run *loader*'s parser over *text* into a `Builder`; our limits raise `Refused`, the parser's `YAMLError`."""
    builder = Builder()
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
