"""
`Dated`: a history of values by effective date.

A value takes effect on its date and holds until the next one. Each carries its
provenance and, optionally, the date by which someone should review it: a
value found past that date still applies, but a `StaleValueWarning` says so
instead of letting it silently extend forever.
"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Generic, TypeVar

import attrs
import pendulum

from sce_method._core._catalog import message
from sce_method._core._dates import as_date
from sce_method._core._errors import NotInForceError, Problem, StaleValueWarning, invariant
from sce_method._core._provenance import Provenance
from sce_method._core._validators import raise_if

T = TypeVar("T")


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
