"""The compiled plan: every leaf kind compiles, and the equivalence test draws every kind."""

from __future__ import annotations

from sce_method.graduation import KINDS, AllOf, AnyOf, AtLeast
from sce_method.graduation._plan import compile_plan
from tests.graduation import cohort_strategies as cs
from tests.graduation import rules


def test_the_equivalence_test_draws_every_leaf_kind() -> None:
    """Each leaf kind of `KINDS` is among the leaves the generated rule sets use."""
    drawn = {type(make("x")) for make in cs.LEAVES}
    assert drawn == {cls for cls in KINDS.values() if cls not in (AllOf, AnyOf, AtLeast)}


def test_one_variant_per_resolved_tree() -> None:
    """Participants whose date, centre and cohort resolve to the same tree share its compiled variant."""
    m = rules.with_rule(rules.all_of("todo", *(make(f"c{i}") for i, make in enumerate(cs.LEAVES))))
    day = rules.AS_OF
    plan = compile_plan(m, [(day, "crea", "gen-1"), (day, "crea", "gen-2"), (day.subtract(days=1), "crea", "gen-1")])
    assert set(plan.variants.values()) == {0}
    assert len(plan.leaves) == len(cs.LEAVES) + 4  # a complete offer has a leaf per module (five)
