"""
Benchmark: import an XLSForm whose choices sheet is formatted down to row 1,048,576.

Spreadsheet users often format a whole column (a fill, a border, a number
format) and Excel then stores a styled, empty cell in every row to the last
one, 1,048,576; the sheet's dimension says ``A1:C1048576``. A reader that walks
every such row takes minutes. This script writes two workbooks of the same
small form (a survey with a few questions, three choice lists):

- the **baseline**: the form as written, nothing formatted;
- the **formatted** one: the same form, and every cell of the choices sheet's
  three columns styled (a fill) down to row 1,048,576, as Excel stores it
  (a styled, empty cell in each row; the sheet's dimension ``A1:C1048576``).

Then, in this process, it times ``sce_method.monitoring.read_xlsform`` on each
(the median of *repeat* reads) and prints both, their ratio, and whether the
formatted import is within the goal of 5 s (issue 15). The reader stops a
sheet after 1,000 empty rows in a row and notes where it stopped. A script, not
a test: it asserts nothing.

Usage: python benchmarks/bench_xlsform_formatted.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import statistics
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Final

import openpyxl
from openpyxl.styles import PatternFill

from sce_method.monitoring import InstrumentKind, read_xlsform

GOAL_S: Final = 5.0
"""The most the formatted import may take (issue 15, item 7)."""
LAST_ROW: Final = 1_048_576
"""The last row of an Excel sheet."""

SURVEY: Final = [
    ("type", "name", "label::Español (es)", "required", "relevant"),
    ("select_one yesNo", "consiente", "¿Acepta participar?", "yes", ""),
    ("select_one estado", "estado", "Estado", "yes", "${consiente} = 'si'"),
    ("select_multiple apoyo", "apoyos", "Apoyos recibidos", "", "${consiente} = 'si'"),
    ("integer", "edad", "Edad", "yes", "${consiente} = 'si'"),
    ("text", "comentario", "Comentario", "", ""),
]
CHOICES: Final = [
    ("list_name", "name", "label::Español (es)"),
    ("yesNo", "si", "Sí"),
    ("yesNo", "no", "No"),
    *[("estado", f"e{i}", f"Estado {i}") for i in range(1, 33)],
    *[("apoyo", f"a{i}", f"Apoyo {i}") for i in range(1, 9)],
]
SETTINGS: Final = [("form_id", "form_title"), ("entrada", "Formulario con formato")]


def write(path: Path, *, formatted: bool) -> None:
    """Write the form to *path*; with *formatted*, style the choices sheet's cells to the last row."""
    workbook = openpyxl.Workbook()
    del workbook[workbook.sheetnames[0]]
    for title, rows in (("survey", SURVEY), ("choices", CHOICES), ("settings", SETTINGS)):
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        if formatted and title == "choices":
            for column in "ABC":  # the first formatted row: it puts the fill in the workbook's styles
                sheet[f"{column}{len(rows) + 1}"].fill = PatternFill("solid", fgColor="FFF2CC")
    workbook.save(path)
    if formatted:
        _format_to_last_row(path, first=len(CHOICES) + 1)


def _format_to_last_row(path: Path, first: int) -> None:
    """
    Rewrite the choices sheet so that every row from *first* to the last has three styled, empty cells.

    Excel stores a formatted column this way, and states the sheet's size as
    ``A1:C1048576``. openpyxl takes minutes to write a million styled cells, so
    the sheet's XML is streamed into the package here.
    """
    source = path.with_suffix(".src.xlsx")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename != "xl/worksheets/sheet2.xml":  # survey, choices, settings
                new.writestr(item, data)
                continue
            text = data.decode()
            styled = re.search(rf'<row r="{first}">.*?</row>', text)
            style = re.search(r's="(\d+)"', styled.group(0)) if styled else None
            if styled is None or style is None:
                raise RuntimeError("the choices sheet has no formatted row to copy")
            text = re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="A1:C{LAST_ROW}"/>', text)
            head, tail = text[: text.index(styled.group(0))], text[text.index("</sheetData>") :]
            s = style.group(1)
            with new.open(item.filename, "w", force_zip64=True) as out:
                out.write(head.encode())
                for start in range(first, LAST_ROW + 1, 10_000):
                    chunk = "".join(
                        f'<row r="{r}"><c r="A{r}" s="{s}"/><c r="B{r}" s="{s}"/><c r="C{r}" s="{s}"/></row>'
                        for r in range(start, min(start + 10_000, LAST_ROW + 1))
                    )
                    out.write(chunk.encode())
                out.write(tail.encode())
    source.unlink()


def dimension(path: Path) -> str:
    """The choices sheet's dimension as the workbook states it (``A1:C1048576`` when formatted)."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return str(workbook["choices"].calculate_dimension())
    finally:
        workbook.close()


def timed(path: Path, repeat: int) -> tuple[list[float], int, int]:
    """*repeat* timed imports of *path*: the seconds of each, the questions kept and the notes."""
    times: list[float] = []
    kept = notes = 0
    for _ in range(repeat):
        start = time.perf_counter()
        form = read_xlsform(path, kind=InstrumentKind.ENTRY)
        times.append(time.perf_counter() - start)
        kept, notes = form.kept, len(form.skipped)
    return times, kept, notes


def main(repeat: int) -> None:
    """Write both workbooks, time their import and print the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        plain, formatted = Path(tmp) / "plain.xlsx", Path(tmp) / "formatted.xlsx"
        write(plain, formatted=False)
        start = time.perf_counter()
        write(formatted, formatted=True)
        written = time.perf_counter() - start
        size = formatted.stat().st_size / 1e6
        dim = dimension(formatted)
        read_xlsform(plain, kind=InstrumentKind.ENTRY)  # imports and caches warmed, unrecorded
        base, kept_base, _ = timed(plain, repeat)
        slow, kept, notes = timed(formatted, repeat)

    base_s, slow_s = statistics.median(base), statistics.median(slow)
    verdict = "within goal" if slow_s <= GOAL_S else "OVER GOAL"
    print(f"sce_method XLSForm formatted-sheet benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.machine()}, {os.cpu_count() or 1} CPU(s), openpyxl {openpyxl.__version__}"
    )
    print(f"formatted workbook: choices sheet {dim}, {size:.1f} MB, written in {written:.1f} s")
    print(f"questions kept: baseline {kept_base}, formatted {kept}; notes on the formatted import: {notes}")
    print(f"median of {repeat} imports each, [min .. max]")
    print()
    print(f"baseline  (nothing formatted)        {base_s:7.3f} s  [{min(base):.3f} .. {max(base):.3f}]")
    print(f"formatted (choices to row {LAST_ROW:,})  {slow_s:7.3f} s  [{min(slow):.3f} .. {max(slow):.3f}]")
    print()
    print(f"formatted / baseline = {slow_s / base_s:.1f}x")
    print(f"formatted import = {slow_s:.2f} s   goal <= {GOAL_S:.0f} s   {verdict}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--repeat", type=int, default=5)
    main(parser.parse_args().repeat)
