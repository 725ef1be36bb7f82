"""Tests for `sce_method._core._io`."""

from __future__ import annotations

from pathlib import Path

import pytest

from sce_method._core import LoadError, atomic_write_text, decode_utf8


class TestAtomicWriteText:
    def test_writes_utf8_with_newlines(self, tmp_path: Path) -> None:
        """The text is written as UTF-8 with LF line ends."""
        target = tmp_path / "out.txt"

        atomic_write_text(target, "Educación\nfinanciera\n")

        expected = "Educación\nfinanciera\n".encode()
        assert expected == target.read_bytes()

    def test_replaces_an_existing_file(self, tmp_path: Path) -> None:
        """An existing file is replaced whole."""
        target = tmp_path / "out.txt"
        target.write_text("old and longer", encoding="utf-8")

        atomic_write_text(str(target), "new")

        expected = "new"
        assert expected == target.read_text(encoding="utf-8")

    def test_failure_leaves_the_old_file_and_no_temporary(self, tmp_path: Path) -> None:
        """A failed write leaves the old file as it was, and no temporary file beside it."""
        target = tmp_path / "out.txt"
        target.write_text("old", encoding="utf-8")

        with pytest.raises(TypeError):
            atomic_write_text(target, 3)  # type: ignore[arg-type]

        expected = ("old", ["out.txt"])
        assert expected == (target.read_text(encoding="utf-8"), sorted(p.name for p in tmp_path.iterdir()))


class TestDecodeUtf8:
    def test_bom_is_dropped(self) -> None:
        """A leading BOM is accepted and dropped."""
        expected = "id: x\n"

        assert expected == decode_utf8(b"\xef\xbb\xbfid: x\n")

    def test_not_utf8_says_where(self) -> None:
        """The first bad byte is reported with its line and column."""
        with pytest.raises(LoadError) as caught:
            decode_utf8(b"id: x\ntitle: Educaci\xf3n\n", file="m.yaml")

        expected = [("core.load.not_utf8", "0xf3", "m.yaml", 2, 15)]
        assert expected == [
            (p.message.key, p.message.params["byte"], p.file, p.line, p.column) for p in caught.value.problems
        ]
