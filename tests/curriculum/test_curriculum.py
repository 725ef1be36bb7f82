"""Tests for `sce_method.curriculum._curriculum`."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given

from sce_method import Provenance, Text
from sce_method.curriculum import Course, CourseKind, Curriculum, Delivery, Module, Pathway, PathwayKind
from sce_method.exceptions import InvariantError, UnknownIdError
from tests.strategies import AGGREGATES, curricula, pathways

CITED = Provenance.cite("informe-2024", "§V R1")
ASSUMED = Provenance.assume("Sin dato.", "No data.")


def _module(ident: str, hours: float, course: str | None = None) -> Module:
    return Module(
        id=ident,
        title=Text(es=ident),
        area=Text(es="Área"),
        hours=hours,
        sessions=2,
        delivery=Delivery.IN_PERSON,
        course=course,
        provenance=CITED,
        field_provenance=dict.fromkeys(("hours", "sessions", "delivery"), ASSUMED),
    )


def _course(ident: str, module: str | None) -> Course:
    kind = CourseKind.FOUNDATIONAL if module is None else CourseKind.COMPLEMENTARY
    return Course(id=ident, title=Text(es=ident), kind=kind, module=module, provenance=CITED)


def _pathway(ident: str, *modules: str) -> Pathway:
    return Pathway(
        id=ident,
        title=Text(es=ident),
        kind=PathwayKind.EMPLOYMENT,
        modules=modules,
        provenance=CITED,
        field_provenance={"modules": ASSUMED},
    )


def _curriculum(**changes: Any) -> Curriculum:
    curriculum = Curriculum(
        modules=(
            _module("desarrollo-humano", 10, course="edapp-desarrollo-humano"),
            _module("educacion-financiera", 12),
            _module("empleo", 8),
        ),
        courses=(_course("edapp-desarrollo-humano", "desarrollo-humano"), _course("fundacional-genero", None)),
        complete_offer=("empleo", "desarrollo-humano"),
        pathways=(_pathway("empleo", "empleo"),),
        provenance=CITED,
        field_provenance={"complete_offer": CITED},
    )
    return attrs.evolve(curriculum, **changes)


def _refused(**changes: Any) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(InvariantError) as caught:
        _curriculum(**changes)
    return [(p.path, p.message.key) for p in caught.value.problems]


class TestPathwayKind:
    def test_values_are_stable(self) -> None:
        """The values written in data files do not drift."""
        expected = ["comun", "empleo", "emprendimiento", "educacion-formal"]

        assert expected == [k.value for k in PathwayKind]


class TestPathway:
    def test_modules_need_their_provenance(self) -> None:
        """Which modules lead into a pathway is a rule value with its own provenance."""
        with pytest.raises(InvariantError) as caught:
            attrs.evolve(_pathway("empleo", "empleo"), field_provenance={})

        expected = [(("modules",), "core.provenance.missing")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    def test_may_have_no_modules(self) -> None:
        """A pathway (formal education) may have no module of its own."""
        expected = ()

        assert expected == _pathway("educacion-formal").modules

    @given(pathways())
    def test_generated_pathways_hold(self, pathway: Pathway) -> None:
        """Every generated pathway has provenance for its modules."""
        assert "modules" in pathway.field_provenance


class TestCurriculum:
    def test_module(self) -> None:
        """module() finds a module by id."""
        expected = "educacion-financiera"

        assert expected == _curriculum().module("educacion-financiera").id

    def test_unknown_module_lists_the_known_ids(self) -> None:
        """An unknown module is an UnknownIdError, a KeyError, naming the ids that exist."""
        with pytest.raises(KeyError) as caught:
            _curriculum().module("cocina")

        expected = (
            UnknownIdError,
            "there is no module with id 'cocina'; known: desarrollo-humano, educacion-financiera, empleo",
        )
        assert expected == (type(caught.value), caught.value.message.render("en"))  # type: ignore[attr-defined]

    def test_course(self) -> None:
        """course() finds a course by id."""
        expected = CourseKind.FOUNDATIONAL

        assert expected == _curriculum().course("fundacional-genero").kind

    def test_unknown_course(self) -> None:
        """An unknown course is an UnknownIdError."""
        with pytest.raises(UnknownIdError):
            _curriculum().course("cocina")

    def test_pathway(self) -> None:
        """pathway() finds a pathway by id."""
        expected = ("empleo",)

        assert expected == _curriculum().pathway("empleo").modules

    def test_unknown_pathway(self) -> None:
        """An unknown pathway is an UnknownIdError."""
        with pytest.raises(UnknownIdError):
            _curriculum().pathway("cocina")

    def test_module_ids_in_order(self) -> None:
        """module_ids keeps the curriculum's order."""
        expected = ("desarrollo-humano", "educacion-financiera", "empleo")

        assert expected == _curriculum().module_ids

    def test_complete_offer_modules_in_curriculum_order(self) -> None:
        """The complete offer's modules come in curriculum order, whatever order the offer lists."""
        expected = ["desarrollo-humano", "empleo"]

        assert expected == [m.id for m in _curriculum().complete_offer_modules]

    def test_hours(self) -> None:
        """Curriculum.hours adds up every module."""
        expected = 30

        assert expected == _curriculum().hours

    def test_complete_offer_hours(self) -> None:
        """complete_offer_hours adds up the modules of the complete offer."""
        expected = 18

        assert expected == _curriculum().complete_offer_hours

    def test_courses_of(self) -> None:
        """courses_of picks the courses of one kind, in order."""
        expected = ["edapp-desarrollo-humano"]

        assert expected == [c.id for c in _curriculum().courses_of(CourseKind.COMPLEMENTARY)]

    def test_a_base_layer_may_have_no_modules(self) -> None:
        """A curriculum with no modules and no complete offer is a base to adapt (``sce-base``), and is accepted."""
        empty = Curriculum(courses=(), provenance=Provenance.cite("informe-2024", "§V R1"))

        expected = ((), ())
        assert expected == (empty.modules, empty.complete_offer)

    def test_complete_offer_needs_provenance(self) -> None:
        """Which modules make the complete offer is a rule value with its own provenance."""
        expected = [(("complete_offer",), "core.provenance.missing")]

        assert expected == _refused(field_provenance={})

    def test_duplicate_module_id(self) -> None:
        """A repeated module id is reported at the repeat."""
        modules = (
            _module("empleo", 1),
            _module("desarrollo-humano", 1, course="edapp-desarrollo-humano"),
            _module("empleo", 2),
        )

        expected = [(("modules", 2, "id"), "core.id.duplicate")]
        assert expected == _refused(modules=modules)

    def test_duplicate_course_id(self) -> None:
        """A repeated course id is reported at the repeat."""
        courses = (*_curriculum().courses, _course("fundacional-genero", None))

        expected = [(("courses", 2, "id"), "core.id.duplicate")]
        assert expected == _refused(courses=courses)

    def test_duplicate_pathway_id(self) -> None:
        """A repeated pathway id is reported at the repeat."""
        expected = [(("pathways", 1, "id"), "core.id.duplicate")]

        assert expected == _refused(pathways=(_pathway("empleo"), _pathway("empleo")))

    def test_duplicate_in_complete_offer(self) -> None:
        """A module listed twice in the complete offer is reported at the second listing."""
        expected = [(("complete_offer", 1), "core.id.duplicate")]

        assert expected == _refused(complete_offer=("empleo", "empleo"))

    def test_module_names_an_unknown_course(self) -> None:
        """A module's course must exist."""
        modules = (_module("desarrollo-humano", 10, course="edapp-cocina"), _module("empleo", 8))

        expected = [(("modules", 0, "course"), "core.ref.unknown")]
        assert expected == _refused(modules=modules, complete_offer=("empleo",))

    def test_module_names_another_modules_course(self) -> None:
        """A module's course must be the complementary course of that module."""
        modules = (
            _module("desarrollo-humano", 10, course="edapp-desarrollo-humano"),
            _module("empleo", 8, course="edapp-desarrollo-humano"),
        )

        expected = [(("modules", 1, "course"), "curriculum.module.course_not_complementary")]
        assert expected == _refused(modules=modules, complete_offer=("empleo",))

    def test_module_names_a_foundational_course(self) -> None:
        """A foundational course is no module's course."""
        modules = (_module("desarrollo-humano", 10, course="fundacional-genero"), _module("empleo", 8))

        expected = [(("modules", 0, "course"), "curriculum.module.course_not_complementary")]
        assert expected == _refused(modules=modules, complete_offer=("empleo",))

    def test_course_names_an_unknown_module(self) -> None:
        """A complementary course's module must exist."""
        courses = (*_curriculum().courses, _course("edapp-cocina", "cocina"))

        expected = [(("courses", 2, "module"), "core.ref.unknown")]
        assert expected == _refused(courses=courses)

    def test_complete_offer_names_an_unknown_module(self) -> None:
        """The complete offer lists only modules that exist."""
        expected = [(("complete_offer", 1), "core.ref.unknown")]

        assert expected == _refused(complete_offer=("empleo", "cocina"))

    def test_pathway_names_an_unknown_module(self) -> None:
        """A pathway lists only modules that exist."""
        expected = [(("pathways", 0, "modules", 1), "core.ref.unknown")]

        assert expected == _refused(pathways=(_pathway("empleo", "empleo", "cocina"),))

    def test_every_problem_at_once(self) -> None:
        """All the curriculum's problems are reported together, not the first only."""
        expected = [
            (("complete_offer",), "core.provenance.missing"),
            (("pathways", 1, "id"), "core.id.duplicate"),
            (("complete_offer", 0), "core.ref.unknown"),
        ]

        assert expected == _refused(
            field_provenance={}, complete_offer=("cocina",), pathways=(_pathway("empleo"), _pathway("empleo"))
        )

    def test_unknown_reference_lists_the_known(self) -> None:
        """A reference to nothing names what exists, sorted."""
        with pytest.raises(InvariantError) as caught:
            _curriculum(complete_offer=("cocina",))

        expected = (
            "$.complete_offer[0]: reference to unknown module 'cocina'; "
            "known: desarrollo-humano, educacion-financiera, empleo"
        )
        assert expected == caught.value.render("en")

    @AGGREGATES
    @given(curricula())
    def test_generated_references_resolve(self, curriculum: Curriculum) -> None:
        """In a generated curriculum, every module's course is its own and every listed module exists."""
        module_ids = set(curriculum.module_ids)
        listed = {*curriculum.complete_offer, *(ident for p in curriculum.pathways for ident in p.modules)}

        expected: tuple[set[str], list[str | None]] = (
            set(),
            [m.id for m in curriculum.modules if m.course is not None],
        )
        assert expected == (
            listed - module_ids,
            [curriculum.course(m.course).module for m in curriculum.modules if m.course is not None],
        )
