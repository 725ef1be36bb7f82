"""Tests for `sce_method.monitoring.instruments._instrument`: an instrument is checked as a whole."""

from __future__ import annotations

from typing import Final

import attrs
import pytest

from sce_method import message
from sce_method.exceptions import InvariantError, LoadError, UnknownIdError
from sce_method.monitoring import INSTRUMENT_IDS
from sce_method.monitoring.expressions import MAX_DEPTH
from sce_method.monitoring.instruments import Instrument, QuestionType
from sce_method.serialization import dumps, loads
from tests.edits import edit, problems_of
from tests.monitoring.forms import APOYO, ENCUESTA, SI_NO, bundled, group, instrument, question

Found = list[tuple[tuple[str | int, ...], str]]


def _refused(*groups: object, **fields: object) -> Found:
    """The (path, message key) of each problem building an instrument of *groups* raises."""
    with pytest.raises(InvariantError) as caught:
        instrument(*groups, **fields)  # type: ignore[arg-type]
    return [(p.path, p.message.key) for p in caught.value.problems]


Q0: Final = ("groups", 0, "questions", 0)
Q1: Final = ("groups", 0, "questions", 1)


class TestInstrument:
    def test_duplicate_names_across_groups(self) -> None:
        """A question name is unique in the whole instrument, not only in its group."""
        with pytest.raises(InvariantError) as caught:
            instrument(group("a", question("edad")), group("b", question("otra"), question("edad")))

        (problem,) = caught.value.problems
        expected = (("groups", 1, "questions", 1, "name"), "instruments.duplicate_name", "$.groups[0].questions[0]")
        assert expected == (problem.path, problem.message.key, problem.message.params["first"])

    def test_select_naming_an_unknown_list(self) -> None:
        """A select names one of the instrument's choice lists; the message lists those known."""
        with pytest.raises(InvariantError) as caught:
            instrument(group("a", question("q", QuestionType.SELECT_ONE, choices="sino")))

        (problem,) = caught.value.problems
        expected = ((*Q0, "choices"), "instruments.unknown_list", "apoyo, si_no")
        assert expected == (problem.path, problem.message.key, problem.message.params["known"])

    def test_unknown_ref_in_a_relevant(self) -> None:
        """An unknown ${name} in a relevant is reported at that question's relevant."""
        expected = [((*Q1, "relevant"), "expressions.unknown_ref_suggest")]

        assert expected == _refused(group("a", question("edad"), question("q", relevant="${edda} = 'x'")))

    def test_unknown_ref_without_a_close_name(self) -> None:
        """With no close name, the unknown reference is reported without a suggestion."""
        expected = [((*Q0, "calculation"), "expressions.unknown_ref")]

        assert expected == _refused(group("a", question("c", QuestionType.CALCULATE, calculation="${zzz} + 1")))

    def test_reference_to_a_later_question(self) -> None:
        """A reference may name any question of the instrument, wherever it is."""
        form = instrument(
            group("a", question("q", relevant="${edad} > 1")), group("b", question("edad", QuestionType.INTEGER))
        )

        expected = ("q", "edad")
        assert expected == tuple(q.name for q in form.questions)

    def test_current_only_in_a_constraint(self) -> None:
        """'.' in a relevant is refused; in a constraint it has the question's type."""
        expected = [((*Q0, "relevant"), "expressions.no_current")]

        assert expected == _refused(
            group("a", question("q", QuestionType.INTEGER, relevant=". > 1", constraint=". > 1"))
        )

    def test_type_errors_in_expressions(self) -> None:
        """Expressions are type-checked against the questions' types."""
        expected = [
            ((*Q1, "relevant"), "expressions.type"),
            (("groups", 0, "questions", 2, "constraint"), "expressions.type"),
        ]

        assert expected == _refused(
            group(
                "a",
                question("apoyos", QuestionType.SELECT_MULTIPLE, choices="apoyo"),
                question("q", relevant="${apoyos} = 'beca'"),
                question("r", constraint="count-selected(.) > 1"),
            )
        )

    def test_group_relevant(self) -> None:
        """A group's relevant is parsed and checked too, at the group's path."""
        expected = [
            (("groups", 0, "relevant"), "expressions.at"),
            (("groups", 1, "relevant"), "expressions.unknown_ref"),
        ]

        assert expected == _refused(
            group("a", question("q"), relevant="${q} = "), group("b", question("r"), relevant="${zzz} = 'x'")
        )

    def test_participant_question(self) -> None:
        """The participant question, when set, is one of the instrument's questions."""
        expected = [(("participant_question",), "expressions.unknown_ref")]

        assert expected == _refused(group("a", question("q")), participant_question="participante")

    def test_duplicate_choice_lists(self) -> None:
        """Choice list names are unique; the second one's name is reported."""
        expected = [(("choice_lists", 1, "name"), "core.id.duplicate")]

        assert expected == _refused(group("a", question("q")), lists=(SI_NO, SI_NO))

    def test_every_problem_at_once(self) -> None:
        """An instrument with several problems reports them all."""
        expected = [
            ("groups", 1, "questions", 0, "name"),
            (*Q0, "choices"),
            (*Q0, "relevant"),
            ("groups", 1, "questions", 0, "constraint"),
        ]

        found = _refused(
            group("a", question("q", QuestionType.SELECT_ONE, choices="x", relevant="${zz} = 1")),
            group("b", question("q", constraint=". + 1 > ${zz}")),
        )
        assert expected == [path for path, _ in found]

    def test_questions_in_form_order(self) -> None:
        """The questions property lists every question, group after group."""
        expected = ("participante", "edad", "trabaja", "ingreso", "apoyos", "n_apoyos", "fecha", "aviso", "motivo")

        assert expected == tuple(q.name for q in ENCUESTA.questions)

    def test_located_questions(self) -> None:
        """Each question comes with its path in the instrument."""
        expected = (("groups", 1, "questions", 0), "motivo")

        path, last = list(ENCUESTA.located_questions())[-1]
        assert expected == (path, last.name)

    def test_question(self) -> None:
        """question() finds a question by name."""
        expected = QuestionType.DECIMAL

        assert expected == ENCUESTA.question("ingreso").type

    def test_unknown_question(self) -> None:
        """question() of an unknown name raises UnknownIdError naming the known ones."""
        with pytest.raises(UnknownIdError) as caught:
            ENCUESTA.question("zz")

        expected = ("core.id.unknown", "zz")
        assert expected == (caught.value.message.key, caught.value.message.params["id"])

    def test_choice_list(self) -> None:
        """choice_list() finds a list by name, and raises UnknownIdError for another."""
        with pytest.raises(UnknownIdError):
            ENCUESTA.choice_list("zz")

        expected = APOYO
        assert expected == ENCUESTA.choice_list("apoyo")

    def test_group_of(self) -> None:
        """group_of() gives the group a question is in."""
        expected = "sin_trabajo"

        assert expected == ENCUESTA.group_of("motivo").name

    def test_group_of_no_question(self) -> None:
        """No question of that name is an UnknownIdError (a KeyError) naming the questions, as question() says."""
        with pytest.raises(UnknownIdError) as caught:
            ENCUESTA.group_of("zz")
        with pytest.raises(UnknownIdError) as asked:
            ENCUESTA.question("zz")

        expected = (True, "core.id.unknown", str(asked.value))
        assert expected == (isinstance(caught.value, KeyError), caught.value.message.key, str(caught.value))

    def test_evolve_checks_again(self) -> None:
        """A changed instrument is checked again: a broken change does not slip through."""
        with pytest.raises(InvariantError):
            attrs.evolve(ENCUESTA, choice_lists=(SI_NO,))


PROVENANCE: Final = """\
provenance:
  assumption:
    reason:
      es: Supuesto de prueba.
"""


def _indent(text: str, spaces: int) -> str:
    return "".join(" " * spaces + line for line in text.splitlines(keepends=True))


BASE: Final = f"""\
id: prueba
kind: salida
version: '2024110101'
title:
  es: Encuesta de prueba
{PROVENANCE}choice_lists:
- name: si_no
  choices:
  - name: si
    label:
      es: Sí
  - name: 'no'
    label:
      es: 'No'
{_indent(PROVENANCE, 2)}groups:
- name: datos
  label:
    es: Datos
{_indent(PROVENANCE, 2)}  questions:
  - name: edad
    type: integer
    label:
      es: Edad
    constraint: . >= 15
{_indent(PROVENANCE, 4)}  - name: trabaja
    type: select_one
    choices: si_no
    label:
      es: ¿Trabaja?
{_indent(PROVENANCE, 4)}- name: otra
  label:
    es: Otra
{_indent(PROVENANCE, 2)}  questions:
  - name: motivo
    type: text
    relevant: ${{trabaja}} = 'si'
    label:
      es: Motivo
{_indent(PROVENANCE, 4)}"""
"""A valid instrument in YAML; the tests below break it in one place."""

Located = list[tuple[tuple[str | int, ...], str, str | None, int | None, int | None]]


def _located(text: str) -> Located:
    with pytest.raises(LoadError) as caught:
        loads(text, Instrument, file="x.yaml")
    return [(p.path, p.message.key, p.file, p.line, p.column) for p in caught.value.problems]


def _at(piece: str, *, after: str = "") -> tuple[int, int]:
    """The line and column where *piece* starts in `BASE`."""
    where = edit(piece, piece, after=after, text=BASE)
    return where.line, where.column


EDAD: Final = ("groups", 0, "questions", 0)
TRABAJA: Final = ("groups", 0, "questions", 1)
MOTIVO: Final = ("groups", 1, "questions", 0)
TOO_DEEP: Final = message("expressions.too_deep", limit=MAX_DEPTH)


class TestLoadInstrument:
    def test_base_loads(self) -> None:
        """The fixture itself is a valid instrument."""
        expected = ("edad", "trabaja", "motivo")

        assert expected == tuple(q.name for q in loads(BASE, Instrument).questions)

    def test_syntax_error_in_relevant(self) -> None:
        """A relevant that does not parse is located at its value; the message gives the column inside it."""
        changed = edit("${trabaja} = 'si'", "${trabaja} = 'si' and (", text=BASE)

        expected = [((*MOTIVO, "relevant"), "expressions.at", "x.yaml", changed.line, changed.column)]
        assert expected == _located(changed.text)

    def test_select_without_choices(self) -> None:
        """A select without choices is located at its question."""
        changed = edit("    choices: si_no\n", "", text=BASE)

        expected = [((*TRABAJA, "choices"), "instruments.choices_required", "x.yaml", *_at("name: trabaja"))]
        assert expected == _located(changed.text)

    def test_choices_on_a_text_question(self) -> None:
        """Choices on a question that is not a select are located at the choices value."""
        changed = edit("type: select_one", "type: text", text=BASE)

        expected = [
            ((*TRABAJA, "choices"), "instruments.choices_forbidden", "x.yaml", *_at("si_no", after="- name: trabaja"))
        ]
        assert expected == _located(changed.text)

    def test_calculate_without_calculation(self) -> None:
        """A calculate without its calculation is located at its question."""
        changed = edit("type: integer", "type: calculate", text=BASE)

        expected = [((*EDAD, "calculation"), "instruments.calculation", "x.yaml", *_at("name: edad"))]
        assert expected == _located(changed.text)

    def test_missing_label(self) -> None:
        """A question without a label is located at its question."""
        changed = edit("    label:\n      es: Motivo\n", "", text=BASE)

        expected = [((*MOTIVO, "label"), "core.load.missing_key", "x.yaml", *_at("name: motivo"))]
        assert expected == _located(changed.text)

    def test_duplicate_name_across_groups(self) -> None:
        """A name used in two groups is located at the second one's name."""
        changed = edit("motivo\n", "edad\n", after="- name: motivo", text=BASE)

        expected = [((*MOTIVO, "name"), "instruments.duplicate_name", "x.yaml", changed.line, changed.column)]
        assert expected == _located(changed.text)

    def test_select_naming_an_unknown_list(self) -> None:
        """A select naming no list is located at its choices value."""
        changed = edit("si_no", "sí_no", after="- name: trabaja", text=BASE)

        expected = [((*TRABAJA, "choices"), "instruments.unknown_list", "x.yaml", changed.line, changed.column)]
        assert expected == _located(changed.text)

    def test_unknown_ref_in_a_relevant(self) -> None:
        """An unknown ${name} in a relevant is located at that relevant."""
        changed = edit("${trabaja} = 'si'", "${trabja} = 'si'", text=BASE)

        expected = [((*MOTIVO, "relevant"), "expressions.unknown_ref_suggest", "x.yaml", changed.line, changed.column)]
        assert expected == _located(changed.text)

    def test_rendered_with_file_line_column(self) -> None:
        """The rendered problem says file, line, column, path, and the column inside the expression."""
        changed = edit("${trabaja} = 'si'", "${trabaja} = 'si' and (", text=BASE)
        with pytest.raises(LoadError) as caught:
            loads(changed.text, Instrument, file="x.yaml")

        expected = (
            f"x.yaml:{changed.line}:{changed.column}: $.groups[1].questions[0].relevant: "
            "column 24: the expression ends too soon"
        )
        assert expected == caught.value.problems[0].render("en")

    def test_constraint_too_deep(self) -> None:
        """A constraint nested 400 brackets deep is reported at its own line and column, with the column inside it."""
        changed = edit(". >= 15", "(" * 400 + ". >= 15" + ")" * 400, text=BASE)
        with pytest.raises(LoadError) as caught:
            loads(changed.text, Instrument, file="x.yaml")

        where = f"x.yaml:{changed.line}:{changed.column}: $.groups[0].questions[0].constraint"
        expected = [f"{where}: column {MAX_DEPTH + 1}: {TOO_DEEP.render('en')}"]
        assert expected == [p.render("en") for p in caught.value.problems]

    def test_constraint_too_deep_in_the_methodology(self) -> None:
        """In a whole methodology file too, the deep constraint is located at its value, not at its question."""
        changed = edit(". >= 15 and . <= 99", "(" * 400 + ". >= 15" + ")" * 400)

        expected = [(changed.line, changed.column, message("expressions.at", column=MAX_DEPTH + 1, problem=TOO_DEEP))]
        assert expected == [(p.line, p.column, p.message) for p in problems_of(changed.text)]

    def test_question_problems_all_at_once(self) -> None:
        """Problems in several questions are all reported."""
        changed = edit("type: integer", "type: calculate", text=BASE)
        changed = edit("    label:\n      es: Motivo\n", "", text=changed.text)

        expected = [(*EDAD, "calculation"), (*MOTIVO, "label")]
        assert expected == [path for path, *_ in _located(changed.text)]

    @pytest.mark.parametrize("ident", INSTRUMENT_IDS)
    def test_bundled_round_trip(self, ident: str) -> None:
        """loads(dumps(instrument), Instrument) == instrument for every bundled instrument."""
        (form,) = [i for i in bundled() if i.id == ident]

        expected = form
        assert expected == loads(dumps(form), Instrument)

    def test_hand_built_round_trip(self) -> None:
        """The hand-built instrument, with a group relevant and every type, survives a round trip."""
        expected = ENCUESTA
        assert expected == loads(dumps(ENCUESTA), Instrument)
