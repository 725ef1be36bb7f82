"""Tests for `sce_method.methodology._references`: the ids a staff training or a computation names must exist."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import sce_method
from sce_method import Methodology
from sce_method.exceptions import InvariantError
from sce_method.monitoring.results import Computation, CountCertified, CountGraduations
from tests.monitoring.results.records import computation


def _problems(m: Methodology, **changes: Any) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(InvariantError) as caught:
        attrs.evolve(m, **changes)
    return [(p.path, p.message.key) for p in caught.value.problems]


def _with_figure_computation(index: int, made: Computation) -> dict[str, Any]:
    m = sce_method.load()
    assert m.results_framework is not None
    figures = list(m.results_framework.figures)
    figures[index] = attrs.evolve(figures[index], computation=made)
    return {"results_framework": attrs.evolve(m.results_framework, figures=tuple(figures))}


class TestReferences:
    def test_the_bundled_computations_name_what_exists(self) -> None:
        """The default loads: its computations name its centres and staff trainings."""
        m = sce_method.load()
        assert m.results_framework is not None

        assert any(f.computation is not None for f in m.results_framework.figures)

    def test_a_computation_names_an_unknown_centre(self) -> None:
        """A computation's centre must be one of the methodology's, at its place in the figure."""
        changes = _with_figure_computation(0, computation(CountGraduations, centres=("cjm-zapopan",)))

        expected = [(("results_framework", "figures", 0, "computation", "centres", 0), "core.ref.unknown")]
        assert expected == _problems(sce_method.load(), **changes)

    def test_a_computation_names_an_unknown_training(self) -> None:
        """A computation's staff training must be one of the methodology's."""
        changes = _with_figure_computation(1, computation(CountCertified, training="capacitacion-2025"))

        expected = [(("results_framework", "figures", 1, "computation", "training"), "core.ref.unknown")]
        assert expected == _problems(sce_method.load(), **changes)

    def test_a_training_given_by_an_unknown_organisation(self) -> None:
        """Who gave a training must be one of the programme's organisations."""
        m = sce_method.load()
        trainings = list(m.staff_trainings)
        trainings[0] = attrs.evolve(trainings[0], given_by=("onu-mujer",))

        expected = [(("staff_trainings", 0, "given_by", 0), "core.ref.unknown")]
        assert expected == _problems(m, staff_trainings=tuple(trainings))
