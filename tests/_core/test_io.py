"""Tests for `sce_method._core._io`."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from sce_method._core import LoadError, atomic_path, atomic_write_text, decode_utf8


@pytest.fixture
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run the test under the umask it is parametrized with, and put the old one back."""
    mask: int = request.param
    old = os.umask(mask)
    try:
        yield mask
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


UMASKS = pytest.mark.parametrize(
    ("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)], indirect=["umask"], ids=["022", "077", "002"]
)
"""A process umask and the mode a new file gets under it, as open() would create it."""


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

    @UMASKS
    @pytest.mark.usefixtures("umask")
    def test_new_file_follows_the_umask(self, tmp_path: Path, mode: int) -> None:
        """A new file gets 0666 less the umask (0644 under 022), not a temporary file's 0600."""
        target = tmp_path / "out.txt"

        atomic_write_text(target, "x")

        assert oct(mode) == oct(_mode(target))

    @UMASKS
    @pytest.mark.usefixtures("umask")
    def test_replaced_file_follows_the_umask(self, tmp_path: Path, mode: int) -> None:
        """A file written over an old one is a new file: it too gets its mode from the umask."""
        target = tmp_path / "out.txt"
        target.write_text("old", encoding="utf-8")
        target.chmod(0o600)

        atomic_write_text(target, "new")

        assert oct(mode) == oct(_mode(target))


class TestAtomicPath:
    def test_replaces_the_target_when_the_block_ends(self, tmp_path: Path) -> None:
        """What the block writes to the yielded path becomes the target; the target is untouched until then."""
        target = tmp_path / "out.bin"
        target.write_bytes(b"old")

        with atomic_path(target) as tmp:
            tmp.write_bytes(b"new")
            during = (target.read_bytes(), tmp.parent == tmp_path, tmp.name.startswith(".out.bin."))

        expected = ((b"old", True, True), b"new", ["out.bin"])
        assert expected == (during, target.read_bytes(), sorted(p.name for p in tmp_path.iterdir()))

    def test_error_in_the_block_leaves_the_old_file(self, tmp_path: Path) -> None:
        """An error in the block removes the new file and keeps the old one."""
        target = tmp_path / "out.bin"
        target.write_bytes(b"old")

        def write_half() -> None:
            with atomic_path(target) as tmp:
                tmp.write_bytes(b"half")
                raise RuntimeError

        with pytest.raises(RuntimeError):
            write_half()

        expected = (b"old", ["out.bin"])
        assert expected == (target.read_bytes(), sorted(p.name for p in tmp_path.iterdir()))

    @UMASKS
    @pytest.mark.usefixtures("umask")
    def test_new_file_follows_the_umask(self, tmp_path: Path, mode: int) -> None:
        """A writer given the path (openpyxl's save) leaves a file with the umask's mode."""
        target = tmp_path / "out.bin"

        with atomic_path(target) as tmp:
            tmp.write_bytes(b"x")

        assert oct(mode) == oct(_mode(target))


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
