"""
The Manual del Proceso de Empoderamiento Económico, generated from a methodology.

CREA institutionalised the SCE methodology as this Manual, part of its
Modelo de Empoderamiento y Operación (seed §V R4, Annex A 4.1, §VII).
`build_manual` writes it from the methodology, in Spanish or English: what
the programme is, the formative offer, the centres, staff training,
graduation, peer mentoring, monitoring and evaluation (skip logic and
constraints in words, `sce_method.monitoring.words`), the outcome indicators and results
framework with its chart, what each layer of an adaptation changed, a
glossary, and an annex of every assumption the institution must set. Every
number and rule carries a note with its provenance.

The `Manual` lays itself out as Markdown, as one self-contained printable
HTML page, or as PDF (the ``pdf`` extra, WeasyPrint). The same methodology
gives the same bytes.

>>> import sce_method
>>> manual = build_manual(sce_method.load())
>>> manual.to_html().splitlines()[1]
'<html lang="es">'
"""

from sce_method.manual import _messages  # noqa: F401 -- registers this room's messages first
from sce_method.manual._build import build_manual
from sce_method.manual._document import (
    Block,
    Chapter,
    Code,
    Figure,
    Heading,
    Item,
    Items,
    Link,
    Manual,
    Para,
    Ref,
    Span,
    Strong,
    Table,
)
from sce_method.manual._reference import GLOSSARY

FORMATS = ("md", "html", "pdf")
"""The formats a Manual is written in."""

__all__ = [
    "FORMATS",
    "GLOSSARY",
    "Block",
    "Chapter",
    "Code",
    "Figure",
    "Heading",
    "Item",
    "Items",
    "Link",
    "Manual",
    "Para",
    "Ref",
    "Span",
    "Strong",
    "Table",
    "build_manual",
]
