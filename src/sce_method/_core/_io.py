"""Writing files atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from sce_method._core._catalog import message
from sce_method._core._errors import LoadError, Problem


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """
    Write *text* to *path* as UTF-8 with newline line ends, all or nothing.

    The text goes to a temporary file in the same folder, which then replaces
    *path* in one step: a reader never sees half a file, and a failure leaves
    the old file as it was.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise


def decode_utf8(raw: bytes, *, file: str | None = None) -> str:
    """
    Decode *raw* as UTF-8 (a leading BOM is accepted and dropped).

    Raises:
        LoadError: the bytes are not UTF-8; the problem gives the line and
            column of the first bad byte.
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        msg = message("core.load.not_utf8", byte=f"0x{raw[err.start]:02x}")
        raise LoadError([Problem(message=msg, file=file, line=line, column=column)]) from None
