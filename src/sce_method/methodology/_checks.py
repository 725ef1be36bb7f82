"""What a `Methodology` checks of itself when it is built: unique ids, references between its parts, citations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sce_method._core import Problem, message, unique_ids, walk_sources
from sce_method.graduation import criterion_problems
from sce_method.methodology._references import reference_problems
from sce_method.monitoring.indicators import check_indicators

if TYPE_CHECKING:
    from sce_method.methodology._model import Methodology


def methodology_problems(m: Methodology) -> list[Problem]:
    """Every problem of *m* as a whole: ids given twice, references to nothing, sources citing no document."""
    problems = unique_ids(m.documents, field="documents")
    problems += unique_ids(m.centres, field="centres")
    problems += unique_ids(m.staff_trainings, field="staff_trainings")
    problems += unique_ids(m.instruments, field="instruments")
    problems += unique_ids(m.indicators, field="indicators")
    problems += check_indicators(m.indicators, m.instruments)
    problems += reference_problems(m.centres, m.staff_trainings, m.programme, m.results_framework)
    problems += _citation_problems(m)
    if m.mentoring is not None and m.mentoring.prerequisite is not None:
        checked = criterion_problems(m.mentoring.prerequisite, m.curriculum, m.instrument_ids)
        problems += [p.under("mentoring", "prerequisite") for p in checked]
    if m.graduation is not None:
        checked = m.graduation.check(m.curriculum, m.instrument_ids, m.centre_ids)
        problems += [p.under("graduation") for p in checked]
    return problems


def _citation_problems(m: Methodology) -> list[Problem]:
    """A problem for each source that cites a document *m* does not list."""
    known = {d.id for d in m.documents}
    return [
        Problem(
            path=(*path, "document"),
            message=message(
                "methodology.provenance.unknown_document", id=source.document, known=", ".join(sorted(known))
            ),
        )
        for path, source in walk_sources(m)
        if source.document not in known
    ]
