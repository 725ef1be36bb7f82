"""
Paths into a methodology, as adaptations and locks write them.

A path names fields with dots and list items by their key in brackets, never
by position: ``curriculum.modules[educacion-financiera].hours``. An item's key
is its ``id`` (``name`` for questions and choices, ``effective`` for the
entries of a dated history); a list of ids is keyed by the ids themselves
(``curriculum.complete_offer[desarrollo-humano]``). A lock may write ``[*]``
for every item of a list.

>>> p = ChangePath.parse("curriculum.modules[educacion-financiera].hours")
>>> p.parts
('curriculum', 'modules', Key(value='educacion-financiera'), 'hours')
>>> str(p)
'curriculum.modules[educacion-financiera].hours'
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from sce_method._core import InvariantError, Problem, message

_NAME: Final = re.compile(r"[a-z_][a-z0-9_]*")
_KEY: Final = re.compile(r"[A-Za-z0-9_.:-]+|\*")
MAX_PARTS: Final = 64
"""The most parts a path may have (as deep as the YAML reader nests)."""


@attrs.frozen
class Key:
    """A list item named by its key (``[educacion-financiera]``); ``*`` stands for every item."""

    value: str

    @property
    def wildcard(self) -> bool:
        """Whether this is ``[*]``."""
        return self.value == "*"

    def __str__(self) -> str:
        return f"[{self.value}]"


Part = str | Key
"""One step of a path: a field name or an item key."""


def _render(parts: tuple[Part, ...]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, Key):
            out += str(part)
        else:
            out += ("." if out else "") + part
    return out


@attrs.frozen
class ChangePath:
    """A parsed path: field names and item keys, in order."""

    parts: tuple[Part, ...]

    @classmethod
    def parse(cls, text: str) -> ChangePath:
        """
        Parse *text*, or raise `InvariantError` saying where it stops making sense.

        >>> ChangePath.parse("centres[crea].title.es").parts[1]
        Key(value='crea')
        """
        parts: list[Part] = []
        at = 0
        while at < len(text):
            if parts and text[at] == "[":
                end = text.find("]", at)
                found = _KEY.fullmatch(text, at + 1, end) if end > 0 else None
                if found is None:
                    raise _bad(text, at)
                parts.append(Key(found.group()))
                at = end + 1
                continue
            if parts:
                if text[at] != ".":
                    raise _bad(text, at)
                at += 1
            found = _NAME.match(text, at)
            if found is None:
                raise _bad(text, at)
            parts.append(found.group())
            at = found.end()
        if not parts or len(parts) > MAX_PARTS:
            raise _bad(text, len(text))
        return cls(tuple(parts))

    def __str__(self) -> str:
        return _render(self.parts)

    def __len__(self) -> int:
        return len(self.parts)

    def child(self, *parts: Part) -> ChangePath:
        """This path with *parts* added."""
        return ChangePath((*self.parts, *parts))

    @property
    def parent(self) -> ChangePath:
        """The path without its last part."""
        return ChangePath(self.parts[:-1])

    def covers(self, other: ChangePath) -> bool:
        """
        Whether *other* is this path or lies under it (``[*]`` matches any key).

        >>> ChangePath.parse("a.b[*]").covers(ChangePath.parse("a.b[x].c"))
        True
        >>> ChangePath.parse("a.b[x]").covers(ChangePath.parse("a.b"))
        False
        """
        if len(other.parts) < len(self.parts):
            return False
        return all(_matches(mine, theirs) for mine, theirs in zip(self.parts, other.parts, strict=False))

    def overlaps(self, other: ChangePath) -> bool:
        """Whether one of the two paths covers the other."""
        return self.covers(other) or other.covers(self)


def _matches(mine: Part, theirs: Part) -> bool:
    if isinstance(mine, Key) and isinstance(theirs, Key):
        return mine.wildcard or theirs.wildcard or mine.value == theirs.value
    return mine == theirs


def _bad(text: str, at: int) -> InvariantError:
    shown = text if len(text) <= 120 else text[:117] + "..."
    return InvariantError([Problem(message=message("methodology.adapt.bad_path", path=shown, column=at + 1))])


def render(parts: tuple[Part, ...]) -> str:
    """A path's parts as text (``curriculum.modules[x]``); the empty path is ``$``."""
    return _render(parts) or "$"
