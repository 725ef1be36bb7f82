"""Follow a `ChangePath` through a methodology's plain data, checking it against the classes' shape."""

from __future__ import annotations

import attrs

from sce_method._core import Problem, message
from sce_method.methodology import _shape as shape
from sce_method.methodology._paths import ChangePath, Key, Part, render
from sce_method.methodology._tree import Data


@attrs.frozen
class Step:
    """One part of a path followed: the container holding the node, its slot there, and the node's shape."""

    container: Data | list[object]
    slot: str | int
    shape: shape.Shape
    part: Part

    @property
    def node(self) -> object:
        """The value the path reaches at this step (None for a field not written)."""
        if isinstance(self.container, dict):
            return self.container.get(str(self.slot))
        return self.container[int(self.slot)]


class PathError(Exception):
    """A path that does not lead anywhere, with the message that says why."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem.message))


def _closest(word: str, choices: list[str]) -> str | None:
    import difflib  # noqa: PLC0415 -- only when an error is worded (keeps the import of every room quick)

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.5)
    return close[0] if close else None


def item_key(item: object, item_shape: shape.Shape) -> str | None:
    """The key of one list item: itself for a list of ids, else its ``id``, ``name`` or ``effective``."""
    if shape.keyed_by_value(item_shape):
        return str(item)
    if not isinstance(item, dict):
        return None
    field = shape.key_field(shape.union_member(item_shape, item))
    return None if field is None or item.get(field) is None else str(item[field])


def find(items: list[object], item_shape: shape.Shape, key: str) -> int | None:
    """The index of the item whose key is *key*, if any."""
    return next((i for i, item in enumerate(items) if item_key(item, item_shape) == key), None)


def _unknown(parts: tuple[Part, ...], at: int, word: str, known: list[str], *, is_key: bool) -> PathError:
    close = _closest(word, known)
    if close is None:
        msg = message("methodology.adapt.unknown_path", path=render(parts[: at + 1]), known=", ".join(known) or "-")
    else:
        fixed: tuple[Part, ...] = (*parts[:at], Key(close) if is_key else close)
        msg = message("methodology.adapt.unknown_path_close", path=render(parts[: at + 1]), suggestion=render(fixed))
    return PathError(Problem(message=msg))


def follow(data: Data, root: shape.Shape, path: ChangePath, *, create_last: bool) -> list[Step]:
    """
    The steps *path* takes through *data*, whose shape is *root*.

    Every part must exist in the shape; every part but the last must have a
    value in the data (the last may be a field not yet written when
    *create_last*). Item keys must name an item present in the list.

    Raises:
        PathError: the first part that does not lead anywhere, with the closest valid path.
    """
    parts = path.parts
    steps: list[Step] = []
    node: object = data
    here: shape.Shape = root
    for at, part in enumerate(parts):
        last = at == len(parts) - 1
        if isinstance(part, Key):
            if part.wildcard:
                raise PathError(Problem(message=message("methodology.adapt.wildcard", path=render(parts[: at + 1]))))
            item = shape.item_shape(here)
            if item is None or not isinstance(node, list):
                raise PathError(Problem(message=message("methodology.adapt.not_a_list", path=render(parts[:at]))))
            index = find(node, item, part.value)
            if index is None:
                known = [k for k in (item_key(i, item) for i in node) if k is not None]
                raise _unknown(parts, at, part.value, known, is_key=True)
            steps.append(Step(node, index, item, part))
            node, here = node[index], item
            continue
        if part in ("provenance", "field_provenance"):
            raise PathError(Problem(message=message("methodology.adapt.provenance_path", path=render(parts[: at + 1]))))
        member = shape.union_member(here, node)
        names = {k: v for k, v in shape.fields(member).items() if k not in ("provenance", "field_provenance")}
        if not isinstance(node, dict) or part not in names:
            raise _unknown(parts, at, part, sorted(names), is_key=False)
        if node.get(part) is None and not (last and create_last):
            raise PathError(Problem(message=message("methodology.adapt.no_value", path=render(parts[: at + 1]))))
        steps.append(Step(node, part, names[part], part))
        node, here = node.get(part), names[part]
    return steps
