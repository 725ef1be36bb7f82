"""Tests for `sce_method.participants._workbook`: a cohort workbook measured before it is opened, and its sheets."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import sce_method
from sce_method.exceptions import LoadError
from sce_method.participants import _workbook as workbook
from sce_method.participants import read_cohort
from sce_method.participants._limits import ReadLimits, limits_applied
from tests.open_files import open_after
from tests.participants.lists import ATTENDANCE, PARTICIPANTS, workbook_of

Found = list[tuple[str | None, int | None, str]]

SHEET = "xl/worksheets/sheet2.xml"
"""The attendance sheet's part in the workbooks written here."""


def _book(path: Path, change: Callable[[str, bytes], bytes] = lambda _, data: data, *extra: tuple[str, bytes]) -> Path:
    """A workbook of the participants and attendance lists, each part passed through *change*, with *extra* parts."""
    written = io.BytesIO()
    workbook_of(participants=PARTICIPANTS, attendance=ATTENDANCE).save(written)
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, change(info.filename, source.read(info.filename)))
        for name, data in extra:
            out.writestr(name, data)
    return path


def _sheet(change: Callable[[bytes], bytes]) -> Callable[[str, bytes], bytes]:
    """A change of the attendance sheet's XML only."""
    return lambda name, data: change(data) if name == SHEET else data


def _found(path: Path) -> Found:
    with pytest.raises(LoadError) as caught:
        read_cohort(path, sce_method.load())
    return [(p.file, p.line, p.message.key) for p in caught.value.problems]


class TestCheckWorkbook:
    def test_a_plain_workbook_reads(self, tmp_path: Path) -> None:
        """The workbook written here is read whole: the checks leave a real workbook alone."""
        expected = ("P1", "P2")

        assert expected == read_cohort(_book(tmp_path / "c.xlsx"), sce_method.load()).participant_ids

    def test_a_part_that_expands_too_much(self, tmp_path: Path) -> None:
        """A part that expands more than `MAX_EXPANSION` times (a zip bomb) is refused before openpyxl opens it."""
        path = _book(tmp_path / "c.xlsx", lambda _, data: data, ("xl/media/pad.bin", bytes(4 * 1024 * 1024)))

        expected = [(str(path), None, "participants.cohort.workbook_expansion")]
        assert expected == _found(path)

    def test_a_workbook_expanding_too_much(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Over `MAX_EXPANDED_BYTES` unzipped, whatever its ratio: refused."""
        monkeypatch.setattr(workbook, "MAX_EXPANDED_BYTES", 1_000)
        path = _book(tmp_path / "c.xlsx")

        expected = [(str(path), None, "participants.cohort.workbook_expands")]
        assert expected == _found(path)

    def test_a_workbook_too_large(self, tmp_path: Path) -> None:
        """Over `ReadLimits.max_file_bytes` on disk: refused."""
        path = _book(tmp_path / "c.xlsx")
        with limits_applied(ReadLimits(max_file_bytes=1_000)):
            found = _found(path)

        expected = [(str(path), None, "participants.table.file_too_large")]
        assert expected == found

    def test_a_sheet_of_too_many_rows(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A sheet with more row tags than `MAX_SHEET_ROWS` is refused before openpyxl reads it through."""
        monkeypatch.setattr(workbook, "MAX_SHEET_ROWS", 50)
        monkeypatch.setattr(workbook, "_GRACE", 0)
        rows = b"".join(b'<row r="%d"/>' % r for r in range(3, 60))
        path = _book(tmp_path / "c.xlsx", _sheet(lambda data: data.replace(b"</sheetData>", rows + b"</sheetData>")))

        expected = [(str(path), None, "participants.cohort.workbook_rows")]
        assert expected == _found(path)


class TestSheetCells:
    def test_a_sheet_larger_than_a_sheet_can_be(self, tmp_path: Path) -> None:
        """A sheet whose dimension says 8,000,000 rows is refused before any row is read."""
        path = _book(tmp_path / "c.xlsx", _sheet(lambda data: data.replace(b'ref="A1:D2"', b'ref="A1:D8000000"')))

        expected = [(f"{path}[attendance]", None, "participants.table.sheet_too_large")]
        assert expected == _found(path)

    def test_a_row_past_the_last_a_sheet_can_have(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A row numbered past `MAX_SHEET_ROWS` stops the reading at the limit, and says so."""
        monkeypatch.setattr(workbook, "MAX_SHEET_ROWS", 50)
        far = b'<row r="80"><c r="A80" t="inlineStr"><is><t>P1</t></is></c></row></sheetData>'
        path = _book(tmp_path / "c.xlsx", _sheet(lambda data: data.replace(b"</sheetData>", far)))

        expected = [(f"{path}[attendance]", 51, "participants.table.too_many_rows")]
        assert expected == _found(path)

    def test_a_wide_dimension_does_not_pad_the_rows(self, tmp_path: Path) -> None:
        """Rows are read as the sheet holds them, not padded to a dimension that says otherwise."""
        path = _book(tmp_path / "c.xlsx", _sheet(lambda data: data.replace(b'ref="A1:D2"', b'ref="A1:D900000"')))

        expected = 1
        assert expected == len(read_cohort(path, sce_method.load()).attendance)

    def test_a_cell_openpyxl_cannot_read(self, tmp_path: Path) -> None:
        """A sheet that breaks while it is read is a problem naming the sheet, not a crash."""
        bad = b'<row r="3"><c r="A3" t="n"><v>not a number</v></c></row></sheetData>'
        path = _book(tmp_path / "c.xlsx", _sheet(lambda data: data.replace(b"</sheetData>", bad)))

        expected = [(f"{path}[attendance]", None, "core.load.unreadable")]
        assert expected == _found(path)

    def test_a_chartsheet(self, tmp_path: Path) -> None:
        """A chart where the attendance sheet should be (openpyxl cannot open the file) is a problem, not a crash."""
        book = workbook_of(participants=PARTICIPANTS)
        book.create_chartsheet("attendance")
        book.save(tmp_path / "c.xlsx")

        expected = [(str(tmp_path / "c.xlsx"), None, "core.load.unreadable")]
        assert expected == _found(tmp_path / "c.xlsx")


class TestFilesClosed:
    """No reading of a workbook leaves its file open for the garbage collector (the fuzzer saw ResourceWarnings)."""

    def test_list_not_read_past_its_header(self, tmp_path: Path) -> None:
        """A sheet whose header refuses the list (a column twice) is closed though its rows are never read."""
        rows = "".join(f"P1,alfabetizacion-digital,2024-07-{d:02d},2\n" for d in range(1, 29))
        book = workbook_of(
            participants=PARTICIPANTS, attendance="participant_id,module_id,session_date,module_id\n" + rows
        )
        path = tmp_path / "c.xlsx"
        book.save(path)

        expected: list[Path] = []
        assert expected == open_after(path, lambda: read_cohort(path, sce_method.load()))

    def test_a_cell_openpyxl_cannot_read(self, tmp_path: Path) -> None:
        """A sheet that breaks while it is read is closed at once."""
        bad = b'<row r="3"><c r="A3" t="n"><v>not a number</v></c></row></sheetData>'
        path = _book(tmp_path / "c.xlsx", _sheet(lambda data: data.replace(b"</sheetData>", bad)))

        expected: list[Path] = []
        assert expected == open_after(path, lambda: read_cohort(path, sce_method.load()))
