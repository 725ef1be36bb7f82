"""Tests for `sce_method._core._memory`: the collector paused for bulk work, and put back as it was."""

from __future__ import annotations

import gc

import pytest

from sce_method._core import paused_gc


class TestPausedGc:
    def test_paused_then_running_again(self) -> None:
        """Inside the block the collector does not run; after it, it runs again."""
        with paused_gc():
            inside = gc.isenabled()

        expected = (False, True)
        assert expected == (inside, gc.isenabled())

    def test_left_off_if_it_was_off(self) -> None:
        """A caller that had stopped the collector finds it stopped: the block does not start it."""
        gc.disable()
        try:
            with paused_gc():
                pass
            after = gc.isenabled()
        finally:
            gc.enable()

        assert after is False

    def test_running_again_after_an_error(self) -> None:
        """An error inside the block does not leave the collector stopped."""
        with pytest.raises(ZeroDivisionError), paused_gc():
            _ = 1 / 0

        assert gc.isenabled()

    def test_nothing_left_frozen(self) -> None:
        """The objects made in the block are moved to the oldest generation, not left out of the collector's reach."""
        with paused_gc():
            made: list[list[int]] = [[] for _ in range(1000)]

        assert (gc.get_freeze_count(), len(made)) == (0, 1000)
