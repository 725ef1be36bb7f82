"""
mkdocs hooks: the Spanish pages served as Spanish, and a search that finds words with or without their accents.

- Every page under ``es/`` is rendered with the theme in Spanish: ``<html
  lang="es">`` and Material's own words (search box, navigation, "copy to
  clipboard") in Spanish. Material reads ``config.theme.language`` as it renders
  each page, so the hook sets it per page, by the page's folder.
- The search index gets, for each page whose text has accents, the same text
  without them: "graduacion" then finds "graduación", as a Spanish reader who
  types without accents expects. Searching with the accents still finds them.

Used by ``mkdocs.yml`` (``hooks:``); it imports only the standard library.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

SPANISH = ("es/",)
"""The folders whose pages are in Spanish."""


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:  # noqa: ANN401, ARG001 -- mkdocs' hook
    """Render a Spanish page with the theme in Spanish; every other page in the site's language, English."""
    config.theme["language"] = "es" if page.file.src_uri.startswith(SPANISH) else "en"
    return context


def fold(text: str) -> str:
    """
    *text* without accents (``ñ`` kept: it is a letter of its own).

    >>> fold("Graduación, mentoría, año")
    'Graduacion, mentoria, año'
    """
    out = []
    for char in text:
        if char in "ñÑ":
            out.append(char)
            continue
        out.append("".join(c for c in unicodedata.normalize("NFD", char) if unicodedata.category(c) != "Mn"))
    return "".join(out)


def on_post_build(config: Any) -> None:  # noqa: ANN401 -- mkdocs' hook
    """Add each page's text without accents to the search index, where it differs."""
    index = Path(config["site_dir"]) / "search" / "search_index.json"
    if not index.is_file():
        return
    data = json.loads(index.read_text(encoding="utf-8"))
    for doc in data.get("docs", []):
        for key in ("title", "text"):
            folded = fold(doc.get(key, ""))
            if folded != doc.get(key, ""):
                doc["text"] = doc.get("text", "") + " " + folded
    index.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
