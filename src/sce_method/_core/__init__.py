"""
The shared vocabulary of the package.

Text, provenance and the `Sourced` base of records, dated values, ids and
closed vocabularies (`InstrumentKind`, `Delivery`), messages and errors; and
one of each helper the rooms share: the strict ISO date parser, the atomic
file writer, the openpyxl opener, the table layout.

Nothing here imports any other part of `sce_method`; every other part may
import from here.
"""

from sce_method._core import _messages  # noqa: F401 -- registers this room's messages first
from sce_method._core._catalog import (
    DEFAULT_LANG,
    LANGS,
    Lang,
    Message,
    Templates,
    catalog_problems,
    check_lang,
    has_message,
    label,
    message,
    register,
    register_labels,
)
from sce_method._core._dated import Dated, DatedValue
from sce_method._core._dates import as_date, as_of_date, iso_date
from sce_method._core._errors import (
    ExpressionError,
    InvariantError,
    LoadError,
    MessageError,
    NoGraduationRulesError,
    NoMentoringPolicyError,
    NotInForceError,
    PathPart,
    Problem,
    ProblemsError,
    SCEError,
    StaleValueWarning,
    UnknownIdError,
    WriteError,
    format_path,
    invariant,
)
from sce_method._core._io import atomic_path, atomic_write_text, decode_utf8
from sce_method._core._lazy import lazy_names
from sce_method._core._provenance import (
    DERIVED,
    RULE_VALUE,
    Assumption,
    Document,
    Provenance,
    Source,
    ValueProvenance,
    check_provenance,
    derived,
    freeze,
    is_derived,
    rule_value,
    walk_provenance,
    walk_sources,
)
from sce_method._core._sourced import SOURCED_FIELDS, Sourced, sourced_order
from sce_method._core._tables import TableFormat, TabularReport, cells, csv_text, html_table, json_text, table
from sce_method._core._text import Text
from sce_method._core._validators import (
    SLUG,
    finite,
    is_slug,
    lookup,
    non_negative,
    not_empty,
    positive,
    raise_if,
    slug,
    unique_ids,
    unknown_ref,
)
from sce_method._core._vocabulary import INSTRUMENT_IDS, Delivery, InstrumentKind
from sce_method._core._xlsx import new_workbook, open_workbook, read_workbook

__all__ = [
    "DEFAULT_LANG",
    "DERIVED",
    "INSTRUMENT_IDS",
    "LANGS",
    "RULE_VALUE",
    "SLUG",
    "SOURCED_FIELDS",
    "Assumption",
    "Dated",
    "DatedValue",
    "Delivery",
    "Document",
    "ExpressionError",
    "InstrumentKind",
    "InvariantError",
    "Lang",
    "LoadError",
    "Message",
    "MessageError",
    "NoGraduationRulesError",
    "NoMentoringPolicyError",
    "NotInForceError",
    "PathPart",
    "Problem",
    "ProblemsError",
    "Provenance",
    "SCEError",
    "Source",
    "Sourced",
    "StaleValueWarning",
    "TableFormat",
    "TabularReport",
    "Templates",
    "Text",
    "UnknownIdError",
    "ValueProvenance",
    "WriteError",
    "as_date",
    "as_of_date",
    "atomic_path",
    "atomic_write_text",
    "catalog_problems",
    "cells",
    "check_lang",
    "check_provenance",
    "csv_text",
    "decode_utf8",
    "derived",
    "finite",
    "format_path",
    "freeze",
    "has_message",
    "html_table",
    "invariant",
    "is_derived",
    "is_slug",
    "iso_date",
    "json_text",
    "label",
    "lazy_names",
    "lookup",
    "message",
    "new_workbook",
    "non_negative",
    "not_empty",
    "open_workbook",
    "positive",
    "raise_if",
    "read_workbook",
    "register",
    "register_labels",
    "rule_value",
    "slug",
    "sourced_order",
    "table",
    "unique_ids",
    "unknown_ref",
    "walk_provenance",
    "walk_sources",
]
