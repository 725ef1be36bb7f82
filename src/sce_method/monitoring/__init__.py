"""
Monitoring: the surveys, their XLSForms and exports, the outcome indicators and the results framework.

The package is seven rooms, each showing its public names in its own
``__init__``:

- `sce_method.monitoring.expressions`: the XLSForm expression language of
  skip logic, constraints, calculations and indicator filters: parsed,
  type-checked, evaluated and written back to XLSForm. The expression tree's
  node classes live there, not here.
- `sce_method.monitoring.instruments`: `Instrument` (entry, exit,
  post-graduation and follow-up surveys), its `Group` s, `Question` s and
  `ChoiceList` s, and the validation of one response.
- `sce_method.monitoring.xlsform`: `write_xlsform` for KoboToolbox and ODK
  Central, and `read_xlsform` for an existing form.
- `sce_method.monitoring.exports`: `read_export` for KoboToolbox and ODK
  Central exports, every row a validated `Response`.
- `sce_method.monitoring.indicators`: `OutcomeIndicator` s computed over a
  cohort (`compute_indicators`), and small-cell protection.
- `sce_method.monitoring.results`: the `ResultsFramework` (Annex A), its
  progress and its renderings.
- `sce_method.monitoring.words`: skip logic, constraints and questions said
  in words for people (`in_words`), as the Manual writes them.

Imports between the rooms point only down these floors; rooms on one floor
do not import each other, and no room imports this package:

4. ``indicators``: imports exports, instruments, expressions
3. ``xlsform``, ``exports``, ``words``: import instruments, expressions
2. ``instruments``: imports expressions
1. ``expressions``, ``results``: import no other room

This package re-exports what a user of the library needs; everything else is
imported from its room.
"""

from typing import TYPE_CHECKING

from sce_method._core import lazy_dir, lazy_names

if TYPE_CHECKING:
    from sce_method.monitoring.exports import ExportReading, Flavour, Response, Submission, read_export, read_records
    from sce_method.monitoring.indicators import (
        DisclosurePolicy,
        IndicatorReport,
        IndicatorValue,
        OutcomeIndicator,
        compute_indicators,
        read_responses,
    )
    from sce_method.monitoring.instruments import (
        INSTRUMENT_IDS,
        Choice,
        ChoiceList,
        Group,
        Instrument,
        InstrumentKind,
        Question,
        QuestionType,
    )
    from sce_method.monitoring.results import Achievement, Measure, ResultIndicator, ResultsFramework
    from sce_method.monitoring.xlsform import ImportedForm, read_xlsform, write_xlsform


__all__ = [
    "INSTRUMENT_IDS",
    "Achievement",
    "Choice",
    "ChoiceList",
    "DisclosurePolicy",
    "ExportReading",
    "Flavour",
    "Group",
    "ImportedForm",
    "IndicatorReport",
    "IndicatorValue",
    "Instrument",
    "InstrumentKind",
    "Measure",
    "OutcomeIndicator",
    "Question",
    "QuestionType",
    "Response",
    "ResultIndicator",
    "ResultsFramework",
    "Submission",
    "compute_indicators",
    "read_export",
    "read_records",
    "read_responses",
    "read_xlsform",
    "write_xlsform",
]

__getattr__ = lazy_names(
    __name__,
    {
        "ExportReading": "sce_method.monitoring.exports",
        "Flavour": "sce_method.monitoring.exports",
        "Response": "sce_method.monitoring.exports",
        "Submission": "sce_method.monitoring.exports",
        "read_export": "sce_method.monitoring.exports",
        "read_records": "sce_method.monitoring.exports",
        "DisclosurePolicy": "sce_method.monitoring.indicators",
        "IndicatorReport": "sce_method.monitoring.indicators",
        "IndicatorValue": "sce_method.monitoring.indicators",
        "OutcomeIndicator": "sce_method.monitoring.indicators",
        "compute_indicators": "sce_method.monitoring.indicators",
        "read_responses": "sce_method.monitoring.indicators",
        "INSTRUMENT_IDS": "sce_method.monitoring.instruments",
        "Choice": "sce_method.monitoring.instruments",
        "ChoiceList": "sce_method.monitoring.instruments",
        "Group": "sce_method.monitoring.instruments",
        "Instrument": "sce_method.monitoring.instruments",
        "InstrumentKind": "sce_method.monitoring.instruments",
        "Question": "sce_method.monitoring.instruments",
        "QuestionType": "sce_method.monitoring.instruments",
        "Achievement": "sce_method.monitoring.results",
        "Measure": "sce_method.monitoring.results",
        "ResultIndicator": "sce_method.monitoring.results",
        "ResultsFramework": "sce_method.monitoring.results",
        "ImportedForm": "sce_method.monitoring.xlsform",
        "read_xlsform": "sce_method.monitoring.xlsform",
        "write_xlsform": "sce_method.monitoring.xlsform",
    },
)
"""The public names, each imported from its module on first use (the room imports quickly; see docs/performance.md)."""

__dir__ = lazy_dir(globals(), __all__)
