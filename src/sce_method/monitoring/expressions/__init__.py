"""
The XLSForm expression language: one model for skip logic, constraints, calculations and indicator filters.

The XLSForm subset people write (``${edad} >= 18 and selected(${apoyos},
'beca')``) is parsed, without ``eval``, into a small tree of frozen nodes
(`parse`). The same tree is type-checked when an instrument loads (`check`),
evaluated against a Python response (`evaluate`, `holds`), written back
to XLSForm text (`to_xlsform`), and, where it can be, compiled to a polars
expression over a whole column of responses (`to_polars`): what the form on
the phone checks and what the library checks come from one definition. An
expression nests at most `MAX_DEPTH` levels.

This room imports nothing else of `sce_method.monitoring`.
"""

from sce_method._core import ExpressionError
from sce_method.monitoring.expressions import _messages  # noqa: F401 -- registers this room's messages first
from sce_method.monitoring.expressions._check import Kind, check
from sce_method.monitoring.expressions._compile import Compiled, compiled
from sce_method.monitoring.expressions._evaluate import evaluate, holds, truthy
from sce_method.monitoring.expressions._functions import CHOICE_LABELS, ROW_POSITION
from sce_method.monitoring.expressions._nodes import (
    FUNCTIONS,
    Binary,
    Call,
    Current,
    Expr,
    Literal,
    Negate,
    Ref,
    functions_called,
    node_set_references,
    references,
)
from sce_method.monitoring.expressions._parse import MAX_DEPTH, parse, parse_fields
from sce_method.monitoring.expressions._polars import Typed, polars_truth, to_polars
from sce_method.monitoring.expressions._render import to_xlsform

__all__ = [
    "CHOICE_LABELS",
    "FUNCTIONS",
    "MAX_DEPTH",
    "ROW_POSITION",
    "Binary",
    "Call",
    "Compiled",
    "Current",
    "Expr",
    "ExpressionError",
    "Kind",
    "Literal",
    "Negate",
    "Ref",
    "Typed",
    "check",
    "compiled",
    "evaluate",
    "functions_called",
    "holds",
    "node_set_references",
    "parse",
    "parse_fields",
    "polars_truth",
    "references",
    "to_polars",
    "to_xlsform",
    "truthy",
]
