"""
The columnar engines behind `evaluate_cohort`: polars here, SQL on DuckDB or Spark (``_sql.py``).

Each runs phase one (the figures) where the data is; `FrameReport` words them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Literal

from sce_method._core import as_date
from sce_method.graduation._cohort import evaluate_cohort
from sce_method.graduation._columnar import figures
from sce_method.graduation._evaluate import HasGraduation
from sce_method.graduation._frame_report import FrameReport
from sce_method.graduation._report import CohortReport
from sce_method.participants import Cohort, CohortFrames

Engine = Literal["python", "polars", "duckdb", "spark"]
"""How `evaluate_cohort` evaluates: the readable evaluator (``python``), or a columnar engine."""


def evaluate_columnar(  # noqa: PLR0913 -- evaluate_cohort's arguments
    methodology: HasGraduation,
    cohort: Cohort | CohortFrames,
    as_of: dt.date | str,
    *,
    engine: Engine,
    participants: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> FrameReport | CohortReport:
    """
    `evaluate_cohort` with a columnar *engine*: the same decisions, as a `FrameReport`.

    A cohort the columnar engines do not decide as the readable evaluator
    does (`CohortFrames.columnar_decides`: graduations, withdrawals, a cohort
    not started yet) is decided by the readable evaluator, and its
    `CohortReport` is returned.
    """
    day = as_date(as_of)
    frames = cohort if isinstance(cohort, CohortFrames) else CohortFrames.from_cohort(cohort)
    if not frames.columnar_decides(day):
        whole = cohort if isinstance(cohort, Cohort) else cohort.cohort()
        return evaluate_cohort(methodology, whole, day, participants=participants, progress=progress, engine="python")
    total = frames.frames["participants"].height if participants is None else len(participants)
    if progress is not None:
        progress(0, total)
    if engine == "polars":
        table, plan = figures(methodology, frames.frames, day, participants)
    else:
        from sce_method.graduation._sql import sql_figures  # noqa: PLC0415 -- duckdb or pyspark only when asked for

        table, plan = sql_figures(methodology, frames, day, participants, dialect=engine)
    if progress is not None:
        progress(total, total)
    return FrameReport(table=table, plan=plan, as_of=day, methodology=methodology, cohort=frames)
