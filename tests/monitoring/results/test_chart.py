"""Tests for `sce_method.monitoring.results._chart`: progress against target, grouped by outcome, as SVG or PNG."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sce_method import Lang, Text
from sce_method.exceptions import MissingExtraError
from sce_method.monitoring.results import Achievement, ResultsFramework
from tests.cli.run import run
from tests.monitoring.indicator_data import framework, numeric, outcome, period, qualitative
from tests.monitoring.results.test_render import bundled, two_periods

pytest.importorskip("matplotlib")


def texts(svg: str) -> list[str]:
    """Every text of the chart, in document order."""
    root = ET.fromstring(svg)  # noqa: S314 -- our own output, not untrusted input
    return ["".join(t.itertext()).strip() for t in root.iter("{http://www.w3.org/2000/svg}text")]


def mixed() -> ResultsFramework:
    """Half done, five times the target, a met qualitative target and one not started."""
    return framework(
        outcome(
            "R1",
            numeric("a", results=(period(actual=50),)),
            numeric("b", target=1, results=(period(actual=5),)),
            qualitative("c"),
            qualitative("d", status=Achievement.NOT_STARTED),
        )
    )


class TestSvg:
    def test_grouped_and_labelled(self) -> None:
        """Each outcome heads its group; each bar carries its id and its statement shortened; an axis is named."""
        rf = bundled()
        found = texts(rf.to_svg())

        headings = [t for t in found if t[:3] in {"R1.", "R2.", "R3.", "R4."}]
        labels = [t for t in found if t.split("  ")[0] in {i.id for i in rf.indicators}]
        expected = (4, len(rf.indicators), True, True, True)
        assert expected == (
            len(headings),
            len(labels),
            all(len(t.split("  ", 1)[1]) <= 48 for t in labels),
            "avance (% de la meta)" in found,
            "meta (100 %)" in found,
        )

    def test_numeric_and_qualitative_labels(self) -> None:
        """Numbers say their percent (past 200 % too, marked); qualitative rows say their status in words."""
        found = texts(mixed().to_svg("en"))

        expected = (["50%", "500% ▸"], ["Target met", "Not started"])
        assert expected == (
            [t for t in found if t.endswith(("%", "▸")) and t[0].isdigit()],
            [t for t in found if t in {"Target met", "Not started", "Target exceeded", "Partial progress"}],
        )

    def test_period(self) -> None:
        """An earlier period's chart shows that period's progress."""
        assert "40%" in texts(two_periods().to_svg(period="2023"))

    @pytest.mark.parametrize(("lang", "title"), [("es", "<Marco> & más"), ("en", "<Framework> & more")])
    def test_title_in_the_language_asked(self, lang: Lang, title: str) -> None:
        """The title is the framework's, in the language asked, escaped in the SVG and read back as it was."""
        rf = framework(outcome("R1", numeric()), title=Text(es="<Marco> & más", en="<Framework> & more"))

        assert title in texts(rf.to_svg(lang))

    def test_same_bytes(self) -> None:
        """The same framework gives the same SVG and the same PNG (no date, no random ids)."""
        rf = bundled()

        expected = (True, True, b"\x89PNG")
        assert expected == (rf.to_svg() == rf.to_svg(), rf.to_png() == rf.to_png(), rf.to_png()[:4])

    def test_without_the_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without matplotlib, the chart is a MissingExtraError naming the charts extra."""
        monkeypatch.setitem(sys.modules, "matplotlib.figure", None)

        with pytest.raises(MissingExtraError) as caught:
            bundled().to_svg()

        assert caught.value.extra == "charts"


class TestResultsCommand:
    def test_svg(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`results --format svg` prints the chart."""
        code, out, _ = run(capsys, "results", "--format", "svg")

        assert (0, bundled().to_svg()) == (code, out)

    def test_png(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """`results --format png -o FILE` writes the PNG; without -o it is wrong usage."""
        code, _, _ = run(capsys, "results", "--format", "png", "-o", str(tmp_path / "marco.png"))
        without, _, err = run(capsys, "results", "--format", "png")

        expected = (0, bundled().to_png(), 2, True)
        assert expected == (code, (tmp_path / "marco.png").read_bytes(), without, "-o" in err)
