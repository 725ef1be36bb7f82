"""Tests for `sce_method.participants._sink`: where a reading's problems go."""

from __future__ import annotations

import pytest

from sce_method import message
from sce_method.participants._sink import Sink, StopAtFirst


class TestSink:
    def test_collects(self) -> None:
        """Under collect, every problem is kept in order."""
        sink = Sink(errors="collect")
        sink.add("a.csv", 2, 1, ("x",), message("participants.cell.blank"))
        sink.add("a.csv", 3, 1, ("x",), message("participants.cell.blank"))

        expected = [2, 3]
        assert expected == [p.line for p in sink.problems]

    def test_raise_stops_at_the_first(self) -> None:
        """Under raise, the first problem is kept and reading stops."""
        sink = Sink(errors="raise")
        with pytest.raises(StopAtFirst):
            sink.add("a.csv", 2, 1, ("x",), message("participants.cell.blank"))

        expected = 1
        assert expected == len(sink.problems)
