"""
KoboToolbox and ODK Central exports read back into typed, validated responses.

`read_export` reads a CSV or .xlsx export of an `Instrument`: its columns are
matched to the questions by name (`match_columns`), each cell is turned into
its question's type, and every row becomes a `Response` validated with
`Instrument.validate`, with its `Submission` metadata. The `ExportReading`
holds every row and the problems of the file as a whole, and gives the rows
as `ResponseRow` s (`RESPONSE_COLUMNS`) and CSV. A file over `MAX_BYTES`
(an .xlsx unpacking to more than `MAX_UNPACKED`), with more than `MAX_ROWS`
rows or a cell over `MAX_CELL` characters is refused. With polars installed (the ``tables`` extra), a
CSV written as KoboToolbox or ODK Central write it is split by polars when that is certainly the
``csv`` module's split, its rows that are certainly clean are found column-wise and only the others
read one by one: the reading is the same, faster, and keeps its answers as columns too
(`ExportReading.columns`, `AnswerColumns`).

This room imports `sce_method.monitoring.instruments` and nothing else of monitoring.
"""

from typing import TYPE_CHECKING

from sce_method._core import lazy_dir, lazy_names
from sce_method.monitoring.exports import _messages  # noqa: F401 -- registers this room's messages first

if TYPE_CHECKING:
    from sce_method.monitoring.exports._answer_columns import AnswerColumns
    from sce_method.monitoring.exports._columns import ColumnMap, Flavour, flavour_of, match_columns, normalise
    from sce_method.monitoring.exports._read import read_export
    from sce_method.monitoring.exports._records import read_records
    from sce_method.monitoring.exports._response import (
        RESPONSE_COLUMNS,
        ExportReading,
        Response,
        ResponseRow,
        Submission,
    )
    from sce_method.monitoring.exports._table import MAX_BYTES, MAX_CELL, MAX_ROWS, MAX_UNPACKED


__all__ = [
    "MAX_BYTES",
    "MAX_CELL",
    "MAX_ROWS",
    "MAX_UNPACKED",
    "RESPONSE_COLUMNS",
    "AnswerColumns",
    "ColumnMap",
    "ExportReading",
    "Flavour",
    "Response",
    "ResponseRow",
    "Submission",
    "flavour_of",
    "match_columns",
    "normalise",
    "read_export",
    "read_records",
]

__getattr__ = lazy_names(
    __name__,
    {
        "AnswerColumns": "sce_method.monitoring.exports._answer_columns",
        "ColumnMap": "sce_method.monitoring.exports._columns",
        "Flavour": "sce_method.monitoring.exports._columns",
        "flavour_of": "sce_method.monitoring.exports._columns",
        "match_columns": "sce_method.monitoring.exports._columns",
        "normalise": "sce_method.monitoring.exports._columns",
        "read_export": "sce_method.monitoring.exports._read",
        "read_records": "sce_method.monitoring.exports._records",
        "RESPONSE_COLUMNS": "sce_method.monitoring.exports._response",
        "ExportReading": "sce_method.monitoring.exports._response",
        "Response": "sce_method.monitoring.exports._response",
        "ResponseRow": "sce_method.monitoring.exports._response",
        "Submission": "sce_method.monitoring.exports._response",
        "MAX_BYTES": "sce_method.monitoring.exports._table",
        "MAX_CELL": "sce_method.monitoring.exports._table",
        "MAX_ROWS": "sce_method.monitoring.exports._table",
        "MAX_UNPACKED": "sce_method.monitoring.exports._table",
    },
)
"""The public names, each imported from its module on first use (the room imports quickly; see docs/performance.md)."""

__dir__ = lazy_dir(globals(), __all__)
