"""Tests for `sce_method.cli._layout`: a table fitted to the terminal's width, its widest column wrapped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method._core import table
from sce_method.cli._layout import MIN_WIDTH, fitted, screen_width

WORDS = st.text(alphabet="abcdefghij", min_size=1, max_size=10)
CELLS = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)


class TestFitted:
    def test_no_width_is_the_plain_table(self) -> None:
        """Without a width (not a terminal), the table is the one every other format uses."""
        rows = [["P0001", "no acredita", "faltan 12 h de educación financiera"]]

        assert table(["id", "estado", "qué falta"], rows, "table") == fitted(["id", "estado", "qué falta"], rows, None)

    def test_wraps_the_widest_column(self) -> None:
        """A long 'qué falta' wraps onto more lines under its column; the other columns stay whole."""
        text = fitted(["id", "falta"], [["P0001", "uno dos tres cuatro cinco seis siete ocho"]], 30)

        expected = [
            "id     falta",
            "-----  -----------------------",
            "P0001  uno dos tres cuatro",
            "       cinco seis siete ocho",
        ]
        assert expected == text.splitlines()

    @given(
        st.lists(st.tuples(WORDS, CELLS), min_size=1, max_size=5),
        st.integers(min_value=2 * MIN_WIDTH + 2, max_value=120),
    )
    def test_every_line_fits(self, rows: list[tuple[str, str]], width: int) -> None:
        """Every line fits the width whenever the unwrappable column leaves room for the wrapped one."""
        text = fitted(["id", "falta"], [list(r) for r in rows], width)

        assert max(len(line) for line in text.splitlines()) <= width

    @given(
        st.lists(st.tuples(WORDS, CELLS), min_size=1, max_size=5),
        st.integers(min_value=2 * MIN_WIDTH + 2, max_value=120),
    )
    def test_no_word_lost(self, rows: list[tuple[str, str]], width: int) -> None:
        """Wrapping moves words onto lines below; it drops none."""
        text = fitted(["id", "falta"], [list(r) for r in rows], width)

        assert sorted(" ".join(" ".join(r) for r in rows).split()) == sorted(" ".join(text.splitlines()[2:]).split())


class TestScreenWidth:
    def test_a_file_is_not_fitted(self) -> None:
        """Writing to a file (-o) never fits to the screen."""
        assert screen_width("salida.txt") is None

    def test_columns_from_the_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """COLUMNS set: stdout is fitted to it."""
        monkeypatch.setenv("COLUMNS", "77")

        assert screen_width(None) == 77
