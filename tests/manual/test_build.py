"""Tests for `sce_method.manual._build`: the chapters a methodology gets, in order, always the same."""

from __future__ import annotations

import pytest

import sce_method
from sce_method.manual import build_manual

ALL = [
    "programme",
    "curriculum",
    "centres",
    "staff-training",
    "graduation",
    "mentoring",
    "monitoring",
    "results",
    "changes",
    "glossary",
    "documents",
    "annex",
]


class TestBuildManual:
    def test_the_default_has_every_chapter(self) -> None:
        """The default methodology (an adaptation of sce-base) has every chapter, in the Manual's order."""
        assert [c.id for c in build_manual(sce_method.load()).chapters] == ALL

    def test_a_base_without_parts_leaves_their_chapters_out(self) -> None:
        """sce-base has no centres, no staff trainings and no layers below it: no chapter for them."""
        expected = [c for c in ALL if c not in ("centres", "staff-training", "changes")]

        assert expected == [c.id for c in build_manual(sce_method.load("sce-base")).chapters]

    def test_the_title_is_the_manual_the_methodology_names(self) -> None:
        """The title is the manual product of the programme, in the language asked for."""
        m = sce_method.load("crea-2024")

        assert (
            build_manual(m).title,
            build_manual(m, "en").title,
        ) == ("Manual del Proceso de Empoderamiento Económico", "Manual of the Economic Empowerment Process")

    def test_without_a_manual_product_the_title_is_generic(self) -> None:
        """A methodology that names no manual gets the generic title."""
        assert build_manual(sce_method.load("sce-base")).title == "Manual de la metodología"

    def test_layers_can_be_given(self) -> None:
        """Given layers are used as they are (here, the base only): the chapter compares them with the methodology."""
        m = sce_method.load("crea-2024")

        manual = build_manual(m, layers=[sce_method.load("jalisco-sisemh-2024")])

        assert "`crea-2024` 2024.1, sobre `jalisco-sisemh-2024`" in manual.to_markdown()
        assert "`jalisco-sisemh-2024` 2024.1, sobre `sce-base`" not in manual.to_markdown()

    def test_an_unknown_language_is_refused(self) -> None:
        """Only es and en."""
        with pytest.raises(ValueError, match="unknown language"):
            build_manual(sce_method.load(), "fr")  # type: ignore[arg-type]


@pytest.mark.parametrize("source", ["jalisco-sisemh-2024", "crea-2024", "examples/adaptations/mi-estado-2025.yaml"])
@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_same_methodology_gives_the_same_bytes(source: str, lang: str) -> None:
    """Two builds, each from a fresh load, give byte-identical Markdown and HTML: no dates, no unordered sets."""
    first = build_manual(sce_method.load(source), lang)  # type: ignore[arg-type]
    second = build_manual(sce_method.load(source), lang)  # type: ignore[arg-type]

    assert (first.to_markdown(), first.to_html()) == (second.to_markdown(), second.to_html())


def test_english_says_it_in_english() -> None:
    """--lang en: the chapters, the sentences and the notes are in English."""
    text = build_manual(sce_method.load(), "en").to_markdown()

    assert "## 5. Graduation" in text
    assert "complete the whole formative offer" in text
    assert "Assumption [S-" in text
    assert "Supuesto" not in text
