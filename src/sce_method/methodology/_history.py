"""
Changes through a dated history (the graduation rule sets): entries derived from a date on, and the locks they keep.

A lock on one entry of a history holds for the entries after it too: a later
entry must be derived from a locked one (``set`` with ``effective`` copies it,
locks and all); adding a fresh entry after a locked one is refused.
"""

from __future__ import annotations

import attrs

from sce_method._core import message
from sce_method.methodology import _shape as shape
from sce_method.methodology._navigate import find, item_key
from sce_method.methodology._paths import ChangePath, Key
from sce_method.methodology._state import ActiveLock, Edit, State, list_at, refuse, walk
from sce_method.methodology._tree import unshared


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


def check_history(state: State, history: ChangePath, key: str, *, derived: bool) -> None:
    """A new entry after a locked one must be derived from a locked entry (``set`` with ``effective``)."""
    for active, locked_key in _history_locks(state, history):
        if locked_key < key and not derived:
            raise refuse(
                message("methodology.adapt.locked_history", path=str(history), entry=locked_key, layer=active.layer)
            )


def derive_entry(state: State, edit: Edit, target: ChangePath) -> ChangePath:
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
        items, item, _ = list_at(state, history, edit)
        if shape.key_field(item) != "effective":
            continue
        derived = ChangePath((*parts[:k], Key(new), *parts[k + 1 :]))
        if part.value == new or find(items, item, new) is not None:
            return derived
        source = find(items, item, part.value)
        if source is None:
            walk(state, ChangePath(parts[: k + 1]), create_last=False)
        assert source is not None  # noqa: S101 -- follow raised otherwise
        entry = unshared(items[source])
        assert isinstance(entry, dict)  # noqa: S101 -- a dated entry is a mapping
        entry["effective"] = new
        entry["provenance"] = unshared(edit.provenance)
        for active, locked_key in _history_locks(state, history):
            if locked_key == part.value:
                rest = active.path.parts[k + 1 :]
                state.locks.append(attrs.evolve(active, path=ChangePath((*parts[:k], Key(new), *rest))))
        inherited = {key for _, key in _history_locks(state, history)}
        for active, locked_key in _history_locks(state, history):
            if locked_key < new and new not in inherited:
                raise refuse(
                    message("methodology.adapt.locked_history", path=str(history), entry=locked_key, layer=active.layer)
                )
        index = next((i for i, e in enumerate(items) if str(item_key(e, item)) > new), len(items))
        state.tree.insert(items, index, entry, edit.where.under("effective"))
        state.set_by[str(ChangePath((*parts[:k], Key(new))))] = edit.where.layer
        return derived
    raise refuse(message("methodology.adapt.effective_not_dated", path=str(target)))
