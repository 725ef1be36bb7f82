"""Tests for `sce_method.monitoring.expressions._nodes`: the names a tree refers to."""

from __future__ import annotations

from typing import cast

import attrs
import pytest
from hypothesis import given

from sce_method.monitoring.expressions import Expr, Ref, parse, references
from tests.expr_strategies import trees


def _ref_names(node: object) -> list[str]:
    """Every `Ref` name in *node*, depth first, left to right, repeats kept (walks any attrs tree)."""
    if isinstance(node, Ref):
        return [node.name]
    if isinstance(node, tuple):
        return [name for item in node for name in _ref_names(item)]
    if attrs.has(type(node)):
        fields = attrs.astuple(cast("attrs.AttrsInstance", node), recurse=False)
        return [name for value in fields for name in _ref_names(value)]
    return []


class TestReferences:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("1 + 2", ()),
            (". > 1", ()),
            ("${a} + ${b} > ${a}", ("a", "b")),
            ("not(-${c}) or selected(${b}, 'x') and if(${a}, ${c}, 1)", ("c", "b", "a")),
            ("'${a}' = ${b}", ("b",)),
        ],
        ids=["none", "current-is-no-reference", "once-each-in-order", "inside-calls-and-minus", "not-in-text"],
    )
    def test_names(self, text: str, expected: tuple[str, ...]) -> None:
        """The names referred to, once each, in order of first appearance; text that looks like one is not one."""
        assert expected == references(parse(text))

    @given(trees())
    def test_exactly_the_refs_of_the_tree(self, tree: Expr) -> None:
        """References are the tree's `Ref` names, without repeats, in order of first appearance."""
        expected = tuple(dict.fromkeys(_ref_names(tree)))

        assert expected == references(tree)
