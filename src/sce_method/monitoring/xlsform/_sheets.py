"""Reading an XLSForm workbook's sheets into rows keyed by lower-case column names."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

import attrs

from sce_method._core import LoadError, Problem, message, read_workbook

_LANG: Final = re.compile(r"\((?P<code>[A-Za-z-]+)\)\s*$")


@attrs.define
class Sheet:
    name: str
    rows: list[tuple[int, dict[str, object]]]


def lang_of(column: str, default: str) -> str | None:
    """'es' or 'en' for a ``label::Español (es)`` style column; None for another language."""
    _, _, suffix = column.partition("::")
    if not suffix:
        suffix = default
    match = _LANG.search(suffix)
    code = match.group("code").lower() if match else suffix.strip().lower()
    if code.startswith(("es", "español")) or code == "spanish":
        return "es"
    if code.startswith("en") or code == "english":
        return "en"
    return None


ALIASES: Final = {
    "relevance": "relevant",
    "caption": "label",
    "calculate": "calculation",
    "constraining_message": "constraint_message",
    "readonly": "read_only",
    "count": "repeat_count",
    "jr:count": "repeat_count",
    "requiredmsg": "required_message",
    "command": "type",
    "tag": "name",
    "value": "name",
}
"""The column names pyxform reads as another (``relevance`` is ``relevant``), after spaces become ``_``."""
_TRANSLATABLE_BASES: Final = ("label", "hint", "constraint_message", "required_message", "guidance_hint")
OLE2: Final = bytes.fromhex("d0cf11e0a1b11ae1")
"""The first bytes of an .xls (OLE2) workbook, which openpyxl cannot read."""
EMPTY_RUN: Final = 1000
"""Reading a sheet stops after this many empty rows in a row (a sheet formatted to row 1,048,576)."""


def header_name(cell: object) -> str:
    """
    A header cell as the column name the reader uses: trimmed, lower-case, pyxform's aliases resolved.

    >>> [header_name(h) for h in ("Relevance", "constraint message", "label:Spanish", "list name", " hint::en ")]
    ['relevant', 'constraint_message', 'label::spanish', 'list_name', 'hint::en']
    """
    text = str(cell).strip().lower() if cell is not None else ""
    base, sep, lang = text.partition("::")
    if not sep and ":" in text and text.split(":", 1)[0].replace(" ", "_") in _TRANSLATABLE_BASES:
        base, sep, lang = text.partition(":")
        sep = "::"
    base = "_".join(base.split())
    base = ALIASES.get(base, base)
    return f"{base}{sep}{lang.strip()}" if sep else base


def read_sheets(path: Path) -> tuple[dict[str, Sheet], list[Problem]]:
    """
    The workbook's sheets (by lower-case title), and what reading them noted: spaces trimmed, empty rows.

    Raises:
        LoadError: no such file, an .xls (OLE2) workbook, or one openpyxl cannot read.
    """
    if not path.is_file():
        raise LoadError([Problem(message=message("core.load.not_found"), file=path.name)])
    with path.open("rb") as stream:
        if stream.read(8) == OLE2:
            raise LoadError([Problem(message=message("xlsform.ole2"), file=path.name)])
    tables = read_workbook(path, lambda workbook: {t: _rows(workbook[t]) for t in workbook.sheetnames})
    sheets: dict[str, Sheet] = {}
    notes: list[Problem] = []
    for title, (rows, stopped) in tables.items():
        if stopped is not None:
            said = message("xlsform.empty_rows", row=stopped, count=EMPTY_RUN)
            notes.append(Problem(message=said, file=f"{path.name}[{title}]", line=stopped))
        if rows:
            sheets[title.strip().lower()] = _sheet(path, title, rows, notes)
    return sheets, notes


def _sheet(path: Path, title: str, rows: list[tuple[object, ...]], notes: list[Problem]) -> Sheet:
    """One sheet's rows keyed by column name; names and headers with spaces around them trimmed and noted."""
    trimmed = [str(h) for h in rows[0] if isinstance(h, str) and h != h.strip()]
    header = [header_name(h) for h in rows[0]]
    body: list[tuple[int, dict[str, object]]] = []
    for number, values in enumerate(rows[1:], start=2):
        row: dict[str, object] = {}
        for h, v in zip(header, values, strict=False):
            if not h or v is None or v == "":
                continue
            if isinstance(v, str) and h in ("name", "list_name", "type") and v != v.strip():
                trimmed.append(v)
                v = v.strip()  # noqa: PLW2901 -- the cell, trimmed
            row[h] = v
        if row:
            body.append((number, row))
    if trimmed:
        said = message("xlsform.trimmed", count=len(trimmed), first=trimmed[0])
        notes.append(Problem(message=said, file=f"{path.name}[{title}]"))
    return Sheet(title, body)


def _rows(sheet: object) -> tuple[list[tuple[object, ...]], int | None]:
    """A sheet's rows up to its last non-empty one, or to the row after `EMPTY_RUN` empty rows in a row."""
    rows: list[tuple[object, ...]] = []
    empty = 0
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):  # type: ignore[attr-defined]
        if all(v is None or v == "" for v in values):
            empty += 1
            if empty >= EMPTY_RUN:
                return rows, number + 1
            continue
        rows.extend([()] * empty)
        empty = 0
        rows.append(tuple(values))
    return rows, None
