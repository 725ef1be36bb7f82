"""The harness itself: what it lets through and what it catches, so that a green fuzz run means something."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import NoReturn

import pytest

from sce_method import message
from sce_method.exceptions import LoadError, Problem
from tests.fuzz.harness import PLANTED, assert_closed, leaks, read, run_cli
from tests.fuzz.mutate import Blob

NAME, CURP, PHONE, _ = PLANTED


def _raise(err: Exception) -> NoReturn:
    raise err


def _located(file: str | None) -> LoadError:
    return LoadError([Problem(message=message("core.load.empty"), file=file)])


class TestRead:
    def test_value(self) -> None:
        """A reader's value is handed back."""
        expected = 3

        assert expected == read(lambda: 3)

    def test_located_error(self) -> None:
        """A LoadError whose problems name their file is an answer: read gives None."""
        assert read(lambda: _raise(_located("a.csv"))) is None

    def test_unlocated_error(self) -> None:
        """A LoadError with a problem that names no file fails."""
        with pytest.raises(AssertionError, match="no file"):
            read(lambda: _raise(_located(None)))

    def test_other_exception(self) -> None:
        """Any exception that is not the library's own escapes, and fails the test."""
        with pytest.raises(ValueError, match="boom"):
            read(lambda: _raise(ValueError("boom")))

    def test_value_repr_leak(self) -> None:
        """A value whose repr shows a planted value fails."""
        with pytest.raises(AssertionError, match="personal values shown"):
            read(lambda: {"curp": CURP})

    @pytest.mark.parametrize(
        "say",
        [
            lambda: print(NAME),  # noqa: T201 -- what the harness must catch
            lambda: logging.getLogger("anything").debug("row %s", PHONE),
            lambda: warnings.warn(f"odd {CURP}", UserWarning, stacklevel=1),
        ],
        ids=["stdout", "log", "warning"],
    )
    def test_said_leak(self, say: object) -> None:
        """A planted value printed, logged (at any level, by any logger) or warned fails."""
        assert callable(say)
        with pytest.raises(AssertionError, match="personal values shown"):
            read(say)


class TestRunCli:
    def test_usage_fails(self) -> None:
        """Exit 2 (wrong usage) is not an answer the harness accepts for a valid command line."""
        with pytest.raises(AssertionError, match="exit 2"):
            run_cli(["check"])

    def test_valid(self) -> None:
        """A command that runs gives its exit code."""
        expected = 0

        assert expected == run_cli(["results"])


class TestLeaks:
    def test_phone_in_longer_digits(self) -> None:
        """The phone inside a longer run of digits is not the phone."""
        expected: list[str] = []

        assert expected == leaks(f"0.{PHONE}01")

    def test_case(self) -> None:
        """A planted value shown in other letter case is still shown."""
        expected = [NAME]

        assert expected == leaks(NAME.upper())


class TestBlob:
    def test_short_repr(self) -> None:
        """A blob's repr is one short line, whatever its size."""
        assert repr(Blob(b"x" * 10_000)).startswith("<10000 bytes, sha256 ")


class TestAssertClosed:
    def test_open_file(self, tmp_path: Path) -> None:
        """A file of the folder still open fails."""
        if not Path("/proc/self/fd").is_dir():
            pytest.skip("needs /proc/self/fd")
        (tmp_path / "a.csv").write_text("x", encoding="utf-8")
        with (tmp_path / "a.csv").open(encoding="utf-8"), pytest.raises(AssertionError, match="files left open"):
            assert_closed(tmp_path)

    def test_closed_file(self, tmp_path: Path) -> None:
        """Files read and closed pass."""
        (tmp_path / "a.csv").write_text("x", encoding="utf-8")
        (tmp_path / "a.csv").read_text(encoding="utf-8")

        assert_closed(tmp_path)
