"""
The formative offer and who delivers it.

`Curriculum` holds the ordered `Module` s, their EdApp `Course` s, which modules
make up the complete formative offer, and the `Pathway` s; `StaffTraining` and
`Centre` describe the people and places that deliver it, and
`StaffTraining.certified_on` says when a person's hours (`TrainingHours`) earn
her certificate.

>>> import sce_method
>>> c = sce_method.load().curriculum
>>> c.module("educacion-financiera").title.en
'Financial education'
"""

from sce_method._core import Delivery
from sce_method.curriculum import _messages  # noqa: F401 -- registers this room's messages first
from sce_method.curriculum._curriculum import Curriculum, Pathway, PathwayKind
from sce_method.curriculum._modules import Course, CourseKind, Module
from sce_method.curriculum._organisation import Audience, Centre, CentreKind, StaffTraining, TrainingHours

__all__ = [
    "Audience",
    "Centre",
    "CentreKind",
    "Course",
    "CourseKind",
    "Curriculum",
    "Delivery",
    "Module",
    "Pathway",
    "PathwayKind",
    "StaffTraining",
    "TrainingHours",
]
