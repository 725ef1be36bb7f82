"""Fuzzing the export reader: `read_export` and ``sce-method responses validate`` on mutated exports."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from sce_method.monitoring import read_export
from tests.fuzz.harness import FUZZ, assert_closed, read, run_cli
from tests.fuzz.mutate import Blob, csv_bytes, table_of, text_cells, typed_cells, zip_mutated
from tests.fuzz.seeds import export_tables, methodology, workbook_bytes

SEEDS = sorted(export_tables())


@st.composite
def exports(draw: st.DrawFn) -> tuple[str, str, bytes]:
    """An instrument's id, a suffix (.csv or .xlsx) and its example export (Kobo's or Central's), mutated."""
    name = draw(st.sampled_from(SEEDS))
    ident, seed = name.partition("/")[0], export_tables()[name]
    if draw(st.booleans()):
        return ident, ".csv", draw(csv_bytes(draw(table_of(seed, text_cells))))
    data = Blob(workbook_bytes({ident: draw(table_of(seed, typed_cells))}))
    return ident, ".xlsx", draw(zip_mutated(data)) if draw(st.integers(0, 3)) == 3 else data


class TestExport:
    """A mutated KoboToolbox or ODK Central export, as CSV or as a workbook."""

    @FUZZ
    @given(export=exports())
    def test_read_or_located_error(self, export: tuple[str, str, bytes]) -> None:
        """read_export and responses validate return, or report located problems; no planted answer is shown."""
        ident, suffix, data = export
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{ident}{suffix}"
            path.write_bytes(data)
            reading = read(lambda: read_export(path, methodology().instrument(ident)))
            if reading is not None:
                read(lambda: reading.problems + reading.row_problems)
            assert_closed(tmp)
            run_cli(["responses", "validate", str(path), "--instrument", ident])
            assert_closed(tmp)
