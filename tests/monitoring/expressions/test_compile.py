"""The compiled closure of an expression gives what walking its tree gives (`evaluate`)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

from hypothesis import given
from hypothesis import strategies as st

from sce_method.monitoring.expressions import ROW_POSITION, Expr, compiled, evaluate, holds, parse, truthy
from tests.expr_strategies import answer_sets, answerable_trees, answers

TODAY = dt.date(2024, 10, 17)


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b and type(a) is type(b)


class TestCompiled:
    @given(answerable_trees(), answer_sets(), answers())
    def test_same_value_as_the_tree(self, tree: Expr, given_answers: Mapping[str, object], current: object) -> None:
        """On any tree, answers and current value, the closure's value is the tree's."""
        expected = evaluate(tree, given_answers, current=current, today=TODAY)
        actual = compiled(tree)(given_answers, current, TODAY)
        assert _same(expected, actual)
        assert truthy(expected) == holds(tree, given_answers, current=current, today=TODAY)

    def test_compiled_once(self) -> None:
        """The same tree gives the same closure: it is compiled once."""
        tree = parse(". >= 1 and . <= 5")
        assert compiled(tree) is compiled(tree)
        assert [compiled(tree)({}, v, None) for v in (0.0, 1.0, 5.0, 6.0, None)] == [False, True, True, False, False]

    @given(st.lists(st.one_of(st.none(), st.integers(-5, 5).map(float)), max_size=6), st.floats(-3, 3))
    def test_node_set_functions(self, values: list[float | None], current: float) -> None:
        """Count, sum and indexed-repeat over a repeat's rows, with a current node, compile to what the tree gives."""
        rows = tuple({"miembro": v} for v in values)
        given_answers: Mapping[str, object] = {"hogar": rows, "edad": 30.0}
        texts = (
            "count(${hogar})",
            "sum(${miembro})",
            "sum(${miembro}) + . > ${edad}",
            "count(${hogar}) = .",
            "indexed-repeat(${miembro}, ${hogar}, .)",
            "indexed-repeat(${miembro}, ${hogar}, count(${hogar})) + 1",
            "indexed-repeat(${miembro}, 'hogar', 1)",
            "indexed-repeat(${miembro}, ${hogar}, position(..) - 1)",
        )
        for text in texts:
            tree = parse(text)
            for context in (given_answers, {**given_answers, ROW_POSITION: float(len(values))}):
                expected = evaluate(tree, context, current=current, today=TODAY)
                assert _same(expected, compiled(tree)(context, current, TODAY)), text
