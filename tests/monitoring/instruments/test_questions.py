"""Tests for `sce_method.monitoring.instruments._questions`: questions, groups, choices and choice lists."""

from __future__ import annotations

from typing import Any

import pytest

from sce_method import Text
from sce_method.exceptions import InvariantError
from sce_method.monitoring.expressions import Binary, Current, Kind, Literal
from sce_method.monitoring.instruments import Choice, ChoiceList, Group, InstrumentKind, Question, QuestionType
from tests.monitoring.forms import ASSUMED, question

Found = list[tuple[tuple[str | int, ...], str]]


def _refused(kind: QuestionType = QuestionType.TEXT, **fields: Any) -> Found:
    """The (path, message key) of each problem building a question raises."""
    with pytest.raises(InvariantError) as caught:
        question("q", kind, **fields)
    return [(p.path, p.message.key) for p in caught.value.problems]


class TestQuestion:
    def test_syntax_error_in_relevant(self) -> None:
        """A relevant that does not parse is reported at ("relevant",), with the column in the message."""
        with pytest.raises(InvariantError) as caught:
            question("q", relevant="${a} = 'si' and (")

        (problem,) = caught.value.problems
        expected = (
            ("relevant",),
            "expressions.at",
            18,
            "expressions.unexpected_end",
            "$.relevant: column 18: the expression ends too soon",
        )
        assert expected == (
            problem.path,
            problem.message.key,
            problem.message.params["column"],
            problem.message.params["problem"].key,  # type: ignore[attr-defined]
            problem.render("en"),
        )

    @pytest.mark.parametrize("field", ["relevant", "constraint", "calculation"])
    def test_syntax_error_in_each_expression(self, field: str) -> None:
        """Each expression field reports its own syntax error under its own name."""
        kind = QuestionType.CALCULATE if field == "calculation" else QuestionType.TEXT
        fields: dict[str, Any] = {"calculation": "1"} if kind is QuestionType.CALCULATE else {}
        fields[field] = "1 +"

        expected = [((field,), "expressions.at")]
        assert expected == _refused(kind, **fields)

    @pytest.mark.parametrize("kind", [QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE])
    def test_select_needs_choices(self, kind: QuestionType) -> None:
        """A select without a choice list is refused."""
        expected = [(("choices",), "instruments.choices_required")]

        assert expected == _refused(kind)

    @pytest.mark.parametrize("kind", [QuestionType.TEXT, QuestionType.INTEGER, QuestionType.DATE])
    def test_choices_only_on_selects(self, kind: QuestionType) -> None:
        """A choice list on a question that is not a select is refused."""
        expected = [(("choices",), "instruments.choices_forbidden")]

        assert expected == _refused(kind, choices="si_no")

    def test_calculate_needs_a_calculation(self) -> None:
        """A calculate without its calculation is refused."""
        expected = [(("calculation",), "instruments.calculation")]

        assert expected == _refused(QuestionType.CALCULATE)

    def test_calculation_only_on_calculate(self) -> None:
        """A calculation on another type of question is refused."""
        expected = [(("calculation",), "instruments.calculation")]

        assert expected == _refused(QuestionType.INTEGER, calculation="1 + 1")

    @pytest.mark.parametrize("kind", [QuestionType.TEXT, QuestionType.SELECT_ONE, QuestionType.DATE])
    def test_label_needed(self, kind: QuestionType) -> None:
        """A question people answer needs a label."""
        choices = "si_no" if kind is QuestionType.SELECT_ONE else None

        expected = [(("label",), "core.load.missing_key")]
        assert expected == _refused(kind, label=None, choices=choices)

    @pytest.mark.parametrize("kind", [QuestionType.NOTE, QuestionType.CALCULATE])
    def test_label_optional(self, kind: QuestionType) -> None:
        """Notes and calculations need no label."""
        calculation = "1" if kind is QuestionType.CALCULATE else None

        expected = None
        assert expected == question("q", kind, label=None, calculation=calculation).label

    def test_every_problem_at_once(self) -> None:
        """A question with several problems reports them all."""
        expected = [
            (("relevant",), "expressions.at"),
            (("constraint",), "expressions.at"),
            (("choices",), "instruments.choices_required"),
            (("label",), "core.load.missing_key"),
        ]

        assert expected == _refused(QuestionType.SELECT_ONE, label=None, relevant="(", constraint=")")

    @pytest.mark.parametrize("name", ["1edad", "mi edad", "", "edad?"])
    def test_name_is_an_xlsform_name(self, name: str) -> None:
        """A question name starts with a letter or _ and holds letters, digits, _, - and . only."""
        with pytest.raises(InvariantError) as caught:
            question(name)

        expected = [(("name",), "instruments.bad_name")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    def test_expression_is_parsed_once(self) -> None:
        """expression() gives the parsed tree of a field, None for one not set."""
        q = question("q", QuestionType.INTEGER, constraint=". >= 1")

        expected = (Binary(">=", Current(), Literal(1.0)), None, None)
        assert expected == (q.expression("constraint"), q.expression("relevant"), q.expression("calculation"))

    def test_equality_ignores_the_parsed_trees(self) -> None:
        """Two questions written alike are equal and hash alike."""
        a = question("q", constraint=". != ''")
        b = question("q", constraint=". != ''")

        expected = (True, True)
        assert expected == (a == b, hash(a) == hash(b))

    @pytest.mark.parametrize(
        ("kind", "expected"),
        [
            (QuestionType.TEXT, Kind.TEXT),
            (QuestionType.INTEGER, Kind.NUMBER),
            (QuestionType.DECIMAL, Kind.NUMBER),
            (QuestionType.DATE, Kind.DATE),
            (QuestionType.SELECT_ONE, Kind.TEXT),
            (QuestionType.SELECT_MULTIPLE, Kind.MULTI),
            (QuestionType.NOTE, Kind.TEXT),
            (QuestionType.CALCULATE, Kind.ANY),
        ],
        ids=lambda v: getattr(v, "value", ""),
    )
    def test_kind(self, kind: QuestionType, expected: Kind) -> None:
        """Each question type has the expression kind of its answer."""
        choices = "l" if kind in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE) else None
        calculation = "1" if kind is QuestionType.CALCULATE else None

        assert expected == question("q", kind, choices=choices, calculation=calculation).kind

    @pytest.mark.parametrize(
        ("kind", "expected"), [(QuestionType.TEXT, True), (QuestionType.NOTE, False), (QuestionType.CALCULATE, False)]
    )
    def test_answers(self, kind: QuestionType, *, expected: bool) -> None:
        """Notes and calculations store no answer people give."""
        calculation = "1" if kind is QuestionType.CALCULATE else None

        assert expected == question("q", kind, calculation=calculation).answers

    def test_needs_a_provenance(self) -> None:
        """A question is part of the methodology: it needs a source or an assumption."""
        with pytest.raises(TypeError):
            Question(name="q", type=QuestionType.TEXT, label=Text(es="Q"))  # type: ignore[call-arg]


class TestChoice:
    @pytest.mark.parametrize("name", ["con espacio", "", "tab\there"])
    def test_name_has_no_spaces(self, name: str) -> None:
        """Choice names are stored values, space-separated in a select_multiple: no spaces."""
        with pytest.raises(InvariantError) as caught:
            Choice(name=name, label=Text(es="x"))

        expected = [(("name",), "instruments.bad_choice_name")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    @pytest.mark.parametrize("name", ["si", "no", "1", "sí", "a.b-c"])
    def test_any_name_without_spaces(self, name: str) -> None:
        """Digits, accents and punctuation are fine in a choice name."""
        assert name == Choice(name=name, label=Text(es="x")).name


class TestChoiceList:
    def test_names(self) -> None:
        """The names property lists the stored names in order."""
        choices = tuple(Choice(name=n, label=Text(es=n)) for n in ("si", "no"))

        expected = ("si", "no")
        assert expected == ChoiceList(name="si_no", choices=choices, provenance=ASSUMED).names

    def test_duplicate_choice(self) -> None:
        """A choice name appears once in its list; the repeat's name is reported."""
        choices = tuple(Choice(name=n, label=Text(es=n)) for n in ("si", "no", "si"))
        with pytest.raises(InvariantError) as caught:
            ChoiceList(name="si_no", choices=choices, provenance=ASSUMED)

        expected = [(("choices", 2, "name"), "core.id.duplicate")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    def test_not_empty(self) -> None:
        """A choice list has at least one choice."""
        with pytest.raises(InvariantError):
            ChoiceList(name="vacia", choices=(), provenance=ASSUMED)


class TestGroup:
    def test_not_empty(self) -> None:
        """A group holds at least one question."""
        with pytest.raises(InvariantError):
            Group(name="g", label=Text(es="G"), questions=(), provenance=ASSUMED)

    def test_name_is_an_xlsform_name(self) -> None:
        """A group's name is an XLSForm name too."""
        with pytest.raises(InvariantError):
            Group(name="mi grupo", label=Text(es="G"), questions=(question("q"),), provenance=ASSUMED)


class TestInstrumentKind:
    def test_stable_ids(self) -> None:
        """The kinds are DESIGN.md's stable instrument ids."""
        expected = ["entrada", "salida", "postgraduacion", "seguimiento"]

        assert expected == [k.value for k in InstrumentKind]
