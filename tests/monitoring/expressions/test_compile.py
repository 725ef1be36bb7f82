"""The compiled closure of an expression gives what walking its tree gives (`evaluate`)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

from hypothesis import given

from sce_method.monitoring.expressions import Expr, compiled, evaluate, holds, parse, truthy
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
