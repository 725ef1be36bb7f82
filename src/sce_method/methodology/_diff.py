"""
What changed from one methodology to another: each value added, removed or changed, with both provenances.

Lists of records are compared item by item by key (``id``, ``name`` or
``effective``), never by position, so that inserting a module shows as one
addition, not as every later module changed.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from typing import cast

import attrs

from sce_method._core import Document, Provenance, Text, is_derived
from sce_method.methodology._model import Methodology
from sce_method.methodology._paths import Key, Part, render

_SKIP = frozenset({"provenance", "field_provenance"})
_KEYS = ("id", "name", "effective", "period")


class DiffKind(enum.Enum):
    """How a value differs."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    PROVENANCE = "provenance"
    """The same value, with another provenance."""


@attrs.frozen(kw_only=True)
class Difference:
    """One value that differs, where, its values and provenances before and after, and the layer that set it."""

    path: str
    kind: DiffKind
    old: object = None
    new: object = None
    old_provenance: Provenance | None = None
    new_provenance: Provenance | None = None
    layer: str | None = None
    """The layer of the second methodology that set the new value (None for a removal)."""


def _key(item: object) -> str | None:
    for name in _KEYS:
        value = getattr(item, name, None)
        if value is not None and attrs.has(type(item)):
            return str(value)
    return None


def _keyed(items: tuple[object, ...]) -> dict[str, object] | None:
    """The items by key, or None if they are not records keyed by ``id``, ``name`` or ``effective``."""
    if not items or not all(attrs.has(type(i)) and not isinstance(i, Text) for i in items):
        return None
    keyed = {_key(i): i for i in items}
    if None in keyed or len(keyed) != len(items):
        return None
    return {str(k): v for k, v in keyed.items()}


@attrs.frozen
class _Side:
    value: object
    provenance: Provenance | None


def _children(obj: object, inherited: Provenance | None) -> Iterator[tuple[Part, _Side]]:
    """The fields of a record, each with the provenance that covers it."""
    own_prov: Provenance | None = getattr(obj, "provenance", inherited) if hasattr(obj, "provenance") else inherited
    own: Mapping[str, Provenance] = getattr(obj, "field_provenance", {})
    for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(obj))):
        if field.name in _SKIP or not field.init or is_derived(field):
            continue
        yield field.name, _Side(getattr(obj, field.name), own.get(field.name, own_prov))


def _records(value: object) -> bool:
    """Whether *value* is a list of records, each with a provenance of its own (the locks)."""
    return isinstance(value, tuple) and bool(value) and all(hasattr(v, "provenance") for v in value)


def _own(item: object, inherited: Provenance | None) -> Provenance | None:
    found = getattr(item, "provenance", None)
    return found if isinstance(found, Provenance) else inherited


def _walk_items(
    path: tuple[Part, ...],
    ka: dict[str, object],
    kb: dict[str, object],
    pa: Provenance | None,
    pb: Provenance | None,
) -> Iterator[tuple[tuple[Part, ...], DiffKind, _Side, _Side]]:
    """Two lists of records, matched by key: removed, then changed in order, then added."""
    for key, item in ka.items():
        here = (*path, Key(key))
        if key not in kb:
            yield here, DiffKind.REMOVED, _Side(item, _own(item, pa)), _Side(None, None)
        else:
            yield from _walk(here, _Side(item, pa), _Side(kb[key], pb))
    for key, item in kb.items():
        if key not in ka:
            yield (*path, Key(key)), DiffKind.ADDED, _Side(None, None), _Side(item, _own(item, pb))


def _walk(path: tuple[Part, ...], a: _Side, b: _Side) -> Iterator[tuple[tuple[Part, ...], DiffKind, _Side, _Side]]:
    va, vb = a.value, b.value
    record = attrs.has(type(va)) and not isinstance(va, Text)
    if record and type(va) is type(vb):
        if isinstance(va, Document):  # the sources themselves: compared as values, with no provenance
            a, b = _Side(va, None), _Side(vb, None)
        names_a = dict(_children(va, a.provenance))
        names_b = dict(_children(vb, b.provenance))
        for name, side in names_a.items():
            yield from _walk((*path, name), side, names_b[name])
        return
    if isinstance(va, tuple) and isinstance(vb, tuple):
        ka, kb = _keyed(va), _keyed(vb)
        if ka is not None and kb is not None:
            yield from _walk_items(path, ka, kb, a.provenance, b.provenance)
            return
    if va != vb:
        yield path, DiffKind.CHANGED, a, b
    elif a.provenance != b.provenance and va is not None and not record and not _records(va):
        yield path, DiffKind.PROVENANCE, a, b


def diff(a: Methodology, b: Methodology) -> tuple[Difference, ...]:
    """
    Every difference from *a* to *b*, in the order of the model's fields.

    An identical pair gives an empty tuple.

    >>> import sce_method
    >>> m = sce_method.load()
    >>> diff(m, m)
    ()
    """
    found: list[Difference] = []
    for path, kind, old, new in _walk((), _Side(a, a.provenance), _Side(b, b.provenance)):
        text = render(path)
        found.append(
            Difference(
                path=text,
                kind=kind,
                old=old.value,
                new=new.value,
                old_provenance=old.provenance,
                new_provenance=new.provenance,
                layer=None if kind is DiffKind.REMOVED else b.layer_of(text) if path else b.lineage[-1].id,
            )
        )
    return tuple(found)
