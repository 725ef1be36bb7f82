"""`read_cohort`: every list of `LISTS`, read through its spec and checked, into a `Cohort`."""

from __future__ import annotations

import os

from sce_method._core import LoadError
from sce_method.participants._cohort import Cohort
from sce_method.participants._lists import LISTS
from sce_method.participants._read import CohortReading
from sce_method.participants._sink import OnError, Sink, StopAtFirst
from sce_method.participants._sources import sources
from sce_method.participants._spec import Vocabulary


def read_cohort(
    path: str | os.PathLike[str], methodology: Vocabulary | None = None, *, errors: OnError = "collect"
) -> Cohort:
    """
    Read a cohort folder or .xlsx workbook (DESIGN.md's cohort format).

    With a *methodology*, every centre, module, course and instrument id is
    checked against it, and an unknown one is reported with the closest known
    id. Personal columns (name, curp, phone, email) are kept, hidden, in each
    participant's `PersonalData`.

    >>> import sce_method
    >>> cohort = read_cohort("examples/cohorts/crea-2024", sce_method.load())
    >>> cohort.record("P0001").participant.centre_id
    'crea'

    Args:
        path: the folder, or the workbook whose sheets carry the lists' names.
        methodology: the ids rows may refer to (any `Vocabulary`).
        errors: ``"collect"`` (raise every problem at the end), ``"raise"``
            (stop at the first), or ``"keep"`` (return the good rows, with the
            problems in ``cohort.problems``).

    Raises:
        LoadError: the path is missing or unreadable, a list cannot be read
            at all (not UTF-8, not CSV, over a limit: with the problems found
            before it), or (unless ``errors="keep"``) any row is bad.
    """
    with sources(path, [spec.name for spec in LISTS]) as (name, found):
        reading = CohortReading(vocabulary=methodology, sources=found, sink=Sink(errors=errors))
        try:
            for spec in LISTS:
                reading.read(spec)
        except StopAtFirst:
            raise LoadError(reading.sink.problems) from None
        except LoadError as err:  # a list that cannot be read at all: what was found before it is said too
            raise LoadError([*reading.sink.problems, *err.problems]) from None
    records = reading.take()
    cohort = Cohort(
        **{spec.field: records[spec.name] for spec in LISTS if spec.field is not None},
        other_lists={spec.name: records[spec.name] for spec in LISTS if spec.field is None},
        problems=tuple(reading.sink.problems),
        source=name,
        lists=frozenset(spec.name for spec in LISTS if found[spec.name].open is not None),
    )
    if cohort.problems and errors != "keep":
        raise LoadError(cohort.problems)
    return cohort
