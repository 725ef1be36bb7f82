"""The ``sce-method`` subcommands: each a thin shell over the public API."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from typing import Final

from sce_method._cli_common import INVALID, OK, USAGE, date_arg, emit, print_problems
from sce_method._core import (
    Lang,
    ProblemsError,
    atomic_write_text,
    format_path,
    message,
    table,
)
from sce_method.graduation import CaseOutcome, CohortReport, Status, evaluate, evaluate_cohort, run_cases
from sce_method.mentoring import assign, mentoring_report
from sce_method.methodology import Methodology
from sce_method.monitoring import (
    InstrumentKind,
    compute_indicators,
    read_export,
    read_responses,
    read_xlsform,
    write_xlsform,
)
from sce_method.participants import read_cohort
from sce_method.serialization import bundled_cases, dumps, load, load_cases, load_file, unstructure


def _provenance_json(m: Methodology) -> object:
    return [
        {
            "path": format_path(entry.path),
            "value": unstructure(entry.value),
            "provenance": unstructure(entry.provenance),
        }
        for entry in m.provenance_entries()
    ]


def _show(args: argparse.Namespace, lang: Lang) -> int:
    m = load(args.source)
    if args.format == "json":
        data = _provenance_json(m) if args.provenance else unstructure(m)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif args.provenance:
        text = m.describe_provenance(lang, args.format)
    else:
        text = m.describe(lang, args.format)
    emit(text, args.output)
    return OK


def _validate(args: argparse.Namespace, lang: Lang) -> int:
    status = OK
    for name in args.files:
        try:
            load_file(name)
        except ProblemsError as err:
            status = INVALID
            print_problems(err, lang)
            count = message("cli.invalid_count", path=name, count=len(err.problems))
            print(count.render(lang), file=sys.stderr)
        else:
            print(message("cli.valid", path=name).render(lang))
    return status


def _check(args: argparse.Namespace, lang: Lang) -> int:
    m = load(args.methodology)
    as_of = date_arg(args.as_of)
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
                print(message("check.progress", done=done, total=total).render(lang), file=sys.stderr)

        report = evaluate_cohort(m, cohort, as_of, progress=progress)
    if args.format == "csv":
        text = report.to_csv_text(lang)
    elif args.format == "json":
        text = json.dumps(report.rows(lang), ensure_ascii=False, indent=2) + "\n"
    else:
        text = _report_table(report, lang, args.format)
    emit(text, args.output)
    return OK


_PROGRESS_FROM: Final = 10_000
"""Cohorts at least this large show progress on stderr."""


def _report_table(report: CohortReport, lang: Lang, fmt: str) -> str:
    headers = [message(f"check.col.{k}").render(lang) for k in ("participant", "centre", "cohort", "status", "missing")]
    rows = [[d.participant_id, d.centre_id, d.cohort_id, d.status_label(lang), "; ".join(d.missing(lang))]
            for d in report.decisions]  # fmt: skip
    counts = {s.value: report.count(s) for s in Status}
    summary = message("check.summary", total=len(report.decisions), **counts).render(lang)
    return table(headers, rows, "md" if fmt == "md" else "table") + "\n\n" + summary + "\n"


def _test(args: argparse.Namespace, lang: Lang) -> int:
    files = [load_cases(name) for name in args.files] if args.files else [bundled_cases()]
    outcomes: list[CaseOutcome] = []
    for case_file in files:
        m = load(args.methodology or case_file.methodology)
        outcomes.extend(run_cases(m, case_file.cases))
    for outcome in outcomes:
        print(outcome.render(lang))
    passed = sum(1 for o in outcomes if o.passed)
    print(message("cases.summary", passed=passed, total=len(outcomes)).render(lang))
    return OK if passed == len(outcomes) else INVALID


def _xlsform(args: argparse.Namespace, lang: Lang) -> int:
    if args.import_from is not None:
        kind = InstrumentKind(args.kind) if args.kind else None
        imported = read_xlsform(args.import_from, kind=kind)
        for problem in imported.skipped:
            print(problem.render(lang), file=sys.stderr)
        atomic_write_text(args.output, dumps(imported.instrument))
        said = message(
            "cli.imported", path=args.output, count=len(imported.instrument.questions), skipped=len(imported.skipped)
        )
        print(said.render(lang))
        return OK
    if args.instrument is None:
        print(message("cli.instrument_needed").render(lang), file=sys.stderr)
        return USAGE
    instrument = load(args.methodology).instrument(args.instrument)
    write_xlsform(instrument, args.output)
    print(message("cli.written", path=args.output).render(lang))
    return OK


def _results(args: argparse.Namespace, lang: Lang) -> int:
    m = load(args.methodology)
    framework = m.results_framework
    if framework is None:
        print(message("results.none").render(lang), file=sys.stderr)
        return INVALID
    if args.cohort is not None and m.mentoring is not None:
        cohort = read_cohort(args.cohort, m)
        if cohort.participants:  # an empty cohort has no figures to compute
            report = mentoring_report(m, cohort, date_arg(args.as_of) if args.as_of else None)
            figures = {f"mentoring.{k}": v for k, v in report.figures().items()}
            start = min(p.enrollment.enrolled_on for p in cohort.participants)
            period = f"cohorte {report.as_of}"
            framework = framework.with_computed(figures, period=period, starts_on=start, ends_on=report.as_of)
    if args.format == "csv":
        text = framework.to_csv(lang)
    elif args.format == "json":
        text = json.dumps(framework.to_rows(lang), ensure_ascii=False, indent=2) + "\n"
    else:
        text = framework.describe(lang, "md" if args.format == "md" else "table")
    emit(text, args.output)
    return OK


def _indicators(args: argparse.Namespace, lang: Lang) -> int:
    m = load(args.methodology)
    cohort = read_cohort(args.cohort, m)
    readings, problems = read_responses(args.cohort, m)
    for reading in readings.values():
        problems = [*problems, *reading.warnings, *reading.problems, *reading.row_problems]
    as_of = date_arg(args.as_of) if args.as_of else None
    report = compute_indicators(m, cohort, readings, as_of=as_of, show_small_cells=args.show_small_cells)
    rows = report.rows()
    if args.format == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["indicator_id"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        text = buffer.getvalue()
    elif args.format == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        keys = ("indicator_id", "dimension", "key", "numerator", "denominator", "value", "missing", "reported")
        headers = [message(f"indicators.col.{k}").render(lang) for k in keys]
        body = [[row[k] for k in keys] for row in rows]
        text = table(headers, body, "md" if args.format == "md" else "table") + "\n"
        text += "\n" + "\n".join(f"{v.indicator_id}: {v.explain(lang)}" for v in report.values) + "\n"
        if report.suppressed:
            text += "\n" + message("indicators.protected", min_cell=report.min_cell).render(lang) + "\n"
    emit(text, args.output)
    for problem in (*problems, *report.problems):
        print(problem.render(lang), file=sys.stderr)
    return INVALID if problems or report.problems else OK


def _mentoring(args: argparse.Namespace, lang: Lang) -> int:
    m = load(args.methodology)
    cohort = read_cohort(args.cohort, m)
    as_of = date_arg(args.as_of) if args.as_of else None
    if args.mentoring_command == "assign":
        result = assign(m, cohort, as_of, rebalance=args.rebalance)
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["mentor_id", "mentee_id", "starts_on", "ends_on"])
        for a in result.assignments:
            writer.writerow(
                [a.mentor_id, a.mentee_id, a.starts_on.isoformat(), a.ends_on.isoformat() if a.ends_on else ""]
            )
        emit(buffer.getvalue(), args.output)
        kept = len(result.assignments) - len(result.new)
        said = message("mentoring.assigned", new=len(result.new), kept=kept, unassigned=len(result.unassigned))
        print(said.render(lang), file=sys.stderr)
        for left in result.unassigned:
            print(
                message("mentoring.unassigned", participant=left.participant_id, reason=left.reason).render(lang),
                file=sys.stderr,
            )
        return OK
    report = mentoring_report(m, cohort, as_of)
    text = (
        report.to_json() if args.format == "json" else report.describe(lang, "md" if args.format == "md" else "table")
    )
    emit(text, args.output)
    for problem in report.problems:
        print(problem.render(lang), file=sys.stderr)
    return INVALID if report.problems else OK


def _responses(args: argparse.Namespace, lang: Lang) -> int:
    instrument = load(args.methodology).instrument(args.instrument)
    reading = read_export(args.export, instrument, participant_question=args.participant_question)
    for problem in (*reading.warnings, *reading.problems, *reading.row_problems):
        print(problem.render(lang), file=sys.stderr)
    invalid = sum(1 for r in reading.responses if not r.valid)
    summary = message(
        "export.summary",
        path=args.export,
        rows=len(reading.responses),
        invalid=invalid,
        problems=len(reading.problems) + len(reading.row_problems),
        warnings=len(reading.warnings),
    )
    print(summary.render(lang))
    return OK if reading.valid else INVALID


COMMANDS: Final = {
    "show": _show,
    "validate": _validate,
    "check": _check,
    "test": _test,
    "xlsform": _xlsform,
    "results": _results,
    "indicators": _indicators,
    "mentoring": _mentoring,
    "responses": _responses,
}
