"""Tests for `sce_method.monitoring.exports._table`: an export's table read within its limits, or refused."""

from __future__ import annotations

import csv
import functools
import sys
import zipfile
from pathlib import Path
from typing import Final

import openpyxl
import pytest

import sce_method
from sce_method.cli import main
from sce_method.exceptions import LoadError
from sce_method.monitoring.exports import MAX_BYTES, MAX_CELL, MAX_ROWS, MAX_UNPACKED, _table, read_export
from sce_method.monitoring.instruments import Instrument

HEADER: Final = (
    "SubmissionDate,datos-participante,datos-fecha,situacion-actividad,situacion-negocio_inicio_mejora,"
    "situacion-estudios,habilidades-hab_digitales,habilidades-hab_financieras,habilidades-hab_personales,"
    "habilidades-agencia,habilidades-confianza,habilidades-promedio_habilidades,KEY,ReviewState"
)
ROW: Final = "2024-10-10T17:03:12.345Z,P0001,2024-10-10,empleo,si,formales,4,3,5,4,5,4,uuid:5b1c4a52,{review}"
"""A clean row of an ODK Central export of the bundled exit survey; the review state is free text."""

Where = tuple[str, int | None, int | None, str]


@functools.cache
def salida() -> Instrument:
    """The bundled exit survey."""
    return sce_method.load().instrument("salida")


def _csv(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "salida.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _xlsx(tmp_path: Path, *rows: list[object]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER.split(","))
    for row in rows:
        sheet.append(row)
    path = tmp_path / "salida.xlsx"
    workbook.save(path)
    return path


def _xlsx_row(review: object) -> list[object]:
    return [*ROW.split(",")[:-1], review]


def _rewrite(path: Path, old: bytes, new: bytes) -> None:
    """Replace *old* with *new* in the first sheet's XML of the workbook at *path*."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info.filename)) for info in source.infolist()]
    assert any(old in data for info, data in parts if info.filename == "xl/worksheets/sheet1.xml")
    with zipfile.ZipFile(path, "w") as target:
        for info, data in parts:
            target.writestr(info, data.replace(old, new) if info.filename == "xl/worksheets/sheet1.xml" else data)


def _refused(path: Path) -> list[Where]:
    """Where and why reading *path* is refused: file name, line, column, message key."""
    with pytest.raises(LoadError) as caught:
        read_export(path, salida())
    return [(Path(p.file or "").name, p.line, p.column, p.message.key) for p in caught.value.problems]


class TestCell:
    def test_csv_at_the_limit(self, tmp_path: Path) -> None:
        """A CSV cell of exactly MAX_CELL characters is read."""
        path = _csv(tmp_path, ROW.format(review="x" * MAX_CELL))

        expected = 1
        assert expected == len(read_export(path, salida()).responses)

    def test_csv_over_the_limit(self, tmp_path: Path) -> None:
        """A CSV cell over MAX_CELL characters refuses the file at the row's line, not a csv crash."""
        path = _csv(tmp_path, ROW.format(review="approved"), ROW.format(review="x" * (MAX_CELL + 1)))

        expected = [("salida.csv", 3, None, "exports.cell_too_large")]
        assert expected == _refused(path)

    @pytest.mark.parametrize("before", [sys.maxsize, 10], ids=["raised-as-frictionless-does", "lowered"])
    def test_csv_limit_is_the_readers_own(self, tmp_path: Path, before: int) -> None:
        """Whatever another library made of the csv module's process-wide limit, the same cells are refused."""
        over = _csv(tmp_path, ROW.format(review="approved"), ROW.format(review="x" * (MAX_CELL + 1)))
        old = csv.field_size_limit(before)
        try:
            found = (_refused(over), csv.field_size_limit())
        finally:
            csv.field_size_limit(old)

        expected = ([("salida.csv", 3, None, "exports.cell_too_large")], before)
        assert expected == found

    def test_xlsx_over_the_limit(self, tmp_path: Path) -> None:
        """A workbook cell over MAX_CELL characters refuses the file at its row and column."""
        path = _xlsx(tmp_path, _xlsx_row("approved"), _xlsx_row("LONG"))
        _rewrite(path, b"LONG", b"x" * (MAX_CELL + 1))  # openpyxl cuts what it writes to 32,767; a file need not

        expected = [("salida.xlsx", 3, 14, "exports.cell_too_large")]
        assert expected == _refused(path)

    def test_command_line(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`responses validate` says the limit in one line naming the file, and exits 1: no internal error."""
        path = _csv(tmp_path, ROW.format(review="x" * (MAX_CELL + 1)))

        code = main(["responses", "validate", str(path), "--instrument", "salida", "--lang", "en"])
        _, err = capsys.readouterr()
        expected = (1, [f"{path}:2: a cell of this row holds more than {MAX_CELL} characters: no answer is that long"])
        assert expected == (code, err.splitlines())


class TestFile:
    def test_over_max_bytes(self, tmp_path: Path) -> None:
        """A file over MAX_BYTES is refused from its size, before it is read (a sparse file: nothing is written)."""
        path = tmp_path / "salida.csv"
        with path.open("wb") as handle:
            handle.truncate(MAX_BYTES + 1)

        expected = [("salida.csv", None, None, "exports.too_large")]
        assert expected == _refused(path)

    def test_over_max_unpacked(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A workbook that unpacks to more than MAX_UNPACKED is refused before openpyxl opens it."""
        path = _xlsx(tmp_path, _xlsx_row("approved"))
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(i.file_size for i in archive.infolist())
        monkeypatch.setattr(_table, "MAX_UNPACKED", unpacked - 1)

        expected = [("salida.xlsx", None, None, "exports.too_large_unpacked")]
        assert expected == _refused(path)

    def test_limits(self) -> None:
        """The limits, as documented."""
        expected = (134_217_728, 1_073_741_824, 1_048_576, 131_072)
        assert expected == (MAX_BYTES, MAX_UNPACKED, MAX_ROWS, MAX_CELL)


class TestRows:
    def test_csv_over_max_rows(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A CSV of more than MAX_ROWS rows (blank ones count) is refused at the first row too many."""
        path = _csv(tmp_path, ROW.format(review="approved"), "", "")
        monkeypatch.setattr(_table, "MAX_ROWS", 3)

        expected = [("salida.csv", 4, None, "exports.too_many_rows")]
        assert expected == _refused(path)

    def test_csv_at_max_rows(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A CSV of exactly MAX_ROWS rows is read."""
        path = _csv(tmp_path, ROW.format(review="approved"), "")
        monkeypatch.setattr(_table, "MAX_ROWS", 3)

        expected = 1
        assert expected == len(read_export(path, salida()).responses)

    def test_xlsx_over_max_rows(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A sheet with more rows than MAX_ROWS is refused at the first row too many, and not read further."""
        path = _xlsx(tmp_path, *[_xlsx_row("approved")] * 3)
        monkeypatch.setattr(_table, "MAX_ROWS", 3)

        expected = [("salida.xlsx", 4, None, "exports.too_many_rows")]
        assert expected == _refused(path)

    def test_declared_dimensions_ignored(self, tmp_path: Path) -> None:
        """A sheet that claims 16,384 columns is read at the width its rows have."""
        path = _xlsx(tmp_path, _xlsx_row("approved"))
        _rewrite(path, b'<dimension ref="A1:N2"', b'<dimension ref="A1:XFD2"')

        rows, _, _ = _table.read_table(path)
        expected = [14, 14]
        assert expected == [len(r) for r in rows]


class TestCsvSyntax:
    def test_text_after_a_closing_quote(self, tmp_path: Path) -> None:
        """A cell with text after its closing quote is a syntax error at its line, not a cell glued together."""
        path = _csv(tmp_path, ROW.format(review="approved"), ROW.format(review='"approved"x'))

        expected = [("salida.csv", 3, None, "exports.csv_syntax")]
        assert expected == _refused(path)

    def test_quote_never_closed(self, tmp_path: Path) -> None:
        """A quote that is never closed is a syntax error, not the rest of the file read into one cell."""
        path = _csv(tmp_path, ROW.format(review='"approved'), ROW.format(review="approved"))

        expected = [("salida.csv", 2, None, "exports.csv_syntax")]
        assert expected == _refused(path)
