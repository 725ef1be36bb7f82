"""An adaptation's header (id, version, title...), documents and locks, laid over its parent's."""

from __future__ import annotations

from sce_method.methodology._state import State
from sce_method.methodology._tree import Data, Where, unshared


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
        state.tree.put(merged, key, unshared(parent_provenance), where.under("provenance"))
    for key in _HEADER:
        if key in raw:
            state.tree.put(data, key, unshared(raw[key]), where.under(key))
            state.set_by[key] = where.layer
    own = raw.get("field_provenance")
    if isinstance(own, dict):
        for key, value in own.items():
            state.tree.put(merged, key, unshared(value), where.under("field_provenance", key))
    for name in ("documents", "locked"):
        _append(state, name, raw.get(name), where)


def _append(state: State, name: str, added: object, where: Where) -> None:
    """Add the layer's *added* items (documents, locks) after the parent's."""
    if not isinstance(added, list) or not added:
        return
    data = state.tree.data
    state.tree.touch(data, name)
    present = data.get(name)
    if not isinstance(present, list):
        present = []
        state.tree.put(data, name, present, where.under(name))
    for index, item in enumerate(added):
        state.tree.insert(present, len(present), unshared(item), where.under(name, index))
        if name == "documents" and isinstance(item, dict) and "id" in item:
            state.set_by[f"documents[{item['id']}]"] = where.layer


_HEADER = ("id", "version", "title", "description", "valid_from", "provenance", "field_provenance")


def _carries_provenance(value: object) -> bool:
    """Whether *value* is a record (or a list of them) with a provenance of its own, or the documents."""
    if isinstance(value, dict):
        return "provenance" in value
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)
