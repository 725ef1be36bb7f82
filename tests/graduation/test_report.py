"""Tests for `sce_method.graduation._report`: a whole cohort's decisions."""

from __future__ import annotations

import csv
import functools
import io
import os
from pathlib import Path

import attrs
import pytest

import sce_method
from sce_method.exceptions import UnknownIdError
from sce_method.graduation import CSV_COLUMNS, CohortReport, Status, evaluate_cohort
from sce_method.participants import Cohort, read_cohort
from tests.graduation.rules import AS_OF
from tests.participants.lists import EXAMPLE, EXAMPLE_XLSX, leaks


@functools.cache
def _cohort(path: Path = EXAMPLE) -> Cohort:
    return read_cohort(path, sce_method.load())


@functools.cache
def _report() -> CohortReport:
    return evaluate_cohort(sce_method.load(), _cohort(), AS_OF)


PLANNED = {
    "P0003": Status.ELIGIBLE,
    "P0005": Status.NOT_ELIGIBLE,
    "P0008": Status.NOT_ELIGIBLE,
    "P0011": Status.NOT_ELIGIBLE,
    "P0014": Status.WITHDRAWN,
    "P0017": Status.NOT_ELIGIBLE,
    "P0020": Status.NOT_ELIGIBLE,
    "P0022": Status.ELIGIBLE,
    "P0027": Status.NOT_ELIGIBLE,
    "P0030": Status.NOT_ELIGIBLE,
    "P0033": Status.WITHDRAWN,
    "P0036": Status.NOT_ELIGIBLE,
    "P0039": Status.NOT_ELIGIBLE,
    "P0042": Status.NOT_ELIGIBLE,
    "P0047": Status.WITHDRAWN,
    "P0050": Status.NOT_ELIGIBLE,
    "P0053": Status.NOT_ELIGIBLE,
    "P0056": Status.NOT_ELIGIBLE,
    "P0061": Status.IN_PROGRESS,
    "P0066": Status.WITHDRAWN,
    "P0070": Status.IN_PROGRESS,
}
"""The planned cases of examples/cohorts/crea-2024/README.md."""


class TestExampleCohort:
    def test_planned_cases(self) -> None:
        """Every planned case of the example's README comes out as planned."""
        expected = PLANNED

        assert expected == {pid: _report().decision(pid).status for pid in PLANNED}

    def test_counts_by_status(self) -> None:
        """44 eligible, 9 in progress, 13 not eligible, 4 withdrawn (the README's totals)."""
        counts = {"enrolled": 0, "eligible": 44, "graduated": 0, "in_progress": 9, "not_eligible": 13, "withdrawn": 4}
        expected = {Status(k): v for k, v in counts.items()}

        assert expected == {s: _report().count(s) for s in Status}

    def test_planned_shortfalls(self) -> None:
        """P0005 lacks educación financiera; P0053 both surveys; P0039 follow-up and the exit survey."""
        expected = {
            "P0005": ("oferta-completa.educacion-financiera",),
            "P0053": ("encuesta-entrada", "encuesta-salida"),
            "P0039": ("seguimiento-individualizado", "encuesta-salida"),
        }

        assert expected == {pid: _report().decision(pid).unmet for pid in expected}


class TestCohortReport:
    def test_decisions_in_list_order(self) -> None:
        """Decisions follow the participants list."""
        expected = _cohort().participant_ids

        assert expected == tuple(d.participant_id for d in _report().decisions)

    def test_decision_by_id(self) -> None:
        """decision() finds one participant's decision."""
        expected = "P0005"

        assert expected == _report().decision("P0005").participant_id

    def test_decision_of_someone_else(self) -> None:
        """A participant not in the report is an UnknownIdError (a KeyError), said in Spanish by default."""
        with pytest.raises(UnknownIdError) as caught:
            _report().decision("P9999")

        expected = (True, "no hay decisión para la participante 'P9999' en este informe")
        assert expected == (isinstance(caught.value, KeyError), str(caught.value))

    def test_csv_columns(self) -> None:
        """The CSV columns other systems read do not drift."""
        expected = ("participant_id", "centre_id", "cohort_id", "status", "status_label", "unmet", "explanation")

        assert expected == CSV_COLUMNS

    def test_row(self) -> None:
        """A row gives the stable status id, its label, unmet ids and the explanation."""
        (row,) = [r for r in _report().rows("en") if r["participant_id"] == "P0005"]

        expected = {
            "participant_id": "P0005",
            "centre_id": "crea",
            "cohort_id": "crea-2024-1",
            "status": "not_eligible",
            "status_label": "not eligible",
            "unmet": "oferta-completa.educacion-financiera",
            "explanation": "Financial education: 6.0 of 12.0 h (minimum 9.6 h), 3.6 h missing",
        }
        assert expected == row

    def test_unmet_ids_joined_by_semicolons(self) -> None:
        """Several unmet ids are joined with ';'."""
        (row,) = [r for r in _report().rows() if r["participant_id"] == "P0053"]

        expected = "encuesta-entrada;encuesta-salida"
        assert expected == row["unmet"]

    def test_summary_adds_up(self) -> None:
        """The summary's counts add up to the number of participants."""
        expected = len(_cohort().participants)

        assert expected == sum(int(row["count"]) for row in _report().summary())

    def test_summary_rows(self) -> None:
        """The summary counts by status, centre and cohort, sorted by them."""
        summary = _report().summary()

        expected = sorted(summary, key=lambda r: (str(r["status"]), str(r["centre_id"]), str(r["cohort_id"])))
        assert expected == summary

    def test_summary_keys(self) -> None:
        """Each summary row has the same four keys."""
        expected = {("status", "centre_id", "cohort_id", "count")}

        assert expected == {tuple(row) for row in _report().summary()}

    def test_summary_by_cohort(self) -> None:
        """The running cohort crea-2024-2 has 9 in progress and 1 withdrawn."""
        expected = {"in_progress": 9, "withdrawn": 1}

        assert expected == {
            str(r["status"]): r["count"] for r in _report().summary() if r["cohort_id"] == "crea-2024-2"
        }

    def test_count(self) -> None:
        """count() gives the participants with a status."""
        expected = len([d for d in _report().decisions if d.status is Status.WITHDRAWN])

        assert expected == _report().count(Status.WITHDRAWN)


class TestCsv:
    def test_header_and_rows(self) -> None:
        """The CSV text has the header, then one line per participant, with newline line ends."""
        text = _report().to_csv()

        expected = (",".join(CSV_COLUMNS), len(_cohort().participants) + 1, False)
        assert expected == (text.splitlines()[0], len(text.splitlines()), "\r" in text)

    def test_byte_identical_across_runs(self) -> None:
        """Two runs over the same folder give the same bytes."""
        m = sce_method.load()
        first = evaluate_cohort(m, read_cohort(EXAMPLE, m), AS_OF).to_csv().encode()

        expected = first
        assert expected == evaluate_cohort(m, read_cohort(EXAMPLE, m), AS_OF).to_csv().encode()

    def test_folder_and_workbook_give_the_same_bytes(self) -> None:
        """The folder and the workbook of the example cohort give the same CSV."""
        m = sce_method.load()

        expected = _report().to_csv().encode()
        assert expected == evaluate_cohort(m, _cohort(EXAMPLE_XLSX), AS_OF).to_csv().encode()

    def test_english(self) -> None:
        """In English the labels and explanations change; the ids do not."""
        spanish, english = _report().rows("es"), _report().rows("en")

        expected = ([r["status"] for r in spanish], False)
        assert expected == ([r["status"] for r in english], spanish == english)

    def test_write_csv_writes_the_text(self, tmp_path: Path) -> None:
        """write_csv writes exactly to_csv, as UTF-8."""
        path = tmp_path / "report.csv"
        _report().write_csv(path)

        expected = _report().to_csv().encode("utf-8")
        assert expected == path.read_bytes()

    def test_write_csv_replaces_and_leaves_nothing_behind(self, tmp_path: Path) -> None:
        """An existing file is replaced whole, and no temporary file is left in the folder."""
        path = tmp_path / "report.csv"
        path.write_text("old\n" * 10_000, encoding="utf-8")
        _report().write_csv(path, lang="en")

        expected = (["report.csv"], _report().to_csv("en"))
        assert expected == (sorted(p.name for p in tmp_path.iterdir()), path.read_text(encoding="utf-8"))

    def test_write_csv_failure_keeps_the_old_file(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """If writing fails midway, the old file is left as it was, with no temporary file beside it."""
        path = tmp_path / "report.csv"
        path.write_text("old\n", encoding="utf-8")

        def fail(_fd: int) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(os, "fsync", fail)
        with pytest.raises(OSError, match="disk full"):
            _report().write_csv(path)

        expected = (["report.csv"], "old\n")
        assert expected == (sorted(p.name for p in tmp_path.iterdir()), path.read_text(encoding="utf-8"))

    def test_to_csv_language(self) -> None:
        """to_csv takes the language by position or by name."""
        expected = _report().to_csv("en")

        assert expected == _report().to_csv(lang="en")

    def test_to_csv_unknown_language(self) -> None:
        """A language the library does not speak is a ValueError, not a file written under that name."""
        with pytest.raises(ValueError, match="unknown language 'fr'"):
            _report().to_csv(lang="fr")  # type: ignore[call-overload]

    def test_formulas_escaped(self) -> None:
        """A participant id that a spreadsheet would run as a formula gets a ' unless formula_escape is False."""
        report = _formula_report()

        expected = ('\'=HYPERLINK("http://x")', '=HYPERLINK("http://x")')
        assert expected == tuple(
            next(csv.reader(io.StringIO(report.to_csv(formula_escape=escape).splitlines()[1])))[0]
            for escape in (True, False)
        )

    def test_deprecated_path_call_escapes_too(self, tmp_path: Path) -> None:
        """The deprecated to_csv(path) writes what to_csv gives, escaped or not as asked."""
        report = _formula_report()
        with pytest.warns(DeprecationWarning, match="use write_csv"):
            report.to_csv(tmp_path / "r.csv", formula_escape=False)

        expected = report.to_csv(formula_escape=False)
        assert expected == (tmp_path / "r.csv").read_text(encoding="utf-8")


def _formula_report() -> CohortReport:
    """The example cohort's report with its first participant's id turned into a formula."""
    report = _report()
    first = attrs.evolve(report.decisions[0], participant_id='=HYPERLINK("http://x")')
    return attrs.evolve(report, decisions=(first, *report.decisions[1:]))


class TestEvaluateCohort:
    def test_some_participants(self) -> None:
        """participants= evaluates only those named, in the order named."""
        report = evaluate_cohort(sce_method.load(), _cohort(), AS_OF, participants=["P0005", "P0001"])

        expected = ("P0005", "P0001")
        assert expected == tuple(d.participant_id for d in report.decisions)

    def test_unknown_participant(self) -> None:
        """Naming someone not in the cohort is an UnknownIdError."""
        with pytest.raises(UnknownIdError):
            evaluate_cohort(sce_method.load(), _cohort(), AS_OF, participants=["P9999"])

    def test_progress_reaches_the_total(self) -> None:
        """The progress callback is told when the last participant is done."""
        calls: list[tuple[int, int]] = []
        evaluate_cohort(sce_method.load(), _cohort(), AS_OF, progress=lambda done, total: calls.append((done, total)))

        expected = [(70, 70)]
        assert expected == calls

    def test_as_of_is_kept(self) -> None:
        """The report keeps its evaluation date, from text or a date."""
        expected = AS_OF

        assert expected == evaluate_cohort(sce_method.load(), _cohort(), "2024-10-17").as_of

    def test_empty_cohort(self) -> None:
        """A cohort of no one gives an empty report, and a CSV of just the header."""
        report = evaluate_cohort(sce_method.load(), Cohort(participants=()), AS_OF)

        expected: tuple[tuple[object, ...], str, list[object]] = ((), ",".join(CSV_COLUMNS) + "\n", [])
        assert expected == (report.decisions, report.to_csv(), report.summary())


class TestPersonalData:
    def test_outputs_show_nothing_personal(self) -> None:
        """rows(), the CSV in both languages, the summary and the HTML hold no personal value."""
        report = _report()
        text = "\n".join(
            [
                repr(report.rows("es")),
                repr(report.rows("en")),
                report.to_csv("es"),
                report.to_csv("en"),
                repr(report.summary()),
                report._repr_html_(),
                repr(report),
            ]
        )

        expected: list[str] = []
        assert expected == leaks(text)
