"""Modules of the formative offer and the courses that complement them."""

from __future__ import annotations

import enum

import attrs

from sce_method._core import (
    Delivery,
    Problem,
    Sourced,
    Text,
    message,
    positive,
    register_labels,
    rule_value,
    slug,
    sourced_order,
)


class CourseKind(enum.Enum):
    """The two kinds of EdApp course the seed describes (§V R1)."""

    COMPLEMENTARY = "complementario"
    """One per module, deepening what the module taught."""
    FOUNDATIONAL = "fundacional"
    """The global SCE coordination's courses, presented in September 2024."""


register_labels(
    {
        CourseKind.COMPLEMENTARY: "curriculum.enum.CourseKind.complementario",
        CourseKind.FOUNDATIONAL: "curriculum.enum.CourseKind.fundacional",
    }
)


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Module(Sourced):
    """
    A module of the formative offer.

    *hours* and *sessions* are what the centre offers; *course* is the id of the
    module's EdApp complementary course.

    >>> from sce_method import Provenance
    >>> m = Module(
    ...     id="educacion-financiera",
    ...     title=Text(es="Educación financiera", en="Financial education"),
    ...     area=Text(es="Habilidades financieras", en="Financial skills"),
    ...     hours=12.0,
    ...     sessions=6,
    ...     delivery=Delivery.IN_PERSON,
    ...     provenance=Provenance.cite("informe-2024", "§V R1"),
    ...     field_provenance={k: Provenance.assume("Sin dato.") for k in ("hours", "sessions", "delivery")},
    ... )
    >>> m.hours, m.session_hours
    (12.0, 2.0)
    """

    id: str = attrs.field(validator=slug)
    title: Text
    area: Text
    hours: float = attrs.field(validator=positive, metadata=rule_value())
    sessions: int = attrs.field(validator=positive, metadata=rule_value())
    delivery: Delivery = attrs.field(metadata=rule_value())
    course: str | None = None
    description: Text | None = None

    @property
    def session_hours(self) -> float:
        """Hours per session, on average."""
        return self.hours / self.sessions


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Course(Sourced):
    """
    A course on the EdApp platform: complementary to a module, or foundational.

    A complementary course names its *module*; a foundational one names none.
    """

    id: str = attrs.field(validator=slug)
    title: Text
    kind: CourseKind
    platform: str = "edapp"
    module: str | None = None
    description: Text | None = None

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.kind is CourseKind.COMPLEMENTARY and self.module is None:
            problems.append(Problem(path=("module",), message=message("curriculum.course.module_required")))
        if self.kind is CourseKind.FOUNDATIONAL and self.module is not None:
            problems.append(Problem(path=("module",), message=message("curriculum.course.module_forbidden")))
        return problems
