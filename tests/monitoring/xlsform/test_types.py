"""Tests for `sce_method.monitoring.xlsform._types`: a type cell read as a question type, list and spelling."""

from __future__ import annotations

import pytest

from sce_method._core import Text
from sce_method.monitoring.instruments import Choice, ChoiceList, QuestionType
from sce_method.monitoring.xlsform._types import question_type
from tests.monitoring.forms import ASSUMED

LISTS = {
    "yesNo": ChoiceList(name="yesNo", choices=(Choice(name="y", label=Text(es="Sí")),), provenance=ASSUMED),
}


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("select_one yesNo", (QuestionType.SELECT_ONE, "yesNo", None)),
        ("select one yesNo", (QuestionType.SELECT_ONE, "yesNo", None)),
        ("select_multiple yesNo", (QuestionType.SELECT_MULTIPLE, "yesNo", None)),
        ("select_one yesNo or_other", (QuestionType.SELECT_ONE, "yesNo", "select_one yesNo or_other")),
        ("select_one ${miembro}", (QuestionType.OPAQUE, None, "select_one ${miembro}")),
        ("rank yesNo", (QuestionType.OPAQUE, "yesNo", "rank yesNo")),
        ("select_one_from_file lugares.csv", (QuestionType.OPAQUE, None, "select_one_from_file lugares.csv")),
        ("geopoint", (QuestionType.OPAQUE, None, "geopoint")),
        ("barcode", (QuestionType.OPAQUE, None, "barcode")),
        ("dateTime", (QuestionType.DATETIME, None, None)),
        ("time", (QuestionType.TIME, None, None)),
        ("range", (QuestionType.RANGE, None, None)),
    ],
)
def test_known(cell: str, expected: tuple[QuestionType, str | None, str | None]) -> None:
    """Each type cell gives its type, list and (when it says more than the type) its own spelling."""
    keyword, _, rest = cell.partition(" ")
    assert expected == question_type(keyword.lower(), rest, cell, "q", LISTS)


@pytest.mark.parametrize(
    ("cell", "key"),
    [
        ("select_one yesno", "xlsform.missing_list"),
        ("rank colores", "xlsform.missing_list"),
        ("gps", "xlsform.unsupported_type"),
        ("select_one yesNo extra", "xlsform.unsupported_type"),
    ],
)
def test_refused(cell: str, key: str) -> None:
    """A list that is not there (names keep their case) or a type pyxform does not know is a problem."""
    keyword, _, rest = cell.partition(" ")
    found = question_type(keyword.lower(), rest, cell, "q", LISTS)
    assert key == (found.message.key if not isinstance(found, tuple) else None)
