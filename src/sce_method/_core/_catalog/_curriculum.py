"""Messages and labels of the curriculum and the centres."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, dict[str, str]]] = {
    # -- curriculum -----------------------------------------------------------------
    "course.module_required": {
        "es": "un curso complementario debe nombrar su módulo (module)",
        "en": "a complementary course must name its module",
    },
    "course.module_forbidden": {
        "es": "un curso fundacional no pertenece a un módulo; quite module",
        "en": "a foundational course belongs to no module; remove module",
    },
    "module.course_not_complementary": {
        "es": "el curso {course!r} no es complementario del módulo {module!r}",
        "en": "course {course!r} is not the complementary course of module {module!r}",
    },
    "enum.Delivery.presencial": {"es": "presencial", "en": "in person"},
    "enum.Delivery.en-linea": {"es": "en línea", "en": "online"},
    "enum.Delivery.mixta": {"es": "mixta", "en": "blended"},
    "enum.CourseKind.complementario": {"es": "complementario", "en": "complementary"},
    "enum.CourseKind.fundacional": {"es": "fundacional", "en": "foundational"},
    "enum.PathwayKind.comun": {"es": "común", "en": "common"},
    "enum.PathwayKind.empleo": {"es": "empleo", "en": "employment"},
    "enum.PathwayKind.emprendimiento": {"es": "emprendimiento", "en": "entrepreneurship"},
    "enum.PathwayKind.educacion-formal": {"es": "educación formal", "en": "formal education"},
    "enum.CentreKind.crea": {"es": "CREA", "en": "CREA"},
    "enum.CentreKind.cjm": {"es": "Centro de Justicia para las Mujeres", "en": "Women's Justice Centre"},
    "enum.CentreKind.cdm": {"es": "Centro para el Desarrollo de las Mujeres", "en": "Women's Development Centre"},
    "enum.Audience.personas-facilitadoras": {"es": "personas facilitadoras", "en": "facilitators"},
    "enum.Audience.funcionariado": {"es": "funcionariado", "en": "public officials"},
    "enum.Audience.personal-del-centro": {"es": "personal del centro", "en": "centre staff"},
}
