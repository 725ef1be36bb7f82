"""
One meaning, several engines: the columnar engines agree with the readable evaluator.

The readable per-record evaluator is the specification. On generated cohorts
(every criterion kind, combinators, labelled exceptions scoped to centres and
cohorts, dated rule sets, withdrawals, cohorts that ended, boundary hours) each
engine must give every participant the same status, the same unmet criteria
and explanation in both languages, and the same figure for every leaf.
"""

from __future__ import annotations

import math
import os
import re
import shutil
from typing import Final

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sce_method._core import escape_formula
from sce_method._core._tables import FORMULA_STARTS
from sce_method.graduation import CohortReport, Decision, FrameReport, evaluate_cohort
from sce_method.graduation._frame_report import _FORMULA, _escaped
from sce_method.methodology import Methodology
from sce_method.participants import Cohort
from tests.columnar import COLUMNAR_PENDING
from tests.graduation import cohort_strategies as cs
from tests.graduation import rules

ENGINES: Final = ("polars", "duckdb")
"""The engines every run compares; Spark has its own, smaller test (``-m spark``)."""


def leaf_figures(decision: Decision) -> list[tuple[str, bool, float | None]]:
    """Each leaf of a readable decision: its id, whether it passed, its figure."""
    return [(r.criterion_id, r.passed, r.observed) for r in decision.result.leaves()]


def columnar_figures(report: FrameReport, index: int) -> list[tuple[str, bool, float | None]]:
    """The leaves of the participant at *index* in a columnar report, in rule order."""
    row = report.table.row(index, named=True)
    return [
        (leaf.result_id, row[f"passed_{k}"], row[f"observed_{k}"])
        for k, leaf in enumerate(report.plan.leaves)
        if leaf.variant == row["variant"]
    ]


def assert_same(m: Methodology, cohort: Cohort, engine: str) -> None:
    """The *engine* gives what the readable evaluator gives, row for row and figure for figure."""
    readable: CohortReport = evaluate_cohort(m, cohort, cs.AS_OF)
    columnar = evaluate_cohort(m, cohort, cs.AS_OF, engine=engine)  # type: ignore[call-overload]
    for lang in ("es", "en"):
        assert readable.rows(lang) == columnar.rows(lang)
        assert readable.to_csv(lang) == columnar.to_csv(lang)
    assert readable.summary() == columnar.summary()
    for index, decision in enumerate(readable.decisions):
        expected, actual = leaf_figures(decision), columnar_figures(columnar, index)
        assert [(i, p) for i, p, _ in expected] == [(i, p) for i, p, _ in actual]
        for (_, _, a), (_, _, b) in zip(expected, actual, strict=True):
            assert a is not None
            assert b is not None
            assert math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


@pytest.mark.parametrize("engine", ENGINES)
class TestEquivalence:
    @COLUMNAR_PENDING
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(m=cs.methodologies(), cohort=cs.cohorts())
    def test_engine_agrees_with_the_readable_evaluator(self, engine: str, m: Methodology, cohort: Cohort) -> None:
        """Statuses, unmet criteria, explanations and figures are the readable evaluator's."""
        pytest.importorskip(engine)
        assert_same(m, cohort, engine)


def _spark_or_skip() -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        pytest.skip("Spark needs Java: apt-get install openjdk-17-jre-headless")


@pytest.mark.spark
class TestSpark:
    @settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(m=cs.methodologies(), cohort=cs.cohorts(max_size=4))
    def test_spark_agrees_with_the_readable_evaluator(self, m: Methodology, cohort: Cohort) -> None:
        """On Spark too (local mode): statuses, unmet criteria, explanations and figures."""
        _spark_or_skip()
        assert_same(m, cohort, "spark")


@COLUMNAR_PENDING
def test_decisions_are_built_on_demand() -> None:
    """A columnar report's full decision is the readable one."""
    m = rules.bundled()
    cohort = rules.full(pid="P1")
    whole = Cohort(participants=(cohort.participant,), attendance=cohort.attendance, submissions=cohort.submissions,
                   follow_ups=cohort.follow_ups)  # fmt: skip
    report = evaluate_cohort(m, whole, cs.AS_OF, engine="polars")
    assert isinstance(report, FrameReport)
    assert evaluate_cohort(m, whole, cs.AS_OF).decisions == report.decisions
    assert isinstance(report.table, pl.DataFrame)


@settings(max_examples=300)
@given(st.lists(st.one_of(st.text(max_size=6), st.from_regex(r"[=+\-@\t\r]?[+-]?[0-9.eE]{0,4}", fullmatch=True))))
def test_formula_escape_as_the_readable_report(texts: list[str]) -> None:
    """The columnar CSV escapes formulas as `escape_formula` does: the same cells, the same ``'``."""
    escaped = pl.DataFrame({"t": texts}, schema={"t": pl.String}).select(_escaped(pl.col("t")))
    assert escaped.get_column("t").to_list() == [escape_formula(t) for t in texts]


def test_formula_starts_agree() -> None:
    """The polars pattern starts with the characters of `FORMULA_STARTS`, no more, no fewer."""
    assert {c for c in map(chr, range(128)) if re.match(_FORMULA, c)} == set(FORMULA_STARTS)
