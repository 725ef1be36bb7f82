"""Tests for docs/_hooks.py: the Spanish pages rendered in Spanish, and a search index that folds accents."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

HOOKS = Path(__file__).resolve().parent.parent / "docs" / "_hooks.py"


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_hooks", HOOKS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _page(uri: str) -> Any:
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri))


class TestLanguage:
    def test_spanish_pages_in_spanish(self) -> None:
        """A page under es/ is rendered with the theme in Spanish, any other in English, page after page."""
        config = SimpleNamespace(theme={"language": "en"})
        seen = []
        for uri in ("es/inicio.md", "graduation.md", "es/tablas.md"):
            _hooks().on_page_context({}, _page(uri), config, None)
            seen.append(config.theme["language"])

        expected = ["es", "en", "es"]
        assert expected == seen


class TestSearch:
    def test_index_folds_accents(self, tmp_path: Path) -> None:
        """After the build, a page with accents is also found by its words without them; the rest is unchanged."""
        (tmp_path / "search").mkdir()
        docs = [
            {"location": "es/", "title": "Graduación", "text": "mentoría"},
            {"location": "", "title": "A", "text": "b"},
        ]
        (tmp_path / "search" / "search_index.json").write_text(json.dumps({"docs": docs}), encoding="utf-8")

        _hooks().on_post_build({"site_dir": str(tmp_path)})
        index = json.loads((tmp_path / "search" / "search_index.json").read_text(encoding="utf-8"))

        expected = (True, True, "b")
        assert expected == (
            "Graduacion" in index["docs"][0]["text"],
            "mentoria" in index["docs"][0]["text"],
            index["docs"][1]["text"],
        )
