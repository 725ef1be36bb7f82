"""Tests for `sce_method.curriculum._modules`."""

from __future__ import annotations

import math
from typing import Any

import attrs
import pytest
from hypothesis import given

from sce_method import Provenance, Text
from sce_method.curriculum import Course, CourseKind, Delivery, Module
from sce_method.exceptions import InvariantError
from tests.strategies import courses, modules

CITED = Provenance.cite("informe-2024", "§V R1")
ASSUMED = Provenance.assume("Sin dato.", "No data.")


def _module(**changes: Any) -> Module:
    module = Module(
        id="educacion-financiera",
        title=Text(es="Educación financiera", en="Financial education"),
        area=Text(es="Habilidades financieras"),
        hours=12.0,
        sessions=6,
        delivery=Delivery.IN_PERSON,
        provenance=CITED,
        field_provenance=dict.fromkeys(("hours", "sessions", "delivery"), ASSUMED),
    )
    return attrs.evolve(module, **changes)


def _course(**changes: Any) -> Course:
    course = Course(
        id="edapp-educacion-financiera",
        title=Text(es="Educación financiera (curso complementario)"),
        kind=CourseKind.COMPLEMENTARY,
        module="educacion-financiera",
        provenance=CITED,
    )
    return attrs.evolve(course, **changes)


def _refused(build: Any, **changes: Any) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(InvariantError) as caught:
        build(**changes)
    return [(p.path, p.message.key) for p in caught.value.problems]


class TestDelivery:
    def test_values_are_stable(self) -> None:
        """The values written in data files do not drift."""
        expected = {"IN_PERSON": "presencial", "ONLINE": "en-linea", "BLENDED": "mixta"}

        assert expected == {d.name: d.value for d in Delivery}


class TestCourseKind:
    def test_values_are_stable(self) -> None:
        """The values written in data files do not drift."""
        expected = {"COMPLEMENTARY": "complementario", "FOUNDATIONAL": "fundacional"}

        assert expected == {k.name: k.value for k in CourseKind}


class TestModule:
    def test_session_hours(self) -> None:
        """session_hours is the average length of a session."""
        expected = 2.0

        assert expected == _module().session_hours

    def test_course_and_description_are_optional(self) -> None:
        """A module need not have an EdApp course or a description."""
        expected = (None, None)

        assert expected == (_module().course, _module().description)

    @pytest.mark.parametrize("hours", [0, -4.0])
    def test_hours_must_be_positive(self, hours: float) -> None:
        """Hours of zero or less are refused at hours."""
        expected = [(("hours",), "core.value.not_positive")]

        assert expected == _refused(_module, hours=hours)

    def test_hours_must_be_finite(self) -> None:
        """NaN hours are refused."""
        expected = [(("hours",), "core.value.not_finite")]

        assert expected == _refused(_module, hours=math.nan)

    def test_sessions_must_be_positive(self) -> None:
        """A module has at least one session."""
        expected = [(("sessions",), "core.value.not_positive")]

        assert expected == _refused(_module, sessions=0)

    def test_id_must_be_a_slug(self) -> None:
        """A module id is a stable id."""
        expected = [(("id",), "core.id.invalid")]

        assert expected == _refused(_module, id="Educación financiera")

    def test_every_rule_value_needs_its_provenance(self) -> None:
        """Hours, sessions and delivery each need their own provenance."""
        expected = [
            (("hours",), "core.provenance.missing"),
            (("sessions",), "core.provenance.missing"),
            (("delivery",), "core.provenance.missing"),
        ]

        assert expected == _refused(_module, field_provenance={})

    def test_field_provenance_names_fields(self) -> None:
        """A field_provenance key must be a field of the module."""
        own = {**_module().field_provenance, "horas": ASSUMED}

        expected = [(("field_provenance", "horas"), "core.provenance.unknown_field")]
        assert expected == _refused(_module, field_provenance=own)

    @given(modules())
    def test_generated_modules_hold(self, module: Module) -> None:
        """Every generated module has positive hours and sessions, and provenance for its rule values."""
        expected: tuple[bool, bool, set[str]] = (True, True, set())

        assert expected == (
            module.hours > 0,
            module.sessions > 0,
            {"hours", "sessions", "delivery"} - set(module.field_provenance),
        )


class TestCourse:
    def test_platform_defaults_to_edapp(self) -> None:
        """Courses are on EdApp unless said otherwise."""
        expected = "edapp"

        assert expected == _course().platform

    def test_complementary_course_names_its_module(self) -> None:
        """A complementary course without a module is refused at module."""
        expected = [(("module",), "curriculum.course.module_required")]

        assert expected == _refused(_course, module=None)

    def test_foundational_course_names_no_module(self) -> None:
        """A foundational course belongs to no module."""
        expected = [(("module",), "curriculum.course.module_forbidden")]

        assert expected == _refused(_course, kind=CourseKind.FOUNDATIONAL)

    def test_foundational_course(self) -> None:
        """A foundational course without a module is sound."""
        expected = CourseKind.FOUNDATIONAL

        assert expected == _course(kind=CourseKind.FOUNDATIONAL, module=None).kind

    def test_problems_are_reported_together(self) -> None:
        """A missing module and a stray provenance entry are both reported."""
        expected = [
            (("field_provenance", "horas"), "core.provenance.unknown_field"),
            (("module",), "curriculum.course.module_required"),
        ]

        assert expected == _refused(_course, module=None, field_provenance={"horas": ASSUMED})

    @given(courses())
    def test_generated_courses_hold(self, course: Course) -> None:
        """A course names a module exactly when it is complementary."""
        assert (course.kind is CourseKind.COMPLEMENTARY) == (course.module is not None)
