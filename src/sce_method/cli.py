"""
``sce-method``: the command line, a thin shell over the public API.

Exit codes: 0 done; 1 the input is invalid or a check failed; 2 wrong usage.
Problems go to stderr, one line per problem with its place, never a traceback
(``--debug`` shows one).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Final, NoReturn, TextIO

import pendulum

from sce_method import __version__
from sce_method._core import (
    LANGS,
    Lang,
    LoadError,
    Message,
    Problem,
    ProblemsError,
    SCEError,
    as_date,
    atomic_write_text,
    check_lang,
    format_path,
    message,
    table,
)
from sce_method.graduation import CaseOutcome, CohortReport, Status, evaluate, evaluate_cohort, run_cases
from sce_method.methodology import Methodology
from sce_method.monitoring import InstrumentKind, read_export, read_xlsform, write_xlsform
from sce_method.participants import read_cohort
from sce_method.serialization import bundled_cases, dumps, load, load_cases, load_file, unstructure

OK: Final = 0
INVALID: Final = 1
USAGE: Final = 2

FORMATS: Final = ("table", "json", "md")


class _Parser(argparse.ArgumentParser):
    """An argument parser that exits 2 on wrong usage with a one-line message."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: error: {message}\n")


def _lang_from_env() -> str:
    value = os.environ.get("SCE_METHOD_LANG", "es")
    return value if value in LANGS else "es"


def _build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--lang",
        choices=LANGS,
        default=_lang_from_env(),
        help="idioma de la salida y los mensajes / language of output and messages (default: es)",
    )
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="mostrar el traceback de un error interno"
    )

    parser = _Parser(
        prog="sce-method",
        description="Metodología Segunda Oportunidad (SCE) de ONU Mujeres como datos tipados.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="mostrar el traceback de un error interno")
    commands = parser.add_subparsers(dest="command", metavar="COMANDO", parser_class=_Parser)
    commands.required = True

    show = commands.add_parser(
        "show",
        parents=[common],
        help="mostrar una metodología (la incluida por omisión)",
        description="Muestra una metodología: la incluida por omisión, otra incluida por su id, o un archivo YAML.",
    )
    show.add_argument("source", nargs="?", metavar="ID|PATH", help="id de una metodología incluida o ruta a un YAML")
    show.add_argument("--format", choices=FORMATS, default="table", help="formato de salida (default: table)")
    show.add_argument("--provenance", action="store_true", help="cada valor con su fuente y la lista de supuestos")
    show.add_argument("-o", "--output", metavar="FILE", help="escribir en FILE en vez de la salida estándar")

    validate = commands.add_parser(
        "validate",
        parents=[common],
        help="validar archivos YAML de metodología",
        description="Valida archivos de metodología; sale con 1 y un problema por línea si alguno es inválido.",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="archivos YAML a validar")

    check = commands.add_parser(
        "check",
        parents=[common],
        help="quién acredita graduación y qué le falta",
        description="Evalúa la graduación de cada participante de una carpeta de generación o un libro .xlsx.",
    )
    check.add_argument("cohort", metavar="DIR|XLSX", help="carpeta de generación o libro .xlsx")
    check.add_argument("--as-of", required=True, metavar="AAAA-MM-DD", help="fecha de evaluación")
    check.add_argument("--methodology", metavar="ID|PATH", help="metodología (por omisión, la incluida)")
    check.add_argument("--participant", metavar="ID", help="explicar la decisión de una participante")
    check.add_argument("--format", choices=(*FORMATS, "csv"), default="table", help="formato de salida")
    check.add_argument("-o", "--output", metavar="FILE", help="escribir en FILE en vez de la salida estándar")

    test = commands.add_parser(
        "test",
        parents=[common],
        help="ejecutar casos de prueba de las reglas de graduación",
        description="Ejecuta casos de prueba YAML; sin archivos, los casos de la metodología incluida.",
    )
    test.add_argument("files", nargs="*", metavar="CASES", help="archivos YAML de casos")
    test.add_argument("--methodology", metavar="ID|PATH", help="metodología (por omisión, la que nombre el archivo)")

    xlsform = commands.add_parser(
        "xlsform",
        parents=[common],
        help="escribir un instrumento como XLSForm para KoboToolbox u ODK Central",
        description="Escribe un instrumento de monitoreo como XLSForm (.xlsx); requiere el extra xlsx.",
    )
    xlsform.add_argument(
        "instrument", nargs="?", metavar="INSTRUMENTO", help="id del instrumento (entrada, salida, ...)"
    )
    xlsform.add_argument("--import", dest="import_from", metavar="FORM.xlsx", help="leer un XLSForm existente a YAML")
    xlsform.add_argument("--kind", choices=[k.value for k in InstrumentKind], help="tipo del instrumento importado")
    xlsform.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="el .xlsx (o .yaml con --import) a escribir"
    )
    xlsform.add_argument("--methodology", metavar="ID|PATH", help="metodología (por omisión, la incluida)")

    results = commands.add_parser(
        "results",
        parents=[common],
        help="el marco de resultados: meta, logro, avance y estado de cada indicador",
        description="Muestra el marco de resultados (el Anexo A del informe para la metodología incluida).",
    )
    results.add_argument("--format", choices=(*FORMATS, "csv"), default="table", help="formato de salida")
    results.add_argument("--methodology", metavar="ID|PATH", help="metodología (por omisión, la incluida)")
    results.add_argument("-o", "--output", metavar="FILE", help="escribir en FILE en vez de la salida estándar")

    responses = commands.add_parser(
        "responses", parents=[common], help="respuestas exportadas de KoboToolbox u ODK Central"
    )
    responses_commands = responses.add_subparsers(dest="responses_command", metavar="ACCIÓN", parser_class=_Parser)
    responses_commands.required = True
    check_export = responses_commands.add_parser(
        "validate",
        parents=[common],
        help="validar cada fila de una exportación",
        description="Valida cada fila de una exportación CSV o XLSX; sale con 1 si alguna fila tiene problemas.",
    )
    check_export.add_argument("export", metavar="EXPORT", help="el .csv o .xlsx descargado")
    check_export.add_argument("--instrument", required=True, metavar="ID", help="id del instrumento (salida, ...)")
    check_export.add_argument("--participant-question", metavar="NOMBRE", help="pregunta con el id de participante")
    check_export.add_argument("--methodology", metavar="ID|PATH", help="metodología (por omisión, la incluida)")
    return parser


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
    _emit(text, args.output)
    return OK


def _validate(args: argparse.Namespace, lang: Lang) -> int:
    status = OK
    for name in args.files:
        try:
            load_file(name)
        except ProblemsError as err:
            status = INVALID
            _problems(err, lang)
            count = message("cli.invalid_count", path=name, count=len(err.problems))
            print(count.render(lang), file=sys.stderr)
        else:
            print(message("cli.valid", path=name).render(lang))
    return status


def _emit(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        atomic_write_text(output, text)
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise _WriteError(message("cli.write_failed", path=output, reason=reason)) from None


class _WriteError(SCEError, OSError):
    """The output file could not be written."""

    def __init__(self, said: Message) -> None:
        self.message = said
        super().__init__(said.render("es"))


def _problems(err: ProblemsError, lang: Lang, stream: TextIO | None = None) -> None:
    out = stream or sys.stderr
    for problem in err.problems:
        print(problem.render(lang), file=out)


def _check(args: argparse.Namespace, lang: Lang) -> int:
    m = load(args.methodology)
    as_of = _date_arg(args.as_of)
    cohort = read_cohort(args.cohort, m)
    if args.participant is not None:
        decision = evaluate(m, cohort.record(args.participant), as_of)
        _emit(decision.explain(lang) + "\n", args.output)
        return OK

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
    _emit(text, args.output)
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


def _date_arg(value: str) -> pendulum.Date:
    try:
        return as_date(value)
    except ValueError:
        raise LoadError([Problem(path=("as_of",), message=message("load.invalid_date", value=value))]) from None


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
    framework = load(args.methodology).results_framework
    if framework is None:
        print(message("results.none").render(lang), file=sys.stderr)
        return INVALID
    if args.format == "csv":
        text = framework.to_csv(lang)
    elif args.format == "json":
        text = json.dumps(framework.to_rows(lang), ensure_ascii=False, indent=2) + "\n"
    else:
        text = framework.describe(lang, "md" if args.format == "md" else "table")
    _emit(text, args.output)
    return OK


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


_COMMANDS: Final = {
    "show": _show,
    "validate": _validate,
    "check": _check,
    "test": _test,
    "xlsform": _xlsform,
    "results": _results,
    "responses": _responses,
}


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run ``sce-method`` with *argv* (default: the process arguments).

    Returns:
        The exit code: 0 done, 1 invalid input, 2 wrong usage.
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if isinstance(exit_.code, int | None) else USAGE
    lang = check_lang(args.lang)
    try:
        return _COMMANDS[args.command](args, lang)
    except ProblemsError as err:
        if args.debug:
            raise
        _problems(err, lang)
        return INVALID
    except SCEError as err:
        if args.debug:
            raise
        said = getattr(err, "message", None)
        text = said.render(lang) if isinstance(said, Message) else str(err)
        print(f"sce-method: {text}", file=sys.stderr)
        return INVALID
    except BrokenPipeError:
        # The reader went away (``sce-method show | head``): not an error of ours.
        sys.stderr.close()
        return OK
    except Exception as err:
        if args.debug:
            raise
        print(message("cli.internal", kind=type(err).__name__).render(lang), file=sys.stderr)
        return INVALID


if __name__ == "__main__":  # pragma: no cover -- ``python -m sce_method.cli``
    sys.exit(main())
