"""
`Dated`: a history of values by effective date.

A value takes effect on its date and holds until the next one. Each carries its
provenance and, optionally, the date by which someone should review it: a
value found past that date still applies, but a `StaleValueWarning` says so
instead of letting it silently extend forever.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from typing import Generic, TypeVar

import attrs
import pendulum

from sce_method._core._catalog import message
from sce_method._core._errors import LoadError, NotInForceError, Problem, StaleValueWarning, invariant
from sce_method._core._provenance import Provenance
from sce_method._core._validators import raise_if

T = TypeVar("T")

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def as_date(value: dt.date | str) -> pendulum.Date:
    """
    Return *value* as a `pendulum.Date`; a string must be ISO ``YYYY-MM-DD``.

    >>> as_date("2024-10-17")
    Date(2024, 10, 17)

    Raises:
        ValueError: *value* is not a real calendar date in ISO form.
    """
    if isinstance(value, dt.datetime):
        return pendulum.Date(value.year, value.month, value.day)
    if isinstance(value, pendulum.Date):
        return value
    if isinstance(value, dt.date):
        return pendulum.Date(value.year, value.month, value.day)
    try:
        parsed = dt.date.fromisoformat(value) if _ISO.fullmatch(value) else None
    except ValueError:
        parsed = None
    if parsed is None:
        msg = f"expected a date as YYYY-MM-DD, got {value!r}"
        raise ValueError(msg)
    return pendulum.Date(parsed.year, parsed.month, parsed.day)


def as_of_date(value: dt.date | str) -> pendulum.Date:
    """
    `as_date` for an evaluation date a person gives (``--as-of``, ``as_of=``): a bad one is a located problem.

    >>> as_of_date("17/10/2024")
    Traceback (most recent call last):
    ...
    sce_method._core._errors.LoadError: $.as_of: fecha inválida '17/10/2024': se espera una fecha real como AAAA-MM-DD

    Raises:
        LoadError: *value* is not a real date as YYYY-MM-DD; its one problem is at ``$.as_of``.
    """
    try:
        return as_date(value)
    except ValueError:
        raise LoadError([Problem(path=("as_of",), message=message("core.load.invalid_date", value=value))]) from None


@attrs.frozen(kw_only=True)
class DatedValue(Generic[T]):
    """One value of a `Dated` history: in effect from *effective* on."""

    effective: pendulum.Date
    value: T
    provenance: Provenance
    review_by: pendulum.Date | None = None

    def __attrs_post_init__(self) -> None:
        if self.review_by is not None and self.review_by <= self.effective:
            raise invariant(
                "review_by",
                message("core.dated.review_before_effective", review_by=self.review_by, effective=self.effective),
            )


@attrs.frozen(kw_only=True)
class Dated(Generic[T]):
    """
    A history of values, each in effect from its date until the next.

    >>> p = Provenance.cite("informe-2024", "nota 1")
    >>> d = Dated(
    ...     entries=(
    ...         DatedValue(effective=as_date("2020-01-01"), value="antes", provenance=p),
    ...         DatedValue(effective=as_date("2022-07-01"), value="después", provenance=p),
    ...     )
    ... )
    >>> d.at("2023-03-01")
    'después'
    >>> d.at("2019-12-31")
    Traceback (most recent call last):
    ...
    sce_method._core._errors.NotInForceError: no hay valor vigente el 2019-12-31; el primero rige desde el 2020-01-01
    """

    entries: tuple[DatedValue[T], ...]

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        if not self.entries:
            problems.append(Problem(path=("entries",), message=message("core.value.empty")))
        for index in range(1, len(self.entries)):
            before, after = self.entries[index - 1], self.entries[index]
            if after.effective <= before.effective:
                problems.append(
                    Problem(
                        path=("entries", index, "effective"),
                        message=message(
                            "core.dated.not_increasing", effective=after.effective, previous=before.effective
                        ),
                    )
                )
        raise_if(problems)

    @classmethod
    def single(cls, effective: dt.date | str, value: T, provenance: Provenance) -> Dated[T]:
        """A history of one value, in effect from *effective*."""
        return cls(entries=(DatedValue(effective=as_date(effective), value=value, provenance=provenance),))

    def entry_at(self, when: dt.date | str) -> DatedValue[T]:
        """
        Return the entry in effect on *when*.

        Raises:
            NotInForceError: *when* is before the first entry.

        Warns:
            StaleValueWarning: the entry found is past its review date.
        """
        day = as_date(when)
        found: DatedValue[T] | None = None
        for entry in self.entries:
            if entry.effective <= day:
                found = entry
            else:
                break
        if found is None:
            first = self.entries[0].effective
            raise NotInForceError(message("core.dated.before_first", when=day, first=first))
        if found.review_by is not None and day > found.review_by:
            text = message("core.dated.stale", when=day, effective=found.effective, review_by=found.review_by)
            warnings.warn(str(text), StaleValueWarning, stacklevel=3)
        return found

    def at(self, when: dt.date | str) -> T:
        """Return the value in effect on *when* (see `entry_at`)."""
        return self.entry_at(when).value

    @property
    def first(self) -> pendulum.Date:
        """The date the first value takes effect."""
        return self.entries[0].effective
