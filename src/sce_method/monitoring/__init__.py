"""
Monitoring instruments and the one expression model they share.

`Instrument` (entry, exit, post-graduation and follow-up surveys) holds
`Group` s of `Question` s and `ChoiceList` s; skip logic, constraints and
calculations are expressions of the XLSForm subset (`parse`), type-checked
when the instrument loads (`check`), evaluated against a response
(`evaluate`) and written back to XLSForm text (`to_xlsform`).
`Instrument.validate` reports every problem of one response, and
`write_xlsform` writes an instrument as an XLSForm for KoboToolbox and ODK
Central.
"""

from sce_method.monitoring._achievement import Achievement, Measure, achievement, percent_of
from sce_method.monitoring._results import Outcome, PeriodResult, ReportedFigure, ResultIndicator, ResultsFramework
from sce_method.monitoring._results_render import COLUMNS as RESULT_COLUMNS
from sce_method.monitoring.exports import ExportReading, Flavour, Response, Submission, read_export
from sce_method.monitoring.expressions import (
    FUNCTIONS,
    Binary,
    Call,
    Current,
    Expr,
    ExpressionError,
    Kind,
    Literal,
    Negate,
    Ref,
    check,
    evaluate,
    holds,
    parse,
    references,
    to_xlsform,
    truthy,
)
from sce_method.monitoring.indicators import (
    Accumulation,
    Cell,
    Dimension,
    DisclosurePolicy,
    IndicatorKind,
    IndicatorReport,
    IndicatorValue,
    OutcomeIndicator,
    Population,
    check_indicators,
    compute_indicators,
    protect,
    protect_across,
    read_responses,
)
from sce_method.monitoring.instruments import (
    NAME,
    Choice,
    ChoiceList,
    Group,
    Instrument,
    InstrumentKind,
    Question,
    QuestionType,
)
from sce_method.monitoring.xlsform import LANGUAGES, METADATA, ImportedForm, read_xlsform, write_xlsform, xlsform_sheets

__all__ = [
    "FUNCTIONS",
    "LANGUAGES",
    "METADATA",
    "NAME",
    "RESULT_COLUMNS",
    "Accumulation",
    "Achievement",
    "Binary",
    "Call",
    "Cell",
    "Choice",
    "ChoiceList",
    "Current",
    "Dimension",
    "DisclosurePolicy",
    "ExportReading",
    "Expr",
    "ExpressionError",
    "Flavour",
    "Group",
    "ImportedForm",
    "IndicatorKind",
    "IndicatorReport",
    "IndicatorValue",
    "Instrument",
    "InstrumentKind",
    "Kind",
    "Literal",
    "Measure",
    "Negate",
    "Outcome",
    "OutcomeIndicator",
    "PeriodResult",
    "Population",
    "Question",
    "QuestionType",
    "Ref",
    "ReportedFigure",
    "Response",
    "ResultIndicator",
    "ResultsFramework",
    "Submission",
    "achievement",
    "check",
    "check_indicators",
    "compute_indicators",
    "evaluate",
    "holds",
    "parse",
    "percent_of",
    "protect",
    "protect_across",
    "read_export",
    "read_responses",
    "read_xlsform",
    "references",
    "to_xlsform",
    "truthy",
    "write_xlsform",
    "xlsform_sheets",
]
