"""
Apply an adaptation's changes to its parent's plain data, in the file's order, checking locks.

Each change is checked against the shape of the classes and the data in hand;
a bad change is reported at its place in the adaptation file (``$.changes[3].path``)
and the others still apply, so that every problem is reported at once.
"""

from __future__ import annotations

import attrs

from sce_method._core import Problem, message
from sce_method.methodology import _shape as shape
from sce_method.methodology._history import check_history, derive_entry
from sce_method.methodology._layers import ChangeOp
from sce_method.methodology._navigate import PathError, Step, find, item_key
from sce_method.methodology._paths import ChangePath, Key
from sce_method.methodology._state import Edit, Removed, State, check_locks, list_at, refuse, walk
from sce_method.methodology._tree import Where, unshared


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


def _holder(state: State, steps: list[Step], value: object, provenance: object, where: Where) -> None:
    """Give the value written at the end of *steps* the change's provenance, where the classes keep it."""
    target = shape.union_member(steps[-1].shape, value)
    if isinstance(value, dict) and "provenance" in shape.fields(target):
        value.setdefault("provenance", unshared(provenance))
        return
    item = shape.item_shape(steps[-1].shape)
    if item is not None and isinstance(value, list) and shape.is_record(item):
        for entry in value:
            if isinstance(entry, dict) and "provenance" in shape.fields(shape.union_member(item, entry)):
                entry.setdefault("provenance", unshared(provenance))
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
            state.tree.put(own, str(steps[j].slot), unshared(provenance), where.under("provenance"))
            return
        if "provenance" in names:
            state.tree.put(container, "provenance", unshared(provenance), where.under("provenance"))
            return


def _set(state: State, edit: Edit, target: ChangePath) -> None:
    if edit.change.effective is not None:
        target = derive_entry(state, edit, target)
    check_locks(state, target)
    steps = walk(state, target, create_last=True)
    last = steps[-1]
    value = unshared(edit.value)
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
        raise refuse(
            message("methodology.adapt.key_changed", key=last.part.value, found=item_key(value, last.shape) or "-")
        )
    _holder(state, steps, value, edit.provenance, edit.where)
    state.tree.replace(last.container, int(last.slot), value, edit.where.under("value"))


def _replace(state: State, edit: Edit, target: ChangePath) -> None:
    if not isinstance(target.parts[-1], Key):
        raise refuse(message("methodology.adapt.needs_key", op=edit.change.op.value, path=str(target)))
    check_locks(state, target)
    steps = walk(state, target, create_last=False)
    _write_item(state, edit, steps, unshared(edit.value))
    state.set_by[str(target)] = edit.where.layer


def _remove(state: State, edit: Edit, target: ChangePath) -> None:
    last_part = target.parts[-1]
    if not isinstance(last_part, Key):
        raise refuse(message("methodology.adapt.needs_key", op=edit.change.op.value, path=str(target)))
    check_locks(state, target)
    steps = walk(state, target, create_last=False)
    container = steps[-1].container
    assert isinstance(container, list)  # noqa: S101 -- reached by a key
    state.tree.delete(container, int(steps[-1].slot))
    state.removed.append(Removed(key=last_part.value, where=edit.where))
    state.set_by[str(target)] = edit.where.layer


def _add(state: State, edit: Edit, target: ChangePath) -> None:
    check_locks(state, target, adding=True)
    items, item, steps = list_at(state, target, edit)
    value = unshared(edit.value)
    steps_to_item = [*steps, Step(items, len(items), item, Key("+"))]
    if shape.key_field(item) == "effective":
        effective = edit.change.effective
        if effective is None:
            raise refuse(message("methodology.adapt.effective_needed", path=str(target)))
        key = effective.isoformat()
        check_history(state, target, key, derived=False)
        inner = shape.fields(item).get("value")
        if isinstance(value, dict) and "provenance" in shape.fields(shape.union_member(inner, value)):
            value.setdefault("provenance", unshared(edit.provenance))
        value = {"effective": key, "value": value, "provenance": unshared(edit.provenance)}
        index = next((i for i, e in enumerate(items) if str(item_key(e, item)) > key), len(items))
    else:
        if edit.change.effective is not None:
            raise refuse(message("methodology.adapt.effective_not_dated", path=str(target)))
        found = item_key(value, item)
        if found is None:
            raise refuse(
                message("methodology.adapt.item_without_key", path=str(target), field=shape.key_field(item) or "id")
            )
        key = found
        index = len(items) if edit.change.before is None else _position(items, item, edit.change.before, target)
    if find(items, item, key) is not None:
        raise refuse(message("methodology.adapt.exists", path=str(target.child(Key(key)))))
    _holder(state, steps_to_item, value, edit.provenance, edit.where)
    state.tree.insert(items, index, value, edit.where.under("value"))
    state.set_by[str(target.child(Key(key)))] = edit.where.layer


def _position(items: list[object], item: shape.Shape, before: str, target: ChangePath) -> int:
    index = find(items, item, before)
    if index is None:
        raise refuse(message("methodology.adapt.unknown_before", path=str(target), key=before))
    return index
