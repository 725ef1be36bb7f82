"""``sce-method check``: who is eligible to graduate, and what each participant still lacks."""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import textwrap
from typing import TYPE_CHECKING, Literal, cast

from sce_method._core import Lang, label, message, table
from sce_method.cli._common import INVALID, OK, UsageError, emit, emit_data
from sce_method.cli._layout import fitted, screen_width
from sce_method.cli._progress import Progress
from sce_method.graduation import CohortReport, Status, evaluate, evaluate_cohort, require_rules
from sce_method.participants import MAX_FILE_BYTES, MAX_ROWS, Cohort, ReadLimits, read_cohort
from sce_method.serialization import load

if TYPE_CHECKING:
    from sce_method.graduation import FrameReport
    from sce_method.participants import CohortFrames

Engine = Literal["python", "polars", "duckdb"]


def run(args: argparse.Namespace, lang: Lang) -> int:
    """
    Evaluate the cohort (or one participant of it) on ``--as-of``: the summary first, then the table.

    Exit 1 when a recorded graduation was not warranted: the report is shown,
    and each such graduation goes to stderr with its file, line and what she
    lacked on its day.
    """
    statuses = statuses_of(args.status) if args.status else None
    m = load(args.methodology)
    require_rules(m)  # before reading: a base layer would refuse every centre of the cohort
    engine = _engine(args.engine)
    report: CohortReport | FrameReport
    limits = limits_of(args)
    with Progress(lang) as progress:
        if engine == "python":
            cohort: Cohort | CohortFrames = read_cohort(args.cohort, m, progress=progress.read, limits=limits)
        else:
            cohort = read_cohort(args.cohort, m, engine="polars", progress=progress.read, limits=limits)
        if args.participant is not None:
            decision = evaluate(m, cohort.record(args.participant), args.as_of)
            report = CohortReport(decisions=(decision,), as_of=args.as_of)
        elif isinstance(cohort, Cohort):
            report = evaluate_cohort(m, cohort, args.as_of, progress=progress.evaluated)
        else:
            fast: Literal["polars", "duckdb"] = "duckdb" if engine == "duckdb" else "polars"
            report = evaluate_cohort(m, cohort, args.as_of, progress=progress.evaluated, engine=fast)
    if args.participant is not None and args.format in ("table", "md"):
        # one participant: the full explanation reads better than a table row
        emit(report.decisions[0].explain(lang) + "\n", args.output)
        return OK
    shown = report.with_status(*statuses) if statuses else report
    if not emit_data(shown, args.format, lang, args.output, formula_escape=args.formula_escape):
        emit(_report_table(report, shown, lang, args.format, screen_width(args.output)), args.output)
    problems = report.problems if isinstance(report, CohortReport) else ()
    for problem in problems:
        print(problem.render(lang), file=sys.stderr)
    return INVALID if problems else OK


def limits_of(args: argparse.Namespace) -> ReadLimits | None:
    """The reader's limits ``--max-file-mb`` and ``--max-rows`` raise (or lower); None when neither is given."""
    if args.max_file_mb is None and args.max_rows is None:
        return None
    return ReadLimits(
        max_file_bytes=MAX_FILE_BYTES if args.max_file_mb is None else args.max_file_mb * 1024 * 1024,
        max_rows=MAX_ROWS if args.max_rows is None else args.max_rows,
    )


def statuses_of(text: str) -> tuple[Status, ...]:
    """
    The statuses of ``--status``: ids (``not_eligible``), with hyphens, or labels in either language (``no-acredita``).

    Raises:
        UsageError: a status no one has.
    """
    names: dict[str, Status] = {}
    for status in Status:
        for said in (status.value, label(status, "es"), label(status, "en")):
            names[_slug(said)] = status
        names[_slug(label(status, "es").split()[0])] = status  # "acredita", as people say it
    found = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        if _slug(part) not in names:
            known = ", ".join(sorted({_slug(label(s, "es")) for s in Status} | {s.value for s in Status}))
            raise UsageError("--status", message("cli.usage.status", value=part, known=known))
        found.append(names[_slug(part)])
    return tuple(dict.fromkeys(found))


def _slug(text: str) -> str:
    """``No acredita`` and ``not_eligible`` as ``no-acredita`` and ``not-eligible``; accents dropped."""
    plain = text.lower().translate(str.maketrans("áéíóúü", "aeiouu"))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _engine(asked: str) -> Engine:
    """The engine asked for; ``auto`` is polars when the ``tables`` extra is installed, else the readable one."""
    if asked != "auto":
        return cast("Engine", asked)
    return "polars" if importlib.util.find_spec("polars") is not None else "python"


def _report_table(
    report: CohortReport | FrameReport, shown: CohortReport | FrameReport, lang: Lang, fmt: str, width: int | None
) -> str:
    """The headline of the whole cohort first, then the table of those asked for, fitted to *width*."""
    rows = [report.shown(r) for r in shown.rows(lang)]
    body = table(report.headers(lang), rows, "md") if fmt == "md" else fitted(report.headers(lang), rows, width)
    headline = report.headline(lang) if width is None else textwrap.fill(report.headline(lang), width)
    return headline + "\n\n" + body + "\n"
