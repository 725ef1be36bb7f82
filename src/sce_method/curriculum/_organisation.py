"""Who delivers the offer: the centres, and the trainings their staff take."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Final, Protocol

import attrs
import pendulum

from sce_method._core import (
    Sourced,
    Text,
    positive,
    register_labels,
    rule_value,
    slug,
    sourced_order,
)


class Audience(enum.Enum):
    """Who takes a staff training."""

    FACILITATORS = "personas-facilitadoras"
    """The people who deliver the modules to participants."""
    PUBLIC_OFFICIALS = "funcionariado"
    """Public officials who replicate the methodology in their own work."""
    CENTRE_STAFF = "personal-del-centro"
    """The staff of a learning centre (e.g. for the EdApp platform)."""


register_labels(
    {
        Audience.FACILITATORS: "curriculum.enum.Audience.personas-facilitadoras",
        Audience.PUBLIC_OFFICIALS: "curriculum.enum.Audience.funcionariado",
        Audience.CENTRE_STAFF: "curriculum.enum.Audience.personal-del-centro",
    }
)


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class StaffTraining(Sourced):
    """
    A training for the people who run the programme, with its hours.

    >>> from sce_method import Provenance
    >>> t = StaffTraining(
    ...     id="capacitacion-funcionariado",
    ...     title=Text(es="Capacitación al funcionariado"),
    ...     audience=Audience.PUBLIC_OFFICIALS,
    ...     hours=20.0,
    ...     provenance=Provenance.cite("informe-2024", "§V R3"),
    ...     field_provenance={"hours": Provenance.cite("informe-2024", "Anexo A 3.1")},
    ... )
    >>> t.hours
    20.0
    """

    id: str = attrs.field(validator=slug)
    title: Text
    audience: Audience
    hours: float = attrs.field(validator=positive, metadata=rule_value())
    centres: tuple[str, ...] = ()
    target: int | None = attrs.field(default=None, validator=attrs.validators.optional(positive), metadata=rule_value())
    """How many people the training was meant to reach."""
    trained: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(positive), metadata=rule_value()
    )
    """How many people the source says it reached."""
    units: tuple[str, ...] = attrs.field(default=(), metadata=rule_value())
    """The units of the institution whose people it is for (CDM nodes, a directorate), by their names."""
    given_by: tuple[str, ...] = attrs.field(default=(), metadata=rule_value())
    """The ids of the organisations that gave it (the methodology's programme organisations)."""
    description: Text | None = None

    def certified_on(self, sessions: Iterable[TrainingHours]) -> pendulum.Date | None:
        """
        The day one person's hours of this training reached its hours: her certificate (constancia) is due from then.

        *sessions* are hers (those of other trainings are left out); None
        while she has fewer hours than the training's.

        >>> import sce_method
        >>> from sce_method.participants import TrainingSession
        >>> t = sce_method.load().staff_training("asesoria-edapp")
        >>> day = pendulum.Date(2024, 7, 1)
        >>> t.certified_on([TrainingSession(person_id="F1", training_id=t.id, session_date=day, hours=4)])
        Date(2024, 7, 1)
        """
        total = 0.0
        for session in sorted((s for s in sessions if s.training_id == self.id), key=lambda s: s.session_date):
            total += session.hours
            if total + _EPSILON >= self.hours:
                return session.session_date
        return None


_EPSILON: Final = 1e-9
"""Hours are sums of decimals: 19.999999999 of 20 is 20."""


class TrainingHours(Protocol):
    """Hours one person took of a staff training on a day (a row of staff_training.csv is one)."""

    @property
    def training_id(self) -> str:
        """The staff training."""

    @property
    def session_date(self) -> pendulum.Date:
        """The day."""

    @property
    def hours(self) -> float:
        """The hours."""


class CentreKind(enum.Enum):
    """The kinds of learning centre in Jalisco (seed, list of acronyms)."""

    CREA = "crea"
    """Centro de Reunión y Atención para las Mujeres."""
    CJM = "cjm"
    """Centro de Justicia para las Mujeres."""
    CDM = "cdm"
    """Centro para el Desarrollo de las Mujeres (a node of the state network)."""


register_labels(
    {
        CentreKind.CREA: "curriculum.enum.CentreKind.crea",
        CentreKind.CJM: "curriculum.enum.CentreKind.cjm",
        CentreKind.CDM: "curriculum.enum.CentreKind.cdm",
    }
)


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Centre(Sourced):
    """
    A centre where the programme runs.

    *serves_survivors* marks centres whose participants have lived violence
    (the CJM): outputs that could single a person out must be handled with
    more care there.
    """

    id: str = attrs.field(validator=slug)
    name: Text
    kind: CentreKind
    municipality: str | None = None
    facilitators: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(positive), metadata=rule_value()
    )
    """How many people facilitate the offer at the centre, where the source says."""
    serves_survivors: bool = attrs.field(default=False, metadata=rule_value())
    description: Text | None = None
