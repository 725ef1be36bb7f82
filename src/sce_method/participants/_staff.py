"""
The people who run the programme and the training they take: staff.csv and staff_training.csv.

A staff member is a facilitator, a public official or a mentor coordinator,
at a centre or in a unit of the institution. Her personal columns are kept in
a `PersonalData`, hidden as a participant's are. Her training sessions say how
many hours of which of the methodology's staff trainings she took, and on
which day: her certificate (``constancia``) is due when they reach the
training's hours (`sce_method.curriculum.StaffTraining.certified_on`).
"""

from __future__ import annotations

import enum

import attrs
import pendulum

from sce_method._core import message, non_negative, register_labels
from sce_method.participants._model import PersonalData
from sce_method.participants._spec import Row, RowRefused


class StaffRole(enum.Enum):
    """What a person of staff.csv does in the programme."""

    FACILITATOR = "facilitadora"
    """She delivers the modules to participants at a centre (§V R1)."""
    PUBLIC_OFFICIAL = "funcionaria"
    """A public official who learns the methodology to replicate it in her own work (§V R3)."""
    MENTOR_COORDINATOR = "mentora-coordinadora"
    """She coordinates the mentoring service (§V R2: the Dirección de Desarrollo de Capacidades de las Mujeres)."""


register_labels(
    {
        StaffRole.FACILITATOR: "participants.enum.StaffRole.facilitadora",
        StaffRole.PUBLIC_OFFICIAL: "participants.enum.StaffRole.funcionaria",
        StaffRole.MENTOR_COORDINATOR: "participants.enum.StaffRole.mentora-coordinadora",
    }
)


@attrs.frozen(kw_only=True)
class StaffMember:
    """
    One row of staff.csv: a person, her role, and her centre or unit; personal data hidden.

    At least one of *centre_id* and *unit* is given.
    """

    id: str = attrs.field(validator=attrs.validators.min_len(1))
    role: StaffRole
    centre_id: str | None = None
    unit: str | None = None
    """The unit of the institution she works in (a CDM node, a directorate), in words."""
    personal: PersonalData = attrs.field(factory=PersonalData, repr=False, eq=False)
    file: str | None = attrs.field(default=None, eq=False, repr=False)
    line: int | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def from_row(cls, row: Row) -> StaffMember:
        """
        A row of staff.csv, with its file and line.

        Raises:
            RowRefused: neither a centre nor a unit is given (placed at centre_id).
        """
        centre, unit = row.optional("centre_id", str), row.optional("unit", str)
        if centre is None and unit is None:
            raise RowRefused([("centre_id", ("centre_id",), message("participants.staff.no_place"))])
        return cls(
            id=row.value("person_id", str),
            role=row.value("role", StaffRole),
            centre_id=centre,
            unit=unit,
            personal=PersonalData.from_row(row),
            file=row.file,
            line=row.line,
        )


@attrs.frozen(kw_only=True)
class TrainingSession:
    """One row of staff_training.csv: hours a person took of one of the methodology's staff trainings on a day."""

    person_id: str
    training_id: str
    session_date: pendulum.Date
    hours: float = attrs.field(validator=non_negative)
    file: str | None = attrs.field(default=None, eq=False, repr=False)
    line: int | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def from_row(cls, row: Row) -> TrainingSession:
        """A row of staff_training.csv, with its file and line."""
        return cls(
            person_id=row.value("person_id", str),
            training_id=row.value("training_id", str),
            session_date=row.value("session_date", pendulum.Date),
            hours=row.value("hours", float),
            file=row.file,
            line=row.line,
        )
