"""Messages and labels of the curriculum and the centres (prefix ``curriculum.``)."""

from __future__ import annotations

from typing import Final

from sce_method._core import Templates, register

MESSAGES: Final[dict[str, Templates]] = {
    "curriculum.view.caption": {"es": "Oferta formativa", "en": "Formative offer"},
    "curriculum.view.modules": {"es": "módulos", "en": "modules"},
    "curriculum.view.courses": {"es": "cursos", "en": "courses"},
    "curriculum.view.pathways": {"es": "rutas", "en": "pathways"},
    "curriculum.view.col.id": {"es": "id", "en": "id"},
    "curriculum.view.col.title": {"es": "módulo", "en": "module"},
    "curriculum.view.col.hours": {"es": "horas", "en": "hours"},
    "curriculum.kind.pathway": {"es": "trayecto", "en": "pathway"},
    # -- curriculum -----------------------------------------------------------------
    "curriculum.course.module_required": {
        "es": "un curso complementario debe nombrar su módulo (module)",
        "en": "a complementary course must name its module",
    },
    "curriculum.course.module_forbidden": {
        "es": "un curso fundacional no pertenece a un módulo; quite module",
        "en": "a foundational course belongs to no module; remove module",
    },
    "curriculum.module.course_not_complementary": {
        "es": "el curso {course!r} no es complementario del módulo {module!r}",
        "en": "course {course!r} is not the complementary course of module {module!r}",
    },
    "curriculum.enum.CourseKind.complementario": {"es": "complementario", "en": "complementary"},
    "curriculum.enum.CourseKind.fundacional": {"es": "fundacional", "en": "foundational"},
    "curriculum.enum.PathwayKind.comun": {"es": "común", "en": "common"},
    "curriculum.enum.PathwayKind.empleo": {"es": "empleo", "en": "employment"},
    "curriculum.enum.PathwayKind.emprendimiento": {"es": "emprendimiento", "en": "entrepreneurship"},
    "curriculum.enum.PathwayKind.educacion-formal": {"es": "educación formal", "en": "formal education"},
    "curriculum.enum.CentreKind.crea": {"es": "CREA", "en": "CREA"},
    "curriculum.enum.CentreKind.cjm": {"es": "Centro de Justicia para las Mujeres", "en": "Women's Justice Centre"},
    "curriculum.enum.CentreKind.cdm": {
        "es": "Centro para el Desarrollo de las Mujeres",
        "en": "Women's Development Centre",
    },
    "curriculum.enum.Audience.personas-facilitadoras": {"es": "personas facilitadoras", "en": "facilitators"},
    "curriculum.enum.Audience.funcionariado": {"es": "funcionariado", "en": "public officials"},
    "curriculum.enum.Audience.personal-del-centro": {"es": "personal del centro", "en": "centre staff"},
}

register(__name__, MESSAGES)
