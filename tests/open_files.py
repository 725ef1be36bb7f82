"""Whether a call that fails leaves a file of this process open: for readers of workbooks, which openpyxl opens."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest

from sce_method.exceptions import LoadError


def _points_to(fd: Path, path: Path) -> bool:
    """Whether the open file *fd* (an entry of /proc/self/fd) is *path*."""
    try:
        return fd.readlink() == path
    except OSError:
        return False


def open_after(path: Path, call: Callable[[], object]) -> list[Path]:
    """
    The open files of this process that are *path*, once *call* raised LoadError, with the garbage collector off.

    openpyxl leaves its zip (or a sheet's stream) open when reading stops, and the error's traceback holds it in a
    reference cycle: the file waited for the collector, which closed it in any order, and the fuzzer saw
    ResourceWarnings. With the collector off, a file still open here is one left to it.
    """
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc/self/fd to see this process' open files")
    gc.disable()
    try:
        with pytest.raises(LoadError):
            call()
        return [fd for fd in Path("/proc/self/fd").iterdir() if _points_to(fd, path)]
    finally:
        gc.enable()
        gc.collect()
