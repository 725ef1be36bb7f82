"""Tests for `sce_method.participants._limits`: the reader's limits, raised or lowered for one reading."""

from __future__ import annotations

import importlib.util
from typing import Final

import pytest

from sce_method.exceptions import LoadError
from sce_method.participants import MAX_FILE_BYTES, MAX_ROWS, ReadLimits, read_cohort, read_limits
from tests.cli.run import run_check
from tests.participants.lists import EXAMPLE

ENGINES: Final = [
    "python",
    pytest.param("polars", marks=pytest.mark.skipif(importlib.util.find_spec("polars") is None, reason="no polars")),
]


def _refused(limits: ReadLimits, engine: str) -> list[tuple[str, int | None, str]]:
    with pytest.raises(LoadError) as caught:
        read_cohort(EXAMPLE, limits=limits, engine=engine)  # type: ignore[call-overload]
    return [(str(p.file).rsplit("/", 1)[-1], p.line, p.message.key) for p in caught.value.problems]


class TestReadLimits:
    def test_defaults(self) -> None:
        """Without limits given, the reader applies the module's defaults."""
        expected = (MAX_FILE_BYTES, MAX_ROWS)
        assert expected == (read_limits().max_file_bytes, read_limits().max_rows)

    @pytest.mark.parametrize("value", [0, -1, 2.5, True, "10"])
    def test_not_a_whole_number_of_at_least_one(self, value: object) -> None:
        """A limit is a whole number of at least 1: no float, bool, text or zero."""
        with pytest.raises(ValueError, match="max_rows"):
            ReadLimits(max_rows=value)  # type: ignore[arg-type]


class TestReadCohort:
    @pytest.mark.parametrize("engine", ENGINES)
    def test_lowered_rows_refuse_the_list(self, engine: str) -> None:
        """With max_rows=10, participants.csv is refused at its 11th row, whichever engine reads it."""
        expected = [("participants.csv", 11, "participants.table.too_many_rows")]
        assert expected == _refused(ReadLimits(max_rows=10), engine)

    @pytest.mark.parametrize("engine", ENGINES)
    def test_lowered_size_refuses_the_file(self, engine: str) -> None:
        """With max_file_bytes=100, the first list is refused by its size, whichever engine reads it."""
        expected = [("participants.csv", None, "participants.table.file_too_large")]
        assert expected == _refused(ReadLimits(max_file_bytes=100), engine)

    def test_raised_limits_read_the_same(self) -> None:
        """Raised limits read what the defaults read, and apply to that reading only."""
        raised = read_cohort(EXAMPLE, limits=ReadLimits(max_file_bytes=2 * 1024**3, max_rows=50_000_000))

        expected = (read_cohort(EXAMPLE).records(), ReadLimits())
        assert expected == (raised.records(), read_limits())


class TestCommandLine:
    def test_max_rows_refuses(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`check --max-rows 10` refuses the list at its line: exit 1, one line, no traceback."""
        code, out, err = run_check(capsys, "--max-rows", "10")

        expected = (1, "", [f"{EXAMPLE / 'participants.csv'}:11: la lista pasa de 10 filas; no se lee"])
        assert expected == (code, out, err.splitlines())

    def test_raised_limits_print_the_same(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`--max-file-mb` and `--max-rows` raised print what the defaults print."""
        expected = run_check(capsys, "--format", "csv")
        assert expected == run_check(capsys, "--format", "csv", "--max-file-mb", "4096", "--max-rows", "90000000")

    @pytest.mark.parametrize("value", ["2,5", "1e6", "0", "-3", "\u0661\u0660"])
    def test_not_a_whole_number_is_usage(self, capsys: pytest.CaptureFixture[str], value: str) -> None:
        """A limit that is not digits, or is 0, is wrong usage: exit 2, the option named, nothing read."""
        code, out, err = run_check(capsys, "--lang", "en", "--max-rows", value)

        expected = (2, "", True)
        assert expected == (code, out, "argument --max-rows: expected a whole number of at least 1" in err)
