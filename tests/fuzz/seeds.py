"""
The real inputs the fuzz tests start from, read once.

- `cohort_tables`: the example cohort (examples/cohorts/crea-2024) cut to its first twelve participants and the
  rows that refer only to them, with the `PLANTED` values in the personal columns of four participants (an
  ``email`` column added);
- `METHODOLOGY_FILES`: the bundled methodology and adaptation files and the example adaptations, as text;
- `xlsform_bytes`: each bundled instrument written by `write_xlsform`;
- `export_tables`: the example cohort's KoboToolbox exports, and the same as ODK Central writes them, with the planted
  name and e-mail in a participant's answers.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import tempfile
from importlib import resources
from pathlib import Path
from typing import Final

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

import sce_method
from sce_method import Methodology
from sce_method._core import save_workbook
from sce_method.monitoring import write_xlsform
from tests.fuzz.harness import PLANTED_FIELDS
from tests.fuzz.mutate import Table

ROOT: Final = Path(__file__).resolve().parents[2]
EXAMPLE: Final = ROOT / "examples" / "cohorts" / "crea-2024"
AS_OF: Final = "2024-10-17"
KEPT: Final = frozenset(f"P{i:04d}" for i in range(1, 13))
"""The participants the cohort seed keeps."""


@functools.cache
def methodology() -> Methodology:
    """The default bundled methodology, loaded once."""
    return sce_method.load()


def _table(path: Path) -> Table:
    with path.open(encoding="utf-8", newline="") as handle:
        return [list(row) for row in csv.reader(handle)]


def _refers_to_kept(row: list[object]) -> bool:
    ids = [c for c in row if isinstance(c, str) and re.fullmatch(r"P\d{4}", c)]
    return all(i in KEPT for i in ids)


def _planted(table: Table) -> Table:
    """The participants table with the planted values in its first four rows' personal columns (an email added)."""
    header = [*table[0], "email"]
    rows = [[*row, ""] for row in table[1:]]
    for row in rows[:4]:
        for field, value in PLANTED_FIELDS.items():
            row[header.index(field)] = value
    return [header, *rows]


@functools.cache
def cohort_tables() -> dict[str, Table]:
    """Each list of the cut example cohort (the name without ``.csv``), planted."""
    lists = {}
    for path in sorted(EXAMPLE.glob("*.csv")):
        table = _table(path)
        lists[path.stem] = [table[0], *(row for row in table[1:] if _refers_to_kept(row))]
    lists["participants"] = _planted(lists["participants"])
    return lists


def table_csv(table: Table) -> bytes:
    """*table* as plain UTF-8 CSV."""
    written = io.StringIO()
    csv.writer(written, lineterminator="\n").writerows([["" if c is None else str(c) for c in r] for r in table])
    return written.getvalue().encode("utf-8")


def workbook_bytes(tables: dict[str, Table]) -> bytes:
    """
    *tables* as one workbook, a sheet per table (control characters, which openpyxl refuses, left out).

    The same tables give the same bytes (`save_workbook` dates nothing by the clock): Hypothesis needs a
    strategy to draw the same way each time it replays an example.
    """
    book = openpyxl.Workbook()
    book.remove(book.worksheets[0])
    for name, table in tables.items():
        sheet = book.create_sheet(name[:31])
        for row in table:
            sheet.append([ILLEGAL_CHARACTERS_RE.sub("", c) if isinstance(c, str) else c for c in row])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "libro.xlsx"
        save_workbook(book, path)
        return path.read_bytes()


def _methodology_files() -> dict[str, str]:
    data = resources.files("sce_method.data")
    bundled = {p.name: p.read_text(encoding="utf-8") for p in data.iterdir() if p.name.endswith(".yaml")}
    examples = ROOT / "examples" / "adaptations"
    return bundled | {p.name: p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.yaml"))}


METHODOLOGY_FILES: Final = _methodology_files()
"""Each bundled methodology or adaptation file and each example adaptation: its file name and its text."""


@functools.cache
def xlsform_bytes() -> dict[str, bytes]:
    """Each bundled instrument (by id) as the XLSForm `write_xlsform` writes."""
    forms = {}
    with tempfile.TemporaryDirectory() as tmp:
        for instrument in methodology().instruments:
            path = Path(tmp) / f"{instrument.id}.xlsx"
            write_xlsform(instrument, path)
            forms[instrument.id] = path.read_bytes()
    return forms


_KOBO_ONLY: Final = frozenset({"_id", "_validation_status", "_notes", "_status", "_submitted_by", "_tags", "_index"})


def _central(kobo: Table) -> Table:
    """
    A KoboToolbox export as ODK Central writes one: groups joined by ``-``, Central's metadata columns.

    ``_submission_time`` becomes ``SubmissionDate`` (in UTC, a ``Z``), ``_uuid`` both ``meta-instanceID`` and ``KEY``;
    Kobo's other metadata columns are left out, and ``ReviewState`` and ``FormVersion`` added.
    """
    header = [str(h) for h in kobo[0]]
    keep = [i for i, h in enumerate(header) if h not in _KOBO_ONLY and h not in ("_uuid", "_submission_time")]
    out: Table = [["SubmissionDate", *(header[i].replace("/", "-") for i in keep), "meta-instanceID", "KEY"]]
    out[0] += ["ReviewState", "FormVersion"]
    for row in kobo[1:]:
        cell = dict(zip(header, row, strict=False))
        uuid = f"uuid:{cell.get('_uuid', '')}"
        out.append([f"{cell.get('_submission_time', '')}Z", *(row[i] for i in keep if i < len(row)), uuid, uuid])
        out[-1] += ["", "2024110101"]
    return out


@functools.cache
def export_tables() -> dict[str, Table]:
    """
    The example exports, as ``<instrument>/kobo`` and ``<instrument>/central``, cut to 20 rows.

    The first two answers of row 1 (the participant id and a date) hold the planted name and e-mail: neither may
    be shown. The CURP and the phone are not planted here: each is a valid id, and a header moved onto an id column
    (the participant's, an instance id's) makes it one that the reader cannot tell from a programme's own ids (some
    programmes use the CURP as theirs).
    """
    exports = {}
    for path in sorted((EXAMPLE / "responses").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            table: Table = [list(row) for row in csv.reader(handle, delimiter=";")]
        table = table[:21]
        table[1][:2] = [PLANTED_FIELDS["name"], PLANTED_FIELDS["email"]]
        exports[f"{path.stem}/kobo"] = table
        exports[f"{path.stem}/central"] = _central(table)
    return exports


@functools.cache
def xlsform_tables() -> dict[str, dict[str, Table]]:
    """Each bundled instrument's XLSForm (by id) as its sheets' tables (by sheet name)."""
    forms = {}
    for ident, data in xlsform_bytes().items():
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        forms[ident] = {sheet.title: [list[object](row) for row in sheet.iter_rows(values_only=True)] for sheet in book}
        book.close()
    return forms
