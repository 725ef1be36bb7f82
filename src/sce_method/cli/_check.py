"""``sce-method check``: who is eligible to graduate, and what each participant still lacks."""

from __future__ import annotations

import argparse
import sys
from typing import Final

from sce_method._core import Lang, as_of_date, message, table
from sce_method.cli._common import INVALID, OK, data_text, emit
from sce_method.graduation import CohortReport, Status, evaluate, evaluate_cohort, require_rules
from sce_method.participants import read_cohort
from sce_method.serialization import load

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
    cohort = read_cohort(args.cohort, m)
    if args.participant is not None:
        decision = evaluate(m, cohort.record(args.participant), as_of)
        if args.format in ("table", "md"):  # one participant: the full explanation reads better than a table row
            emit(decision.explain(lang) + "\n", args.output)
            return OK
        report = CohortReport(decisions=(decision,), as_of=as_of)
    else:

        def progress(done: int, total: int) -> None:
            if total >= _PROGRESS_FROM:
                print(message("cli.check.progress", done=done, total=total).render(lang), file=sys.stderr)

        report = evaluate_cohort(m, cohort, as_of, progress=progress)
    text = data_text(report, args.format, lang, formula_escape=args.formula_escape)
    if text is None:
        text = _report_table(report, lang, args.format)
    emit(text, args.output)
    for problem in report.problems:
        print(problem.render(lang), file=sys.stderr)
    return INVALID if report.problems else OK


def _report_table(report: CohortReport, lang: Lang, fmt: str) -> str:
    headers = [message(_HEADERS[k]).render(lang) for k in _HEADERS]
    rows = [[d.participant_id, d.centre_id, d.cohort_id, d.status_label(lang), d.summary(lang)]
            for d in report.decisions]  # fmt: skip
    summary = message(
        "cli.check.summary",
        total=len(report.decisions),
        enrolled=report.count(Status.ENROLLED),
        in_progress=report.count(Status.IN_PROGRESS),
        eligible=report.count(Status.ELIGIBLE),
        graduated=report.count(Status.GRADUATED),
        not_eligible=report.count(Status.NOT_ELIGIBLE),
        withdrawn=report.count(Status.WITHDRAWN),
    ).render(lang)
    return table(headers, rows, "md" if fmt == "md" else "table") + "\n\n" + summary + "\n"
