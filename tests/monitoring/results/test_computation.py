"""Tests for `sce_method.monitoring.results._computation`: computations as data."""

from __future__ import annotations

import pendulum
import pytest

from sce_method.exceptions import InvariantError, LoadError
from sce_method.graduation import Status
from sce_method.monitoring.results import (
    COMPUTATION_KINDS,
    CountCentres,
    CountCertified,
    CountGraduations,
    CountMentors,
    CountParticipants,
    CountStaff,
    ReportedFigure,
    SumTrainingHours,
    computation_kind,
    describe_computation,
    lists_needed,
)
from sce_method.participants import StaffRole
from sce_method.serialization import dumps, loads
from tests.monitoring.results.records import ASSUMED, attrs_fields, computation

FIGURE = """\
id: graduadas-crea
label: {es: Graduadas del CREA}
value: 55
provenance: {assumption: {reason: {es: Supuesto de prueba.}}}
field_provenance: {value: {assumption: {reason: {es: Supuesto de prueba.}}}}
computation:
  kind: graduations
  centres: [crea]
  starts_on: '2024-06-03'
  ends_on: '2024-11-30'
  provenance: {assumption: {reason: {es: Supuesto de prueba.}}}
  field_provenance:
    centres: {assumption: {reason: {es: Supuesto de prueba.}}}
    starts_on: {assumption: {reason: {es: Supuesto de prueba.}}}
    ends_on: {assumption: {reason: {es: Supuesto de prueba.}}}
"""


class TestAsData:
    def test_read_by_its_kind(self) -> None:
        """A figure's computation is read from YAML by its kind, with its parameters."""
        figure = loads(FIGURE, ReportedFigure)

        expected = CountGraduations(
            centres=("crea",),
            starts_on=pendulum.Date(2024, 6, 3),
            ends_on=pendulum.Date(2024, 11, 30),
            provenance=ASSUMED,
            field_provenance=dict.fromkeys(("centres", "starts_on", "ends_on"), ASSUMED),
        )
        assert (expected.centres, expected.starts_on, expected.ends_on) == (
            figure.computation.centres,  # type: ignore[union-attr]
            figure.computation.starts_on,  # type: ignore[union-attr]
            figure.computation.ends_on,  # type: ignore[union-attr]
        )

    def test_written_back(self) -> None:
        """Loading what was dumped gives the same figure."""
        figure = loads(FIGURE, ReportedFigure)

        assert figure == loads(dumps(figure), ReportedFigure)

    def test_unknown_kind(self) -> None:
        """A misspelt kind is refused with the closest one suggested."""
        with pytest.raises(LoadError) as caught:
            loads(FIGURE.replace("kind: graduations", "kind: graduation"), ReportedFigure)

        expected = [("serialization.unknown_kind", ("computation", "kind"))]
        assert expected == [(p.message.key, p.path[-2:]) for p in caught.value.problems]

    def test_a_parameter_needs_its_provenance(self) -> None:
        """Each parameter of the way of counting says where it comes from."""
        with pytest.raises(LoadError) as caught:
            loads(
                FIGURE.replace("    centres: {assumption: {reason: {es: Supuesto de prueba.}}}\n", ""), ReportedFigure
            )

        expected = ["core.provenance.missing"]
        assert expected == [p.message.key for p in caught.value.problems]

    def test_a_period_that_ends_before_it_starts(self) -> None:
        """A period's end cannot come before its start."""
        with pytest.raises(InvariantError) as caught:
            computation(CountGraduations, starts_on=pendulum.Date(2024, 11, 30), ends_on=pendulum.Date(2024, 6, 3))

        expected = [(("ends_on",), "results.period_order")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    def test_record_lists_are_a_closed_set(self) -> None:
        """with_records names lists a participant has records in, nothing else."""
        with pytest.raises((InvariantError, ValueError)):
            computation(CountParticipants, with_records=("staff",))

    def test_kinds(self) -> None:
        """The kinds written in YAML, each back from its class."""
        expected = [
            "participants",
            "graduations",
            "staff",
            "staff_certified",
            "training_hours",
            "mentors_trained",
            "centres_implementing",
        ]
        made = [
            computation(cls, training="t") if "training" in attrs_fields(cls) else computation(cls)
            for cls in COMPUTATION_KINDS.values()
        ]
        assert (expected, expected) == (list(COMPUTATION_KINDS), [computation_kind(c) for c in made])


class TestListsNeeded:
    @pytest.mark.parametrize(
        ("made", "expected"),
        [
            (lambda: computation(CountParticipants), ()),
            (lambda: computation(CountParticipants, statuses=(Status.GRADUATED,)), ("graduations",)),
            (lambda: computation(CountParticipants, with_records=("follow_up",)), ("follow_up",)),
            (lambda: computation(CountGraduations), ("graduations",)),
            (lambda: computation(CountStaff), ("staff",)),
            (lambda: computation(CountCertified, training="t"), ("staff", "staff_training")),
            (lambda: computation(SumTrainingHours, training="t"), ("staff_training",)),
            (lambda: computation(CountMentors), ("mentors",)),
            (lambda: computation(CountCentres), ()),
        ],
    )
    def test_each_kind(self, made: object, expected: tuple[str, ...]) -> None:
        """Each kind names the lists beyond participants.csv it reads."""
        assert expected == lists_needed(made())  # type: ignore[operator]


class TestDescribe:
    def test_in_words(self) -> None:
        """A computation says what it counts, its period and its parameters, in either language."""
        c = computation(CountGraduations, centres=("crea",), events=("ceremonia",))

        expected = (
            "graduaciones registradas en 2024-06-03..2024-11-30 (centros: crea; evento: ceremonia)",
            "graduations recorded in 2024-06-03..2024-11-30 (centres: crea; event: ceremonia)",
        )
        assert expected == (describe_computation(c).render("es"), describe_computation(c).render("en"))

    def test_statuses_and_roles_by_their_labels(self) -> None:
        """Statuses and roles are said by their labels in the language asked for, not by their ids."""
        people = computation(CountParticipants, statuses=(Status.GRADUATED, Status.ELIGIBLE))
        staff = computation(CountStaff, roles=(StaffRole.PUBLIC_OFFICIAL,))

        said = (describe_computation(people).render("es"), describe_computation(staff).render("en"))

        expected = (True, True)
        assert expected == (
            "estado al final: graduada, acredita graduación;" in said[0],
            "role: public official)" in said[1],
        )

    def test_an_open_period(self) -> None:
        """An open end shows as nothing before or after the dots."""
        c = computation(CountMentors, starts_on=None, ends_on=None)

        assert "en .. (centros: *)" in describe_computation(c).render("es")
