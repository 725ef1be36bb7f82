"""`evaluate_cohort`: every participant of a cohort (or those named) on one date, by the engine asked for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, overload

from sce_method._core import as_date, paused_gc
from sce_method.graduation._decision import Decision
from sce_method.graduation._evaluate import HasGraduation, evaluate
from sce_method.graduation._report import CohortReport, Progress
from sce_method.participants import Cohort

if TYPE_CHECKING:
    from sce_method.graduation._frame_report import FrameReport
    from sce_method.participants import CohortFrames


@overload
def evaluate_cohort(
    methodology: HasGraduation,
    cohort: Cohort,
    as_of: dt.date | str,
    *,
    participants: Sequence[str] | None = None,
    progress: Progress | None = None,
    engine: Literal["python"] | None = None,
) -> CohortReport: ...


@overload
def evaluate_cohort(
    methodology: HasGraduation,
    cohort: CohortFrames,
    as_of: dt.date | str,
    *,
    participants: Sequence[str] | None = None,
    progress: Progress | None = None,
    engine: Literal["polars", "duckdb", "spark"] | None = None,
) -> FrameReport | CohortReport: ...


@overload
def evaluate_cohort(
    methodology: HasGraduation,
    cohort: Cohort,
    as_of: dt.date | str,
    *,
    participants: Sequence[str] | None = None,
    progress: Progress | None = None,
    engine: Literal["polars", "duckdb", "spark"],
) -> FrameReport | CohortReport: ...


@paused_gc()  # a decision, and its explanation's objects, per participant (see `paused_gc`)
def evaluate_cohort(  # noqa: PLR0913 -- the engine is the one argument more
    methodology: HasGraduation,
    cohort: Cohort | CohortFrames,
    as_of: dt.date | str,
    *,
    participants: Sequence[str] | None = None,
    progress: Progress | None = None,
    engine: Literal["python", "polars", "duckdb", "spark"] | None = None,
) -> CohortReport | FrameReport:
    """
    Evaluate every participant of *cohort* (or those named) on *as_of*.

    *engine* chooses how: ``"python"`` (the default for a `Cohort`) runs the
    readable evaluator on each participant and returns a `CohortReport` of
    full decisions; ``"polars"`` (the default for `CohortFrames`), ``"duckdb"``
    and ``"spark"`` compile the rules once into column expressions (or SQL) and
    return a `FrameReport`, which gives the same rows and CSV and builds a
    full decision only for those asked for (or, for a cohort whose decisions
    are not theirs to word, the readable evaluator's `CohortReport`: see
    `CohortFrames.columnar_decides`). A property test holds the engines to
    the readable evaluator. *progress* is called as ``progress(done, total)``.

    >>> import sce_method
    >>> from sce_method.participants import read_cohort
    >>> m = sce_method.load()
    >>> cohort = read_cohort("examples/cohorts/crea-2024", m)
    >>> report = evaluate_cohort(m, cohort, "2024-10-17")
    >>> report.decisions[0].participant_id
    'P0001'
    """
    if engine not in (None, "python") or (engine is None and not isinstance(cohort, Cohort)):
        from sce_method.graduation._engines import evaluate_columnar  # noqa: PLC0415 -- polars only when asked for

        return evaluate_columnar(
            methodology, cohort, as_of, engine=engine or "polars", participants=participants, progress=progress
        )
    if not isinstance(cohort, Cohort):
        cohort = cohort.cohort()
    day = as_date(as_of)
    records = cohort.records() if participants is None else tuple(cohort.record(p) for p in participants)
    decisions: list[Decision] = []
    total = len(records)
    for done, record in enumerate(records, start=1):
        decisions.append(evaluate(methodology, record, day))
        if progress is not None and (done % 1000 == 0 or done == total):
            progress(done, total)
    return CohortReport(decisions=tuple(decisions), as_of=day)
