"""Tests for `sce_method.participants._given`: a cohort's lists given as polars, pandas or Arrow frames."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

import pytest

import sce_method
from sce_method.exceptions import LoadError
from sce_method.graduation import evaluate_cohort
from sce_method.participants import ReadLimits, read_cohort
from tests.participants.lists import EXAMPLE, leaks

pl = pytest.importorskip("polars")
pd = pytest.importorskip("pandas")
pa_csv = pytest.importorskip("pyarrow.csv")

NAMES: Final = tuple(sorted(p.stem for p in EXAMPLE.glob("*.csv")))
READERS: Final[dict[str, Callable[[Path], object]]] = {
    "polars": lambda p: pl.read_csv(p, try_parse_dates=True),
    "polars-text": lambda p: pl.read_csv(p, infer_schema=False),
    "pandas": pd.read_csv,
    "arrow": pa_csv.read_csv,
}
"""Each library's way of reading a list, as an analyst would."""


@pytest.mark.parametrize("library", sorted(READERS))
def test_same_decisions_as_the_folder(library: str) -> None:
    """The example's lists read into frames give the same decisions as the folder itself."""
    m = sce_method.load()
    frames = {name: READERS[library](EXAMPLE / f"{name}.csv") for name in NAMES}

    expected = evaluate_cohort(m, read_cohort(EXAMPLE, m), "2024-10-17").to_csv()
    assert expected == evaluate_cohort(m, read_cohort(frames, m), "2024-10-17").to_csv()


class TestProblems:
    def test_located_by_list_and_row(self) -> None:
        """A bad cell is reported with the list as its file, the row number (from 1) as its line, and its column."""
        participants = pl.DataFrame(
            {
                "participant_id": ["P1", "P2"],
                "centre_id": ["crea", "creaa"],
                "cohort_id": ["c1", "c1"],
                "enrolled_on": ["2024-01-10", "17/01/2024"],
            }
        )
        attendance = pl.DataFrame(
            {"participant_id": ["P1"], "module_id": ["desarrollo-humano"], "session_date": ["2024-02-01"], "hours": [2]}
        )
        with pytest.raises(LoadError) as caught:
            read_cohort({"participants": participants, "attendance": attendance}, sce_method.load())

        expected = [("participants", 2, 2), ("participants", 2, 4)]
        assert expected == [(p.file, p.line, p.column) for p in caught.value.problems]

    def test_too_many_rows(self) -> None:
        """A frame longer than a list's file may be is refused, by its list, before a row is read."""
        participants = pd.read_csv(EXAMPLE / "participants.csv", dtype=str)
        frames = {"participants": participants, "attendance": pd.read_csv(EXAMPLE / "attendance.csv")}
        with pytest.raises(LoadError) as caught:
            read_cohort(frames, limits=ReadLimits(max_rows=2))

        expected = [("participants", 3, "participants.table.too_many_rows")]
        assert expected == [(p.file, p.line, p.message.key) for p in caught.value.problems]

    def test_unknown_list_and_not_a_frame(self) -> None:
        """A name that is no list, and a value that is no frame, are refused together, each by its name."""
        with pytest.raises(LoadError) as caught:
            read_cohort({"participant": pl.DataFrame(), "attendance": [1, 2]})

        expected = [
            ("participant", "participants.frames.unknown_list"),
            ("attendance", "participants.frames.not_a_frame"),
        ]
        assert expected == [(p.file, p.message.key) for p in caught.value.problems]

    def test_personal_values_not_shown(self) -> None:
        """As from a file, a personal column's values never appear in the problems."""
        frame = pd.read_csv(EXAMPLE / "participants.csv")
        frame.loc[0, "enrolled_on"] = "mal"
        with pytest.raises(LoadError) as caught:
            read_cohort({"participants": frame, "attendance": pd.read_csv(EXAMPLE / "attendance.csv")})

        assert leaks(str(caught.value)) == []
