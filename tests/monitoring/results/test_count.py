"""Tests for `sce_method.monitoring.results._count`: each kind of computation over the small folder of records.py."""

from __future__ import annotations

from pathlib import Path

import pendulum
import pytest

import sce_method
from sce_method.graduation import Status
from sce_method.monitoring.results import (
    Computation,
    Count,
    CountCentres,
    CountCertified,
    CountGraduations,
    CountMentors,
    CountParticipants,
    CountStaff,
    SumTrainingHours,
    count,
)
from sce_method.participants import StaffRole
from tests.monitoring.results.records import cohort, computation


def _count(tmp_path: Path, c: Computation, as_of: pendulum.Date | None = None, **read: tuple[str, ...]) -> Count:
    return count(sce_method.load(), c, cohort(tmp_path, **read), as_of)


def _ids(found: Count) -> tuple[list[str], dict[str, str]]:
    """The ids counted, and each excluded id with its reason's key."""
    return [t.id for t in found.counted], {t.id: t.said.key for t in found.excluded}


class TestParticipants:
    def test_in_the_period(self, tmp_path: Path) -> None:
        """Enrolled by its end, not withdrawn before its start, her cohort running in it: P1, P2 and P3."""
        found = _count(tmp_path, computation(CountParticipants))

        expected = (
            3.0,
            ["P1", "P2", "P3"],
            {"P4": "results.excluded.cohort_ended", "P5": "results.excluded.cohort_starts"},
        )
        assert expected == (found.value, *_ids(found))

    def test_at_one_centre(self, tmp_path: Path) -> None:
        """A centre's participants: the others are of another centre."""
        found = _count(tmp_path, computation(CountParticipants, centres=("cjm-guadalajara",)))

        expected = ["P3"]
        assert expected == _ids(found)[0]
        assert _ids(found)[1]["P1"] == "results.excluded.other_centre"

    def test_graduated_with_a_follow_up(self, tmp_path: Path) -> None:
        """Graduated at the period's end with a follow-up record within it: P2 withdrew."""
        c = computation(CountParticipants, statuses=(Status.GRADUATED,), with_records=("follow_up",))
        found = _count(tmp_path, c)

        expected = (["P1", "P3"], "results.excluded.status")
        assert expected == (_ids(found)[0], _ids(found)[1]["P2"])

    def test_a_record_outside_the_period_does_not_count(self, tmp_path: Path) -> None:
        """A follow-up record before the period is not one within it."""
        c = computation(CountParticipants, with_records=("follow_up",), starts_on=pendulum.Date(2024, 8, 2))
        found = _count(tmp_path, c)

        expected = "results.excluded.no_record"
        assert expected == _ids(found)[1]["P1"]

    def test_withdrew_before(self, tmp_path: Path) -> None:
        """A participant who withdrew before the period began is not in it."""
        found = _count(tmp_path, computation(CountParticipants, starts_on=pendulum.Date(2024, 7, 2)))

        expected = "results.excluded.withdrew_before"
        assert expected == _ids(found)[1]["P2"]

    def test_graduated_needs_the_graduations_list(self, tmp_path: Path) -> None:
        """Counting graduates from a folder with no graduations.csv is unknown, not zero."""
        c = computation(CountParticipants, statuses=(Status.GRADUATED,))
        found = _count(tmp_path, c, without=("graduations",))

        expected = (None, ("graduations",), ())
        assert expected == (found.value, found.missing, found.counted)


class TestGraduations:
    def test_in_the_period(self, tmp_path: Path) -> None:
        """Graduations dated in the period; P4's of 2023 is before it."""
        found = _count(tmp_path, computation(CountGraduations))

        expected = (2.0, ["P1", "P3"], {"P4": "results.excluded.before"})
        assert expected == (found.value, *_ids(found))

    def test_at_an_event(self, tmp_path: Path) -> None:
        """Only graduations recognised at the event named."""
        c = computation(CountGraduations, starts_on=pendulum.Date(2023, 1, 1), events=("ceremonia",))
        found = _count(tmp_path, c)

        expected = (["P1", "P3"], {"P4": "results.excluded.other_event"})
        assert expected == _ids(found)

    def test_up_to_the_evaluation_date(self, tmp_path: Path) -> None:
        """With an evaluation date before the period's end, later graduations are not counted yet."""
        found = _count(tmp_path, computation(CountGraduations), as_of=pendulum.Date(2024, 9, 1))

        expected = (
            0.0,
            {"P1": "results.excluded.after", "P3": "results.excluded.after", "P4": "results.excluded.before"},
        )
        assert expected == (found.value, _ids(found)[1])

    def test_absent_list(self, tmp_path: Path) -> None:
        """No graduations.csv: the figure is unknown and the list is named."""
        found = _count(tmp_path, computation(CountGraduations), without=("graduations",))

        expected = (None, ("graduations",))
        assert expected == (found.value, found.missing)


class TestStaff:
    def test_by_role_and_centre(self, tmp_path: Path) -> None:
        """The facilitators of CREA: F2; the others are at another centre, or in a unit with no centre."""
        c = computation(CountStaff, roles=(StaffRole.FACILITATOR,), centres=("crea",))
        found = _count(tmp_path, c)

        expected = (
            ["F2"],
            {
                "F1": "results.excluded.other_centre",
                "O1": "results.excluded.in_a_unit",
                "O2": "results.excluded.in_a_unit",
            },
        )
        assert expected == _ids(found)


class TestCertified:
    def test_officials_with_their_hours(self, tmp_path: Path) -> None:
        """O1 reached the 20 h; O2 has 12 h; the facilitators have another role."""
        c = computation(CountCertified, training="capacitacion-funcionariado", roles=(StaffRole.PUBLIC_OFFICIAL,))
        found = _count(tmp_path, c)

        expected = (["O1"], "results.excluded.hours_short", "results.excluded.role")
        assert expected == (_ids(found)[0], _ids(found)[1]["O2"], _ids(found)[1]["F1"])
        assert "2024-09-13" in found.counted[0].said.render("es")

    def test_facilitators_of_the_transfer(self, tmp_path: Path) -> None:
        """F1 reached the 34 h of the transfer."""
        c = computation(
            CountCertified, training="transferencia-metodologica-facilitadoras", centres=("cjm-guadalajara",)
        )

        expected = ["F1"]
        assert expected == _ids(_count(tmp_path, c))[0]

    def test_certified_after_the_period(self, tmp_path: Path) -> None:
        """A certificate due after the period's end is not counted in it."""
        c = computation(CountCertified, training="capacitacion-funcionariado", ends_on=pendulum.Date(2024, 9, 12))

        expected = "results.excluded.hours_short"
        assert expected == _ids(_count(tmp_path, c))[1]["O1"]

    def test_needs_both_staff_lists(self, tmp_path: Path) -> None:
        """Without staff_training.csv the certificates are unknown."""
        c = computation(CountCertified, training="capacitacion-funcionariado")

        assert _count(tmp_path, c, without=("staff_training",)).missing == ("staff_training",)


class TestTrainingHours:
    @pytest.mark.parametrize(("training", "hours"), [("capacitacion-funcionariado", 20.0), ("asesoria-edapp", 4.0)])
    def test_each_session_day_once(self, tmp_path: Path, training: str, hours: float) -> None:
        """Two officials on the same days: 5 days of 4 h are 20 h, not 32."""
        found = _count(tmp_path, computation(SumTrainingHours, training=training))

        assert hours == found.value

    def test_days_outside_the_period(self, tmp_path: Path) -> None:
        """Days after the period's end are left out, each with its day as its id."""
        c = computation(SumTrainingHours, training="capacitacion-funcionariado", ends_on=pendulum.Date(2024, 9, 9))
        found = _count(tmp_path, c)

        expected = (12.0, ["2024-09-02", "2024-09-04", "2024-09-09"], ["2024-09-11", "2024-09-13"])
        assert expected == (found.value, _ids(found)[0], list(_ids(found)[1]))


class TestMentors:
    def test_trained_in_the_period(self, tmp_path: Path) -> None:
        """P1 was trained in the period; P4 before it."""
        found = _count(tmp_path, computation(CountMentors))

        expected = (["P1"], {"P4": "results.excluded.before"})
        assert expected == _ids(found)


class TestCentres:
    def test_new_centres(self, tmp_path: Path) -> None:
        """CJM Guadalajara began in the period; CREA implemented before it."""
        found = _count(tmp_path, computation(CountCentres, new_since=pendulum.Date(2024, 6, 3)))

        expected = (["cjm-guadalajara"], {"crea": "results.excluded.began_before"})
        assert expected == _ids(found)

    def test_every_centre_with_participants(self, tmp_path: Path) -> None:
        """Without new_since, every centre with participants in the period."""
        expected = ["cjm-guadalajara", "crea"]
        assert expected == _ids(_count(tmp_path, computation(CountCentres)))[0]

    def test_no_participants_in_the_period(self, tmp_path: Path) -> None:
        """A centre whose participants are all outside the period is left out, and says so."""
        c = computation(CountCentres, starts_on=pendulum.Date(2023, 1, 1), ends_on=pendulum.Date(2023, 12, 31))

        expected = (["crea"], {"cjm-guadalajara": "results.excluded.no_participants"})
        assert expected == _ids(_count(tmp_path, c))
