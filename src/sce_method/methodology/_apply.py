"""
Apply an adaptation's changes to its parent's plain data, in the file's order, checking locks.

Each change is checked against the shape of the classes and the data in hand;
a bad change is reported at its place in the adaptation file (``$.changes[3].path``)
and the others still apply, so that every problem is reported at once.
"""

from __future__ import annotations

import copy

import attrs

from sce_method._core import PathPart, Problem, message
from sce_method.methodology import _shape as shape
from sce_method.methodology._layers import Change, ChangeOp, Lock
from sce_method.methodology._navigate import PathError, Step, find, follow, item_key
from sce_method.methodology._paths import ChangePath, Key
from sce_method.methodology._tree import Data, Tree, Where


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


def _refuse(key: str, /, **params: object) -> PathError:
    return PathError(Problem(message=message(key, **params)))


def apply(state: State, edit: Edit) -> list[Problem]:
    """Apply *edit* to *state*; its problems, with paths in the layer's file (``changes[i].path``)."""
    try:
        target = edit.change.target
        {
            ChangeOp.SET: _set,
            ChangeOp.ADD: _add,
            ChangeOp.REMOVE: _remove,
            ChangeOp.REPLACE: _replace,
        }[edit.change.op](state, edit, target)
    except PathError as err:
        return [attrs.evolve(err.problem, path=(*edit.where.path, "path"))]
    return []


def _check_locks(state: State, target: ChangePath, *, adding: bool = False) -> None:
    for active in state.locks:
        hit = active.path.covers(target) if adding else active.path.overlaps(target)
        if hit:
            raise _refuse(
                "adapt.locked", path=str(target), lock=str(active.path), layer=active.layer, reason=active.lock.reason
            )


def _holder(state: State, steps: list[Step], value: object, provenance: object, where: Where) -> None:
    """Give the value written at the end of *steps* the change's provenance, where the classes keep it."""
    target = shape.union_member(steps[-1].shape, value)
    if isinstance(value, dict) and "provenance" in shape.fields(target):
        value.setdefault("provenance", copy.deepcopy(provenance))
        return
    item = shape.item_shape(steps[-1].shape)
    if item is not None and isinstance(value, list) and shape.is_record(item):
        for entry in value:
            if isinstance(entry, dict) and "provenance" in shape.fields(shape.union_member(item, entry)):
                entry.setdefault("provenance", copy.deepcopy(provenance))
        return
    for j in range(len(steps) - 1, -1, -1):
        container = steps[j].container
        if not isinstance(container, dict):
            continue
        names = shape.fields(shape.union_member(steps[j - 1].shape if j else state.root, container))
        if "field_provenance" in names:
            own = container.get("field_provenance")
            if not isinstance(own, dict):
                own = {}
                state.tree.put(container, "field_provenance", own, where)
            state.tree.put(own, str(steps[j].slot), copy.deepcopy(provenance), where.under("provenance"))
            return
        if "provenance" in names:
            state.tree.put(container, "provenance", copy.deepcopy(provenance), where.under("provenance"))
            return


def _set(state: State, edit: Edit, target: ChangePath) -> None:
    if edit.change.effective is not None:
        target = _derive_entry(state, edit, target)
    _check_locks(state, target)
    steps = follow(state.tree.data, state.root, target, create_last=True)
    last = steps[-1]
    value = copy.deepcopy(edit.value)
    if isinstance(last.container, list):
        _write_item(state, edit, steps, value)
    else:
        _holder(state, steps, value, edit.provenance, edit.where)
        state.tree.put(last.container, str(last.slot), value, edit.where.under("value"))
    state.set_by[str(target)] = edit.where.layer


def _write_item(state: State, edit: Edit, steps: list[Step], value: object) -> None:
    """Put *value* in place of the list item the last step names; its key must stay the same."""
    last = steps[-1]
    assert isinstance(last.container, list)  # noqa: S101 -- the caller checked
    assert isinstance(last.part, Key)  # noqa: S101 -- a list item is reached by its key
    if item_key(value, last.shape) != last.part.value:
        raise _refuse("adapt.key_changed", key=last.part.value, found=item_key(value, last.shape) or "-")
    _holder(state, steps, value, edit.provenance, edit.where)
    state.tree.replace(last.container, int(last.slot), value, edit.where.under("value"))


def _replace(state: State, edit: Edit, target: ChangePath) -> None:
    if not isinstance(target.parts[-1], Key):
        raise _refuse("adapt.needs_key", op=edit.change.op.value, path=str(target))
    _check_locks(state, target)
    steps = follow(state.tree.data, state.root, target, create_last=False)
    _write_item(state, edit, steps, copy.deepcopy(edit.value))
    state.set_by[str(target)] = edit.where.layer


def _remove(state: State, edit: Edit, target: ChangePath) -> None:
    last_part = target.parts[-1]
    if not isinstance(last_part, Key):
        raise _refuse("adapt.needs_key", op=edit.change.op.value, path=str(target))
    _check_locks(state, target)
    steps = follow(state.tree.data, state.root, target, create_last=False)
    container = steps[-1].container
    assert isinstance(container, list)  # noqa: S101 -- reached by a key
    state.tree.delete(container, int(steps[-1].slot))
    state.removed.append(Removed(key=last_part.value, where=edit.where))
    state.set_by[str(target)] = edit.where.layer


def _list_at(state: State, target: ChangePath, edit: Edit) -> tuple[list[object], shape.Shape, list[Step]]:
    """The list *target* names (created empty if the field is not written yet), what it holds, and the way there."""
    steps = follow(state.tree.data, state.root, target, create_last=True)
    last = steps[-1]
    item = shape.item_shape(last.shape)
    if item is None or isinstance(last.container, list):
        raise _refuse("adapt.not_a_list", path=str(target))
    node = last.node
    if node is None:
        node = []
        state.tree.put(last.container, str(last.slot), node, edit.where.under("value"))
    if not isinstance(node, list):
        raise _refuse("adapt.not_a_list", path=str(target))
    return node, item, steps


def _add(state: State, edit: Edit, target: ChangePath) -> None:
    _check_locks(state, target, adding=True)
    items, item, steps = _list_at(state, target, edit)
    value = copy.deepcopy(edit.value)
    steps_to_item = [*steps, Step(items, len(items), item, Key("+"))]
    if shape.key_field(item) == "effective":
        effective = edit.change.effective
        if effective is None:
            raise _refuse("adapt.effective_needed", path=str(target))
        key = effective.isoformat()
        _check_history(state, target, key, derived=False)
        inner = shape.fields(item).get("value")
        if isinstance(value, dict) and "provenance" in shape.fields(shape.union_member(inner, value)):
            value.setdefault("provenance", copy.deepcopy(edit.provenance))
        value = {"effective": key, "value": value, "provenance": copy.deepcopy(edit.provenance)}
        index = next((i for i, e in enumerate(items) if str(item_key(e, item)) > key), len(items))
    else:
        if edit.change.effective is not None:
            raise _refuse("adapt.effective_not_dated", path=str(target))
        found = item_key(value, item)
        if found is None:
            raise _refuse("adapt.item_without_key", path=str(target), field=shape.key_field(item) or "id")
        key = found
        index = len(items) if edit.change.before is None else _position(items, item, edit.change.before, target)
    if find(items, item, key) is not None:
        raise _refuse("adapt.exists", path=str(target.child(Key(key))))
    _holder(state, steps_to_item, value, edit.provenance, edit.where)
    state.tree.insert(items, index, value, edit.where.under("value"))
    state.set_by[str(target.child(Key(key)))] = edit.where.layer


def _position(items: list[object], item: shape.Shape, before: str, target: ChangePath) -> int:
    index = find(items, item, before)
    if index is None:
        raise _refuse("adapt.unknown_before", path=str(target), key=before)
    return index


def _history_locks(state: State, history: ChangePath) -> list[tuple[ActiveLock, str]]:
    """Locks that name one entry of the dated history at *history*, with that entry's key."""
    found: list[tuple[ActiveLock, str]] = []
    for active in state.locks:
        parts = active.path.parts
        if len(parts) > len(history.parts) and history.covers(ChangePath(parts[: len(history.parts)])):
            entry = parts[len(history.parts)]
            if isinstance(entry, Key) and not entry.wildcard:
                found.append((active, entry.value))
    return found


def _check_history(state: State, history: ChangePath, key: str, *, derived: bool) -> None:
    """A new entry after a locked one must be derived from a locked entry (``set`` with ``effective``)."""
    for active, locked_key in _history_locks(state, history):
        if locked_key < key and not derived:
            raise _refuse("adapt.locked_history", path=str(history), entry=locked_key, layer=active.layer)


def _derive_entry(state: State, edit: Edit, target: ChangePath) -> ChangePath:
    """
    For ``set`` with ``effective``: the entry in effect from that date, copied from the one the path names.

    Locks on the entry copied hold for the copy too.
    """
    assert edit.change.effective is not None  # noqa: S101 -- the caller checked
    new = edit.change.effective.isoformat()
    parts = target.parts
    for k, part in enumerate(parts):
        if not isinstance(part, Key) or k == 0:
            continue
        history = ChangePath(parts[:k])
        items, item, _ = _list_at(state, history, edit)
        if shape.key_field(item) != "effective":
            continue
        derived = ChangePath((*parts[:k], Key(new), *parts[k + 1 :]))
        if part.value == new or find(items, item, new) is not None:
            return derived
        source = find(items, item, part.value)
        if source is None:
            follow(state.tree.data, state.root, ChangePath(parts[: k + 1]), create_last=False)
        assert source is not None  # noqa: S101 -- follow raised otherwise
        entry = copy.deepcopy(items[source])
        assert isinstance(entry, dict)  # noqa: S101 -- a dated entry is a mapping
        entry["effective"] = new
        entry["provenance"] = copy.deepcopy(edit.provenance)
        for active, locked_key in _history_locks(state, history):
            if locked_key == part.value:
                rest = active.path.parts[k + 1 :]
                state.locks.append(attrs.evolve(active, path=ChangePath((*parts[:k], Key(new), *rest))))
        inherited = {key for _, key in _history_locks(state, history)}
        for active, locked_key in _history_locks(state, history):
            if locked_key < new and new not in inherited:
                raise _refuse("adapt.locked_history", path=str(history), entry=locked_key, layer=active.layer)
        index = next((i for i, e in enumerate(items) if str(item_key(e, item)) > new), len(items))
        state.tree.insert(items, index, entry, edit.where.under("effective"))
        state.set_by[str(ChangePath((*parts[:k], Key(new))))] = edit.where.layer
        return derived
    raise _refuse("adapt.effective_not_dated", path=str(target))


def apply_header(state: State, raw: Data, where: Where) -> None:
    """
    An adaptation's header replaces its parent's; its documents, locks and field provenance are added.

    A top-level value the parent gave and the adaptation does not keeps the
    parent's provenance (the adaptation's own provenance covers what it sets).
    """
    data = state.tree.data
    merged = data.get("field_provenance")
    if not isinstance(merged, dict):
        merged = {}
        state.tree.put(data, "field_provenance", merged, where.under("field_provenance"))
    parent_provenance = data.get("provenance")
    for key, value in list(data.items()):
        if key in ("provenance", "field_provenance") or key in merged or key in raw or _carries_provenance(value):
            continue
        state.tree.put(merged, key, copy.deepcopy(parent_provenance), where.under("provenance"))
    for key in _HEADER:
        if key in raw:
            state.tree.put(data, key, copy.deepcopy(raw[key]), where.under(key))
            state.set_by[key] = where.layer
    own = raw.get("field_provenance")
    if isinstance(own, dict):
        for key, value in own.items():
            state.tree.put(merged, key, copy.deepcopy(value), where.under("field_provenance", key))
    for name in ("documents", "locked"):
        added = raw.get(name)
        if not isinstance(added, list) or not added:
            continue
        present = data.get(name)
        if not isinstance(present, list):
            present = []
            state.tree.put(data, name, present, where.under(name))
        for index, item in enumerate(added):
            state.tree.insert(present, len(present), copy.deepcopy(item), where.under(name, index))


_HEADER = ("id", "version", "title", "description", "valid_from", "provenance", "field_provenance")


def _carries_provenance(value: object) -> bool:
    """Whether *value* is a record (or a list of them) with a provenance of its own, or the documents."""
    if isinstance(value, dict):
        return "provenance" in value
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def lock_all(state: State, locks: tuple[Lock, ...], layer: str) -> None:
    """Put *locks*, set by *layer*, in force for the layers after it."""
    state.locks.extend(ActiveLock(lock=lock, path=lock.target, layer=layer) for lock in locks)


def where_removed(state: State, ident: object) -> Where | None:
    """The change that removed an item keyed *ident*, if one did."""
    return next((r.where for r in reversed(state.removed) if r.key == ident), None)


def path_in_file(where: Where, *rest: PathPart) -> tuple[PathPart, ...]:
    """The path of *where* with *rest* added."""
    return (*where.path, *rest)
