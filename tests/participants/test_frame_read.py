"""
`read_cohort(engine="polars")` accepts and refuses exactly what the readable reader does.

A folder is the example cohort with one cell, one line or one header of one
list changed to something awkward (a blank, spaces around an id, a decimal
comma, an impossible date, a digit of another script, a cell over two lines, a
repeated id, an unknown column...). Either both readers refuse it with the
same problems, or both accept it and give the same records.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path
from typing import Final

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sce_method
from sce_method.exceptions import LoadError
from sce_method.participants import Cohort, CohortFrames, read_cohort
from tests.columnar import COLUMNAR_PENDING

EXAMPLE: Final = Path(__file__).resolve().parents[2] / "examples" / "cohorts" / "crea-2024"
LISTS: Final = ("participants", "cohorts", "attendance", "completions", "instruments", "follow_up", "mentoring")
AWKWARD: Final = (
    "", " ", "x", " P0001", "P0001 ", "P0002", "P9999", "crea", "cre", "2,5", "-1", "1e3", ".5", "2.", "٣",
    "2024-02-30", "2024-1-5", "2024-10-17", "17/10/2024", "nan", "inf", "12", "0", "9.6", "salida",
    "educacion-financiera", "edapp", "presencial", 'a "quoted" text', "two\nlines", "semi;colon", "a,b",
    "P\x000", "a\x01b", "x\x7f", "x\x85y", "P\u04200071", "Pé01", "P 01", "P0001\u200b", "-P1", "_", "24", "24.0",
    "24.5", "25", "1_0", "+1", "\uff12", "x" * 131_073,
)  # fmt: skip
"""Values that one reader or the other might take differently."""


def _rows(file: Path) -> list[list[str]]:
    with file.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _write(file: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    file.write_text(buffer.getvalue(), encoding="utf-8", newline="")


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, str, int, int, str]:
    """One change to one list: a cell set to an awkward value, a line added, dropped or repeated, a header renamed."""
    name = draw(st.sampled_from(LISTS))
    rows = _rows(EXAMPLE / f"{name}.csv")
    kinds = ("cell", "cell", "cell", "blank_line", "repeat", "drop", "header", "twice", "headless", "short")
    kind = draw(st.sampled_from(kinds))
    line = draw(st.integers(1, len(rows) - 1))
    column = draw(st.integers(0, len(rows[0]) - 1))
    value = rows[line][column] if column < len(rows[line]) else ""
    other = rows[draw(st.integers(1, len(rows) - 1))]
    near = (f" {value}", f"{value} ", f"{value}\t", value.upper(), value.replace(".", ","), f"{value}\n",
            other[column] if column < len(other) else "", "")  # fmt: skip
    return name, kind, line, column, draw(st.sampled_from(near) | st.sampled_from(AWKWARD))


def _edited(folder: Path, edit: tuple[str, str, int, int, str]) -> None:
    name, kind, line, column, value = edit
    file = folder / f"{name}.csv"
    rows = _rows(file)
    if kind == "cell":
        rows[line][column] = value
    elif kind == "blank_line":
        rows.insert(line, [""] * len(rows[0]))
    elif kind == "repeat":
        rows.insert(line, list(rows[line]))
    elif kind == "drop":
        del rows[line]
    elif kind == "header":
        rows[0][column] = value
    elif kind == "twice":  # a column named twice
        rows[0][column] = rows[0][line % len(rows[0])]
    elif kind == "headless":  # the header row missing
        del rows[0]
    else:
        rows[line] = rows[line][:column]
    _write(file, rows)


def _outcome(read: object) -> object:
    """The records read, or the problems raised."""
    try:
        cohort = read() if callable(read) else read
    except LoadError as err:
        return ("problems", [p.render("en") for p in err.problems])
    found = cohort.cohort() if isinstance(cohort, CohortFrames) else cohort  # its records read back the readable way
    assert isinstance(found, Cohort)
    return ("records", found.records(), found.mentor_trainings, found.assignments)


class TestReadFrames:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(edit=edits())
    def test_same_problems_or_same_records(self, tmp_path: Path, edit: tuple[str, str, int, int, str]) -> None:
        """Both readers refuse a changed folder with the same problems, or accept it with the same records."""
        folder = tmp_path / "cohort"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(EXAMPLE, folder)
        _edited(folder, edit)
        m = sce_method.load()
        readable = _outcome(lambda: read_cohort(folder, m))
        columnar = _outcome(lambda: read_cohort(folder, m, engine="polars"))
        assert readable == columnar

    @COLUMNAR_PENDING
    def test_the_example_is_read_as_columns(self) -> None:
        """A folder with nothing awkward is checked as columns, not handed to the readable reader."""
        frames = read_cohort(EXAMPLE, sce_method.load(), engine="polars")
        assert frames._whole is None
        assert frames.frames["attendance"].height == 1741

    def test_a_workbook_is_read_the_readable_way(self) -> None:
        """A workbook goes to the readable reader, and comes back as columns."""
        pytest.importorskip("openpyxl")
        frames = read_cohort(EXAMPLE.with_suffix(".xlsx"), sce_method.load(), engine="polars")
        assert frames._whole is not None
        assert frames.participant_ids == read_cohort(EXAMPLE, sce_method.load()).participant_ids


def test_the_cell_patterns_are_the_readable_readers() -> None:
    """The control characters and the ids the columns are checked against are those `cells` refuses and accepts."""
    from sce_method.participants import _cells as cells  # noqa: PLC0415
    from sce_method.participants._frame_read import _CONTROL, _ID  # noqa: PLC0415

    every = "".join(map(chr, range(0x250)))
    found = pl.Series([every]).str.extract_all(_CONTROL).explode().to_list()
    assert found == cells._CONTROL.findall(every)
    ids = pl.Series(list(every)).str.contains(_ID).to_list()
    assert ids == [cells.ID_PATTERN.fullmatch(c) is not None for c in every]


def test_every_columnar_list_has_its_row_rules() -> None:
    """Each list the columnar engines know says what its builder refuses as columns."""
    from sce_method.participants._frame_read import ROW_RULES  # noqa: PLC0415
    from sce_method.participants._frames import COLUMNAR_LISTS  # noqa: PLC0415

    assert set(ROW_RULES) == COLUMNAR_LISTS


@COLUMNAR_PENDING
def test_a_list_the_columnar_engines_do_not_know_goes_the_readable_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    With a list in the folder format that the columnar engines do not know, both reading and evaluating are readable.

    (As when a list is added to `LISTS` before its columns are: the decisions stay the readable evaluator's.)
    """
    from sce_method.graduation import CohortReport, evaluate_cohort  # noqa: PLC0415
    from sce_method.participants import _frames  # noqa: PLC0415

    m = sce_method.load()
    assert CohortFrames.knows_every_list()
    monkeypatch.setattr(_frames, "COLUMNAR_LISTS", _frames.COLUMNAR_LISTS - {"mentoring"})
    assert not CohortFrames.knows_every_list()
    frames = read_cohort(EXAMPLE, m, engine="polars")
    assert frames._whole is not None
    report = evaluate_cohort(m, frames, "2024-10-17", engine="polars")
    assert isinstance(report, CohortReport)
    assert report == evaluate_cohort(m, read_cohort(EXAMPLE, m), "2024-10-17")
