"""Tests for `sce_method.graduation._people`: how a report of decisions shows itself to people, whatever its engine."""

from __future__ import annotations

import atexit
import csv
import functools
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import sce_method
from sce_method.graduation import CohortReport, Status, evaluate_cohort
from sce_method.participants import read_cohort
from tests.graduation.rules import AS_OF
from tests.participants.lists import EXAMPLE

if TYPE_CHECKING:
    from sce_method.graduation import FrameReport


@functools.cache
def _report() -> CohortReport:
    m = sce_method.load()
    return evaluate_cohort(m, read_cohort(EXAMPLE, m), AS_OF)


class TestDescribe:
    def test_headline_then_table(self) -> None:
        """Describe gives the counts first, then one row per participant under the headings, in the language asked."""
        text = _report().describe("en")
        lines = text.splitlines()

        expected = (
            "70 participants: 0 enrolled, 9 in progress, 44 eligible, 0 graduated, 13 not eligible, 4 withdrawn",
            "",
            70 + 4,
        )
        assert expected == (lines[0], lines[1], len(lines))
        assert lines[2].split() == ["participant", "centre", "cohort", "status", "details"]

    def test_markdown(self) -> None:
        """In Markdown the table is a pipe table under the headline."""
        lines = _report().describe("es", "md").splitlines()

        assert lines[2] == "| participante | centro | generación | estado | detalle |"


class TestHtml:
    def test_compact(self) -> None:
        """Jupyter shows a caption, the counts by status, the first 20 rows and how many more, in Spanish."""
        html = _report()._repr_html_()

        expected = (True, 20, True, True, False)
        assert expected == (
            "<caption><strong>Graduación al 2024-10-17: 70 participantes</strong>" in html,
            html.count("<tr>") - 1,
            "... 50 más (de 70)" in html,
            "no acredita: " in html,
            "not_eligible" in html,
        )

    def test_display_language(self) -> None:
        """set_display_lang("en") shows the view in English, statuses included."""
        sce_method.set_display_lang("en")
        try:
            html = _report()._repr_html_()
        finally:
            sce_method.set_display_lang("es")

        expected = (True, True, False)
        assert expected == ("Graduation on 2024-10-17" in html, "not eligible: " in html, "no acredita" in html)

    def test_large_report_stays_small(self) -> None:
        """The view of a 100,000-participant report is well under 1 MB, as is its repr."""
        one = _report().decisions
        report = CohortReport(decisions=tuple(one[i % len(one)] for i in range(100_000)), as_of=one[0].as_of)

        html, text = report._repr_html_(), repr(report)

        expected = (True, True, 21)
        assert expected == (len(html.encode()) < 1_000_000, len(text) < 200, html.count("<tr>"))


class TestWithStatus:
    def test_only_those(self) -> None:
        """with_status keeps the participants with the statuses named, in order."""
        report = _report().with_status(Status.NOT_ELIGIBLE, Status.WITHDRAWN)

        expected = {Status.NOT_ELIGIBLE, Status.WITHDRAWN}
        assert expected >= {d.status for d in report.decisions}
        assert report.decisions == tuple(
            d for d in _report().decisions if d.status in (Status.NOT_ELIGIBLE, Status.WITHDRAWN)
        )


@functools.cache
def _no_withdrawals() -> Path:
    """A copy of the example whose withdrawn_on cells are blank, in a folder kept for the session."""
    folder = Path(tempfile.mkdtemp(prefix="sce-people-")) / "cohort"
    atexit.register(shutil.rmtree, folder.parent, ignore_errors=True)
    shutil.copytree(EXAMPLE, folder)
    path = folder / "participants.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    at = rows[0].index("withdrawn_on")
    for row in rows[1:]:
        row[at] = ""
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return folder


class TestColumnarReport:
    """The polars engine's `FrameReport` shows itself as `CohortReport` does."""

    @staticmethod
    def _frames() -> tuple[CohortReport, FrameReport]:
        """Both engines' reports of the example with no one withdrawn (a withdrawal is worded the readable way)."""
        pytest.importorskip("polars")
        m = sce_method.load()
        folder = _no_withdrawals()
        readable = evaluate_cohort(m, read_cohort(folder, m), AS_OF)
        columnar = evaluate_cohort(m, read_cohort(folder, m, engine="polars"), AS_OF, engine="polars")
        assert not isinstance(columnar, CohortReport)
        return readable, columnar

    def test_same_describe(self) -> None:
        """Its headline and table for people are the same text, in both languages."""
        readable, columnar = self._frames()

        assert [readable.describe(lang) for lang in ("es", "en")] == [columnar.describe(lang) for lang in ("es", "en")]

    def test_same_view(self) -> None:
        """Its notebook view is the same compact view: caption, counts, 20 rows, and how many more."""
        readable, columnar = self._frames()

        assert readable._repr_html_() == columnar._repr_html_()

    def test_with_status(self) -> None:
        """with_status keeps the same participants, in the same order."""
        readable, columnar = self._frames()
        statuses = (Status.NOT_ELIGIBLE, Status.IN_PROGRESS)

        expected = [r["participant_id"] for r in readable.with_status(*statuses).rows()]
        assert expected == [r["participant_id"] for r in columnar.with_status(*statuses).rows()]
