"""
`Sourced`: the base of every record of a methodology, which says where its values come from.

A record subclasses `Sourced` and is declared with `sourced_order`::

    @attrs.frozen(kw_only=True, field_transformer=sourced_order)
    class Module(Sourced):
        id: str = attrs.field(validator=slug)
        hours: float = attrs.field(validator=positive, metadata=rule_value())

        def _problems(self) -> list[Problem]:  # only a record with rules of its own
            ...

It gets ``provenance`` (required) and ``field_provenance`` (per-field
overrides, read-only), and a post-init that checks them with
`check_provenance` together with the record's own rules (`Sourced._problems`),
raising every problem at once.

attrs puts a base's fields before a class's own; `sourced_order` puts the two
provenance fields back after the record's own fields, where records have
always declared them, so YAML, reprs and the keys listed in errors keep their
order.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import attrs

from sce_method._core._errors import Problem
from sce_method._core._provenance import Provenance, check_provenance, freeze
from sce_method._core._validators import raise_if

SOURCED_FIELDS: Final = ("provenance", "field_provenance")
"""The fields `Sourced` gives a record, in the order a record lists them."""


@attrs.frozen(kw_only=True)
class Sourced:
    """
    A record with a provenance for itself and, in ``field_provenance``, one for any field whose origin differs.

    Fields marked `rule_value` must have their own entry; `check_provenance`
    says what is missing or unknown, with the record's own problems
    (`_problems`), all at once in one `InvariantError`.
    """

    provenance: Provenance
    field_provenance: Mapping[str, Provenance] = attrs.field(factory=dict, converter=freeze, hash=False)

    def __attrs_post_init__(self) -> None:
        raise_if([*check_provenance(self), *self._problems()])

    def _problems(self) -> list[Problem]:
        """
        What breaks the record's own rules, each problem at its field; none by default.

        A record with rules of its own overrides this; it runs once, after
        every field is set, and may finish a derived field (``init=False``).
        """
        return []


def sourced_order(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """
    Put `Sourced`'s fields right after the fields of the record class that subclasses it directly.

    The ``field_transformer`` of every `Sourced` record. A record lists its
    own values, then where they come from, then any field it derives
    (``init=False``); in a family of records (the criteria: ``_Criterion``
    and its kinds) the family's fields come first, then the provenance, then
    each kind's fields.
    """
    sourced = [f for f in fields if f.name in SOURCED_FIELDS]
    rest = [f for f in fields if f.name not in SOURCED_FIELDS]
    root = next(c for c in reversed(cls.__mro__) if Sourced in c.__bases__)
    at = len(rest) if root is cls else len(attrs.fields(root)) - len(SOURCED_FIELDS)
    while at and not rest[at - 1].init:  # a derived field (a parsed expression) stays after the provenance
        at -= 1
    return [*rest[:at], *sourced, *rest[at:]]
