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

from sce_method.monitoring.xlsform import _messages  # noqa: F401 -- registers this room's messages first
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
