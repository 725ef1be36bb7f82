"""
How much of real XLSForms `read_xlsform` keeps, and whether what it writes back converts in pyxform.

Run: ``python benchmarks/xlsform_coverage.py [FORM.xlsx ...]`` (default: the public fixtures in
``../shared/fixtures/public/``). For each form it prints the question rows (every survey row with a type that is
not a group or repeat boundary, metadata or blank), how many the imported instrument keeps (as questions, with
repeats counted), the skipped-message count, and whether the instrument written back converts with pyxform.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import openpyxl
from pyxform.xls2xform import convert

from sce_method.exceptions import LoadError
from sce_method.monitoring.instruments import InstrumentKind
from sce_method.monitoring.xlsform import METADATA, read_xlsform, write_xlsform

_STRUCTURE = {
    "begin_group",
    "end_group",
    "begin_repeat",
    "end_repeat",
    "begin group",
    "end group",
    "begin repeat",
    "end repeat",
}


def question_rows(path: Path) -> int:
    """The survey rows that are questions (not structure, not metadata)."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    sheet = next(s for s in workbook.worksheets if s.title.strip().lower() == "survey")
    rows = sheet.iter_rows(values_only=True)
    header = [str(h).strip().lower() if h is not None else "" for h in next(rows)]
    column, name = header.index("type"), header.index("name")
    count = 0
    for row in rows:
        cell = row[column] if column < len(row) else None
        text = " ".join(str(cell or "").split()).lower()
        named = str(row[name] or "").strip() if name < len(row) else ""
        if text and text not in _STRUCTURE and not (text in METADATA and named == text):
            count += 1
    workbook.close()
    return count


def main(paths: list[Path]) -> None:
    """Print, for each form, the rows kept and whether the instrument written back converts; then the total."""
    total = kept_total = 0
    for path in paths:
        rows = question_rows(path)
        total += rows
        try:
            form = read_xlsform(path, kind=InstrumentKind.FOLLOW_UP)
        except LoadError as err:
            print(f"{path.name}: {rows} question rows, refused: {str(err)[:200]}")
            continue
        kept = len(form.instrument.questions)
        kept_total += kept
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "back.xlsx"
            write_xlsform(form.instrument, out)
            try:
                convert(xlsform=out, warnings=[])
                back = "converts"
            except Exception as err:  # noqa: BLE001 -- any pyxform failure is reported
                back = f"FAILS: {str(err)[:300]}"
        print(
            f"{path.name}: {rows} question rows, {kept} kept ({kept / rows:.0%}), "
            f"{len(form.skipped)} messages; pyxform {back}"
        )
    print(f"total: {kept_total}/{total} ({kept_total / max(total, 1):.0%})")


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    if not args:
        args = sorted((Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "public").glob("*.xlsform.xlsx"))
    main(args)
