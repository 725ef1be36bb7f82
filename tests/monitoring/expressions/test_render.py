"""Tests for `sce_method.monitoring.expressions._render`: XLSForm text of expression trees."""

from __future__ import annotations

import pytest
from hypothesis import given

from sce_method.monitoring.expressions import Binary, Expr, Literal, Ref, parse, to_xlsform
from tests.expr_strategies import trees

A, B, C = Ref("a"), Ref("b"), Ref("c")


class TestToXlsform:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("(${a}+1)*2 >= 10 and not(${b}='si')", "(${a} + 1) * 2 >= 10 and not(${b} = 'si')"),
            ("((${a} + 1)) * ((2))", "(${a} + 1) * 2"),
            ("1 - (2 - 3)", "1 - (2 - 3)"),
            ("(1 - 2) - 3", "1 - 2 - 3"),
            ("${a} or (${b} and ${c})", "${a} or ${b} and ${c}"),
            ("(${a} or ${b}) and ${c}", "(${a} or ${b}) and ${c}"),
            ("-(${a} + 1)", "-(${a} + 1)"),
            ("--${a}", "--${a}"),
            ("(${a} < 1) = (${b} > 2)", "(${a} < 1) = (${b} > 2)"),
            ("if(${a} > 1, 'x', \"it's\")", "if(${a} > 1, 'x', \"it's\")"),
            ('"si"', "'si'"),
            ("3.50", "3.5"),
            ("18.0", "18"),
            ("0.00001", "0.00001"),
            ("regex(., '^[0-9]+$')", "regex(., '^[0-9]+$')"),
        ],
        ids=[
            "docstring",
            "redundant-parentheses-dropped",
            "right-grouping-kept",
            "left-grouping-dropped",
            "and-inside-or",
            "or-inside-and",
            "minus-of-a-sum",
            "double-minus",
            "comparison-of-comparisons",
            "quote-kind-chosen-by-content",
            "double-quotes-become-single",
            "decimal",
            "whole-number",
            "no-exponent",
            "regex",
        ],
    )
    def test_text(self, text: str, expected: str) -> None:
        """Canonical XLSForm text: single spaces around operators, only the parentheses it needs."""
        assert expected == to_xlsform(parse(text))

    @pytest.mark.parametrize(
        ("tree", "expected"),
        [
            (Literal(1e-05), "0.00001"),
            (Literal(1.5e-10), "0.00000000015"),
            (Literal(1e20), "100000000000000000000"),
            (Binary("=", Binary("<", A, B), C), "(${a} < ${b}) = ${c}"),
            (Binary("<", A, Binary("=", B, C)), "${a} < (${b} = ${c})"),
        ],
        ids=["small", "tiny", "large", "comparison-on-the-left", "comparison-on-the-right"],
    )
    def test_trees_parse_cannot_give_directly(self, tree: Expr, expected: str) -> None:
        """Numbers never use exponents, and a comparison inside a comparison is bracketed on either side."""
        assert expected == to_xlsform(tree)

    @given(trees())
    def test_parse_reads_back_the_tree(self, tree: Expr) -> None:
        """parse(to_xlsform(e)) == e for every tree (non-negative float literals, texts without both quotes)."""
        assert tree == parse(to_xlsform(tree))

    @given(trees())
    def test_text_is_a_fixed_point(self, tree: Expr) -> None:
        """Writing the tree read back from its text gives the same text."""
        text = to_xlsform(tree)

        assert text == to_xlsform(parse(text))
