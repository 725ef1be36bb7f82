"""
XLSForms: an `Instrument` written for KoboToolbox and ODK Central, and an existing form read back.

`write_xlsform` writes the sheets ``survey``, ``choices`` and ``settings``
with every label in Spanish and English and every expression written from
its parsed tree (an expression kept as text, as the form wrote it), nesting
groups and repeats again; `read_xlsform` reads a real form into an
`Instrument` (nested groups, repeats, every type pyxform accepts, what cannot
be evaluated kept as text) and reports, by sheet and row, what it did not
keep as the form wrote it.

This room imports `sce_method.monitoring.instruments` and
`sce_method.monitoring.expressions`, and nothing else of monitoring.
"""

from typing import TYPE_CHECKING

from sce_method._core import lazy_dir, lazy_names
from sce_method.monitoring.xlsform import _messages  # noqa: F401 -- registers this room's messages first

if TYPE_CHECKING:
    from sce_method.monitoring.xlsform._read import ImportedForm, read_xlsform
    from sce_method.monitoring.xlsform._write import LANGUAGES, METADATA, write_xlsform, xlsform_sheets


__all__ = [
    "LANGUAGES",
    "METADATA",
    "ImportedForm",
    "read_xlsform",
    "write_xlsform",
    "xlsform_sheets",
]

__getattr__ = lazy_names(
    __name__,
    {
        "ImportedForm": "sce_method.monitoring.xlsform._read",
        "read_xlsform": "sce_method.monitoring.xlsform._read",
        "LANGUAGES": "sce_method.monitoring.xlsform._write",
        "METADATA": "sce_method.monitoring.xlsform._write",
        "write_xlsform": "sce_method.monitoring.xlsform._write",
        "xlsform_sheets": "sce_method.monitoring.xlsform._write",
    },
)
"""The public names, each imported from its module on first use (the room imports quickly; see docs/performance.md)."""

__dir__ = lazy_dir(globals(), __all__)
