"""Computed figures (mentoring coverage) appear as indicators in the results framework where declared."""

from __future__ import annotations

import csv
from pathlib import Path

import attrs
import pytest

import sce_method
from sce_method import Methodology, Provenance, Text
from sce_method.cli import main
from sce_method.mentoring import mentoring_report
from sce_method.monitoring import Measure, ResultIndicator
from sce_method.participants import read_cohort
from sce_method.serialization import dump

COHORT = Path(__file__).parents[1] / "examples" / "cohorts" / "crea-2024"


def declaring_coverage() -> Methodology:
    """The bundled methodology with one more R1 indicator whose actual is the mentoring coverage."""
    m = sce_method.load()
    assert m.results_framework is not None
    source = Provenance.cite("informe-final-sce-jalisco-2024", "§V R2")
    coverage = ResultIndicator(
        id="1.2.m",
        statement=Text(es="Cobertura de la mentoría", en="Mentoring coverage"),
        measure=Measure.PERCENTAGE,
        target=0.5,
        computed="mentoring.cobertura",
        provenance=source,
        field_provenance={
            "target": Provenance.assume("Meta de prueba."),
            "baseline": source,
            "ascending": source,
        },
    )
    first, *rest = m.results_framework.outcomes
    outcomes = (attrs.evolve(first, indicators=(*first.indicators, coverage)), *rest)
    return attrs.evolve(m, results_framework=attrs.evolve(m.results_framework, outcomes=outcomes))


class TestWithComputed:
    def test_declared_indicator_gains_the_cohort_figure(self) -> None:
        """An indicator declaring mentoring.cobertura gets the cohort's coverage as its actual."""
        m = declaring_coverage()
        cohort = read_cohort(COHORT, m)
        report = mentoring_report(m, cohort)
        assert m.results_framework is not None

        framework = m.results_framework.with_computed(
            {f"mentoring.{k}": v for k, v in report.figures().items()},
            period="cohorte",
            starts_on=report.as_of,
            ends_on=report.as_of,
        )

        assert report.coverage == framework.indicator("1.2.m").result("cohorte").actual  # type: ignore[union-attr]

    def test_undeclared_indicators_are_untouched(self) -> None:
        """Indicators without a computed figure keep exactly their Annex A results."""
        m = sce_method.load()
        assert m.results_framework is not None

        framework = m.results_framework.with_computed(
            {"mentoring.cobertura": 0.2}, period="cohorte", starts_on=m.valid_from, ends_on=m.valid_from
        )

        assert m.results_framework == framework


class TestResultsCommand:
    def test_cohort_option_shows_the_computed_figure(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`sce-method results --cohort DIR` shows the declared coverage computed from the cohort."""
        path = tmp_path / "con-cobertura.yaml"
        path.write_text(dump(declaring_coverage()), encoding="utf-8")
        m = declaring_coverage()
        coverage = mentoring_report(m, read_cohort(COHORT, m)).coverage

        code = main(["results", "--methodology", str(path), "--cohort", str(COHORT), "--format", "csv"])
        rows = [r for r in csv.DictReader(capsys.readouterr().out.splitlines()) if r["id"] == "1.2.m"]

        expected = (0, 1, f"{coverage}")
        assert expected == (code, len(rows), rows[0]["computed"])
