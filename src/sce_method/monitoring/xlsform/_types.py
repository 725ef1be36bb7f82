"""
An XLSForm type cell read as a `QuestionType`, a choice list and the form's own spelling.

The types we check answers of map to their `QuestionType`; every other type
pyxform accepts (geopoint, image, barcode, rank, acknowledge, ...) is an
`QuestionType.OPAQUE` question whose answer is kept unchecked and whose type
cell is written back as the form wrote it. A list name keeps its case.
"""

from __future__ import annotations

from typing import Final

from sce_method._core import Problem, message
from sce_method.monitoring.instruments import ChoiceList, QuestionType

TYPED: Final = {
    "text": QuestionType.TEXT,
    "string": QuestionType.TEXT,
    "integer": QuestionType.INTEGER,
    "int": QuestionType.INTEGER,
    "decimal": QuestionType.DECIMAL,
    "date": QuestionType.DATE,
    "note": QuestionType.NOTE,
    "calculate": QuestionType.CALCULATE,
    "time": QuestionType.TIME,
    "datetime": QuestionType.DATETIME,
    "range": QuestionType.RANGE,
}
"""Types (as pyxform spells them, lower-cased) whose answers are checked."""

SELECTS: Final = {
    "select_one": QuestionType.SELECT_ONE,
    "select1": QuestionType.SELECT_ONE,
    "select_multiple": QuestionType.SELECT_MULTIPLE,
    "select all that apply": QuestionType.SELECT_MULTIPLE,
}

OPAQUE_TYPES: Final = frozenset(
    {
        "geopoint",
        "geotrace",
        "geoshape",
        "image",
        "photo",
        "audio",
        "video",
        "file",
        "barcode",
        "acknowledge",
        "trigger",
        "hidden",
        "background-audio",
        "background-geopoint",
        "start-geopoint",
        "xml-external",
        "csv-external",
        "start",
        "end",
        "today",
        "deviceid",
        "username",
        "phonenumber",
        "email",
        "audit",
        "simserial",
        "subscriberid",
    }
)
"""Types pyxform accepts whose answers we keep as given (a location, a media file name, a scanned code, ...)."""
OPAQUE_WITH_ARGUMENT: Final = frozenset(
    {"select_one_from_file", "select_multiple_from_file", "rank", "select_one_external"}
)

Typed = tuple[QuestionType, str | None, str | None]
"""A question's type, its choice list (selects, rank) and the form's own type cell when it says more."""


def question_type(  # noqa: C901, PLR0911 -- one return per family of types
    keyword: str, rest: str, cell: str, name: str, lists: dict[str, ChoiceList]
) -> Typed | Problem:
    """
    The type of a question row, or a problem saying why it is not a question type we know.

    *keyword* is the type cell's first word, lower-cased; *rest* what follows it,
    as written; *cell* the whole cell.

    >>> question_type("select_one", "yesNo", "select_one yesNo", {"yesNo": None})  # doctest: +SKIP
    """
    if keyword == "select" and rest.lower().startswith(("one ", "multiple ")):  # 'select one yesNo'
        word, _, rest = rest.partition(" ")
        keyword = f"select_{word.lower()}"
    if keyword in SELECTS and rest.startswith("${"):  # choices from a repeat's answers: kept as the form says
        return QuestionType.OPAQUE, None, cell
    if keyword in SELECTS:
        list_name, _, other = rest.partition(" ")
        or_other = other.strip().lower() == "or_other"
        if list_name not in lists:
            return Problem(message=message("xlsform.missing_list", name=name, list=list_name))
        if other.strip() and not or_other:
            return Problem(message=message("xlsform.unsupported_type", type=cell))
        kind = SELECTS[keyword]
        type_name = f"{kind.value} {list_name} or_other" if or_other else None
        return kind, list_name, type_name
    if keyword in TYPED and not rest:
        return TYPED[keyword], None, None
    if keyword in OPAQUE_TYPES and not rest:
        return QuestionType.OPAQUE, None, cell
    if keyword in OPAQUE_WITH_ARGUMENT and rest:
        if keyword != "rank":
            return QuestionType.OPAQUE, None, cell
        if rest not in lists:
            return Problem(message=message("xlsform.missing_list", name=name, list=rest))
        return QuestionType.OPAQUE, rest, cell
    return Problem(message=message("xlsform.unsupported_type", type=cell))
