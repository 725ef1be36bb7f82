"""Tests for `sce_method.curriculum._organisation`."""

from __future__ import annotations

from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given

from sce_method import Provenance, Text
from sce_method.curriculum import Audience, Centre, CentreKind, StaffTraining
from sce_method.exceptions import InvariantError
from sce_method.participants import TrainingSession
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


class TestCertifiedOn:
    DAY = pendulum.Date(2024, 9, 2)

    def _sessions(self, *hours: float, training: str = "capacitacion-funcionariado") -> list[TrainingSession]:
        """One session a day from DAY, of each number of *hours*."""
        return [
            TrainingSession(person_id="O1", training_id=training, session_date=self.DAY.add(days=i), hours=h)
            for i, h in enumerate(hours)
        ]

    def test_the_day_the_hours_are_reached(self) -> None:
        """A certificate is due on the day the hours reach the training's 20 h."""
        expected = self.DAY.add(days=4)

        assert expected == _training().certified_on(self._sessions(4, 4, 4, 4, 4, 4))

    def test_short_of_the_hours(self) -> None:
        """19.5 h of 20 h earn no certificate yet."""
        assert _training().certified_on(self._sessions(4, 4, 4, 4, 3.5)) is None

    def test_sums_of_decimals(self) -> None:
        """Hours that add up to 20 within rounding reach 20."""
        hours = [0.1] * 200

        assert _training().certified_on(self._sessions(*hours)) is not None

    def test_other_trainings_do_not_count(self) -> None:
        """Hours of another training are left out."""
        assert _training().certified_on(self._sessions(20, training="asesoria-edapp")) is None

    def test_in_the_order_of_the_days(self) -> None:
        """Sessions given out of order are added up day by day."""
        sessions = list(reversed(self._sessions(10, 10, 10)))

        assert self.DAY.add(days=1) == _training().certified_on(sessions)

    def test_units_and_given_by_need_their_provenance(self) -> None:
        """Who a training is for and who gave it are values the source must vouch for."""
        with pytest.raises(InvariantError) as caught:
            _training(units=("Nodos CDM",), given_by=("onu-mujeres",))

        expected = {("units",), ("given_by",)}
        assert expected == {p.path for p in caught.value.problems}


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
