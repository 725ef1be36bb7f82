"""
`ClockFreeZip`: the zip file `save_workbook` writes, its entries dated `WRITTEN_ON`.

Apart from `_xlsx` so that `zipfile` is imported when a workbook is written, not
with every room (docs/performance.md).
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from sce_method._core._xlsx import WRITTEN_ON

if TYPE_CHECKING:
    from _typeshed import SizedBuffer, StrPath


def clock_free_zip(path: Path) -> ClockFreeZip:
    """A new zip file at *path* to write, deflated as openpyxl's ``save`` writes it, each entry dated `WRITTEN_ON`."""
    return ClockFreeZip(path, "w", zipfile.ZIP_DEFLATED)


class ClockFreeZip(zipfile.ZipFile):
    """A zip file whose entries are dated `WRITTEN_ON`, not now nor the date of the file they are copied from."""

    def write(
        self,
        filename: StrPath,
        arcname: StrPath | None = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        # openpyxl writes each sheet to a temporary file and copies it in, with that file's date.
        name = os.fspath(filename if arcname is None else arcname)
        self.writestr(name, Path(filename).read_bytes(), compress_type, compresslevel)

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: SizedBuffer | str,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            entry = zipfile.ZipInfo(zinfo_or_arcname, date_time=WRITTEN_ON.timetuple()[:6])
            entry.compress_type = self.compression
            entry.external_attr = 0o600 << 16  # what ZipFile gives an entry written by name
            zinfo_or_arcname = entry
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)
