"""Tests for `sce_method.monitoring.xlsform._resolve`: which expressions are evaluated, kept as text, or removed."""

from __future__ import annotations

from pathlib import Path

from sce_method.monitoring.instruments import InstrumentKind, QuestionType
from sce_method.monitoring.xlsform import ImportedForm, read_xlsform, write_xlsform
from tests.monitoring.xlsform.tables import converts, write_md


def _read(tmp_path: Path, text: str) -> ImportedForm:
    return read_xlsform(write_md(tmp_path / "form.xlsx", text), kind=InstrumentKind.FOLLOW_UP)


def _converts_back(tmp_path: Path, form: ImportedForm) -> list[str]:
    back = tmp_path / "back.xlsx"
    write_xlsform(form.instrument, back)
    return converts(back)


class TestChains:
    def test_removal_follows_the_chain(self, tmp_path: Path) -> None:
        """A calculation naming a missing question goes, then the one using it, then the relevant using that."""
        text = """
        | survey |
        |        | type      | name | label | calculation | relevant   | required |
        |        | calculate | a    |       | ${zz} + 1   |            |          |
        |        | calculate | b    |       | ${a} * 2    |            |          |
        |        | integer   | q    | Q     |             | ${b} > 1   | yes      |
        """
        form = _read(tmp_path, text)

        expected: tuple[object, ...] = (
            [(2, "xlsform.question_dropped"), (3, "xlsform.question_dropped")],
            [(4, "xlsform.expression_dropped"), (4, "xlsform.required_dropped")],
            ["q"],
            [],
        )
        found = [(p.line, p.message.key) for p in form.skipped]
        assert expected == (
            found[:2],
            found[2:],
            [q.name for q in form.instrument.questions],
            _converts_back(tmp_path, form),
        )

    def test_evaluable_calculation_is_evaluated(self, tmp_path: Path) -> None:
        """A calculation in the subset is evaluated: a constraint on it is judged."""
        text = """
        | survey |
        |        | type      | name  | label | calculation   | constraint |
        |        | integer   | n     | N     |               |            |
        |        | calculate | doble |       | ${n} * 2      |            |
        |        | integer   | m     | M     |               | . < ${doble} |
        """
        form = _read(tmp_path, text)

        expected: tuple[object, ...] = ((), ["instruments.response.constraint"])
        problems = form.instrument.validate({"n": 2.0, "m": 9.0})
        assert expected == (form.skipped, [p.message.key for p in problems])


class TestRepeats:
    FORM = """
    | survey |
    |        | type                      | name     | label    | repeat_count | calculation     |
    |        | integer                   | miembros | Miembros |              |                 |
    |        | begin_repeat              | hogar    | Hogar    | ${miembros}  |                 |
    |        | text                      | nombre   | Nombre   |              |                 |
    |        | calculate                 | pos      |          |              | position(..)    |
    |        | end_repeat                |          |          |              |                 |
    |        | select_one ${nombre}      | jefe     | Jefe     |              |                 |
    |        | calculate                 | total    |          |              | count(${hogar}) |
    """

    def test_kept_and_converts(self, tmp_path: Path) -> None:
        """The repeat, its repeat_count, position(..), a select from its answers and count() are kept and convert."""
        form = _read(tmp_path, self.FORM)
        hogar = form.instrument.groups[1]

        expected: tuple[object, ...] = ((5, 5), True, [("repeat_count", "${miembros}")], QuestionType.OPAQUE, [])
        assert expected == (
            (form.kept, form.rows),
            hogar.repeat,
            [(c.name, c.text) for c in hogar.columns],
            form.instrument.question("jefe").type,
            _converts_back(tmp_path, form),
        )

    def test_what_is_kept_as_text(self, tmp_path: Path) -> None:
        """position(..) and count(${hogar}) are kept as text, marked not evaluated."""
        form = _read(tmp_path, self.FORM)

        expected = {"pos", "total"}
        assert expected == {q.name for q in form.instrument.questions if not q.evaluated("calculation")}

    def test_label_naming_a_removed_question(self, tmp_path: Path) -> None:
        """A label's ${name} naming no imported question becomes the name, reported, and the form converts."""
        text = """
        | survey |
        |        | type    | name | label              |
        |        | integer | q    | ¿Cuántos ${zz}?    |
        """
        form = _read(tmp_path, text)
        label = form.instrument.question("q").label

        expected: tuple[object, ...] = (["xlsform.reference_in_text"], "¿Cuántos zz?", [])
        assert expected == (
            [p.message.key for p in form.skipped],
            label.es if label else None,
            _converts_back(tmp_path, form),
        )
