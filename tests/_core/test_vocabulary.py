"""Tests for `sce_method._core._vocabulary`: the closed vocabularies data files rely on."""

from __future__ import annotations

from sce_method._core import INSTRUMENT_IDS, Delivery
from sce_method.curriculum import Delivery as CurriculumDelivery


class TestDelivery:
    def test_values_are_stable(self) -> None:
        """The values written in data files do not drift."""
        expected = ["presencial", "en-linea", "mixta"]

        assert expected == [d.value for d in Delivery]

    def test_one_vocabulary(self) -> None:
        """The curriculum uses the shared vocabulary, not a copy."""
        assert Delivery is CurriculumDelivery


class TestInstrumentIds:
    def test_stable_ids(self) -> None:
        """The instrument ids named in DESIGN.md."""
        expected = ("entrada", "salida", "postgraduacion", "seguimiento")

        assert expected == INSTRUMENT_IDS
