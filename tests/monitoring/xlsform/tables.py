"""
XLSForms written as markdown tables, the way pyxform's own test suite writes them, saved as .xlsx for the tests.

>>> sheets = parse_md('''
...     | survey |
...     |        | type | name | label |
...     |        | text | q1   | Q1    |
... ''')
>>> sheets["survey"]
[['type', 'name', 'label'], ['text', 'q1', 'Q1']]
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

Rows = list[list[str | None]]


def parse_md(text: str) -> dict[str, Rows]:
    """The sheets of a markdown form: a line ``| name |`` opens a sheet, ``|  | a | b |`` lines are its rows."""
    sheets: dict[str, Rows] = {}
    current: Rows | None = None
    for line in text.strip().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.strip().startswith("|"):
            continue
        if cells[0]:
            current = sheets.setdefault(cells[0], [])
            continue
        if current is not None:
            current.append([c or None for c in cells[1:]])
    return sheets


def write_md(path: Path, text: str, *, settings: bool = True) -> Path:
    """*text* (see `parse_md`) as an .xlsx at *path*; a settings sheet (form_id ``formulario``) unless given."""
    sheets = parse_md(text)
    if settings and "settings" not in sheets:
        sheets["settings"] = [["form_id", "version"], ["formulario", "1"]]
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def converts(path: Path) -> list[str]:
    """The errors pyxform reports converting the form at *path* (none: it converts); the test skips without pyxform."""
    xls2xform = pytest.importorskip("pyxform.xls2xform")
    try:
        xls2xform.convert(xlsform=path, warnings=[])
    except Exception as err:  # noqa: BLE001 -- any pyxform failure is what the test reports
        return [str(err)]
    return []
