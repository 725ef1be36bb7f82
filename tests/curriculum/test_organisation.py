"""Tests for `sce_method.curriculum._organisation`."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given

from sce_method import Provenance, Text
from sce_method.curriculum import Audience, Centre, CentreKind, StaffTraining
from sce_method.exceptions import InvariantError
from tests.strategies import centres, staff_trainings

CITED = Provenance.cite("informe-2024", "§V R3")


def _training(**changes: Any) -> StaffTraining:
    training = StaffTraining(
        id="capacitacion-funcionariado",
        title=Text(es="Capacitación al funcionariado"),
        audience=Audience.PUBLIC_OFFICIALS,
        hours=20.0,
        provenance=CITED,
        field_provenance={"hours": CITED},
    )
    return attrs.evolve(training, **changes)


def _centre(**changes: Any) -> Centre:
    centre = Centre(
        id="cjm-guadalajara",
        name=Text(es="Centro de Justicia para las Mujeres de Guadalajara"),
        kind=CentreKind.CJM,
        serves_survivors=True,
        provenance=CITED,
        field_provenance={"serves_survivors": CITED},
    )
    return attrs.evolve(centre, **changes)


def _refused(build: Any, **changes: Any) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(InvariantError) as caught:
        build(**changes)
    return [(p.path, p.message.key) for p in caught.value.problems]


class TestAudience:
    def test_values_are_stable(self) -> None:
        """The values written in data files do not drift."""
        expected = ["personas-facilitadoras", "funcionariado", "personal-del-centro"]

        assert expected == [a.value for a in Audience]


class TestCentreKind:
    def test_values_are_stable(self) -> None:
        """The values written in data files do not drift."""
        expected = ["crea", "cjm", "cdm"]

        assert expected == [k.value for k in CentreKind]


class TestStaffTraining:
    def test_centres_default_to_none(self) -> None:
        """A training need not name the centres it was given at."""
        expected = ()

        assert expected == _training().centres

    @pytest.mark.parametrize("hours", [0, -20.0])
    def test_hours_must_be_positive(self, hours: float) -> None:
        """A training lasts some hours."""
        expected = [(("hours",), "core.value.not_positive")]

        assert expected == _refused(_training, hours=hours)

    def test_hours_need_their_provenance(self) -> None:
        """The hours of a training are a rule value with their own provenance."""
        expected = [(("hours",), "core.provenance.missing")]

        assert expected == _refused(_training, field_provenance={})

    @given(staff_trainings())
    def test_generated_trainings_hold(self, training: StaffTraining) -> None:
        """Every generated training has positive hours with their provenance."""
        expected = (True, True)

        assert expected == (training.hours > 0, "hours" in training.field_provenance)


class TestCentre:
    def test_serves_survivors_defaults_to_false(self) -> None:
        """A centre serves survivors only when the data says so."""
        centre = Centre(
            id="crea",
            name=Text(es="CREA"),
            kind=CentreKind.CREA,
            provenance=CITED,
            field_provenance={"serves_survivors": CITED},
        )

        expected = False
        assert expected == centre.serves_survivors

    def test_serves_survivors_needs_its_provenance(self) -> None:
        """Whether a centre serves survivors is a rule value, even at its default."""
        expected = [(("serves_survivors",), "core.provenance.missing")]

        assert expected == _refused(_centre, field_provenance={})

    def test_id_must_be_a_slug(self) -> None:
        """A centre id is a stable id."""
        expected = [(("id",), "core.id.invalid")]

        assert expected == _refused(_centre, id="CJM Guadalajara")

    def test_municipality_is_optional(self) -> None:
        """A centre need not name its municipality."""
        expected = None

        assert expected == _centre().municipality

    @given(centres())
    def test_generated_centres_hold(self, centre: Centre) -> None:
        """Every generated centre has provenance for serves_survivors."""
        assert "serves_survivors" in centre.field_provenance
