"""Tests for `sce_method._core._xlsx`: workbooks through the optional openpyxl, one way."""

from __future__ import annotations

import sys
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from sce_method._core import LoadError, install_command, new_workbook, open_workbook, read_workbook
from tests.open_files import open_after


def _problems(caught: pytest.ExceptionInfo[LoadError]) -> list[tuple[str | None, str, dict[str, object]]]:
    return [(p.file, p.message.key, dict(p.message.params)) for p in caught.value.problems]


def _broken(path: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    """The workbook at *path* with its *part* changed."""
    with zipfile.ZipFile(path) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    entries[part] = change(entries[part])
    with zipfile.ZipFile(path, "w") as target:
        for name, data in entries.items():
            target.writestr(name, data)
    return path


def _workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "uno"
    sheet.append(["a", "b"])
    sheet.append([1, "=1+1"])
    workbook.create_sheet("dos")
    workbook.save(path)
    return path


def _without_styles(path: Path) -> Path:
    """The workbook at *path* with an empty stylesheet, which openpyxl reads with UserWarnings."""
    with zipfile.ZipFile(path) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    entries["xl/styles.xml"] = b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    with zipfile.ZipFile(path, "w") as target:
        for name, data in entries.items():
            target.writestr(name, data)
    return path


class TestReadWorkbook:
    def test_reads_values_with_the_function_given(self, tmp_path: Path) -> None:
        """The function given reads the opened workbook: its sheets, and cached values rather than formulas."""
        path = _workbook(tmp_path / "libro.xlsx")

        result = read_workbook(path, lambda wb: (wb.sheetnames, list(wb["uno"].iter_rows(values_only=True))))

        expected = (["uno", "dos"], [("a", "b"), (1, None)])
        assert expected == result

    def test_broken_file(self, tmp_path: Path) -> None:
        """A file openpyxl cannot open is a LoadError naming the file and the kind of failure, not its details."""
        path = tmp_path / "roto.xlsx"
        path.write_bytes(b"not a zip")

        with pytest.raises(LoadError) as caught:
            read_workbook(path, lambda wb: wb.sheetnames)

        expected = [(str(path), "core.load.unreadable", {"reason": "BadZipFile"})]
        assert expected == _problems(caught)

    def test_failure_while_reading(self, tmp_path: Path) -> None:
        """A failure in the reading function is said the same way."""
        path = _workbook(tmp_path / "libro.xlsx")

        with pytest.raises(LoadError) as caught:
            read_workbook(path, lambda wb: wb["tres"])

        expected = [(str(path), "core.load.unreadable", {"reason": "KeyError"})]
        assert expected == _problems(caught)

    def test_formatting_warnings_are_not_shown(self, tmp_path: Path) -> None:
        """The UserWarnings openpyxl gives about what it drops or defaults are not data: none reaches the caller."""
        path = _without_styles(_workbook(tmp_path / "libro.xlsx"))
        with warnings.catch_warnings(record=True) as direct:
            warnings.simplefilter("always")
            openpyxl.load_workbook(path, read_only=True, data_only=True)

        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            read_workbook(path, lambda wb: list(wb["uno"].iter_rows(values_only=True)))

        expected: tuple[bool, list[str]] = (True, [])
        assert expected == (len(direct) > 0, [str(w.message) for w in seen])

    def test_without_the_extra(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without openpyxl, the error says how to add the extra, at the file."""
        monkeypatch.setitem(sys.modules, "openpyxl", None)
        path = tmp_path / "libro.xlsx"

        with pytest.raises(LoadError) as caught:
            read_workbook(path, lambda wb: wb)

        expected: list[tuple[str | None, str, dict[str, object]]] = [
            (str(path), "core.xlsx_extra", {"command": install_command("xlsx")})
        ]
        assert expected == _problems(caught)

    def test_sheet_broken_halfway_closes_the_file(self, tmp_path: Path) -> None:
        """A sheet whose XML breaks after some rows is closed at once, not left to the collector (the fuzzer's find)."""
        path = _broken(
            _workbook(tmp_path / "libro.xlsx"), "xl/worksheets/sheet1.xml", lambda x: x.replace(b"</row>", b"<<", 1)
        )

        expected: list[Path] = []
        assert expected == open_after(path, lambda: read_workbook(path, lambda wb: list(wb["uno"].iter_rows())))

    def test_closes_the_workbook(self, tmp_path: Path) -> None:
        """The workbook is closed once read: its file is not left open for the garbage collector."""
        path = _workbook(tmp_path / "libro.xlsx")
        opened: list[Workbook] = []

        read_workbook(path, opened.append)

        with pytest.raises(ValueError, match="closed"):
            list(opened[0]["uno"].iter_rows(values_only=True))


class TestOpenWorkbook:
    def test_left_open_for_the_caller(self, tmp_path: Path) -> None:
        """The workbook stays open for a caller that reads its sheets later, row by row, and closes it."""
        workbook = open_workbook(_workbook(tmp_path / "libro.xlsx"))
        try:
            rows = list(workbook["uno"].iter_rows(values_only=True))
        finally:
            workbook.close()

        expected = [("a", "b"), (1, None)]
        assert expected == rows

    def test_broken_file(self, tmp_path: Path) -> None:
        """A file openpyxl cannot open is a LoadError naming the file, as read_workbook says it."""
        path = tmp_path / "roto.xlsx"
        path.write_bytes(b"not a zip")

        with pytest.raises(LoadError) as caught:
            open_workbook(path)

        expected = [(str(path), "core.load.unreadable", {"reason": "BadZipFile"})]
        assert expected == _problems(caught)

    def test_broken_inside_closes_the_file(self, tmp_path: Path) -> None:
        """A zip openpyxl opens but cannot read (a broken workbook.xml) is closed at once (the fuzzer's find)."""
        path = _broken(_workbook(tmp_path / "libro.xlsx"), "xl/workbook.xml", lambda _: b"<workbook")

        expected: list[Path] = []
        assert expected == open_after(path, lambda: open_workbook(path))

    def test_sheet_broken_at_its_start_closes_the_file(self, tmp_path: Path) -> None:
        """A sheet openpyxl cannot measure when it opens the workbook is closed at once (the fuzzer's find)."""
        path = _broken(
            _workbook(tmp_path / "libro.xlsx"), "xl/worksheets/sheet1.xml", lambda x: x.replace(b"<", b"<<", 3)
        )

        expected: list[Path] = []
        assert expected == open_after(path, lambda: open_workbook(path))


class TestNewWorkbook:
    def test_empty_workbook(self) -> None:
        """A new workbook has openpyxl's one empty sheet."""
        expected = 1

        assert expected == len(new_workbook().sheetnames)

    def test_without_the_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without openpyxl, the error says how to add the extra, at no file."""
        monkeypatch.setitem(sys.modules, "openpyxl", None)

        with pytest.raises(LoadError) as caught:
            new_workbook()

        expected: list[tuple[str | None, str, dict[str, object]]] = [
            (None, "core.xlsx_extra", {"command": install_command("xlsx")})
        ]
        assert expected == _problems(caught)
