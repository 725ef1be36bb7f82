"""Tests for `sce_method.manual._changes`: what each layer of an adaptation changed."""

from __future__ import annotations

import sce_method
from sce_method.manual import build_manual
from tests.manual.reading import chapters


def test_each_layer_over_the_one_below() -> None:
    """crea-2024: sce-base -> jalisco-sisemh-2024, then jalisco-sisemh-2024 -> crea-2024, each with its changes."""
    text = chapters(build_manual(sce_method.load("crea-2024")))["changes"]

    assert "### `jalisco-sisemh-2024` 2024.1, sobre `sce-base`" in text
    assert "### `crea-2024` 2024.1, sobre `jalisco-sisemh-2024`" in text
    assert "| `centres[cjm-guadalajara]` | quitado | Centro de Justicia para las Mujeres de Guadalajara[^" in text


def test_a_file_layer_says_its_value_and_its_source() -> None:
    """The example adaptation's new hours, before and after, each with its note."""
    text = chapters(build_manual(sce_method.load("examples/adaptations/mi-estado-2025.yaml"), "en"))["changes"]

    assert "| `curriculum.modules[educacion-financiera].hours` | changed | 12[^" in text
    assert "acuerdo-mi-estado-2025, anexo técnico, tabla 2." in text


def test_one_layer_has_no_such_chapter() -> None:
    """A methodology of one layer (sce-base) changed nothing over anything."""
    assert "changes" not in [c.id for c in build_manual(sce_method.load("sce-base")).chapters]
