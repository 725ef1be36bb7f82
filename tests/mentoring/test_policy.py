"""Tests for `sce_method.mentoring._policy`: the mentoring policy and the bundled one."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from sce_method import Text
from sce_method.exceptions import InvariantError
from sce_method.graduation import ModuleCompleted
from sce_method.mentoring import MentoringPolicy
from sce_method.serialization import dumps, loads, structure, unstructure
from tests.graduation.rules import ASSUMED, mentoring
from tests.mentoring.cohorts import bundled, policy


def _policy(**changes: Any) -> MentoringPolicy:
    """A policy of 3 mentees and 2 sessions, every value assumed; *changes* replace fields."""
    fields: dict[str, Any] = {
        "max_mentees": 3,
        "expected_sessions": 2,
        "coordination": Text(es="Coordinación de prueba"),
        "provenance": ASSUMED,
        "field_provenance": {"max_mentees": ASSUMED, "expected_sessions": ASSUMED, "same_centre": ASSUMED},
    }
    return MentoringPolicy(**(fields | changes))


def _refused(**changes: Any) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(InvariantError) as caught:
        _policy(**changes)
    return [(p.path, p.message.key) for p in caught.value.problems]


class TestMentoringPolicy:
    def test_defaults(self) -> None:
        """Nothing is set unless given: no same-centre rule, no prerequisite, no description."""
        expected = (None, None, None)

        made = _policy()
        assert expected == (made.same_centre, made.prerequisite, made.description)

    def test_a_base_sets_no_numbers(self) -> None:
        """A base layer may state only the model's intent: capacity, sessions and coordination left unset."""
        made = MentoringPolicy(description=Text(es="Apoyo entre pares."), provenance=ASSUMED)

        expected = (None, None, None)
        assert expected == (made.max_mentees, made.expected_sessions, made.coordination)

    @pytest.mark.parametrize("field", ["max_mentees", "expected_sessions"])
    def test_counts_positive(self, field: str) -> None:
        """A capacity or a number of sessions of 0 is refused."""
        expected = [((field,), "core.value.not_positive")]

        assert expected == _refused(**{field: 0})

    def test_rule_values_need_provenance(self) -> None:
        """Each rule value that is set needs its own provenance, same_centre included."""
        expected = [(("same_centre",), "core.provenance.missing")]

        fields = {"max_mentees": ASSUMED, "expected_sessions": ASSUMED}
        assert expected == _refused(same_centre=True, field_provenance=fields)

    def test_unknown_field_provenance(self) -> None:
        """field_provenance may only name fields of the policy."""
        expected = [(("field_provenance", "capacidad"), "core.provenance.unknown_field")]

        fields = {"max_mentees": ASSUMED, "expected_sessions": ASSUMED, "same_centre": ASSUMED, "capacidad": ASSUMED}
        assert expected == _refused(field_provenance=fields)

    def test_any_criterion_as_prerequisite(self) -> None:
        """The prerequisite is any criterion of the graduation rule model (here, mentoring sessions received)."""
        expected = "mentoria"

        made = _policy(prerequisite=mentoring("mentoria", 2))
        assert expected == (made.prerequisite.id if made.prerequisite is not None else None)

    def test_yaml_round_trip(self) -> None:
        """A policy written to YAML and read back is the same policy."""
        expected = _policy(prerequisite=mentoring("mentoria", 2), description=Text(es="Descripción", en="Description"))

        assert expected == loads(dumps(expected), MentoringPolicy)

    def test_structure_round_trip(self) -> None:
        """The bundled policy survives unstructure and structure."""
        expected = policy()

        assert expected == structure(unstructure(expected), MentoringPolicy)

    def test_methodology_without_policy(self) -> None:
        """A methodology may define no mentoring policy."""
        expected = None

        assert expected == attrs.evolve(bundled(), mentoring=None).mentoring


class TestBundledPolicy:
    def test_values(self) -> None:
        """Five mentees at once, four sessions each, mentor and mentee of the same centre."""
        expected = (5, 4, True)

        assert expected == (policy().max_mentees, policy().expected_sessions, policy().same_centre)

    def test_prerequisite(self) -> None:
        """The bundled prerequisite: desarrollo humano completed at 80 %."""
        expected = ("mentora-desarrollo-humano", "desarrollo-humano", 0.8)

        found = policy().prerequisite
        assert isinstance(found, ModuleCompleted)
        assert expected == (found.id, found.module, found.share)

    def test_coordination(self) -> None:
        """The coordination sits with SISEMH's Dirección de Desarrollo de Capacidades de las Mujeres (§V R2)."""
        expected = "Dirección de Desarrollo de Capacidades de las Mujeres (SISEMH)"

        coordination = policy().coordination
        assert coordination is not None
        assert expected == coordination.show("es")

    def test_cites_the_report(self) -> None:
        """The policy as a whole cites §V R2 of the final report."""
        expected = ("informe-final-sce-jalisco-2024", "§V R2")

        found = policy().provenance.source
        assert found is not None
        assert expected == (found.document, found.place)

    def test_assumptions(self) -> None:
        """Capacity, sessions, same centre and the prerequisite are assumptions the institution should set."""
        expected = [
            ("mentoring", "max_mentees"),
            ("mentoring", "expected_sessions"),
            ("mentoring", "same_centre"),
            ("mentoring", "prerequisite", "id"),
            ("mentoring", "prerequisite", "label"),
            ("mentoring", "prerequisite", "module"),
            ("mentoring", "prerequisite", "share"),
        ]

        found = [e.path for e in bundled().assumptions() if e.path[0] == "mentoring"]
        assert expected == found

    def test_coordination_is_sourced(self) -> None:
        """The coordination and the description are not assumptions: they come from the report."""
        expected = (False, False)

        entries = {e.path: e.provenance for e in bundled().provenance_entries()}
        coordination = entries["mentoring", "coordination"]
        description = entries["mentoring", "description"]
        assert coordination is not None
        assert description is not None
        assert expected == (coordination.is_assumption, description.is_assumption)


class TestPrerequisiteChecked:
    def test_unknown_module_in_the_prerequisite_does_not_load(self) -> None:
        """A prerequisite naming a module the curriculum lacks is a load error at its path, not a surprise later."""
        from sce_method.exceptions import LoadError  # noqa: PLC0415 -- local to this test

        text = dumps(bundled()).replace(
            "module: desarrollo-humano\n    share: 0.8", "module: desarrollo-humanos\n    share: 0.8"
        )

        with pytest.raises(LoadError) as caught:
            loads(text)

        expected = [(("mentoring", "prerequisite", "module"), "core.ref.unknown")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]
