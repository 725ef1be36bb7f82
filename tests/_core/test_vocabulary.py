"""Tests for `sce_method._core._vocabulary`: the closed vocabularies data files rely on."""

from __future__ import annotations

from sce_method._core import INSTRUMENT_IDS, Delivery, InstrumentKind
from sce_method.curriculum import Delivery as CurriculumDelivery
from sce_method.monitoring import InstrumentKind as MonitoringInstrumentKind


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

    def test_derived_from_the_kinds(self) -> None:
        """The ids are InstrumentKind's values, in order: one definition."""
        expected = tuple(kind.value for kind in InstrumentKind)

        assert expected == INSTRUMENT_IDS

    def test_one_vocabulary(self) -> None:
        """Monitoring's public InstrumentKind is the ground floor's, not a copy."""
        assert InstrumentKind is MonitoringInstrumentKind
