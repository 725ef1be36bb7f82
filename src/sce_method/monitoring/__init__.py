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
