"""The excerpts of the Manual in docs/manual.md and docs/es/manual.md are what the library writes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sce_method
from sce_method._core import Lang
from sce_method.manual import build_manual

DOCS = Path(__file__).parents[2] / "docs"


@pytest.mark.parametrize(("page", "lang"), [("manual.md", "en"), ("es/manual.md", "es")])
def test_the_excerpt_is_what_the_library_writes(page: str, lang: Lang) -> None:
    """Every line of the page's excerpt is a line of the default methodology's Manual (notes without their links)."""
    text = (DOCS / page).read_text(encoding="utf-8")
    excerpt = text.split("<!-- excerpt -->\n", 1)[1].split("<!-- /excerpt -->", 1)[0]
    written = re.sub(r"\[(S-\d+)\]\(#s-\d+\)", r"\1", build_manual(sce_method.load(), lang).to_markdown())
    lines = set(written.splitlines())

    expected: list[str] = []
    assert expected == [line for line in excerpt.splitlines() if line and line not in lines]
    assert excerpt.count("\n") > 20
