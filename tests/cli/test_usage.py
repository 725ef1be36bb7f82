"""Tests for `sce_method.cli._usage`: help and usage errors in the reader's language, did-you-mean, exit 2."""

from __future__ import annotations

import re

import pytest

from sce_method.cli import _messages as cli_messages
from tests.cli.run import AS_OF, run
from tests.participants.lists import EXAMPLE


def _lead(text: object) -> str:
    """The words of a catalog text before its first placeholder; blank for plural forms."""
    return text.split("{")[0].split("%")[0].strip() if isinstance(text, str) else ""


SPANISH_ONLY = sorted(
    {
        _lead(said.get("es"))
        for key, said in cli_messages.MESSAGES.items()
        if key.startswith(("cli.help.", "cli.argparse."))
    }
    - {_lead(said.get("en")) for said in cli_messages.MESSAGES.values()}
    - {""}
)
"""Every help text and argparse word of the catalog in Spanish (up to a placeholder), where English differs."""


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The help *argv* prints, with argparse's line wrapping undone."""
    code, out, _ = run(capsys, *argv)
    assert code == 0
    return re.sub(r"\s+", " ", out)


class TestHelpLanguage:
    @pytest.mark.parametrize(
        "argv",
        [
            ["--lang", "en", "check", "--help"],
            ["check", "--lang", "en", "--help"],
            ["--lang=en", "check", "--help"],
        ],
    )
    def test_english_throughout(self, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
        """`--lang en check --help` (before or after the command) has argparse's and our words in English only."""
        text = _help(capsys, *argv)

        expected: tuple[bool, bool, bool, list[str]] = (True, True, True, [])
        assert expected == (
            text.startswith("usage: sce-method check"),
            "options: -h, --help show this help message and exit" in text,
            "who can graduate, and what each one lacks" in text,
            [s for s in SPANISH_ONLY if s in text],
        )

    def test_english_from_the_environment(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """SCE_METHOD_LANG=en gives the English help without --lang."""
        monkeypatch.setenv("SCE_METHOD_LANG", "en")

        assert _help(capsys, "check", "--help").startswith("usage: sce-method check")

    def test_spanish_by_default(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        """Without --lang, argparse's own words are Spanish too."""
        monkeypatch.delenv("SCE_METHOD_LANG", raising=False)
        text = _help(capsys, "check", "--help")

        expected = (True, True, False, False)
        assert expected == (
            text.startswith("uso: sce-method check"),
            "opciones: -h, --help mostrar esta ayuda y salir" in text,
            "usage:" in text,
            "show this help" in text,
        )


class TestUsageErrors:
    def test_bad_date_is_usage(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A bad --as-of exits 2 naming the option, with no $.as_of path."""
        code, _, err = run(capsys, "check", str(EXAMPLE), "--as-of", "17/10/2024")

        expected = (2, True, False)
        assert expected == (code, "argumento --as-of: fecha inválida '17/10/2024'" in err, "$.as_of" in err)

    def test_bad_date_in_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The same in English, --lang given after the command."""
        code, _, err = run(capsys, "check", str(EXAMPLE), "--as-of", "17/10/2024", "--lang", "en")

        expected = (2, True)
        assert expected == (code, "argument --as-of: invalid date '17/10/2024'" in err)

    @pytest.mark.parametrize(
        ("lang", "said"),
        [("es", "¿quiso decir 'check'?"), ("en", "did you mean 'check'?")],
    )
    def test_did_you_mean(self, capsys: pytest.CaptureFixture[str], lang: str, said: str) -> None:
        """A mistyped command exits 2 and names the closest one, in the language asked."""
        code, _, err = run(capsys, "--lang", lang, "chek", str(EXAMPLE), "--as-of", AS_OF)

        expected = (2, True)
        assert expected == (code, said in err)

    def test_bad_choice_did_you_mean(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A mistyped --format value names the closest choice."""
        code, _, err = run(capsys, "check", str(EXAMPLE), "--as-of", AS_OF, "--format", "parket")

        expected = (2, True)
        assert expected == (code, "¿quiso decir 'parquet'?" in err)

    def test_missing_argument_in_spanish(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The error words of argparse are Spanish in Spanish mode."""
        code, _, err = run(capsys, "check", str(EXAMPLE))

        expected = (2, True)
        assert expected == (code, "faltan los argumentos: --as-of" in err)
