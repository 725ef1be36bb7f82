"""Tests for `sce_method.manual._html`: one self-contained, printable, accessible page."""

from __future__ import annotations

import functools
import itertools
from html.parser import HTMLParser

import attrs
import pytest

import sce_method
from sce_method.manual import build_manual


@attrs.define
class _Page(HTMLParser):
    """What a check needs of a page: its tags in order, their attributes, and the text of its headings."""

    tags: list[tuple[str, dict[str, str | None]]] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        super().__init__()

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs_)))

    def ids(self) -> set[str]:
        return {str(a["id"]) for _, a in self.tags if a.get("id")}


@functools.cache
def _page(source: str = "jalisco-sisemh-2024", lang: str = "es") -> tuple[str, _Page]:
    text = build_manual(sce_method.load(source), lang).to_html()  # type: ignore[arg-type]
    page = _Page()
    page.feed(text)
    return text, page


class TestSelfContained:
    def test_nothing_is_fetched(self) -> None:
        """No script, no external stylesheet, font or image: every src and href is inside the page."""
        text, page = _page()
        outside = [(tag, a) for tag, a in page.tags if any(str(a.get(k, "")).startswith(("http", "//")) for k in
                                                             ("src", "href"))]  # fmt: skip

        assert (
            outside,
            [tag for tag, _ in page.tags if tag in ("script", "link", "img", "iframe")],
            [a for tag, a in page.tags if tag == "a" and str(a.get("href", "#"))[:1] != "#"],
            "@import" in text or "url(" in text,
        ) == ([], [], [], False)

    def test_the_chart_is_inline(self) -> None:
        """The results framework's chart is SVG inside a figure, with its caption."""
        text, _ = _page()

        assert '<figure><svg xmlns="http://www.w3.org/2000/svg"' in text
        assert "<figcaption>" in text

    def test_every_link_has_its_target(self) -> None:
        """Every link (contents, notes, the annex) points to an id of the page, and every id is unique."""
        _, page = _page()
        ids = [str(a["id"]) for _, a in page.tags if a.get("id")]
        targets = {str(a["href"])[1:] for tag, a in page.tags if tag == "a"}

        assert (set(), len(ids)) == (targets - set(ids), len(set(ids)))


class TestAccessible:
    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_the_page_declares_its_language(self, lang: str) -> None:
        """<html lang>, for screen readers and hyphenation."""
        _, page = _page(lang=lang)

        assert ("html", {"lang": lang}) == page.tags[0]

    def test_headings_go_in_order(self) -> None:
        """One h1, and no heading skips a level on the way down."""
        _, page = _page()
        levels = [int(tag[1]) for tag, _ in page.tags if tag in ("h1", "h2", "h3", "h4", "h5", "h6")]
        skips = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]

        assert (levels[0], levels.count(1), skips) == (1, 1, [])

    def test_tables_have_header_cells_with_scope(self) -> None:
        """Every th says whether it heads a column or a row."""
        _, page = _page()
        headers = [a.get("scope") for tag, a in page.tags if tag == "th"]

        assert headers
        assert {"col", "row"} == set(headers)

    def test_notes_are_marked_as_notes(self) -> None:
        """Note marks and the notes list carry their ARIA roles."""
        _, page = _page()
        roles = {a.get("role") for _, a in page.tags}

        assert {"doc-noteref", "doc-endnotes"} <= roles


class TestPrintable:
    def test_print_css(self) -> None:
        """Pages, a page break before each chapter, table headers repeated, the contents with page numbers."""
        text, _ = _page()

        for rule in ("@page", "@media print", "section.chapter { break-before: page; }", "target-counter"):
            assert rule in text

    def test_each_chapter_is_a_section(self) -> None:
        """Each chapter is a section with its anchor, linked from the contents."""
        manual = build_manual(sce_method.load())
        _, page = _page()
        sections = [a.get("id") for tag, a in page.tags if tag == "section" and a.get("class") == "chapter"]

        assert [c.id for c in manual.chapters] == sections
