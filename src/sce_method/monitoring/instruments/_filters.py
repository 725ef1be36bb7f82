"""
Validating a select's answer against its ``choice_filter``, where the filter can be evaluated.

An XLSForm ``choice_filter`` (kept in `Question.columns`) names the choices sheet's columns bare (``estado =
${estado}``, ``name != 'otro'``): for each chosen option, those names are that option's cells. A filter that does not
parse in the expression subset (``instance(...)``, ``pulldata``, ...) is not judged, as an expression kept as
text is not.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from typing import Final

from sce_method._core import ExpressionError, Message, message
from sce_method.monitoring.expressions import Expr, holds, parse
from sce_method.monitoring.instruments._questions import ChoiceList, Question

_PREFIX: Final = "choice-filter."
"""Where a choice's cells go among the answers while its filter is evaluated (no question name has it)."""
_WORD: Final = re.compile(r"""('[^']*'|"[^"]*")|(\$\{[^}]*\})|\b([A-Za-z_][A-Za-z0-9_]*)\b(?!\s*\()""")


@functools.lru_cache(maxsize=256)
def filter_expression(text: str, columns: frozenset[str]) -> Expr | None:
    """
    The parsed filter, each bare choices-sheet column (*columns*) read as that choice's cell; None if it does not parse.

    >>> from sce_method.monitoring.expressions import to_xlsform
    >>> to_xlsform(filter_expression("estado = ${estado} and name != 'estado'", frozenset({"estado", "name"})))
    "${choice-filter.estado} = ${estado} and ${choice-filter.name} != 'estado'"
    """

    def swap(match: re.Match[str]) -> str:
        word = match.group(3)
        return f"${{{_PREFIX}{word}}}" if word is not None and word in columns else match.group(0)

    try:
        return parse(_WORD.sub(swap, text))
    except ExpressionError:
        return None


def filter_problem(
    question: Question,
    value: object,
    answers: Mapping[str, object],
    lists: Mapping[str, ChoiceList],
    today: dt.date | None,
) -> Message | None:
    """The problem of a chosen option its question's ``choice_filter`` does not offer, if the filter is evaluable."""
    text = next((c.text for c in question.columns if c.name == "choice_filter"), None)
    if text is None or question.choices is None or question.choices not in lists:
        return None
    choices = {c.name: c for c in lists[question.choices].choices}
    columns = frozenset({"name", *(column.name for c in choices.values() for column in c.columns)})
    expr = filter_expression(text, columns)
    if expr is None:
        return None
    for name in value if isinstance(value, tuple) else (value,):
        choice = choices.get(str(name))
        if choice is None:
            continue  # not a choice (an or_other 'other'): the type check says so, or it is allowed
        cells = {f"{_PREFIX}name": choice.name} | {f"{_PREFIX}{c.name}": c.text for c in choice.columns}
        if not holds(expr, {**answers, **cells}, today=today):
            return message("instruments.response.filtered", filter=text)
    return None
