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
from sce_method.monitoring.instruments._instrument import Instrument
from sce_method.monitoring.instruments._questions import (
    CHOICE_NAME,
    EXPRESSION_FIELDS,
    NAME,
    Choice,
    ChoiceList,
    Group,
    Question,
    QuestionType,
)
from sce_method.monitoring.instruments._validate import blank

__all__ = [
    "CHOICE_NAME",
    "EXPRESSION_FIELDS",
    "INSTRUMENT_IDS",
    "NAME",
    "Choice",
    "ChoiceList",
    "Group",
    "Instrument",
    "InstrumentKind",
    "Question",
    "QuestionType",
    "blank",
]
