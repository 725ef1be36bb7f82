"""
The ids one part of a methodology names of another, checked when it loads.

A staff training names the centres it is for and the organisations that gave
it; a computation of the results framework names centres and a staff
training. Each must exist in the methodology, or the problem is placed where
the id was written.
"""

from __future__ import annotations

from collections.abc import Iterator

from sce_method._core import PathPart, Problem, message, unknown_ref
from sce_method.curriculum import Centre, StaffTraining
from sce_method.methodology._programme import Programme
from sce_method.monitoring import ResultsFramework
from sce_method.monitoring.results import Computation, CountCertified, SumTrainingHours


def reference_problems(
    centres: tuple[Centre, ...],
    trainings: tuple[StaffTraining, ...],
    programme: Programme | None,
    framework: ResultsFramework | None,
) -> list[Problem]:
    """Every id a staff training or a computation names that the methodology does not have."""
    centre_ids = {c.id for c in centres}
    organisations = set() if programme is None else {o.id for o in programme.organisations}
    training_ids = {t.id for t in trainings}
    centre = message("participants.kind.centre")
    problems: list[Problem] = []
    for t_index, training in enumerate(trainings):
        where: tuple[PathPart, ...] = ("staff_trainings", t_index)
        problems += [
            unknown_ref((*where, "centres", i), kind=centre, ident=ident, known=centre_ids)
            for i, ident in enumerate(training.centres)
            if ident not in centre_ids
        ]
        problems += [
            unknown_ref(
                (*where, "given_by", i), kind=message("methodology.kind.organisation"), ident=ident, known=organisations
            )
            for i, ident in enumerate(training.given_by)
            if ident not in organisations
        ]
    for where, computation in _computations(framework):
        problems += [
            unknown_ref((*where, "centres", i), kind=centre, ident=ident, known=centre_ids)
            for i, ident in enumerate(computation.centres)
            if ident not in centre_ids
        ]
        if isinstance(computation, CountCertified | SumTrainingHours) and computation.training not in training_ids:
            said = unknown_ref(
                (*where, "training"),
                kind=message("methodology.kind.staff_training"),
                ident=computation.training,
                known=training_ids,
            )
            problems.append(said)
    return problems


def _computations(framework: ResultsFramework | None) -> Iterator[tuple[tuple[PathPart, ...], Computation]]:
    """Each computation the framework declares, with its path in the methodology."""
    if framework is None:
        return
    for o_index, outcome in enumerate(framework.outcomes):
        for i_index, indicator in enumerate(outcome.indicators):
            if indicator.computation is not None:
                where = ("results_framework", "outcomes", o_index, "indicators", i_index, "computation")
                yield where, indicator.computation
    for f_index, figure in enumerate(framework.figures):
        if figure.computation is not None:
            yield ("results_framework", "figures", f_index, "computation"), figure.computation
