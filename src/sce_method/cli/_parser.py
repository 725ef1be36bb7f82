"""
The ``sce-method`` argument parser.

Building it imports no room of the house, only `sce_method._core`: ``--help``
and wrong usage answer without loading the methodology's code, and `main`
then imports the one command that runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Final, NoReturn

from sce_method import __version__
from sce_method._core import INSTRUMENT_IDS, LANGS
from sce_method.cli._common import (
    FORMATS,
    USAGE,
    format_option,
    formula_escape_option,
    methodology_option,
    output_option,
)

SCHEMAS: Final = ("methodology", "adaptation", "cases", "datapackage")
"""What ``sce-method schema`` writes: `sce_method.serialization.SCHEMA_FILES`' kinds (a test checks they agree)."""
MANUAL_FORMATS: Final = ("md", "html", "pdf")
"""What ``sce-method manual`` writes: `sce_method.manual.FORMATS` (a test checks they agree)."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that exits 2 on wrong usage with a one-line message."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: error: {message}\n")


def _lang_from_env() -> str:
    value = os.environ.get("SCE_METHOD_LANG", "es")
    return value if value in LANGS else "es"


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``sce-method`` and all its commands."""
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
    output_option(show)

    validate = commands.add_parser(
        "validate",
        parents=[common],
        help="validar archivos YAML de metodología",
        description="Valida archivos de metodología; sale con 1 y un problema por línea si alguno es inválido.",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="archivos YAML a validar")

    adapt = commands.add_parser(
        "adapt",
        parents=[common],
        help="adaptar una metodología: un archivo pequeño con solo lo que cambia",
        description="Crea una adaptación de una metodología (incluida o archivo) para editar y validar.",
    )
    adapt_commands = adapt.add_subparsers(dest="adapt_command", metavar="ACCIÓN", parser_class=_Parser)
    adapt_commands.required = True
    new = adapt_commands.add_parser(
        "new",
        parents=[common],
        help="escribir una adaptación nueva, sin cambios todavía",
        description="Escribe una adaptación nueva de --from, con ejemplos de cada tipo de cambio.",
    )
    new.add_argument("--from", dest="parent", required=True, metavar="ID|PATH", help="la metodología que se adapta")
    new.add_argument("--id", required=True, metavar="ID", help="id de la adaptación (minúsculas, dígitos, guiones)")
    new.add_argument("-o", "--output", metavar="FILE", help="el .yaml a escribir (por omisión, la salida estándar)")
    new.add_argument("--force", action="store_true", help="reemplazar FILE si ya existe")

    differ = commands.add_parser(
        "diff",
        parents=[common],
        help="qué cambia de una metodología a otra, con ambas procedencias",
        description="Compara dos metodologías (ids incluidos o archivos): cada valor agregado, quitado o cambiado.",
    )
    differ.add_argument("first", metavar="A", help="id o archivo")
    differ.add_argument("second", metavar="B", help="id o archivo")
    format_option(differ)
    output_option(differ)
    differ.add_argument("--exit-code", action="store_true", help="salir con 1 si hay diferencias")

    check = commands.add_parser(
        "check",
        parents=[common],
        help="quién acredita graduación y qué le falta",
        description="Evalúa la graduación de cada participante de una carpeta de generación o un libro .xlsx.",
    )
    check.add_argument("cohort", metavar="DIR|XLSX", help="carpeta de generación o libro .xlsx")
    check.add_argument("--as-of", required=True, metavar="AAAA-MM-DD", help="fecha de evaluación")
    methodology_option(check)
    check.add_argument(
        "--participant",
        metavar="ID",
        help="explicar la decisión de una participante (con --format csv o json: solo su fila)",
    )
    format_option(check, csv=True)
    output_option(check)

    test = commands.add_parser(
        "test",
        parents=[common],
        help="ejecutar casos de prueba de las reglas de graduación",
        description="Ejecuta casos de prueba YAML; sin archivos, los casos de la metodología incluida.",
    )
    test.add_argument("files", nargs="*", metavar="CASES", help="archivos YAML de casos")
    test.add_argument("--methodology", metavar="ID|PATH", help="metodología (por omisión, la que nombre el archivo)")

    _add_monitoring(commands, common)
    _add_mentoring(commands, common)
    _add_schema(commands, common)
    _add_manual(commands, common)
    return parser


def _add_monitoring(commands: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
    """xlsform, results, indicators and responses."""
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
    xlsform.add_argument("--kind", choices=INSTRUMENT_IDS, help="tipo del instrumento importado")
    xlsform.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="el .xlsx (o .yaml con --import) a escribir"
    )
    methodology_option(xlsform)

    results = commands.add_parser(
        "results",
        parents=[common],
        help="el marco de resultados: meta, logro, avance y estado de cada indicador",
        description="Muestra el marco de resultados (el Anexo A del informe para la metodología incluida).",
    )
    format_option(results, csv=True)
    methodology_option(results)
    results.add_argument(
        "--cohort", metavar="DIR|XLSX", help="calcular de sus registros cada fila que declara cómo (computation)"
    )
    results.add_argument("--as-of", metavar="AAAA-MM-DD", help="fecha de esos cálculos (por omisión, la última)")
    results.add_argument(
        "--explain",
        metavar="FILA",
        help="qué registros cuenta una fila (indicador o cifra) y cuáles excluye, y por qué",
    )
    output_option(results)

    indicators = commands.add_parser(
        "indicators",
        parents=[common],
        help="indicadores de resultado de una generación, con celdas pequeñas protegidas",
        description="Calcula los indicadores de resultado de las encuestas de una carpeta de generación (responses/).",
    )
    indicators.add_argument("cohort", metavar="DIR", help="carpeta de generación con responses/<instrumento>.csv")
    indicators.add_argument(
        "--as-of", metavar="AAAA-MM-DD", help="fecha de evaluación (para indicadores sobre graduadas)"
    )
    format_option(indicators, csv=True)
    methodology_option(indicators)
    output_option(indicators)
    indicators.add_argument(
        "--show-small-cells",
        action="store_true",
        help="mostrar las celdas de menos del umbral (pueden identificar a una persona; úselo solo si debe)",
    )

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
    check_export.add_argument(
        "--instrument",
        required=True,
        metavar="ID|ARCHIVO",
        help="id del instrumento (salida, ...), un XLSForm (.xlsx) o el YAML de un instrumento",
    )
    check_export.add_argument("--participant-question", metavar="NOMBRE", help="pregunta con el id de participante")
    methodology_option(check_export)


def _add_mentoring(commands: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
    """Mentoring assign and mentoring report."""
    mentoring = commands.add_parser("mentoring", parents=[common], help="mentoría entre pares: asignar y reportar")
    mentoring_commands = mentoring.add_subparsers(dest="mentoring_command", metavar="ACCIÓN", parser_class=_Parser)
    mentoring_commands.required = True
    assign = mentoring_commands.add_parser(
        "assign",
        parents=[common],
        help="proponer qué mentora acompaña a cada participante",
        description="Propone mentoras: mismo centro, dentro de la capacidad, carga pareja, siempre igual.",
    )
    assign.add_argument("cohort", metavar="DIR|XLSX", help="carpeta de generación o libro .xlsx")
    assign.add_argument("--as-of", metavar="AAAA-MM-DD", help="fecha (por omisión, la última de las listas)")
    assign.add_argument("--rebalance", action="store_true", help="rehacer también las asignaciones existentes")
    methodology_option(assign)
    assign.add_argument("-o", "--output", metavar="FILE", help="escribir assignments.csv en FILE")
    formula_escape_option(assign)
    report = mentoring_commands.add_parser(
        "report",
        parents=[common],
        help="mentoras formadas y activas, cobertura, sesiones y problemas",
        description="Reporta la mentoría de una generación y lista cada problema con su archivo y línea.",
    )
    report.add_argument("cohort", metavar="DIR|XLSX", help="carpeta de generación o libro .xlsx")
    report.add_argument("--as-of", metavar="AAAA-MM-DD", help="fecha (por omisión, la última de las listas)")
    format_option(report)
    methodology_option(report)
    output_option(report)


def _add_schema(commands: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
    """Schema: the JSON Schemas of the YAML files and the cohort folder's data package."""
    schema = commands.add_parser(
        "schema",
        parents=[common],
        help="el JSON Schema de un archivo YAML, o el paquete de datos de la carpeta de generación",
        description=(
            "Escribe, generado de las clases, el JSON Schema de un archivo de metodología, de adaptación o de casos,"
            " o el paquete de datos Frictionless (datapackage.json) de la carpeta de generación."
        ),
    )
    schema.add_argument("kind", choices=SCHEMAS, metavar="TIPO", help=f"uno de: {', '.join(SCHEMAS)}")
    output_option(schema)


def _add_manual(commands: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
    """Manual: the Manual del Proceso de Empoderamiento Económico, generated from a methodology."""
    manual = commands.add_parser(
        "manual",
        parents=[common],
        help="escribir el Manual del Proceso de Empoderamiento Económico de una metodología",
        description=(
            "Escribe el Manual de una metodología (la incluida por omisión, otra por su id, o un YAML): Markdown,"
            " una página HTML autocontenida e imprimible, o PDF (requiere el extra pdf)."
        ),
    )
    manual.add_argument("source", nargs="?", metavar="ID|PATH", help="id de una metodología incluida o ruta a un YAML")
    manual.add_argument("--format", choices=MANUAL_FORMATS, default="md", help="formato de salida (default: md)")
    output_option(manual)
