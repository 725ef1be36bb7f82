"""
Files in and out: written atomically, with the permissions the umask gives; read as UTF-8.

A file is written to a new file beside the target, which then replaces the
target in one step: a reader never sees half a file, and a failure leaves the
old file as it was. The new file is created the way ``open(path, "w")``
creates one, with mode 0666 less the process umask (0644 under the usual 022,
0600 under 077), not the 0600 of a temporary file whatever the umask.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from sce_method._core._catalog import message
from sce_method._core._errors import LoadError, Problem


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """
    Yield a new, empty file beside *path* to write; it replaces *path* when the block ends without error.

    On an error the new file is removed and *path* is left as it was. Use it
    for a writer that wants a path (``workbook.save(tmp)``); `atomic_write_text`
    is it for text.
    """
    target = Path(path)
    tmp = _new_file_beside(target)
    try:
        yield tmp
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _new_file_beside(target: Path) -> Path:
    """Create an empty file with an unused name beside *target*, mode 0666 less the umask, as open() does."""
    for _ in range(tempfile.TMP_MAX):
        token = os.urandom(4).hex()  # what secrets.token_hex(4) returns, without importing hashlib (2 ms)
        tmp = target.with_name(f".{target.name}.{token}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(target.parent))  # pragma: no cover


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """
    Write *text* to *path* as UTF-8 with newline line ends, all or nothing (see `atomic_path`).

    The text is flushed to disk before the new file replaces the old one.
    """
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


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


CSV_FIELD_LIMIT: Final = 131_072
"""The most characters a CSV cell may hold: the `csv` module's own default limit, pinned while a reader reads."""


@contextlib.contextmanager
def csv_field_limit() -> Iterator[int]:
    """
    Pin the `csv` module's field limit to `CSV_FIELD_LIMIT` for the block; yield it, and put back the one before.

    The module's limit is one for the whole process, and another library (``frictionless`` raises it to the
    largest it can) may have changed it: pinned, a reader refuses the same cells whatever was imported before.

    >>> import csv
    >>> before = csv.field_size_limit(10)
    >>> with csv_field_limit() as limit:
    ...     limit == csv.field_size_limit()
    True
    >>> csv.field_size_limit(before)
    10
    """
    before = csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        yield CSV_FIELD_LIMIT
    finally:
        csv.field_size_limit(before)
