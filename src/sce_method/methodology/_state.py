"""The working state of an adaptation being applied: the tree, the locks in force, and what was removed."""

from __future__ import annotations

import attrs

from sce_method._core import Message, PathPart, Problem, message
from sce_method.methodology import _shape as shape
from sce_method.methodology._layers import Change, Lock
from sce_method.methodology._navigate import PathError, Step, follow
from sce_method.methodology._paths import ChangePath
from sce_method.methodology._tree import Tree, Where


@attrs.frozen
class ActiveLock:
    """A lock in force while later layers apply: the lock and the layer that set it."""

    lock: Lock
    path: ChangePath
    layer: str


@attrs.frozen
class Removed:
    """An item a change removed: its key, and the change's place (to explain a reference left dangling)."""

    key: str
    where: Where


@attrs.define
class State:
    """A methodology's data while its layers apply: the tree, the locks in force, what was removed and by whom."""

    tree: Tree
    root: shape.Shape
    locks: list[ActiveLock] = attrs.field(factory=list)
    removed: list[Removed] = attrs.field(factory=list)
    set_by: dict[str, str] = attrs.field(factory=dict)
    """Each path a change wrote, and the id of the layer whose change it was."""


@attrs.frozen
class Edit:
    """One change to apply: the change, its raw value and provenance as written, and where it was written."""

    change: Change
    value: object
    provenance: object
    where: Where
    """The change's own place: ``changes[i]`` in its layer's file."""


def refuse(said: Message) -> PathError:
    """A path that leads nowhere, and why: raised by a change, reported at its path."""
    return PathError(Problem(message=said))


def walk(state: State, target: ChangePath, *, create_last: bool) -> list[Step]:
    """`follow` *target* through the state's data, giving each container on the way its place first."""
    steps = follow(state.tree.data, state.root, target, create_last=create_last)
    for step in steps:
        state.tree.touch(step.container, step.slot)
    return steps


def check_locks(state: State, target: ChangePath, *, adding: bool = False) -> None:
    for active in state.locks:
        hit = active.path.covers(target) if adding else active.path.overlaps(target)
        if hit:
            raise refuse(
                message(
                    "methodology.adapt.locked",
                    path=str(target),
                    lock=str(active.path),
                    layer=active.layer,
                    reason=active.lock.reason,
                )
            )


def list_at(state: State, target: ChangePath, edit: Edit) -> tuple[list[object], shape.Shape, list[Step]]:
    """The list *target* names (created empty if the field is not written yet), what it holds, and the way there."""
    steps = walk(state, target, create_last=True)
    last = steps[-1]
    item = shape.item_shape(last.shape)
    if item is None or isinstance(last.container, list):
        raise refuse(message("methodology.adapt.not_a_list", path=str(target)))
    node = last.node
    if node is None:
        node = []
        state.tree.put(last.container, str(last.slot), node, edit.where.under("value"))
    if not isinstance(node, list):
        raise refuse(message("methodology.adapt.not_a_list", path=str(target)))
    return node, item, steps


def lock_all(state: State, locks: tuple[Lock, ...], layer: str) -> None:
    """Put *locks*, set by *layer*, in force for the layers after it."""
    state.locks.extend(ActiveLock(lock=lock, path=lock.target, layer=layer) for lock in locks)


def where_removed(state: State, ident: object) -> Where | None:
    """The change that removed an item keyed *ident*, if one did."""
    return next((r.where for r in reversed(state.removed) if r.key == ident), None)


def path_in_file(where: Where, *rest: PathPart) -> tuple[PathPart, ...]:
    """The path of *where* with *rest* added."""
    return (*where.path, *rest)
