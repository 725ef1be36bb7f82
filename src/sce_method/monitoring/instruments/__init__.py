"""
Monitoring instruments: the entry, exit, post-graduation and follow-up surveys.

An `Instrument` holds `Group` s of `Question` s and `ChoiceList` s. Its skip
logic, constraints and calculations are expressions of
`sce_method.monitoring.expressions`, type-checked when the instrument loads;
`Instrument.validate` reports every problem of one response.

This room imports `sce_method.monitoring.expressions` and nothing else of monitoring.
"""

from sce_method._core import INSTRUMENT_IDS, InstrumentKind
from sce_method.monitoring.instruments import _messages  # noqa: F401 -- registers this room's messages first
from sce_method.monitoring.instruments._instrument import FORM_METADATA, Instrument
from sce_method.monitoring.instruments._questions import (
    CHOICE_NAME,
    EXPRESSION_FIELDS,
    NAME,
    Choice,
    ChoiceList,
    Column,
    Enclosing,
    Group,
    Question,
    QuestionType,
    columns_of,
)
from sce_method.monitoring.instruments._validate import blank

__all__ = [
    "CHOICE_NAME",
    "EXPRESSION_FIELDS",
    "FORM_METADATA",
    "INSTRUMENT_IDS",
    "NAME",
    "Choice",
    "ChoiceList",
    "Column",
    "Enclosing",
    "Group",
    "Instrument",
    "InstrumentKind",
    "Question",
    "QuestionType",
    "blank",
    "columns_of",
]
