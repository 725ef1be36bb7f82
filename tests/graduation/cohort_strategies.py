"""
Generated cohorts and rule sets, for holding the columnar engines to the readable evaluator.

A cohort is a handful of participants at the bundled centres, in two cohorts
whose periods may have ended before the evaluation date, with rows of every
list drawn by `record_strategies` (boundary hours such as 9.6 of 12 among them)
and withdrawals. A methodology is the bundled one with one or two dated rule
sets whose trees use every criterion kind and combinator, and labelled
exceptions scoped to centres and cohorts.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any, Final

import attrs
from hypothesis import strategies as st

from sce_method import Text, as_date
from sce_method.graduation import Condition, Criterion, RuleException, RuleSet
from sce_method.methodology import Methodology
from sce_method.participants import Cohort, CohortPeriod
from tests import record_strategies as rs
from tests.graduation import rules as r

AS_OF: Final = r.AS_OF
COHORTS: Final = ("gen-1", "gen-2")

LEAVES: Final[tuple[Callable[[str], Criterion], ...]] = (
    lambda i: r.module_completed(i, "educacion-financiera", 0.8),
    lambda i: r.module_completed(i, "desarrollo-humano", 0.5),
    lambda i: r.complete_offer(i, 0.8),
    lambda i: r.module_hours(i, "alfabetizacion-digital", 9.6),
    lambda i: r.total_hours(i, 40),
    lambda i: r.total_hours(i, 9.6),
    lambda i: r.attendance_rate(i, 0.8),
    lambda i: r.instrument(i, "salida"),
    lambda i: r.instrument(i, "entrada"),
    lambda i: r.follow_up(i, 1),
    lambda i: r.follow_up(i, 2),
    lambda i: r.mentoring(i, 2),
)
"""Every leaf kind, with thresholds on the generated hours' boundaries."""


@st.composite
def trees(draw: st.DrawFn, prefix: str, depth: int = 2) -> Criterion:
    """A criterion tree whose ids start with *prefix* and are unique in it."""
    counter = itertools.count()

    def build(level: int) -> Criterion:
        ident = f"{prefix}{next(counter)}"
        if level == 0 or draw(st.integers(0, 2)) == 0:
            return draw(st.sampled_from(LEAVES))(ident)
        children = tuple(build(level - 1) for _ in range(draw(st.integers(1, 3))))
        kind = draw(st.sampled_from(("all_of", "any_of", "at_least")))
        if kind == "all_of":
            return r.all_of(ident, *children, label=draw(st.none() | st.just("Bloque")))
        if kind == "any_of":
            return r.any_of(ident, *children)
        return r.at_least(ident, draw(st.integers(1, len(children))), *children)

    return build(depth)


@st.composite
def rule_sets(draw: st.DrawFn, ident: str) -> RuleSet:
    """A rule set with up to two exceptions, each replacing one of its criteria where a condition holds."""
    rule = draw(trees(f"{ident}-c"))
    ids = [c.id for _, c in _walk(rule)]
    exceptions = []
    for index in range(draw(st.integers(0, 2))):
        when = Condition(
            centres=tuple(draw(st.sets(rs.centre_ids(), max_size=1))),
            cohorts=tuple(draw(st.sets(st.sampled_from(COHORTS), max_size=1))),
        )
        exceptions.append(
            RuleException(
                id=f"{ident}-e{index}",
                label=Text(es=f"Excepción {index}", en=f"Exception {index}"),
                overrides=draw(st.sampled_from(ids)),
                when=when,
                replacement=draw(trees(f"{ident}-e{index}-r", depth=1)),
                priority=index,
                provenance=r.ASSUMED,
            )
        )
    return r.rule_set(rule, *exceptions, ident=ident)


def _walk(criterion: Criterion) -> list[tuple[Any, Criterion]]:
    from sce_method.graduation import walk  # noqa: PLC0415

    return list(walk(criterion))


@st.composite
def methodologies(draw: st.DrawFn) -> Methodology:
    """The bundled methodology with one rule set from 2020, and maybe a second from mid-2024."""
    entries = [("2020-01-01", draw(rule_sets("a")))]
    if draw(st.booleans()):
        entries.append(("2024-07-01", draw(rule_sets("b"))))
    return attrs.evolve(r.bundled(), graduation=r.graduation(*entries))


@st.composite
def cohorts(draw: st.DrawFn, max_size: int = 6) -> Cohort:
    """Participants of two cohorts at the bundled centres, each cohort's period maybe ended before the date."""
    size = draw(st.integers(1, max_size))
    people = [draw(rs.records(f"P{i}")) for i in range(size)]
    periods: dict[tuple[str, str], CohortPeriod] = {}
    for record in people:
        p = record.participant
        if (p.cohort_id, p.centre_id) not in periods and draw(st.booleans()):
            ends = draw(st.sampled_from((dt.date(2024, 6, 30), dt.date(2024, 10, 17), dt.date(2024, 12, 31))))
            periods[p.cohort_id, p.centre_id] = CohortPeriod(
                id=p.cohort_id,
                centre_id=p.centre_id,
                starts_on=as_date("2024-01-15"),
                ends_on=as_date(ends.isoformat()),
            )
    return Cohort(
        participants=tuple(x.participant for x in people),
        periods=tuple(periods.values()),
        attendance=tuple(a for x in people for a in x.attendance),
        completions=tuple(c for x in people for c in x.completions),
        submissions=tuple(s for x in people for s in x.submissions),
        follow_ups=tuple(f for x in people for f in x.follow_ups),
        mentoring=tuple(m for x in people for m in x.mentoring),
    )
