"""
The Manual read as a reader would: every number noted, every note resolved, every assumption in the annex.

These are the promises of the Manual (docs/manual.md): every number and rule
carries a note with its provenance, and the annex lists every assumption
`Methodology.assumptions` gives (what ``sce-method show --provenance`` lists).
"""

from __future__ import annotations

import functools
import re
from typing import Final

import pytest

import sce_method
from sce_method._core import Lang
from sce_method.manual import Manual, build_manual
from sce_method.methodology import Methodology
from tests.manual.reading import chapters, segments, unnoted

SOURCES: Final = (
    "jalisco-sisemh-2024",
    "crea-2024",
    "cjm-2024",
    "sce-base",
    "examples/adaptations/mi-estado-2025.yaml",
)
"""The bundled methodologies and the example adaptation."""
CHECKED: Final = ("curriculum", "graduation", "results")
"""The chapters of numbers: the formative offer, graduation, and the indicators and results framework."""


@functools.cache
def manual(source: str, lang: Lang) -> Manual:
    return build_manual(sce_method.load(source), lang)


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("source", SOURCES)
class TestEveryNumberIsNoted:
    def test_every_number_has_a_note(self, source: str, lang: Lang) -> None:
        """In the chapters of numbers, every number is followed by a note's mark in its cell or line."""
        found = chapters(manual(source, lang))

        expected: dict[str, list[str]] = {chapter: [] for chapter in CHECKED if chapter in found}
        assert expected == {chapter: unnoted(found[chapter]) for chapter in CHECKED if chapter in found}

    def test_the_check_reads_numbers(self, source: str, lang: Lang) -> None:
        """The check is not vacuous: the chapters it reads hold numbers and marks."""
        found = chapters(manual(source, lang))
        text = "".join(found[c] for c in CHECKED if c in found)

        assert re.search(r"\d[^\n\]]*\[\^\d+-\d+\]", text)

    def test_every_mark_has_its_note(self, source: str, lang: Lang) -> None:
        """Every mark points to a note of its chapter, and every note is marked."""
        text = manual(source, lang).to_markdown()
        marks = set(re.findall(r"(?<!^)\[\^(\d+-\d+)\]", text, flags=re.MULTILINE))
        notes = set(re.findall(r"^\[\^(\d+-\d+)\]:", text, flags=re.MULTILINE))

        assert (marks, True) == (notes, bool(notes))


class TestTheCheckItself:
    @pytest.mark.parametrize(
        ("chapter", "expected"),
        [
            ("## 2. X\n\n| a | b |\n|---|---|\n| x | 12 h[^2-1] |", []),
            ("## 2. X\n\n| a | b |\n|---|---|\n| x | 12 h |", ["12 h"]),
            ("## 2. X\n\nAl menos 3[^2-1] de 5 módulos.", ["Al menos 3[^2-1] de 5 módulos."]),
            ("## 2. X\n\n- `1.2.b` `R1` sin números", []),
            ("## 2. X\n\nDesde el 1 de julio de 2022[^2-4]: título", []),
            ("## 2. X\n\n[^2-1]: Fuente: informe, §V R1, 34 horas.", []),
            ('## 2. X\n\n<text x="4" y="34">1.1</text>', []),
        ],
        ids=["noted-cell", "unnoted-cell", "second-number", "identifiers", "date", "notes", "chart"],
    )
    def test_unnoted(self, chapter: str, expected: list[str]) -> None:
        """A number without a mark after it in its segment is found; identifiers, notes and the chart are not read."""
        assert expected == unnoted(chapter)


def _annex_lines(m: Methodology) -> list[str]:
    return segments(chapters(build_manual(m))["annex"])


@pytest.mark.parametrize("source", SOURCES)
def test_every_assumption_is_in_the_annex(source: str) -> None:
    """Each value `Methodology.assumptions` gives is in the annex, under its record's path, by its field."""
    m = sce_method.load(source)
    lines = _annex_lines(m)
    missing = []
    for entry in m.assumptions():
        record = m.keyed_path(entry.path[:-1]) if len(entry.path) > 1 else m.id
        field = str(entry.path[-1])
        if not any(line.startswith(f"- `{record}`: ") and f"`{field}`" in line for line in lines):
            missing.append(f"{record}.{field}")

    expected: list[str] = []
    assert expected == missing
    assert m.assumptions()


@pytest.mark.parametrize("source", SOURCES)
def test_every_assumption_note_links_to_the_annex(source: str) -> None:
    """Each note that says "assumption" links to an entry of the annex that exists."""
    text = build_manual(sce_method.load(source)).to_markdown()
    anchors = set(re.findall(r"^#### S-\d+", text, flags=re.MULTILINE))
    links = set(re.findall(r"\[(S-\d+)\]\(#s-\d+\)", text))

    assert {f"#### {label}" for label in links} <= anchors
    assert links
