"""
The ``sce-method`` argument parser, in the reader's language.

Building it imports no room of the house, only `sce_method._core`: ``--help``
and wrong usage answer without loading the methodology's code, and `main`
then imports the one command that runs. Every help text comes from the
catalog (``cli.help.*``), in the language of ``--lang``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Final

from sce_method._core import INSTRUMENT_IDS, Lang, Message, message
from sce_method.cli._common import format_option, formula_escape_option, methodology_option, output_option
from sce_method.cli._usage import Parser, date_option, lang_of, lang_option, whole_number_option

SCHEMAS: Final = ("methodology", "adaptation", "cases", "datapackage")
"""What ``sce-method schema`` writes: `sce_method.serialization.SCHEMA_FILES`' kinds (a test checks they agree)."""
MANUAL_FORMATS: Final = ("md", "html", "pdf")
"""What ``sce-method manual`` writes: `sce_method.manual.FORMATS` (a test checks they agree)."""


class _Builder:
    """Adds commands to the parser, every help text in one language."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.common = Parser(add_help=False, lang=lang)
        lang_option(self.common, self.say(message("cli.help.lang")), top=False)
        self.common.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=self.say(message("cli.help.debug"))
        )

    def say(self, said: Message) -> str:
        """A help text in the builder's language; ``%`` doubled, since argparse formats help with it."""
        return said.render(self.lang).replace("%", "%%")

    def command(self, where: argparse._SubParsersAction[Parser], name: str, said: Message) -> Parser:
        """A command (or an action of one) with the common options, its help as its description too."""
        text = self.say(said)
        found: Parser = where.add_parser(name, parents=[self.common], help=text, description=text, lang=self.lang)
        return found

    def actions(self, where: Parser, dest: str) -> argparse._SubParsersAction[Parser]:
        """The required actions of a command (``adapt new``, ``mentoring assign``)."""
        found = where.add_subparsers(dest=dest, metavar=self.say(message("cli.help.action")), parser_class=Parser)
        found.required = True
        return found

    def format(self, where: Parser, *, data: bool = False, chart: bool = False) -> None:
        """``--format``, and ``--no-formula-escape`` where it may be ``csv`` (*data*)."""
        format_option(where, self.say(message("cli.help.format")), data=data, chart=chart)
        if data:
            formula_escape_option(where, self.say(message("cli.help.formula_escape")))

    def date(self, where: Parser, said: Message, *, required: bool = False) -> None:
        """``--as-of YYYY-MM-DD``, a date or a usage error that names the option."""
        where.add_argument("--as-of", required=required, type=date_option(self.lang), metavar="YYYY-MM-DD",
                           help=self.say(said))  # fmt: skip


def build_parser(lang: Lang | None = None) -> argparse.ArgumentParser:
    """The parser of ``sce-method`` and all its commands, its help in *lang* (by default, as ``--lang`` asks)."""
    b = _Builder(lang or lang_of([]))
    say = b.say
    parser = Parser(prog="sce-method", description=say(message("cli.help.prog")), lang=b.lang)
    parser.add_argument("--version", action=_Version, nargs=0, help=say(message("cli.argparse.version")))
    parser.add_argument("--debug", action="store_true", help=say(message("cli.help.debug")))
    lang_option(parser, say(message("cli.help.lang")), top=True)
    commands = parser.add_subparsers(dest="command", metavar=say(message("cli.help.command")), parser_class=Parser)
    commands.required = True

    show = b.command(commands, "show", message("cli.help.show"))
    show.add_argument("source", nargs="?", metavar="ID|PATH", help=say(message("cli.help.source")))
    format_option(show, say(message("cli.help.format")))
    show.add_argument("--provenance", action="store_true", help=say(message("cli.help.provenance")))
    output_option(show, say(message("cli.help.output")))

    validate = b.command(commands, "validate", message("cli.help.validate"))
    validate.add_argument("files", nargs="+", metavar="FILE", help=say(message("cli.help.files")))

    adapt = b.actions(b.command(commands, "adapt", message("cli.help.adapt")), "adapt_command")
    new = b.command(adapt, "new", message("cli.help.adapt_new"))
    new.add_argument("--from", dest="parent", required=True, metavar="ID|PATH", help=say(message("cli.help.from")))
    new.add_argument("--id", required=True, metavar="ID", help=say(message("cli.help.id")))
    new.add_argument("-o", "--output", metavar="FILE", help=say(message("cli.help.yaml_output")))
    new.add_argument("--force", action="store_true", help=say(message("cli.help.force")))

    differ = b.command(commands, "diff", message("cli.help.diff"))
    differ.add_argument("first", metavar="A", help=say(message("cli.help.id_or_file")))
    differ.add_argument("second", metavar="B", help=say(message("cli.help.id_or_file")))
    format_option(differ, say(message("cli.help.format")))
    output_option(differ, say(message("cli.help.output")))
    differ.add_argument("--exit-code", action="store_true", help=say(message("cli.help.exit_code")))

    _add_check(b, commands)

    test = b.command(commands, "test", message("cli.help.test"))
    test.add_argument("files", nargs="*", metavar="CASES", help=say(message("cli.help.cases")))
    methodology_option(test, say(message("cli.help.methodology")))

    _add_monitoring(b, commands)
    _add_mentoring(b, commands)
    schema = b.command(commands, "schema", message("cli.help.schema"))
    schema.add_argument("kind", choices=SCHEMAS, metavar="KIND",
                        help=say(message("cli.help.schema_kind", kinds=", ".join(SCHEMAS))))  # fmt: skip
    output_option(schema, say(message("cli.help.output")))
    manual = b.command(commands, "manual", message("cli.help.manual"))
    manual.add_argument("source", nargs="?", metavar="ID|PATH", help=say(message("cli.help.source")))
    manual.add_argument("--format", choices=MANUAL_FORMATS, default="md", help=say(message("cli.help.manual_format")))
    output_option(manual, say(message("cli.help.output")))
    return parser


def _add_check(b: _Builder, commands: argparse._SubParsersAction[Parser]) -> None:
    """``check``: a cohort on a date, one participant or some statuses, the engine, the reader's limits."""
    say = b.say
    check = b.command(commands, "check", message("cli.help.check"))
    check.add_argument("cohort", metavar="DIR|XLSX", help=say(message("cli.help.cohort")))
    b.date(check, message("cli.help.as_of"), required=True)
    methodology_option(check, say(message("cli.help.methodology")))
    check.add_argument("--participant", metavar="ID", help=say(message("cli.help.participant")))
    check.add_argument("--status", metavar="STATUS[,STATUS]", help=say(message("cli.help.status")))
    check.add_argument("--engine", choices=("auto", "python", "polars", "duckdb"), default="auto",
                       help=say(message("cli.help.engine")))  # fmt: skip
    count = whole_number_option(b.lang)
    check.add_argument("--max-file-mb", type=count, metavar="MB", help=say(message("cli.help.max_file_mb")))
    check.add_argument("--max-rows", type=count, metavar="N", help=say(message("cli.help.max_rows")))
    b.format(check, data=True)
    output_option(check, say(message("cli.help.output")))


def _add_monitoring(b: _Builder, commands: argparse._SubParsersAction[Parser]) -> None:
    """xlsform, results, indicators and responses."""
    say = b.say
    xlsform = b.command(commands, "xlsform", message("cli.help.xlsform"))
    xlsform.add_argument("instrument", nargs="?", metavar="ID", help=say(message("cli.help.instrument")))
    xlsform.add_argument("--import", dest="import_from", metavar="FORM.xlsx", help=say(message("cli.help.import")))
    xlsform.add_argument("--kind", choices=INSTRUMENT_IDS, help=say(message("cli.help.kind")))
    xlsform.add_argument("-o", "--output", metavar="FILE", required=True, help=say(message("cli.help.xlsform_output")))
    methodology_option(xlsform, say(message("cli.help.methodology")))

    results = b.command(commands, "results", message("cli.help.results"))
    b.format(results, data=True, chart=True)
    methodology_option(results, say(message("cli.help.methodology")))
    results.add_argument("--cohort", metavar="DIR|XLSX", help=say(message("cli.help.results_cohort")))
    b.date(results, message("cli.help.as_of_latest"))
    results.add_argument("--explain", metavar="ROW", help=say(message("cli.help.explain")))
    output_option(results, say(message("cli.help.output")))

    indicators = b.command(commands, "indicators", message("cli.help.indicators"))
    indicators.add_argument("cohort", metavar="DIR", help=say(message("cli.help.indicators_cohort")))
    b.date(indicators, message("cli.help.as_of"))
    b.format(indicators, data=True)
    methodology_option(indicators, say(message("cli.help.methodology")))
    output_option(indicators, say(message("cli.help.output")))
    indicators.add_argument("--show-small-cells", action="store_true", help=say(message("cli.help.small_cells")))

    responses = b.actions(b.command(commands, "responses", message("cli.help.responses")), "responses_command")
    export = b.command(responses, "validate", message("cli.help.responses_validate"))
    export.add_argument("export", metavar="EXPORT", help=say(message("cli.help.export")))
    export.add_argument(
        "--instrument", required=True, metavar="ID|FILE", help=say(message("cli.help.instrument_or_file"))
    )
    export.add_argument("--participant-question", metavar="NAME", help=say(message("cli.help.participant_question")))
    methodology_option(export, say(message("cli.help.methodology")))


def _add_mentoring(b: _Builder, commands: argparse._SubParsersAction[Parser]) -> None:
    """Mentoring assign and mentoring report."""
    say = b.say
    mentoring = b.actions(b.command(commands, "mentoring", message("cli.help.mentoring")), "mentoring_command")
    assign = b.command(mentoring, "assign", message("cli.help.assign"))
    assign.add_argument("cohort", metavar="DIR|XLSX", help=say(message("cli.help.cohort")))
    b.date(assign, message("cli.help.as_of_latest"))
    assign.add_argument("--rebalance", action="store_true", help=say(message("cli.help.rebalance")))
    methodology_option(assign, say(message("cli.help.methodology")))
    assign.add_argument("-o", "--output", metavar="FILE", help=say(message("cli.help.assignments_output")))
    formula_escape_option(assign, say(message("cli.help.formula_escape")))
    report = b.command(mentoring, "report", message("cli.help.report"))
    report.add_argument("cohort", metavar="DIR|XLSX", help=say(message("cli.help.cohort")))
    b.date(report, message("cli.help.as_of_latest"))
    b.format(report, data=True)
    methodology_option(report, say(message("cli.help.methodology")))
    output_option(report, say(message("cli.help.output")))


class _Version(argparse.Action):
    """
    ``--version``: the version, looked up when asked for.

    Reading the installed version imports `importlib.metadata` (and with it
    ``email``, ``zipfile``, ``socket``...): no command but this one needs it.
    """

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from sce_method import __version__  # noqa: PLC0415 -- only when asked for

        del namespace, values, option_string
        sys.stdout.write(f"{parser.prog} {__version__}\n")  # on stdout, as argparse's own version action
        parser.exit()
