"""The curriculum: ordered modules, their courses, the complete offer and pathways."""

from __future__ import annotations

import enum

import attrs

from sce_method._core import (
    Problem,
    Sourced,
    Text,
    lookup,
    message,
    register_labels,
    rule_value,
    slug,
    sourced_order,
    unique_ids,
    unknown_ref,
)
from sce_method.curriculum._modules import Course, CourseKind, Module
from sce_method.curriculum._view import curriculum_html


class PathwayKind(enum.Enum):
    """Where a pathway leads (``ruta``)."""

    COMMON = "comun"
    """Life skills every participant takes."""
    EMPLOYMENT = "empleo"
    ENTREPRENEURSHIP = "emprendimiento"
    FORMAL_EDUCATION = "educacion-formal"
    """Return to formal education or further training."""


register_labels(
    {
        PathwayKind.COMMON: "curriculum.enum.PathwayKind.comun",
        PathwayKind.EMPLOYMENT: "curriculum.enum.PathwayKind.empleo",
        PathwayKind.ENTREPRENEURSHIP: "curriculum.enum.PathwayKind.emprendimiento",
        PathwayKind.FORMAL_EDUCATION: "curriculum.enum.PathwayKind.educacion-formal",
    }
)


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Pathway(Sourced):
    """
    A route through the offer, with the modules that lead into it.

    The common life-skills trunk, or a branch to employment, entrepreneurship or
    formal education.
    """

    id: str = attrs.field(validator=slug)
    title: Text
    kind: PathwayKind
    modules: tuple[str, ...] = attrs.field(default=(), metadata=rule_value())
    description: Text | None = None


@attrs.frozen(kw_only=True, field_transformer=sourced_order)
class Curriculum(Sourced):
    """
    The formative offer: modules in order, their courses, the complete offer, the pathways.

    Load-time checks: ids are unique, and every reference (a module's course, a
    course's module, the complete offer, a pathway's modules) resolves.
    """

    modules: tuple[Module, ...] = ()
    """Empty only in a base layer (``sce-base``): a methodology to adapt, not to check participants against."""
    courses: tuple[Course, ...] = ()
    complete_offer: tuple[str, ...] = attrs.field(default=(), metadata=rule_value())
    pathways: tuple[Pathway, ...] = ()

    def __repr__(self) -> str:
        modules = tuple(m.id for m in self.modules)
        return f"Curriculum(modules={modules!r}, courses={len(self.courses)}, pathways={len(self.pathways)})"

    def _repr_html_(self) -> str:
        """Its modules with their hours, and the counts of modules, courses and pathways."""
        return curriculum_html(self)

    def _problems(self) -> list[Problem]:
        problems = unique_ids(self.modules, field="modules")
        problems += unique_ids(self.courses, field="courses")
        problems += unique_ids(self.pathways, field="pathways")
        problems += unique_ids(self.complete_offer, field="complete_offer", key=str)
        problems += self._reference_problems()
        return problems

    def _reference_problems(self) -> list[Problem]:
        module_ids = {m.id for m in self.modules}
        problems = self._course_link_problems()
        problems.extend(
            unknown_ref(
                ("courses", index, "module"), kind=message("core.kind.module"), ident=course.module, known=module_ids
            )
            for index, course in enumerate(self.courses)
            if course.module is not None and course.module not in module_ids
        )
        problems.extend(
            unknown_ref(("complete_offer", index), kind=message("core.kind.module"), ident=ident, known=module_ids)
            for index, ident in enumerate(self.complete_offer)
            if ident not in module_ids
        )
        problems.extend(
            unknown_ref(
                ("pathways", p_index, "modules", index), kind=message("core.kind.module"), ident=ident, known=module_ids
            )
            for p_index, pathway in enumerate(self.pathways)
            for index, ident in enumerate(pathway.modules)
            if ident not in module_ids
        )
        return problems

    def _course_link_problems(self) -> list[Problem]:
        """Each module's course must exist and be that module's complementary course."""
        courses = {c.id: c for c in self.courses}
        problems: list[Problem] = []
        for index, module in enumerate(self.modules):
            if module.course is None:
                continue
            course = courses.get(module.course)
            path: tuple[str | int, ...] = ("modules", index, "course")
            if course is None:
                problems.append(unknown_ref(path, kind=message("core.kind.course"), ident=module.course, known=courses))
            elif course.kind is not CourseKind.COMPLEMENTARY or course.module != module.id:
                msg = message("curriculum.module.course_not_complementary", course=course.id, module=module.id)
                problems.append(Problem(path=path, message=msg))
        return problems

    def module(self, ident: str) -> Module:
        """
        Return the module with id *ident*.

        Raises:
            UnknownIdError: no module has that id; the message lists those that do.
        """
        return lookup(self.modules, ident, message("core.kind.module"))

    def course(self, ident: str) -> Course:
        """Return the course with id *ident* (`UnknownIdError` if none)."""
        return lookup(self.courses, ident, message("core.kind.course"))

    def pathway(self, ident: str) -> Pathway:
        """Return the pathway with id *ident* (`UnknownIdError` if none)."""
        return lookup(self.pathways, ident, message("curriculum.kind.pathway"))

    @property
    def module_ids(self) -> tuple[str, ...]:
        """The module ids, in order."""
        return tuple(m.id for m in self.modules)

    @property
    def complete_offer_modules(self) -> tuple[Module, ...]:
        """The modules of the complete formative offer, in curriculum order."""
        wanted = set(self.complete_offer)
        return tuple(m for m in self.modules if m.id in wanted)

    @property
    def hours(self) -> float:
        """Hours offered across all modules."""
        return sum(m.hours for m in self.modules)

    @property
    def complete_offer_hours(self) -> float:
        """Hours offered across the modules of the complete formative offer."""
        return sum(m.hours for m in self.complete_offer_modules)

    def courses_of(self, kind: CourseKind) -> tuple[Course, ...]:
        """The courses of one kind, in order."""
        return tuple(c for c in self.courses if c.kind is kind)
