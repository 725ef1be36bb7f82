"""Tests for `sce_method.mentoring._report`: coverage and activity figures, and the command that prints them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

import attrs
import pytest

from sce_method.cli import main
from sce_method.exceptions import LoadError
from sce_method.mentoring import (
    MentoringReport,
    NoMentoringPolicyError,
    latest_date,
    mentoring_report,
)
from sce_method.participants import Cohort
from tests.mentoring.cohorts import (
    AS_OF,
    ASSIGNMENTS,
    SESSIONS,
    D,
    bundled,
    cohort,
    folder,
    meeting,
    pair,
    person,
    read,
    training,
    with_policy,
)
from tests.participants.lists import EXAMPLE

CAPACITY_ONE: Final = with_policy(max_mentees=1)
"""The bundled policy with one mentee per mentor: M2's two mentees put her over capacity."""


def _cohort() -> Cohort:
    """
    Two trained mentors, one trained only after the date, five participants (one withdrawn).

    M1 accompanies P1 (and P2 until 2024-09-30); M2 accompanies P3 and P4. Sessions: M1 with P1 and P2 together,
    M1 with P1 again, M2 with P3, P4 (never trained) with P2, and one after the date.
    """
    return cohort(
        person("M1"),
        person("M2"),
        person("L1"),
        person("P1"),
        person("P2"),
        person("P3"),
        person("P4"),
        person("P5", withdrawn=D(2024, 9, 15)),
        trainings=(training("M1"), training("M2"), training("L1", D(2024, 11, 1))),
        assignments=(
            pair("M1", "P1"),
            pair("M1", "P2", D(2024, 9, 1), D(2024, 9, 30)),
            pair("M2", "P3", D(2024, 10, 1)),
            pair("M2", "P4", D(2024, 10, 1)),
        ),
        mentoring=(
            meeting("M1", "P1", D(2024, 9, 5), 2.0, "ahorro"),
            meeting("M1", "P2", D(2024, 9, 5), 2.0, "ahorro"),
            meeting("M1", "P1", D(2024, 9, 20)),
            meeting("M2", "P3", D(2024, 10, 5)),
            meeting("P4", "P2", D(2024, 10, 10)),
            meeting("M1", "P1", D(2024, 10, 30)),
        ),
    )


FIGURES: Final = {
    "mentoras-formadas": 2,
    "mentoras-activas": 2,
    "participantes-a-acompanar": 5,
    "participantes-acompanadas": 4,
    "cobertura": 0.8,
    "sesiones": 4,
    "sesiones-por-mentee": 1.25,
    "sesiones-esperadas": 4,
    "mentoras-sobre-capacidad": 1,
    "sesiones-sin-mentora-formada": 1,
}
"""The hand-made cohort's figures on 2024-10-17 (see `_cohort`)."""


def _report() -> MentoringReport:
    return mentoring_report(CAPACITY_ONE, _cohort(), AS_OF)


def _report_bundled() -> MentoringReport:
    return mentoring_report(bundled(), _cohort(), AS_OF)


def _report_on_example() -> str:
    return mentoring_report(bundled(), read(EXAMPLE)).describe()


class TestMentoringReportFunction:
    def test_figures(self) -> None:
        """Trained and active mentors, mentees, coverage, sessions, over capacity and untrained sessions."""
        expected = FIGURES

        assert expected == _report().figures()

    def test_over_capacity(self) -> None:
        """The mentors with more active mentees than the policy allows, by id."""
        expected = ("M2",)

        assert expected == _report().over_capacity

    def test_trained_by_the_date(self) -> None:
        """A mentor trained after the date is not counted as trained, and is counted among those to mentor."""
        expected = (2, 6)

        report = mentoring_report(CAPACITY_ONE, _cohort(), "2024-08-31")
        assert expected == (report.trained, report.mentees)

    def test_earlier_date(self) -> None:
        """Before any training, nobody is trained and every session is by someone untrained."""
        expected = {
            "mentoras-formadas": 0,
            "mentoras-activas": 0,
            "participantes-a-acompanar": 8,
            "participantes-acompanadas": 0,
            "cobertura": 0.0,
            "sesiones": 0,
            "sesiones-por-mentee": None,
            "sesiones-esperadas": 4,
            "mentoras-sobre-capacidad": 0,
            "sesiones-sin-mentora-formada": 0,
        }

        assert expected == mentoring_report(CAPACITY_ONE, _cohort(), "2024-07-01").figures()

    def test_later_sessions_ignored(self) -> None:
        """Sessions after the date are not counted; on a later date they are."""
        expected = (4, 5)

        later = mentoring_report(CAPACITY_ONE, _cohort(), "2024-10-30")
        assert expected == (_report().sessions, later.sessions)

    def test_default_date(self) -> None:
        """Without a date, the report is on the latest date in the lists (here L1's training, 2024-11-01)."""
        expected = (D(2024, 11, 1), latest_date(_cohort()), 3)

        report = mentoring_report(CAPACITY_ONE, _cohort())
        assert expected == (report.as_of, report.as_of, report.trained)

    def test_date_as_text(self) -> None:
        """The date may be given as ISO text."""
        expected = AS_OF

        assert expected == mentoring_report(CAPACITY_ONE, _cohort(), "2024-10-17").as_of

    def test_no_date(self) -> None:
        """Without a date, lists with no row at all are refused; with one, the figures are zero or unknown."""
        expected = (["mentoring.no_dates"], 0, None)

        with pytest.raises(LoadError) as caught:
            mentoring_report(bundled(), Cohort(participants=()))
        report = mentoring_report(bundled(), Cohort(participants=()), AS_OF)
        assert expected == ([p.message.key for p in caught.value.problems], report.trained, report.coverage)

    def test_problems(self) -> None:
        """The report carries the validation problems of the lists."""
        expected = ["mentoring.untrained"]

        assert expected == [p.message.key for p in mentoring_report(bundled(), _cohort(), AS_OF).problems][:1]

    def test_no_policy(self) -> None:
        """A methodology without a mentoring policy has no report."""
        with pytest.raises(NoMentoringPolicyError):
            mentoring_report(attrs.evolve(bundled(), mentoring=None), _cohort(), AS_OF)

    def test_example(self) -> None:
        """The example cohort on its latest date (2024-11-29)."""
        expected = {
            "mentoras-formadas": 6,
            "mentoras-activas": 6,
            "participantes-a-acompanar": 60,
            "participantes-acompanadas": 10,
            "cobertura": 10 / 60,
            "sesiones": 8,
            "sesiones-por-mentee": 0.8,
            "sesiones-esperadas": 4,
            "mentoras-sobre-capacidad": 1,
            "sesiones-sin-mentora-formada": 2,
        }

        report = mentoring_report(bundled(), read(EXAMPLE))
        assert (D(2024, 11, 29), expected) == (report.as_of, report.figures())  # the date, then the figures


class TestMentoringReport:
    def test_coverage(self) -> None:
        """Coverage is covered over participants to mentor."""
        expected = 0.8

        assert expected == _report().coverage

    def test_no_coverage_without_mentees(self) -> None:
        """With nobody to mentor, coverage and sessions per mentee are unknown, not zero."""
        expected = (0, None, None)

        report = mentoring_report(bundled(), cohort(person("M1"), trainings=(training("M1"),)), AS_OF)
        assert expected == (report.mentees, report.coverage, report.sessions_per_mentee)

    def test_to_json(self) -> None:
        """to_json: the date, then every figure by its stable id."""
        expected = ({"as_of": "2024-10-17", **FIGURES}, "}\n")

        text = _report().to_json()
        assert expected == (json.loads(text), text[-2:])

    def test_to_json_keys(self) -> None:
        """The JSON keys, in order."""
        expected = [
            "as_of",
            "mentoras-formadas",
            "mentoras-activas",
            "participantes-a-acompanar",
            "participantes-acompanadas",
            "cobertura",
            "sesiones",
            "sesiones-por-mentee",
            "sesiones-esperadas",
            "mentoras-sobre-capacidad",
            "sesiones-sin-mentora-formada",
        ]

        assert expected == list(json.loads(_report().to_json()))

    def test_rows(self) -> None:
        """rows: one per figure, in order, with the date, the id, the label in the language asked for and the number."""
        rows = _report().rows("en")

        expected = (
            [("2024-10-17", k, v) for k, v in FIGURES.items()],
            {"as_of": "2024-10-17", "figure": "cobertura", "label": "coverage", "value": 0.8},
        )
        assert expected == ([(r["as_of"], r["figure"], r["value"]) for r in rows], rows[4])

    def test_to_csv(self) -> None:
        """to_csv: the header, then a row per figure; a share as Python writes it, nothing as blank."""
        report = attrs.evolve(_report(), sessions_per_mentee=None)
        lines = report.to_csv().splitlines()

        expected = ("as_of,figure,label,value", "2024-10-17,cobertura,cobertura,0.8", "2024-10-17,sesiones-por-mentee,")
        assert expected == (lines[0], lines[5], lines[7][: len(expected[2])])

    def test_describe_es(self) -> None:
        """The description: a table of figures in Spanish, then the mentors over capacity."""
        expected = DESCRIBED_ES

        assert expected == _report().describe()

    def test_describe_en(self) -> None:
        """The same description in English."""
        expected = DESCRIBED_EN

        assert expected == _report().describe("en")

    def test_describe_md(self) -> None:
        """The description as Markdown: a pipe table."""
        expected = "| figure | value |"

        assert expected == _report().describe("en", "md").splitlines()[0]

    def test_describe_without_over_capacity(self) -> None:
        """With nobody over capacity, the table ends the text."""
        expected = "sesiones sin mentora formada en su fecha  1\n"

        assert expected == _report_bundled().describe().splitlines(keepends=True)[-1]


DESCRIBED_ES: Final = """\
cifra                                     valor
----------------------------------------  -----
mentoras formadas                         2
mentoras activas                          2
participantes a acompañar                 5
participantes acompañadas                 4
cobertura                                 0.80
sesiones                                  4
sesiones por mentee                       1.25
sesiones esperadas por mentee             4
mentoras sobre capacidad                  1
sesiones sin mentora formada en su fecha  1

Mentoras sobre su capacidad: M2
"""

DESCRIBED_EN: Final = """\
figure                                         value
---------------------------------------------  -----
mentors trained                                2
active mentors                                 2
participants to mentor                         5
participants mentored                          4
coverage                                       0.80
sessions                                       4
sessions per mentee                            1.25
expected sessions per mentee                   4
mentors over capacity                          1
sessions with no trained mentor on their date  1

Mentors over capacity: M2
"""


class TestCliReport:
    def test_clean_cohort(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A cohort with no mentoring problem: the figures on stdout, nothing on stderr, exit 0."""
        expected = (0, True, "")

        path = folder(
            tmp_path, assignments=ASSIGNMENTS + "M1,P1,2024-09-01,\n", mentoring=SESSIONS + "M1,P1,2024-09-05,1,\n"
        )
        code = main(["mentoring", "report", str(path), "--as-of", "2024-10-17"])
        out, err = capsys.readouterr()
        assert expected == (code, out.startswith("cifra "), err)

    def test_json(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json prints to_json of the report on the date asked."""
        path = folder(
            tmp_path, assignments=ASSIGNMENTS + "M1,P1,2024-09-01,\n", mentoring=SESSIONS + "M1,P1,2024-09-05,1,\n"
        )
        expected = mentoring_report(bundled(), read(path), AS_OF).to_json()

        main(["mentoring", "report", str(path), "--as-of", "2024-10-17", "--format", "json"])
        assert expected == capsys.readouterr().out

    def test_problems(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Each problem goes to stderr with file and line, and the exit code is 1."""
        expected = (1, ["mentoring.csv:2: $.mentee_id: a mentor cannot mentor herself"])

        path = folder(tmp_path, mentoring=SESSIONS + "M1,M1,2024-09-05,1,\n")
        code = main(["mentoring", "report", str(path), "--lang", "en"])
        err = capsys.readouterr().err.splitlines()
        assert expected == (code, [line.removeprefix(f"{path}/") for line in err])

    def test_output_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """-o writes the report to a file, and prints nothing on stdout."""
        expected = (1, "", _report_on_example())

        code = main(["mentoring", "report", str(EXAMPLE), "-o", str(tmp_path / "mentoria.txt")])
        assert expected == (code, capsys.readouterr().out, (tmp_path / "mentoria.txt").read_text(encoding="utf-8"))
