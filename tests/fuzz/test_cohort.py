"""Fuzzing the cohort readers: `read_cohort` and ``sce-method check`` on mutated folders and workbooks."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from sce_method.participants import read_cohort
from tests.fuzz.harness import FUZZ, assert_closed, read, run_cli
from tests.fuzz.mutate import Blob, Table, csv_bytes, table_of, typed_cells, zip_mutated
from tests.fuzz.seeds import AS_OF, cohort_tables, methodology, table_csv, workbook_bytes

LISTS = sorted(cohort_tables())


@st.composite
def folders(draw: st.DrawFn) -> dict[str, bytes | None]:
    """The cohort's lists as files (None: the file is left out), one to three of them mutated."""
    files: dict[str, bytes | None] = {name: Blob(table_csv(t)) for name, t in cohort_tables().items()}
    for name in draw(st.lists(st.sampled_from(LISTS), min_size=1, max_size=3, unique=True)):
        how = draw(st.sampled_from(("table", "table", "table", "missing")))
        files[name] = draw(csv_bytes(draw(table_of(cohort_tables()[name])))) if how == "table" else None
    return files


@st.composite
def workbooks(draw: st.DrawFn) -> bytes:
    """The cohort's lists as one workbook, one to three sheets with cells of any type, maybe its zip mutated."""
    tables: dict[str, Table] = dict(cohort_tables())
    for name in draw(st.lists(st.sampled_from(LISTS), min_size=1, max_size=3, unique=True)):
        if draw(st.integers(0, 4)) == 0:
            del tables[name]
        else:
            tables[name] = draw(table_of(tables[name], typed_cells))
    data = Blob(workbook_bytes(tables))
    return draw(zip_mutated(data)) if draw(st.booleans()) else data


def _check(cohort: Path, tmp: Path) -> None:
    """``sce-method check`` on *cohort*, as a table and as CSV written to a file."""
    run_cli(["check", str(cohort), "--as-of", AS_OF])
    out = tmp / "decisions.csv"
    run_cli(["check", str(cohort), "--as-of", AS_OF, "--format", "csv", "-o", str(out), "--lang", "en"], str(out))


class TestFolder:
    """A mutated cohort folder."""

    @FUZZ
    @given(files=folders())
    def test_read_or_located_error(self, files: dict[str, bytes | None]) -> None:
        """read_cohort and check return, or report located problems; no planted value is shown."""
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "cohort"
            folder.mkdir()
            for name, data in files.items():
                if data is not None:
                    (folder / f"{name}.csv").write_bytes(data)
            read(lambda: read_cohort(folder, methodology()))
            read(lambda: read_cohort(folder, methodology(), errors="keep"))
            assert_closed(tmp)
            _check(folder, Path(tmp))
            assert_closed(tmp)


class TestWorkbook:
    """A mutated cohort workbook."""

    @FUZZ
    @given(data=workbooks())
    def test_read_or_located_error(self, data: bytes) -> None:
        """read_cohort and check return, or report located problems; no planted value is shown."""
        with tempfile.TemporaryDirectory() as tmp:
            book = Path(tmp) / "cohort.xlsx"
            book.write_bytes(data)
            read(lambda: read_cohort(book, methodology()))
            assert_closed(tmp)
            _check(book, Path(tmp))
            assert_closed(tmp)
