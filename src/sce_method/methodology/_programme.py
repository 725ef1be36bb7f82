"""
What the source says around the methodology: the agreement, organisations, dated events and products.

The agreement under which it was transferred, the organisations involved,
what happened on which day, and the documents the programme produced.

These are facts, not rules: nothing is computed from them, but the Manual and
the reports cite them, so each carries its provenance like any other value.
"""

from __future__ import annotations

import enum
import re
from typing import Final

import attrs
import pendulum

from sce_method._core import (
    Problem,
    Sourced,
    Text,
    finite,
    lookup,
    message,
    raise_if,
    rule_value,
    slug,
    sourced_order,
    unique_ids,
)

_MONTH: Final = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_CURRENCY: Final = re.compile(r"[A-Z]{3}")


@attrs.frozen(kw_only=True)
class Amount:
    """A sum of money in one currency (ISO 4217 code: ``MXN``, ``USD``)."""

    value: float = attrs.field(validator=finite)
    currency: str = attrs.field()

    @currency.validator
    def _code(self, _attribute: attrs.Attribute[str], code: str) -> None:
        if not _CURRENCY.fullmatch(code):
            raise_if([Problem(path=("currency",), message=message("methodology.programme.currency", value=code))])


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Agreement(Sourced):
    """The agreement under which the methodology was transferred: its number, its dates, its funds."""

    id: str = attrs.field(validator=slug)
    title: Text
    project_number: str | None = None
    starts_on: pendulum.Date = attrs.field(metadata=rule_value())
    ends_on: pendulum.Date = attrs.field(metadata=rule_value())
    funding: tuple[Amount, ...] = attrs.field(default=(), metadata=rule_value())
    """The same funds in each currency the source gives them in."""
    parties: tuple[str, ...] = ()
    """The ids of the organisations that signed it."""

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.ends_on < self.starts_on:
            msg = message("methodology.programme.ends_before", starts_on=self.starts_on, ends_on=self.ends_on)
            problems.append(Problem(path=("ends_on",), message=msg))
        return problems


class OrganisationRole(enum.Enum):
    """What an organisation is to the programme."""

    PROGRAMME_OWNER = "titular-del-programa"
    """Whose programme the methodology is (UN Women, for SCE)."""
    COUNTERPART = "contraparte"
    """The institution the methodology is transferred to, which funds the agreement."""
    IMPLEMENTING_PARTNER = "socia-implementadora"
    """The organisation that implements the programme in the state."""
    CENTRE_OPERATOR = "operadora-de-centros"
    """A body that runs learning centres (a network of justice centres, say)."""
    NETWORK = "red"
    """A network the institution belongs to."""


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Organisation(Sourced):
    """An organisation the source names, and its role."""

    id: str = attrs.field(validator=slug)
    name: Text
    role: OrganisationRole
    description: Text | None = None


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Event(Sourced):
    """
    Something that happened on a day, or in a month when the source gives no day (``month: 2024-09``).

    Exactly one of *on* and *month* is given.
    """

    id: str = attrs.field(validator=slug)
    title: Text
    on: pendulum.Date | None = attrs.field(default=None, metadata=rule_value())
    month: str | None = attrs.field(default=None, metadata=rule_value())
    place: Text | None = None
    refers_to: tuple[str, ...] = ()
    """Ids of what the event concerns (a staff training, courses, centres)."""
    description: Text | None = None

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        if (self.on is None) == (self.month is None):
            problems.append(Problem(path=("on",), message=message("methodology.programme.day_or_month")))
        if self.month is not None and not _MONTH.fullmatch(self.month):
            problems.append(Problem(path=("month",), message=message("methodology.programme.month", value=self.month)))
        return problems

    @property
    def when(self) -> str:
        """The date as ISO text: ``2024-10-17``, or ``2024-09`` for a month."""
        return self.on.isoformat() if self.on is not None else str(self.month)


class ProductKind(enum.Enum):
    """What kind of document the programme produced."""

    MANUAL = "manual"
    MODEL = "modelo"
    """An institution's operating model, which a manual may be part of."""


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Product(Sourced):
    """A document the programme produced (a manual, an operating model), and what it is part of."""

    id: str = attrs.field(validator=slug)
    title: Text
    kind: ProductKind
    part_of: str | None = None
    """The id of the product it belongs to."""
    section: Text | None = None
    """Where in *part_of* it goes (a chapter, a "piso")."""
    description: Text | None = None


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Programme(Sourced):
    """The facts around the methodology: the agreement, the organisations, the events and the products."""

    agreement: Agreement | None = None
    organisations: tuple[Organisation, ...] = ()
    events: tuple[Event, ...] = ()
    products: tuple[Product, ...] = ()

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        problems += unique_ids(self.organisations, field="organisations")
        problems += unique_ids(self.events, field="events")
        problems += unique_ids(self.products, field="products")
        known = {o.id for o in self.organisations}
        if self.agreement is not None:
            problems += [
                Problem(
                    path=("agreement", "parties", index),
                    message=message("core.ref.unknown", kind=message("methodology.kind.organisation"), id=ident,
                                    known=", ".join(sorted(known))),
                )
                for index, ident in enumerate(self.agreement.parties)
                if ident not in known
            ]  # fmt: skip
        products = {p.id for p in self.products}
        problems += [
            Problem(
                path=("products", index, "part_of"),
                message=message("core.ref.unknown", kind=message("methodology.kind.product"), id=p.part_of,
                                known=", ".join(sorted(products))),
            )
            for index, p in enumerate(self.products)
            if p.part_of is not None and p.part_of not in products
        ]  # fmt: skip
        return problems

    def event(self, ident: str) -> Event:
        """The event with id *ident* (`UnknownIdError` if none)."""
        return lookup(self.events, ident, message("methodology.kind.event"))
