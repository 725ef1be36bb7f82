"""
Participants and their cohorts.

Each class builds itself from a parsed row of its list (``from_row``); the
records the centres keep about a participant are in ``_records.py``.

Personal fields (name, CURP, phone, e-mail) live in `PersonalData`, which
never shows them: not in a repr, not in ``str()``, not in an error. A caller
who needs them asks for them by name (``participant.personal.name``).
"""

from __future__ import annotations

import enum

import attrs
import pendulum

from sce_method._core import InvariantError, Problem, message, raise_if, slug
from sce_method.participants._spec import Row


class CompletionSource(enum.Enum):
    """Who recorded a completion."""

    FACILITATOR = "facilitador"
    """The centre's facilitator, for a module delivered at the centre."""
    EDAPP = "edapp"
    """The EdApp platform, for an online course."""


PERSONAL_FIELDS = ("name", "curp", "phone", "email")
"""The personal columns a participants list may carry; never shown or output."""


@attrs.frozen(kw_only=True, repr=False)
class PersonalData:
    """
    A participant's personal data. Its repr and ``str()`` show nothing of it.

    >>> p = PersonalData(name="Ana", curp="XXXX000000XXXXXX00", phone="5555555555")
    >>> p
    PersonalData(<hidden>)
    >>> p.name
    'Ana'
    """

    name: str | None = None
    curp: str | None = None
    phone: str | None = None
    email: str | None = None

    @classmethod
    def from_row(cls, row: Row) -> PersonalData:
        """The personal columns of a row of participants.csv; a blank or absent one is None."""
        return cls(
            name=row.optional("name", str),
            curp=row.optional("curp", str),
            phone=row.optional("phone", str),
            email=row.optional("email", str),
        )

    def __repr__(self) -> str:
        return "PersonalData(<hidden>)"

    __str__ = __repr__

    @property
    def is_empty(self) -> bool:
        """Whether no personal field is set."""
        return all(getattr(self, name) is None for name in PERSONAL_FIELDS)


@attrs.frozen(kw_only=True)
class Enrollment:
    """When a participant enrolled, and when she withdrew (``baja``), if she did."""

    enrolled_on: pendulum.Date
    withdrawn_on: pendulum.Date | None = None

    def __attrs_post_init__(self) -> None:
        if self.withdrawn_on is not None and self.withdrawn_on < self.enrolled_on:
            raise_if(
                [
                    Problem(
                        path=("withdrawn_on",),
                        message=message(
                            "participants.withdrawn_before_enrolled",
                            withdrawn_on=self.withdrawn_on,
                            enrolled_on=self.enrolled_on,
                        ),
                    )
                ]
            )

    def withdrawn_by(self, day: pendulum.Date) -> bool:
        """Whether the participant had withdrawn on or before *day*."""
        return self.withdrawn_on is not None and self.withdrawn_on <= day


@attrs.frozen(kw_only=True)
class Participant:
    """
    A participant: her id, centre, cohort and enrollment; personal data hidden.

    Outputs are keyed by `id`; `personal` is excluded from repr and equality.
    """

    id: str = attrs.field(validator=attrs.validators.min_len(1))
    centre_id: str = attrs.field(validator=slug)
    cohort_id: str = attrs.field(validator=attrs.validators.min_len(1))
    enrollment: Enrollment
    personal: PersonalData = attrs.field(factory=PersonalData, repr=False, eq=False)

    @classmethod
    def from_row(cls, row: Row) -> Participant:
        """
        A row of participants.csv.

        Raises:
            RowRefused: she withdrew before she enrolled (placed on the row).
        """
        personal = PersonalData.from_row(row)
        try:
            enrollment = Enrollment(
                enrolled_on=row.value("enrolled_on", pendulum.Date),
                withdrawn_on=row.optional("withdrawn_on", pendulum.Date),
            )
        except InvariantError as err:
            raise row.refused(err) from None
        return cls(
            id=row.value("participant_id", str),
            centre_id=row.value("centre_id", str),
            cohort_id=row.value("cohort_id", str),
            enrollment=enrollment,
            personal=personal,
        )


@attrs.frozen(kw_only=True)
class CohortPeriod:
    """A cohort (``generación``) of a centre, and the dates it runs."""

    id: str = attrs.field(validator=attrs.validators.min_len(1))
    centre_id: str = attrs.field(validator=slug)
    starts_on: pendulum.Date
    ends_on: pendulum.Date

    def __attrs_post_init__(self) -> None:
        if self.ends_on < self.starts_on:
            raise_if(
                [
                    Problem(
                        path=("ends_on",),
                        message=message(
                            "participants.cohort.ends_before_start", ends_on=self.ends_on, starts_on=self.starts_on
                        ),
                    )
                ]
            )

    @classmethod
    def from_row(cls, row: Row) -> CohortPeriod:
        """
        A row of cohorts.csv.

        Raises:
            RowRefused: the period breaks its rules (it ends before it starts);
                the problem is placed at the ends_on cell.
        """
        try:
            return cls(
                id=row.value("cohort_id", str),
                centre_id=row.value("centre_id", str),
                starts_on=row.value("starts_on", pendulum.Date),
                ends_on=row.value("ends_on", pendulum.Date),
            )
        except InvariantError as err:
            raise row.refused(err, at="ends_on") from None

    def running_on(self, day: pendulum.Date) -> bool:
        """Whether the cohort has not yet ended on *day*."""
        return day <= self.ends_on
