"""``sce-method check``: who is eligible to graduate, and what each participant still lacks."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from typing import TYPE_CHECKING, Final, Literal, cast

from sce_method._core import Lang, as_of_date, message, table
from sce_method.cli._common import INVALID, OK, data_text, emit
from sce_method.graduation import CohortReport, Status, evaluate, evaluate_cohort, require_rules
from sce_method.participants import Cohort, read_cohort
from sce_method.serialization import load

if TYPE_CHECKING:
    from sce_method.graduation import FrameReport

Engine = Literal["python", "polars", "duckdb"]

_PROGRESS_FROM: Final = 10_000
"""Cohorts at least this large show progress on stderr."""

_HEADERS: Final = {
    "participant": "cli.check.col.participant",
    "centre": "cli.check.col.centre",
    "cohort": "cli.check.col.cohort",
    "status": "cli.check.col.status",
    "missing": "cli.check.col.missing",
}
"""The message heading each column of the table, by column."""


def run(args: argparse.Namespace, lang: Lang) -> int:
    """
    Evaluate the cohort (or one participant of it) on ``--as-of``.

    Exit 1 when a recorded graduation was not warranted: the report is shown,
    and each such graduation goes to stderr with its file, line and what she
    lacked on its day.
    """
    m = load(args.methodology)
    as_of = as_of_date(args.as_of)
    require_rules(m)  # before reading: a base layer would refuse every centre of the cohort
    engine = _engine(args.engine)
    cohort = read_cohort(args.cohort, m) if engine == "python" else read_cohort(args.cohort, m, engine="polars")
    if args.participant is not None:
        decision = evaluate(m, cohort.record(args.participant), as_of)
        if args.format in ("table", "md"):  # one participant: the full explanation reads better than a table row
            emit(decision.explain(lang) + "\n", args.output)
            return OK
        report: CohortReport | FrameReport = CohortReport(decisions=(decision,), as_of=as_of)
    else:

        def progress(done: int, total: int) -> None:
            if total >= _PROGRESS_FROM:
                print(message("cli.check.progress", done=done, total=total).render(lang), file=sys.stderr)

        report = (
            evaluate_cohort(m, cohort, as_of, progress=progress)
            if isinstance(cohort, Cohort)
            else evaluate_cohort(
                m, cohort, as_of, progress=progress, engine="duckdb" if engine == "duckdb" else "polars"
            )
        )
    text = data_text(report, args.format, lang, formula_escape=args.formula_escape)
    if text is None:
        text = _report_table(report, lang, args.format)
    emit(text, args.output)
    for problem in report.problems:
        print(problem.render(lang), file=sys.stderr)
    return INVALID if report.problems else OK


def _engine(asked: str) -> Engine:
    """The engine asked for; ``auto`` is polars when the ``tables`` extra is installed, else the readable one."""
    if asked != "auto":
        return cast("Engine", asked)
    return "polars" if importlib.util.find_spec("polars") is not None else "python"


def _report_table(report: CohortReport | FrameReport, lang: Lang, fmt: str) -> str:
    headers = [message(_HEADERS[k]).render(lang) for k in _HEADERS]
    rows = [[r["participant_id"], r["centre_id"], r["cohort_id"], r["status_label"], r["explanation"]]
            for r in report.rows(lang)]  # fmt: skip
    summary = message(
        "cli.check.summary",
        total=len(rows),
        enrolled=report.count(Status.ENROLLED),
        in_progress=report.count(Status.IN_PROGRESS),
        eligible=report.count(Status.ELIGIBLE),
        graduated=report.count(Status.GRADUATED),
        not_eligible=report.count(Status.NOT_ELIGIBLE),
        withdrawn=report.count(Status.WITHDRAWN),
    ).render(lang)
    return table(headers, rows, "md" if fmt == "md" else "table") + "\n\n" + summary + "\n"
