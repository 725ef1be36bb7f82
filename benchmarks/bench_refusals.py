"""
Benchmark: how long read_cohort takes to refuse hostile or broken cohort inputs.

It writes, in a temporary folder, a cohort folder or workbook for each case:

- ``typo``: 100,000 attendance rows naming a misspelt module (every row is
  reported, with the closest module suggested);
- ``bomb``: a 1.5 MB workbook whose shared strings unzip to 1.5 GB;
- ``empty-rows``: an 80 kB workbook whose attendance sheet holds 8,000,000
  empty ``<row/>`` elements;
- ``numbered-rows``: the same rows numbered (``<row r="...">``), which zip
  only seven times (20 MB);
- ``far-row``: a sheet whose one extra row is numbered 8,000,000;
- ``dimension``: a sheet whose dimension claims 8,000,000 rows.

Each case runs ``read_cohort`` in a fresh process, which prints the seconds
``read_cohort`` took, its peak memory and its outcome; the baseline is the
same process reading a valid workbook of five participants, and the ratio
is the case's time over the baseline's. Goal: every workbook refused in
under 2 s, naming the file. A script, not a test: it asserts nothing.

Usage: python benchmarks/bench_refusals.py [CASE ...]   (default: every case)
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import openpyxl

PARTICIPANTS = "participant_id,centre_id,cohort_id,enrolled_on\n" + "".join(
    f"P{i:05d},crea,c1,2024-06-10\n" for i in range(1000)
)
ATTENDANCE = "participant_id,module_id,session_date,hours\nP00001,alfabetizacion-digital,2024-07-01,2\n"
ROWS = 8_000_000
SHEET = "xl/worksheets/sheet2.xml"
DIMENSION = b'<dimension ref="A1:D2" />'
SHARED_STRINGS = (
    b'<Override PartName="/xl/sharedStrings.xml"'
    b' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)

CHILD = """
import pathlib, resource, sys, time
import sce_method
from sce_method.exceptions import LoadError
from sce_method.participants import read_cohort

m = sce_method.load()
start = time.perf_counter()
try:
    cohort = read_cohort(sys.argv[1], m)
    said = f"read {len(cohort.participants)} participants"
except LoadError as err:
    said = f"{len(err.problems)} problem(s): {err.problems[0].render('en')[:110]}"
took = time.perf_counter() - start
# VmHWM is this program's own peak; ru_maxrss may count the parent's memory from before exec.
status = pathlib.Path("/proc/self/status")
lines = status.read_text().splitlines() if status.exists() else []
hwm = [line.split()[1] for line in lines if line.startswith("VmHWM")]
peak = int(hwm[0]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{took:.3f} {peak // 1024} {said}")
"""


def _workbook() -> bytes:
    """A valid workbook of five participants and one attendance row."""
    book = openpyxl.Workbook()
    book.remove(book.worksheets[0])
    for name, text in (
        ("participants", "".join(PARTICIPANTS.splitlines(keepends=True)[:6])),
        ("attendance", ATTENDANCE),
    ):
        sheet = book.create_sheet(name)
        for line in text.splitlines():
            sheet.append(line.split(","))
    written = io.BytesIO()
    book.save(written)
    return written.getvalue()


def _rewrite(target: Path, change: Callable[[zipfile.ZipFile, str, bytes], None]) -> Path:
    """The valid workbook written to *target*, each part through *change* (which writes it to the new zip)."""
    with zipfile.ZipFile(io.BytesIO(_workbook())) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            change(out, info.filename, source.read(info.filename))
    return target


def _as_is(out: zipfile.ZipFile, name: str, data: bytes) -> None:
    out.writestr(name, data)


def _stream(out: zipfile.ZipFile, name: str, head: bytes, pieces: Callable[[], Iterable[bytes]], tail: bytes) -> None:
    """Write the part *name* as *head*, the pieces (made one batch at a time), and *tail*, without holding it."""
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with out.open(info, "w", force_zip64=True) as part:
        part.write(head)
        for piece in pieces():
            part.write(piece)
        part.write(tail)


def typo(folder: Path) -> Path:
    """A cohort folder whose 100,000 attendance rows all name a misspelt module."""
    cohort = folder / "typo"
    cohort.mkdir()
    (cohort / "participants.csv").write_text(PARTICIPANTS, encoding="utf-8")
    rows = "".join(f"P{i % 1000:05d},alfabetizacion-digtal,2024-07-01,2\n" for i in range(100_000))
    (cohort / "attendance.csv").write_text(ATTENDANCE.splitlines(keepends=True)[0] + rows, encoding="utf-8")
    return cohort


def bomb(folder: Path) -> Path:
    """A workbook whose shared strings hold one string of 1.5 GB."""

    def change(out: zipfile.ZipFile, name: str, data: bytes) -> None:
        if name != "[Content_Types].xml":
            out.writestr(name, data)
            return
        out.writestr(name, data.replace(b"</Types>", SHARED_STRINGS + b"</Types>"))
        chunk = b"A" * (1 << 24)
        head = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
        _stream(out, "xl/sharedStrings.xml", head, lambda: [chunk] * 96, b"</t></si></sst>")

    return _rewrite(folder / "bomb.xlsx", change)


def _more_rows(folder: Path, name: str, row: Callable[[int], bytes]) -> Path:
    """A workbook whose attendance sheet holds `ROWS` more rows, each written by *row*, and no dimension."""

    def change(out: zipfile.ZipFile, part: str, data: bytes) -> None:
        if part != SHEET:
            out.writestr(part, data)
            return
        head, _, tail = data.replace(DIMENSION, b"").partition(b"</sheetData>")
        batches = range(3, ROWS + 3, 100_000)

        def pieces() -> Iterable[bytes]:
            return (b"".join(row(r) for r in range(start, start + 100_000)) for start in batches)

        _stream(out, part, head, pieces, b"</sheetData>" + tail)

    return _rewrite(folder / name, change)


def empty_rows(folder: Path) -> Path:
    """Eight million ``<row/>``: the workbook zips a thousand times."""
    return _more_rows(folder, "empty-rows.xlsx", lambda _: b"<row/>")


def numbered_rows(folder: Path) -> Path:
    """Eight million numbered empty rows: the workbook zips only seven times."""
    return _more_rows(folder, "numbered-rows.xlsx", lambda r: b'<row r="%d"/>' % r)


def _sheet_changed(folder: Path, name: str, old: bytes, new: bytes) -> Path:
    def change(out: zipfile.ZipFile, part: str, data: bytes) -> None:
        out.writestr(part, data.replace(old, new) if part == SHEET else data)

    return _rewrite(folder / name, change)


def far_row(folder: Path) -> Path:
    """One more row, numbered 8,000,000: openpyxl fills the rows between with empty ones."""
    far = b'<row r="8000000"><c r="A8000000" t="inlineStr"><is><t>P1</t></is></c></row></sheetData>'
    return _sheet_changed(folder, "far-row.xlsx", b"</sheetData>", far)


def dimension(folder: Path) -> Path:
    """A dimension that claims 8,000,000 rows."""
    return _sheet_changed(folder, "dimension.xlsx", DIMENSION, b'<dimension ref="A1:D8000000" />')


CASES: dict[str, Callable[[Path], Path]] = {
    "typo": typo,
    "bomb": bomb,
    "empty-rows": empty_rows,
    "numbered-rows": numbered_rows,
    "far-row": far_row,
    "dimension": dimension,
}


def _run(path: Path) -> tuple[float, int, str]:
    """Seconds read_cohort took on *path* in a fresh process, its peak RSS in MiB, and what it said."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True)
    seconds, rss, said = done.stdout.strip().split(" ", 2)
    return float(seconds), int(rss), said


def main(names: list[str]) -> None:
    """Write each case, time its reading against the baseline's, and print one line per case."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        baseline, _, _ = _run(_rewrite(folder / "valid.xlsx", _as_is))
        print(f"python {sys.version.split()[0]}; baseline (a valid workbook of five participants): {baseline:.3f} s")
        print(f"{'case':14} {'MB':>7} {'seconds':>8} {'ratio':>7} {'peak MiB':>9}  outcome")
        for name in names or list(CASES):
            path = CASES[name](folder)
            size = sum(p.stat().st_size for p in path.iterdir()) if path.is_dir() else path.stat().st_size
            seconds, rss, said = _run(path)
            print(f"{name:14} {size / 1e6:7.2f} {seconds:8.3f} {seconds / baseline:7.1f} {rss:9d}  {said}")


if __name__ == "__main__":
    main(sys.argv[1:])
