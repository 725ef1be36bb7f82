"""
The deprecated names of this release (CHANGELOG, "Deprecated"): each still works, and says what replaces it.

The next release removes them, and this module with them.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import sce_method
from sce_method._core import Lang
from sce_method.graduation import CohortReport, evaluate_cohort
from sce_method.participants import read_cohort
from tests.graduation.rules import AS_OF
from tests.participants.lists import EXAMPLE


@functools.cache
def _report() -> CohortReport:
    m = sce_method.load()
    return evaluate_cohort(m, read_cohort(EXAMPLE, m), AS_OF)


class TestCohortReport:
    def test_to_csv_text(self) -> None:
        """to_csv_text still gives the text of to_csv, with a DeprecationWarning."""
        with pytest.deprecated_call(match="use to_csv"):
            text = _report().to_csv_text("en")

        expected = _report().to_csv("en")
        assert expected == text

    @pytest.mark.parametrize(
        ("args", "kwargs"),
        [
            (("report.csv",), {}),
            (("report.csv", "en"), {}),
            (("report.csv",), {"lang": "en"}),
            ((), {"path": "report.csv", "lang": "en"}),
        ],
    )
    def test_to_csv_with_a_path_writes_the_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], kwargs: dict[str, str]
    ) -> None:
        """to_csv(path, lang), as in 0.1, still writes the file (returning None), with a DeprecationWarning."""
        monkeypatch.chdir(tmp_path)
        with pytest.deprecated_call(match="use write_csv"):
            returned = _report().to_csv(*args, **kwargs)  # type: ignore[call-overload]

        lang: Lang = "en" if "en" in (*args, *kwargs.values()) else "es"
        expected = (None, _report().to_csv(lang).encode("utf-8"))
        assert expected == (returned, (tmp_path / "report.csv").read_bytes())

    def test_to_csv_with_a_path_object(self, tmp_path: Path) -> None:
        """A pathlib.Path is a path too."""
        with pytest.deprecated_call():
            _report().to_csv(tmp_path / "report.csv")

        expected = _report().to_csv().encode("utf-8")
        assert expected == (tmp_path / "report.csv").read_bytes()

    def test_to_csv_with_something_else(self) -> None:
        """Neither a language nor a path is a TypeError, after the warning."""
        with pytest.deprecated_call(), pytest.raises(TypeError, match="got int"):
            _report().to_csv(3)  # type: ignore[call-overload]


class TestResultsFramework:
    def test_to_rows(self) -> None:
        """to_rows still gives rows(), with a DeprecationWarning."""
        rf = sce_method.load().results_framework
        assert rf is not None
        with pytest.deprecated_call(match="use rows"):
            rows = rf.to_rows("en")

        expected = rf.rows("en")
        assert expected == rows
