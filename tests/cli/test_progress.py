"""Tests for `sce_method.cli._progress`: one bar on a terminal, reading then evaluating; nothing elsewhere."""

from __future__ import annotations

import io
import re

from sce_method.cli._progress import Progress


class _Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _frames(text: str) -> list[str]:
    """What the bar drew, one redraw per item (tqdm redraws in place with a carriage return)."""
    return [f.strip() for f in re.split(r"[\r\n]", re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", text)) if f.strip()]


class TestProgress:
    def test_nothing_when_not_a_terminal(self) -> None:
        """Piped or redirected, stderr gets nothing at all."""
        stream = io.StringIO()
        with Progress("es", stream) as progress:
            progress.read("participants", 5000)
            progress.evaluated(10, 10)

        assert stream.getvalue() == ""

    def test_one_bar_reading_then_evaluating(self) -> None:
        """On a terminal, one bar: rows read of a list, then participants evaluated out of their total, no new line."""
        stream = _Terminal()
        with Progress("es", stream) as progress:
            progress.read("attendance", 5000)
            progress.evaluated(0, 70)
            progress.evaluated(70, 70)
        frames = _frames(stream.getvalue())

        expected = (0, True, True)
        assert expected == (
            stream.getvalue().count("\n"),
            any(f.startswith("leyendo attendance") for f in frames),
            any(f.startswith("evaluando") and "70/70" in f for f in frames),
        )

    def test_english(self) -> None:
        """The bar's words follow --lang."""
        stream = _Terminal()
        with Progress("en", stream) as progress:
            progress.evaluated(0, 3)
            progress.evaluated(3, 3)

        assert any(f.startswith("evaluating") for f in _frames(stream.getvalue()))
