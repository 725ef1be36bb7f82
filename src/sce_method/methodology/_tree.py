"""
A methodology's plain data while its layers are applied, and where each part was written.

Resolving an adaptation edits plain data (dicts and lists, as YAML gives
them) and builds the `Methodology` once at the end. A problem found then
has a path in the resolved data (``$.curriculum.modules[5].hours``); `Tree`
remembers which layer, file and place in that file each part of the data came
from, so that the problem is shown where it was written: in the base file,
or at the change of the adaptation that wrote it.
"""

from __future__ import annotations

from typing import TypeAlias

import attrs

from sce_method._core import PathPart

Data: TypeAlias = dict[str, object]
"""A mapping of plain data, as the YAML reader gives it."""


@attrs.frozen
class Where:
    """A place in a layer's file: the layer's id, the file (None if unknown) and the path in its data."""

    layer: str
    file: str | None
    path: tuple[PathPart, ...] = ()

    def under(self, *parts: PathPart) -> Where:
        """The place *parts* further in."""
        return Where(self.layer, self.file, (*self.path, *parts))


def unshared(value: object) -> object:
    """
    A deep copy of plain data in which nothing is shared.

    YAML aliases (``*module-assumptions``) give one object in several places;
    an adaptation that changes one of them must not change the others.
    """
    if isinstance(value, dict):
        return {k: unshared(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unshared(v) for v in value]
    return value


class Tree:
    """
    Plain data and the place each of its parts was written.

    Containers (dicts, lists) are known by identity; a dict's values by their
    container and key; a list's items by a list of places kept beside it, so
    that adding or removing items keeps every other item's place. A parent's
    data is not walked up front: a container is given its place when a change
    first reaches it (`touch`), and one never reached keeps the place of the
    nearest container above it that was.
    """

    def __init__(self, data: Data, where: Where) -> None:
        self.data = data
        self._containers: dict[int, tuple[object, Where]] = {id(data): (data, where)}
        self._values: dict[tuple[int, str], tuple[object, Where]] = {}
        self._items: dict[int, tuple[list[object], list[Where | None]]] = {}

    def adopt(self, value: object, where: Where) -> None:
        """Record that *value* was written at *where* (what is in it is placed under it when reached)."""
        if isinstance(value, dict | list):
            self._containers[id(value)] = (value, where)

    def _place(self, container: object, slot: str | int) -> Where | None:
        """Where ``container[slot]`` was written, if the container's place is known."""
        if isinstance(container, dict) and (id(container), slot) in self._values:
            return self._values[(id(container), str(slot))][1]
        if isinstance(container, list) and id(container) in self._items:
            return self._items[id(container)][1][int(slot)]
        if id(container) in self._containers:
            return self._containers[id(container)][1].under(slot)
        return None

    def touch(self, container: Data | list[object], slot: str | int) -> None:
        """Give ``container[slot]``, if it is a container, its place (before a change modifies it)."""
        child = container.get(str(slot)) if isinstance(container, dict) else container[int(slot)]
        if isinstance(child, dict | list) and id(child) not in self._containers:
            where = self._place(container, slot)
            if where is not None:
                self._containers[id(child)] = (child, where)

    def put(self, container: Data, key: str, value: object, where: Where) -> None:
        """Set ``container[key]`` to *value*, written at *where*."""
        container[key] = value
        self._values[(id(container), key)] = (container, where)
        self.adopt(value, where)

    def insert(self, container: list[object], index: int, value: object, where: Where) -> None:
        """Insert *value* into *container* at *index*, written at *where*."""
        places = self._places(container)
        container.insert(index, value)
        places.insert(index, where)
        self.adopt(value, where)

    def replace(self, container: list[object], index: int, value: object, where: Where) -> None:
        """Put *value* in place of ``container[index]``, written at *where*."""
        self._places(container)[index] = where
        container[index] = value
        self.adopt(value, where)

    def delete(self, container: list[object], index: int) -> None:
        """Remove ``container[index]``."""
        places = self._places(container)
        del container[index]
        del places[index]

    def _places(self, container: list[object]) -> list[Where | None]:
        """The places kept beside *container*, begun from its own place the first time it changes."""
        if id(container) not in self._items:
            known = self._containers.get(id(container))
            base = known[1] if known is not None else None
            self._items[id(container)] = (
                container,
                [base.under(i) if base is not None else None for i in range(len(container))],
            )
        return self._items[id(container)][1]

    def locate(self, path: tuple[PathPart, ...]) -> Where | None:
        """Where the value at *path* of the data was written: the deepest part with a known place."""
        best: Where | None = None
        rest: tuple[PathPart, ...] = path
        node: object = self.data
        for depth, part in enumerate(path):
            if id(node) in self._containers:
                best, rest = self._containers[id(node)][1], path[depth:]
            found: Where | None = None
            if isinstance(node, dict) and isinstance(part, str):
                found = self._values.get((id(node), part), (None, None))[1]
                node = node.get(part)
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                places = self._items.get(id(node))
                found = places[1][part] if places is not None else None
                node = node[part]
            else:
                break
            if found is not None:
                best, rest = found, path[depth + 1 :]
        else:
            if id(node) in self._containers:
                best, rest = self._containers[id(node)][1], ()
        return best.under(*rest) if best is not None else None
