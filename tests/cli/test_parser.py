"""Tests for `sce_method.cli._parser`: the ``sce-method`` argument parser: usage, help, version."""

from __future__ import annotations

import pytest

import sce_method
from sce_method.cli._parser import build_parser
from sce_method.monitoring import INSTRUMENT_IDS, InstrumentKind
from tests.cli.imports import imported_after, rooms_in
from tests.cli.run import AS_OF, run
from tests.participants.lists import EXAMPLE


class TestUsage:
    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the version and exits 0."""
        expected = (0, f"sce-method {sce_method.__version__}\n")

        code, out, _ = run(capsys, "--version")
        assert expected == (code, out)

    @pytest.mark.parametrize(
        "argv",
        [
            [],
            ["bogus"],
            ["check"],
            ["check", str(EXAMPLE)],
            ["check", str(EXAMPLE), "--as-of", AS_OF, "--format", "xml"],
            ["check", str(EXAMPLE), "--as-of", AS_OF, "--lang", "fr"],
            ["show", "--format", "csv"],
            ["validate"],
        ],
        ids=[
            "nothing",
            "unknown-command",
            "check-bare",
            "check-no-date",
            "bad-format",
            "bad-lang",
            "show-csv",
            "validate-bare",
        ],
    )
    def test_wrong_usage_exits_2(self, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
        """Wrong usage exits 2 with a usage line (in Spanish, the default) on stderr and nothing on stdout."""
        code, out, err = run(capsys, *argv)

        expected = (2, "", True, False)
        assert expected == (code, out, "uso: sce-method" in err, "Traceback" in err)

    def test_help_exits_0(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--help is not an error."""
        code, out, _ = run(capsys, "check", "--help")

        expected = (0, True)
        assert expected == (code, "--as-of" in out)


class TestParserImports:
    def test_building_imports_no_room(self) -> None:
        """Building the parser imports no room of the house (monitoring included), only _core and the CLI's own."""
        expected: list[str] = []

        assert expected == rooms_in(imported_after("from sce_method.cli._parser import build_parser\nbuild_parser()"))

    def test_kind_choices_are_the_instrument_kinds(self) -> None:
        """--kind offers the instrument ids, which are exactly InstrumentKind's values."""
        expected = [k.value for k in InstrumentKind]

        parser = build_parser()
        chosen = [
            parser.parse_args(["xlsform", "--import", "f.xlsx", "--kind", ident, "-o", "f.yaml"]).kind
            for ident in INSTRUMENT_IDS
        ]
        assert expected == chosen

    def test_other_kind_is_wrong_usage(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A --kind that is not an instrument kind exits 2."""
        code, out, err = run(capsys, "xlsform", "--import", "f.xlsx", "--kind", "encuesta", "-o", "f.yaml")

        expected = (2, "", True)
        assert expected == (code, out, "valor inválido: 'encuesta'" in err)
