"""Tests for `sce_method.participants._model`."""

from __future__ import annotations

from typing import Any

import attrs
import pendulum
import pytest

from sce_method import as_date
from sce_method.participants import (
    PERSONAL_FIELDS,
    CohortPeriod,
    CompletionSource,
    Enrollment,
    Participant,
    PersonalData,
)
from tests.participants.lists import refused

PERSONAL = PersonalData(name="Ana Pérez López", curp="PELA800101MJCRPN09", phone="3312345678", email="ana@example.org")
"""Personal data whose every value is distinctive, to look for in any text."""


def _participant(**changes: Any) -> Participant:
    participant = Participant(
        id="P0001",
        centre_id="crea",
        cohort_id="crea-2024-1",
        enrollment=Enrollment(enrolled_on=pendulum.Date(2024, 6, 10)),
        personal=PERSONAL,
    )
    return attrs.evolve(participant, **changes)


class TestCompletionSource:
    def test_values_are_stable(self) -> None:
        """The values written in completions.csv do not drift."""
        expected = {"FACILITATOR": "facilitador", "EDAPP": "edapp"}

        assert expected == {s.name: s.value for s in CompletionSource}


class TestPersonalFields:
    def test_names(self) -> None:
        """The personal columns are the four of DESIGN.md."""
        expected = ("name", "curp", "phone", "email")

        assert expected == PERSONAL_FIELDS


class TestPersonalData:
    def test_repr_hides_everything(self) -> None:
        """The repr shows none of the values."""
        expected = "PersonalData(<hidden>)"

        assert expected == repr(PERSONAL)

    def test_str_hides_everything(self) -> None:
        """str() shows none of the values."""
        expected = "PersonalData(<hidden>)"

        assert expected == str(PERSONAL)

    def test_format_hides_everything(self) -> None:
        """An f-string shows none of the values."""
        text = f"{PERSONAL} {PERSONAL!r} {[PERSONAL]} {{'p': PERSONAL}}"

        expected: list[str] = []
        assert expected == [v for v in attrs.astuple(PERSONAL) if v in text]

    def test_values_by_name(self) -> None:
        """A caller who needs a value asks for it by name."""
        expected = ("Ana Pérez López", "3312345678")

        assert expected == (PERSONAL.name, PERSONAL.phone)

    def test_is_empty(self) -> None:
        """is_empty is True only when no field is set."""
        expected = (True, False)

        assert expected == (PersonalData().is_empty, PersonalData(email="a@b.mx").is_empty)


class TestEnrollment:
    def test_withdrawn_before_enrolled_is_refused(self) -> None:
        """A withdrawal before the enrolment is an InvariantError at withdrawn_on."""
        expected = [(("withdrawn_on",), "participants.withdrawn_before_enrolled")]

        assert expected == refused(
            Enrollment, enrolled_on=pendulum.Date(2024, 6, 10), withdrawn_on=pendulum.Date(2024, 6, 9)
        )

    def test_withdrawn_on_the_day_of_enrolment(self) -> None:
        """Withdrawing on the day she enrolled is allowed."""
        day = pendulum.Date(2024, 6, 10)

        expected = day
        assert expected == Enrollment(enrolled_on=day, withdrawn_on=day).withdrawn_on

    def test_invariant_error_is_a_value_error(self) -> None:
        """Callers who catch ValueError catch the refusal."""
        with pytest.raises(ValueError, match="2024-06-09"):
            Enrollment(enrolled_on=pendulum.Date(2024, 6, 10), withdrawn_on=pendulum.Date(2024, 6, 9))

    @pytest.mark.parametrize(
        ("day", "withdrawn"),
        [("2024-08-31", False), ("2024-09-01", True), ("2024-12-01", True)],
    )
    def test_withdrawn_by(self, day: str, *, withdrawn: bool) -> None:
        """She has withdrawn by a day on or after her withdrawal."""
        enrollment = Enrollment(enrolled_on=pendulum.Date(2024, 6, 10), withdrawn_on=pendulum.Date(2024, 9, 1))

        expected = withdrawn
        assert expected == enrollment.withdrawn_by(as_date(day))

    def test_never_withdrawn(self) -> None:
        """Without a withdrawal date she has not withdrawn on any day."""
        expected = False

        assert expected == Enrollment(enrolled_on=pendulum.Date(2024, 6, 10)).withdrawn_by(pendulum.Date(2099, 1, 1))


class TestParticipant:
    def test_repr_excludes_personal(self) -> None:
        """The repr names the participant by id and shows nothing personal."""
        text = repr(_participant())

        expected: list[str] = []
        assert expected == [v for v in attrs.astuple(PERSONAL) if v in text]

    def test_str_excludes_personal(self) -> None:
        """str() shows nothing personal either."""
        text = str(_participant())

        expected: list[str] = []
        assert expected == [v for v in attrs.astuple(PERSONAL) if v in text]

    def test_eq_excludes_personal(self) -> None:
        """Two records of the same participant are equal whatever their personal data."""
        expected = _participant()

        assert expected == _participant(personal=PersonalData(name="Otra"))

    def test_hash_excludes_personal(self) -> None:
        """Equal participants hash equal."""
        expected = hash(_participant())

        assert expected == hash(_participant(personal=PersonalData()))

    def test_personal_defaults_to_empty(self) -> None:
        """Personal data is optional."""
        participant = Participant(
            id="P1", centre_id="crea", cohort_id="c1", enrollment=Enrollment(enrolled_on=pendulum.Date(2024, 1, 1))
        )

        expected = True
        assert expected == participant.personal.is_empty

    def test_id_must_not_be_empty(self) -> None:
        """A participant needs an id."""
        with pytest.raises(ValueError, match="id"):
            _participant(id="")

    def test_centre_id_must_be_a_slug(self) -> None:
        """A centre id is a stable id."""
        expected = [(("centre_id",), "core.id.invalid")]

        assert expected == refused(_participant, centre_id="CREA Guadalajara")


class TestCohortPeriod:
    def _period(self, **changes: Any) -> CohortPeriod:
        period = CohortPeriod(
            id="crea-2024-1",
            centre_id="crea",
            starts_on=pendulum.Date(2024, 6, 10),
            ends_on=pendulum.Date(2024, 10, 15),
        )
        return attrs.evolve(period, **changes)

    def test_ends_before_start_is_refused(self) -> None:
        """A cohort cannot end before it starts."""
        expected = [(("ends_on",), "participants.cohort.ends_before_start")]

        assert expected == refused(self._period, ends_on=pendulum.Date(2024, 6, 9))

    def test_one_day_cohort(self) -> None:
        """A cohort may start and end on the same day."""
        day = pendulum.Date(2024, 6, 10)

        expected = day
        assert expected == self._period(ends_on=day).ends_on

    @pytest.mark.parametrize(("day", "running"), [("2024-10-14", True), ("2024-10-15", True), ("2024-10-16", False)])
    def test_running_on(self, day: str, *, running: bool) -> None:
        """A cohort runs until the end of its last day."""
        expected = running

        assert expected == self._period().running_on(as_date(day))

    def test_centre_id_must_be_a_slug(self) -> None:
        """The centre is a stable id."""
        expected = [(("centre_id",), "core.id.invalid")]

        assert expected == refused(self._period, centre_id="Crea")
