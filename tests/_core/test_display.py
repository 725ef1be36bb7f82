"""Tests for `sce_method._core._display`: compact notebook views and the display language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest

import sce_method
from sce_method._core import PREVIEW_ROWS, display_lang, html_view, set_display_lang, sized


class TestDisplayLang:
    def test_spanish_by_default(self) -> None:
        """Views are in Spanish unless set otherwise."""
        assert display_lang() == "es"

    def test_set_and_back(self) -> None:
        """set_display_lang changes the language of every view, and is the front door's too."""
        sce_method.set_display_lang("en")
        try:
            assert display_lang() == "en"
        finally:
            sce_method.set_display_lang("es")

    def test_unknown(self) -> None:
        """A language the library does not speak is refused."""
        with pytest.raises(ValueError, match="fr"):
            set_display_lang("fr")


class TestHtmlView:
    def test_first_rows_then_how_many_more(self) -> None:
        """Of 1,000 rows, the first 20 are shown and the rest counted; a generator is read no further."""
        read: list[int] = []

        def rows() -> object:
            for i in range(1000):
                read.append(i)
                yield [i]

        view = html_view(caption="Mil", headers=["n"], rows=rows(), total=1000, lang="en")  # type: ignore[arg-type]
        root = ET.fromstring(view)  # noqa: S314 -- our own output

        expected = (PREVIEW_ROWS, "... 980 more (of 1000); all in rows() or to_polars()", PREVIEW_ROWS + 1)
        assert expected == (len(root.findall("table/tbody/tr")), root.findtext("p[@class='sce-more']"), len(read))

    def test_caption_counts_legend_escaped(self) -> None:
        """The caption, the counts and the legend are shown, every text escaped."""
        view = html_view(
            caption="<b>", headers=["<h>"], rows=[["<c>"]], total=1, counts=[("<s>", 1)], legend="<5: hidden"
        )

        expected = (True, True, True, True, False)
        assert expected == (
            "<caption><strong>&lt;b&gt;</strong>" in view,
            "&lt;s&gt;: 1" in view,
            "&lt;5: hidden" in view,
            "<td>&lt;c&gt;</td>" in view,
            "class='sce-more'" in view,
        )


class TestSized:
    def test_counts_not_items(self) -> None:
        """A collection's repr is its size and item type."""
        assert (sized(("a", "b")), sized(())) == ("<2 str>", "()")


class TestObjects:
    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_every_object_has_a_compact_view(self, lang: str) -> None:
        """The methodology and its parts show a caption and a short table, and a repr under 300 characters."""
        m = sce_method.load()
        graduation = m.graduation
        assert graduation is not None
        assert m.results_framework is not None
        objects: list[Any] = [
            m,
            m.curriculum,
            graduation,
            graduation.rule_sets.entries[-1].value,
            m.instruments[0],
            m.results_framework,
        ]
        sce_method.set_display_lang(lang)
        try:
            views = [o._repr_html_() for o in objects]
        finally:
            sce_method.set_display_lang("es")

        roots = [ET.fromstring(v) for v in views]  # noqa: S314 -- our own output
        assert [True] * len(objects) == [bool(r.findtext("table/caption/strong")) for r in roots]
        assert [True] * len(objects) == [len(repr(o)) < 300 for o in objects]
        assert all(len(v) < 20_000 for v in views)
