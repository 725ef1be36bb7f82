"""
The shared vocabulary of the package.

Text, provenance, dated values, ids, messages and errors.

Nothing here imports any other part of `sce_method`; every other part may
import from here.
"""

from sce_method._core._dated import Dated, DatedValue, as_date, as_of_date
from sce_method._core._errors import (
    InvariantError,
    LoadError,
    NotInForceError,
    PathPart,
    Problem,
    ProblemsError,
    SCEError,
    StaleValueWarning,
    UnknownIdError,
    format_path,
    invariant,
)
from sce_method._core._io import atomic_write_text, decode_utf8
from sce_method._core._messages import (
    DEFAULT_LANG,
    LANGS,
    Lang,
    Message,
    catalog_problems,
    check_lang,
    has_message,
    label,
    message,
)
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
    provenance_overrides,
    rule_value,
    walk_provenance,
    walk_sources,
)
from sce_method._core._tables import TableFormat, table
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
from sce_method._core._vocabulary import INSTRUMENT_IDS, Delivery

__all__ = [
    "DEFAULT_LANG",
    "DERIVED",
    "INSTRUMENT_IDS",
    "LANGS",
    "RULE_VALUE",
    "SLUG",
    "Assumption",
    "Dated",
    "DatedValue",
    "Delivery",
    "Document",
    "InvariantError",
    "Lang",
    "LoadError",
    "Message",
    "NotInForceError",
    "PathPart",
    "Problem",
    "ProblemsError",
    "Provenance",
    "SCEError",
    "Source",
    "StaleValueWarning",
    "TableFormat",
    "Text",
    "UnknownIdError",
    "ValueProvenance",
    "as_date",
    "as_of_date",
    "atomic_write_text",
    "catalog_problems",
    "check_lang",
    "check_provenance",
    "decode_utf8",
    "derived",
    "finite",
    "format_path",
    "freeze",
    "has_message",
    "invariant",
    "is_derived",
    "is_slug",
    "label",
    "lookup",
    "message",
    "non_negative",
    "not_empty",
    "positive",
    "provenance_overrides",
    "raise_if",
    "rule_value",
    "slug",
    "table",
    "unique_ids",
    "unknown_ref",
    "walk_provenance",
    "walk_sources",
]
