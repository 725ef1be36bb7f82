"""Tests for `sce_method.graduation._rules`: rule sets by date and their labelled exceptions."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from sce_method import Text
from sce_method.exceptions import InvariantError
from sce_method.graduation import Condition, Criterion, Graduation, RuleException
from tests.edits import edit, problems_of
from tests.graduation.rules import (
    ASSUMED,
    all_of,
    at_least,
    bundled,
    follow_up,
    graduation,
    instrument,
    mentoring,
    module_completed,
    module_hours,
    rule_set,
    total_hours,
)

RULE = all_of("graduacion", total_hours("horas", 40.0), follow_up("seguimiento"))
"""A rule of two criteria; exceptions below replace "horas"."""


def _exception(
    ident: str = "tlajomulco-horas",
    *,
    centres: tuple[str, ...] = ("cjm-tlajomulco",),
    priority: int | None = None,
    replacement: Criterion | None = None,
    overrides: str = "horas",
) -> RuleException:
    return RuleException(
        id=ident,
        label=Text(es=f"Excepción {ident}", en=f"Exception {ident}"),
        overrides=overrides,
        when=Condition(centres=centres),
        replacement=replacement or total_hours(f"{ident}-horas", 20.0),
        priority=priority,
        provenance=ASSUMED,
    )


def _refused(*exceptions: RuleException, rule: Criterion = RULE) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(InvariantError) as caught:
        rule_set(rule, *exceptions)
    return [(p.path, p.message.key) for p in caught.value.problems]


def _methodology_problems(graduation_rules: Graduation) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(InvariantError) as caught:
        attrs.evolve(bundled(), graduation=graduation_rules)
    return [(p.path, p.message.key) for p in caught.value.problems]


RULE_PATH = ("graduation", "rule_sets", "entries", 0, "value", "rule")


class TestCondition:
    @pytest.mark.parametrize(
        ("condition", "holds"),
        [
            (Condition(), True),
            (Condition(centres=("crea",)), True),
            (Condition(centres=("cjm-tlajomulco",)), False),
            (Condition(cohorts=("crea-2024-1",)), True),
            (Condition(centres=("crea",), cohorts=("crea-2024-2",)), False),
        ],
    )
    def test_holds(self, condition: Condition, *, holds: bool) -> None:
        """An empty tuple means any; both centre and cohort must match."""
        expected = holds

        assert expected == condition.holds("crea", "crea-2024-1")

    @pytest.mark.parametrize(
        ("a", "b", "overlap"),
        [
            (Condition(), Condition(centres=("crea",)), True),
            (Condition(centres=("crea",)), Condition(centres=("crea", "cjm-tlajomulco")), True),
            (Condition(centres=("crea",)), Condition(centres=("cjm-tlajomulco",)), False),
            (Condition(cohorts=("a",)), Condition(centres=("crea",)), True),
            (Condition(centres=("crea",), cohorts=("a",)), Condition(centres=("crea",), cohorts=("b",)), False),
        ],
    )
    def test_overlaps(self, a: Condition, b: Condition, *, overlap: bool) -> None:
        """Two conditions overlap when some participant could meet both, either way round."""
        expected = (overlap, overlap)

        assert expected == (a.overlaps(b), b.overlaps(a))


class TestRuleException:
    def test_needs_a_provenance(self) -> None:
        """An exception is a rule: it needs a source or an assumption."""
        with pytest.raises(TypeError):
            RuleException(id="x", label=Text(es="x"), overrides="horas", replacement=follow_up())  # type: ignore[call-arg]

    def test_applies_everywhere_by_default(self) -> None:
        """With no condition, an exception covers every participant."""
        exception = RuleException(
            id="x", label=Text(es="x"), overrides="horas", replacement=follow_up(), provenance=ASSUMED
        )

        expected = True
        assert expected == exception.when.holds("crea", "cualquiera")


class TestRuleSet:
    def test_exception_for_its_centre_only(self) -> None:
        """exception_for finds the exception where its condition holds, and nowhere else."""
        rules = rule_set(RULE, _exception())

        expected = ("tlajomulco-horas", None, None)
        found = (
            rules.exception_for("horas", "cjm-tlajomulco", "c1"),
            rules.exception_for("horas", "crea", "c1"),
            rules.exception_for("seguimiento", "cjm-tlajomulco", "c1"),
        )
        assert expected == tuple(None if e is None else e.id for e in found)

    def test_overlapping_exceptions_without_priorities(self) -> None:
        """Two exceptions to one criterion that can both apply, with no priorities, do not load."""
        expected = [(("exceptions", 1, "priority"), "graduation.exception_overlap")]

        assert expected == _refused(_exception("a"), _exception("b", centres=()))

    def test_overlapping_exceptions_with_equal_priorities(self) -> None:
        """Equal priorities do not decide between them either."""
        expected = [(("exceptions", 1, "priority"), "graduation.exception_overlap")]

        assert expected == _refused(_exception("a", priority=1), _exception("b", priority=1))

    @pytest.mark.parametrize(("first", "second"), [(None, 5), (5, None), (0, None)])
    def test_one_priority_is_not_enough(self, first: int | None, second: int | None) -> None:
        """Both need a priority, whichever comes first in the list."""
        expected = [(("exceptions", 1, "priority"), "graduation.exception_overlap")]

        assert expected == _refused(_exception("a", priority=first), _exception("b", priority=second))

    def test_overlap_message_names_both(self) -> None:
        """The message names the two exceptions and the criterion."""
        with pytest.raises(InvariantError) as caught:
            rule_set(RULE, _exception("a"), _exception("b"))

        expected = "exceptions 'a' and 'b' both replace 'horas' for the same participants with no distinct priority"
        assert expected == caught.value.problems[0].message.render("en")

    @pytest.mark.parametrize(("first", "second", "winner"), [(1, 2, "b"), (2, 1, "a"), (-1, 0, "b")])
    def test_distinct_priorities_pick_the_higher(self, first: int, second: int, winner: str) -> None:
        """With distinct priorities the higher one applies, whatever the order."""
        rules = rule_set(RULE, _exception("a", priority=first), _exception("b", centres=(), priority=second))
        found = rules.exception_for("horas", "cjm-tlajomulco", "c1")

        expected = winner
        assert expected == (None if found is None else found.id)

    def test_lower_priority_applies_where_alone(self) -> None:
        """Where only the lower-priority exception holds, it applies."""
        rules = rule_set(RULE, _exception("a", priority=1, centres=()), _exception("b", priority=2))
        found = rules.exception_for("horas", "crea", "c1")

        expected = "a"
        assert expected == (None if found is None else found.id)

    def test_disjoint_exceptions_need_no_priority(self) -> None:
        """Exceptions for different centres never meet: no priority needed."""
        rules = rule_set(RULE, _exception("a"), _exception("b", centres=("crea",)))

        expected = 2
        assert expected == len(rules.exceptions)

    def test_exceptions_to_different_criteria_need_no_priority(self) -> None:
        """Two exceptions for the same participants but different criteria do not compete."""
        other = _exception("b", overrides="seguimiento", replacement=follow_up("b-seguimiento", 2))

        expected = 2
        assert expected == len(rule_set(RULE, _exception("a"), other).exceptions)

    def test_exception_to_an_unknown_criterion(self) -> None:
        """An exception must override a criterion of the rule."""
        expected = [(("exceptions", 0, "overrides"), "core.ref.unknown")]

        assert expected == _refused(_exception(overrides="hora"))

    def test_duplicate_criterion_ids(self) -> None:
        """Criterion ids are unique in a rule (unmet lists them); the second is reported where it is."""
        expected = [(("rule", "criteria", 1, "id"), "core.id.duplicate")]

        assert expected == _refused(rule=all_of("g", follow_up("x"), total_hours("x")))

    def test_duplicate_criterion_id_deep_in_the_tree(self) -> None:
        """A duplicate inside a nested combinator is placed at its own path, naming the first."""
        rule = all_of("g", follow_up("x"), at_least("n", 1, mentoring("m"), total_hours("x")))
        with pytest.raises(InvariantError) as caught:
            rule_set(rule)

        expected = [
            (
                ("rule", "criteria", 1, "criteria", 1, "id"),
                "duplicate id 'x' (already used at position $.rule.criteria[0])",
            )
        ]
        assert expected == [(p.path, p.message.render("en")) for p in caught.value.problems]

    def test_duplicate_exception_ids(self) -> None:
        """Exception ids are unique."""
        expected = ("exceptions", 1, "id")

        assert expected in [path for path, _ in _refused(_exception("a"), _exception("a", centres=("crea",)))]


class TestGraduation:
    def test_needs_a_provenance(self) -> None:
        """The graduation rules as a whole cite their source."""
        with pytest.raises(TypeError):
            Graduation(rule_sets=graduation(("2020-01-01", rule_set(RULE))).rule_sets)  # type: ignore[call-arg]

    def test_unknown_module(self) -> None:
        """A criterion naming a module the curriculum lacks is refused when the methodology is built."""
        rules = graduation(("2020-01-01", rule_set(all_of("g", module_completed("m", "cocina")))))

        expected = [((*RULE_PATH, "criteria", 0, "module"), "core.ref.unknown")]
        assert expected == _methodology_problems(rules)

    def test_module_hours_above_the_module(self) -> None:
        """Requiring 13 h of a 12 h module is refused: no one could meet it."""
        rules = graduation(("2020-01-01", rule_set(all_of("g", module_hours("m", "educacion-financiera", 13.0)))))

        expected = [((*RULE_PATH, "criteria", 0, "hours"), "graduation.unreachable_hours")]
        assert expected == _methodology_problems(rules)

    def test_module_hours_equal_to_the_module(self) -> None:
        """Requiring all 12 h of a module is allowed."""
        rules = graduation(("2020-01-01", rule_set(all_of("g", module_hours("m", "educacion-financiera", 12.0)))))

        expected = rules
        assert expected == attrs.evolve(bundled(), graduation=rules).graduation

    def test_total_hours_above_the_offer(self) -> None:
        """Requiring more hours than the curriculum offers (60 h) is refused."""
        rules = graduation(("2020-01-01", rule_set(total_hours("t", 61.0))))

        expected = [((*RULE_PATH, "hours"), "graduation.unreachable_hours")]
        assert expected == _methodology_problems(rules)

    def test_unreachable_hours_message(self) -> None:
        """The message gives what is required and what is offered."""
        rules = graduation(("2020-01-01", rule_set(module_hours("m", "educacion-financiera", 13.0))))
        with pytest.raises(InvariantError) as caught:
            attrs.evolve(bundled(), graduation=rules)

        expected = "requires 13 h and only 12 h are offered: no one could meet it"
        assert expected == caught.value.problems[0].message.render("en")

    def test_unknown_instrument(self) -> None:
        """A survey that is not one of the instruments is refused."""
        rules = graduation(("2020-01-01", rule_set(instrument("s", "encuesta-final"))))

        expected = [((*RULE_PATH, "instrument"), "core.ref.unknown")]
        assert expected == _methodology_problems(rules)

    def test_exception_replacements_are_checked(self) -> None:
        """A replacement criterion is checked like the rule's own."""
        exception = _exception(centres=("crea",), replacement=module_hours("r", "educacion-financiera", 20.0))
        rules = graduation(("2020-01-01", rule_set(RULE, exception)))

        expected = [(("graduation", "rule_sets", "entries", 0, "value", "exceptions", 0, "replacement", "hours"),
                     "graduation.unreachable_hours")]  # fmt: skip
        assert expected == _methodology_problems(rules)

    def test_every_problem_of_every_rule_set(self) -> None:
        """Problems of several rule sets are reported together, each at its entry."""
        rules = graduation(
            ("2020-01-01", rule_set(module_completed("m", "cocina"), ident="a")),
            ("2022-07-01", rule_set(total_hours("t", 100.0), ident="b")),
        )

        expected = [
            (("graduation", "rule_sets", "entries", 0, "value", "rule", "module"), "core.ref.unknown"),
            (("graduation", "rule_sets", "entries", 1, "value", "rule", "hours"), "graduation.unreachable_hours"),
        ]
        assert expected == _methodology_problems(rules)

    def test_bundled_rule_sets(self) -> None:
        """The bundled methodology has the assumed 2020 rule and the sourced 2022 rule."""
        rules = bundled().graduation
        assert rules is not None

        expected = [("2020-01-01", "reglas-2020", True), ("2022-07-01", "reglas-2022", False)]
        assert expected == [(str(e.effective), e.value.id, e.provenance.is_assumption) for e in rules.rule_sets.entries]


def _yaml_problem(old: str, new: str, *, after: str = "") -> tuple[Any, ...]:
    """Edit the bundled YAML once; the single problem's path, line, column and key, and the edit's line and column."""
    changed = edit(old, new, after=after)
    (problem,) = problems_of(changed.text)
    return (problem.where, problem.line, problem.column, problem.message.key, changed.line, changed.column)


class TestLoadTimeChecks:
    PREFIX = "$.graduation.rule_sets.entries[0].value.rule"

    def test_unknown_kind_suggests_the_closest(self) -> None:
        """A misspelt kind is reported at the kind, with the closest kind."""
        changed = edit("kind: at_least", "kind: at_lest")
        (problem,) = problems_of(changed.text)

        expected = (
            f"{self.PREFIX}.kind",
            changed.line,
            changed.column + len("kind: "),
            "serialization.unknown_kind",
            "at_least",
        )
        assert expected == (
            problem.where,
            problem.line,
            problem.column,
            problem.message.key,
            problem.message.params["suggestion"],
        )

    def test_unknown_kind_of_a_nested_criterion(self) -> None:
        """A misspelt kind deep in the tree is reported at its own path."""
        changed = edit("kind: module_completed", "kind: module_complete", after="kind: at_least")
        (problem,) = problems_of(changed.text)

        expected = (
            f"{self.PREFIX}.criteria[0].kind",
            changed.line,
            "serialization.unknown_kind",
            "module_completed",
        )
        assert expected == (problem.where, problem.line, problem.message.key, problem.message.params["suggestion"])

    def test_unknown_module_in_a_criterion(self) -> None:
        """An unknown module is reported at the module key of its criterion, with its line."""
        where, line, column, key, edit_line, edit_column = _yaml_problem(
            "module: alfabetizacion-digital", "module: alfabetizacion-digitall", after="kind: at_least"
        )

        expected = (f"{self.PREFIX}.criteria[0].module", edit_line, edit_column + len("module: "), "core.ref.unknown")
        assert expected == (where, line, column, key)

    def test_at_least_above_the_number_of_criteria(self) -> None:
        """n: 6 of five criteria is refused at n."""
        where, line, column, key, edit_line, edit_column = _yaml_problem("n: 3", "n: 6", after="kind: at_least")

        expected = (f"{self.PREFIX}.n", edit_line, edit_column + len("n: "), "graduation.at_least_unreachable")
        assert expected == (where, line, column, key)

    def test_duplicate_criterion_id_is_placed_on_its_line(self) -> None:
        """A repeated criterion id is reported on the line of the repetition, not of another criterion."""
        where, line, column, key, edit_line, edit_column = _yaml_problem(
            "id: modulo-desarrollo-humano", "id: modulo-alfabetizacion-digital"
        )

        expected = (f"{self.PREFIX}.criteria[1].id", edit_line, edit_column + len("id: "), "core.id.duplicate")
        assert expected == (where, line, column, key)

    def test_share_above_one(self) -> None:
        """share: 80 (a percentage) is refused at the share."""
        where, _line, _column, key, _edit_line, _edit_column = _yaml_problem(
            "share: 0.8", "share: 80", after="kind: module_completed"
        )

        expected = (f"{self.PREFIX}.criteria[0].share", "graduation.share_range")
        assert expected == (where, key)
