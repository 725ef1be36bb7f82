"""Tests for `sce_method.monitoring.xlsform._resolve`: which expressions are evaluated, kept as text, or removed."""

from __future__ import annotations

from pathlib import Path

import pytest

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

    def test_nothing_is_kept_as_text(self, tmp_path: Path) -> None:
        """position(..) inside the repeat and count(${hogar}) over it are both evaluated."""
        form = _read(tmp_path, self.FORM)

        expected: set[str] = set()
        assert expected == {q.name for q in form.instrument.questions if not q.evaluated("calculation")}

    POSITION = """
    | survey |
    | | type | name | label | calculation | constraint |
    | | begin_repeat | hogar | Hogar | | |
    | | integer | edad | Edad | | position(..) = 1 or . <= indexed-repeat(${edad}, ${hogar}, position(..) - 1) |
    | | end_repeat | | | | |
    | | calculate | fuera | | position(..) | |
    """

    def test_position_in_a_row_is_judged(self, tmp_path: Path) -> None:
        """In a row, position(..) is its number: ages that must not grow are checked row by row; outside, text."""
        form = _read(tmp_path, self.POSITION)
        good = form.instrument.validate({"hogar": [{"edad": 40}, {"edad": 7}]})
        bad = form.instrument.validate({"hogar": [{"edad": 7}, {"edad": 40}, {"edad": 3}]})

        expected: tuple[object, ...] = (True, False, [], [(1, "instruments.response.constraint")], [])
        assert expected == (
            form.instrument.question("edad").evaluated("constraint"),
            form.instrument.question("fuera").evaluated("calculation"),
            [p.message.key for p in good],
            [(p.path[-2], p.message.key) for p in bad],
            _converts_back(tmp_path, form),
        )

    SUMS = """
    | survey |
    |        | type         | name   | label  | constraint                                   | relevant      |
    |        | begin_repeat | hogar  | Hogar  |                                              |               |
    |        | integer      | edad   | Edad   |                                              |               |
    |        | end_repeat   |        |        |                                              |               |
    |        | integer      | suma   | Suma   | . = sum(${edad}) and . >= count(${hogar})     |               |
    |        | text         | nota   | Nota   |                                              | ${edad} > 3   |
    """

    def test_count_and_sum_over_the_repeat_are_judged(self, tmp_path: Path) -> None:
        """sum(${edad}) and count(${hogar}) outside the repeat are evaluated in validation; ${edad} alone is not."""
        form = _read(tmp_path, self.SUMS)
        rows = [{"edad": 3}, {"edad": 7}]
        good = form.instrument.validate({"hogar": rows, "suma": 10})
        bad = form.instrument.validate({"hogar": rows, "suma": 11})

        expected: tuple[object, ...] = (True, False, [], ["instruments.response.constraint"], [])
        assert expected == (
            form.instrument.question("suma").evaluated("constraint"),
            form.instrument.question("nota").evaluated("relevant"),
            [p.message.key for p in good],
            [p.message.key for p in bad],
            _converts_back(tmp_path, form),
        )

    INDEXED = """
    | survey |
    |        | type         | name   | label  | constraint                                          |
    |        | begin_repeat | hogar  | Hogar  |                                                     |
    |        | integer      | edad   | Edad   |                                                     |
    |        | end_repeat   |        |        |                                                     |
    |        | integer      | mayor  | Mayor  | . = indexed-repeat(${edad}, ${hogar}, 1)             |
    """

    def test_indexed_repeat_is_judged(self, tmp_path: Path) -> None:
        """indexed-repeat(${edad}, ${hogar}, 1) outside the repeat is evaluated: the first row's answer."""
        form = _read(tmp_path, self.INDEXED)
        rows = [{"edad": 40}, {"edad": 7}]
        good = form.instrument.validate({"hogar": rows, "mayor": 40})
        bad = form.instrument.validate({"hogar": rows, "mayor": 7})

        expected: tuple[object, ...] = (True, [], ["instruments.response.constraint"], [])
        assert expected == (
            form.instrument.question("mayor").evaluated("constraint"),
            [p.message.key for p in good],
            [p.message.key for p in bad],
            _converts_back(tmp_path, form),
        )

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


class TestRequiredMessage:
    @pytest.mark.parametrize("header", ["required message", "required_message", "required_message::English (en)"])
    def test_kept_used_and_written_back(self, tmp_path: Path, header: str) -> None:
        """required_message (any spelling pyxform reads) is kept, said when the answer is blank, and written back."""
        text = f"""
        | survey |
        |        | type    | name | label | required | {header}           |
        |        | integer | q    | Q     | yes      | Escriba la edad    |
        """
        form = _read(tmp_path, text)
        problems = form.instrument.validate({"q": None})
        write_xlsform(form.instrument, tmp_path / "again.xlsx")
        back = read_xlsform(tmp_path / "again.xlsx", kind=InstrumentKind.FOLLOW_UP)
        message = form.instrument.question("q").required_message

        expected: tuple[object, ...] = ((), ["instruments.response.required_custom"], "Escriba la edad", [])
        assert expected == (
            form.skipped,
            [p.message.key for p in problems],
            message.es if message else None,
            _converts_back(tmp_path, form),
        )
        again = back.instrument.question("q").required_message
        assert (message.es if message else None) == (again.es if again else None)


class TestChoiceFilter:
    FORM = """
    | survey |
    |        | type               | name      | label     | choice_filter      |
    |        | select_one estados | estado    | Estado    |                    |
    |        | select_one munis   | municipio | Municipio | estado = ${estado} |
    |        | select_one munis   | otro      | Otro      | {other}            |
    | choices |
    |         | list_name | name | label       | estado |
    |         | estados   | jal  | Jalisco     |        |
    |         | estados   | col  | Colima      |        |
    |         | munis     | gdl  | Guadalajara | jal    |
    |         | munis     | man  | Manzanillo  | col    |
    """

    @pytest.mark.parametrize(
        ("municipio", "expected"),
        [("gdl", []), ("man", ["instruments.response.filtered"])],
    )
    def test_evaluated_in_validation(self, tmp_path: Path, municipio: str, expected: list[str]) -> None:
        """A chosen option the filter does not offer for the answers given is a problem; one it offers is not."""
        form = _read(tmp_path, self.FORM.replace("{other}", "name != 'man'"))

        problems = form.instrument.validate({"estado": "jal", "municipio": municipio})
        assert (expected, ()) == ([p.message.key for p in problems], form.skipped)

    def test_names_the_choice_itself(self, tmp_path: Path) -> None:
        """``name`` in a filter is the option's own name."""
        form = _read(tmp_path, self.FORM.replace("{other}", "name != 'man'"))

        problems = form.instrument.validate({"estado": "col", "municipio": "man", "otro": "man"})
        expected = [("otro",)]
        assert expected == [p.path[-1:] for p in problems]

    def test_unevaluable_filter_is_not_judged(self, tmp_path: Path) -> None:
        """A filter outside the subset is kept, written back, and judges nothing."""
        form = _read(tmp_path, self.FORM.replace("{other}", "pulldata('x', 'y', 'z', name)"))

        problems = form.instrument.validate({"estado": "jal", "municipio": "gdl", "otro": "man"})
        expected: tuple[list[object], list[str]] = ([], [])
        assert expected == (problems, _converts_back(tmp_path, form))


class TestChoiceName:
    FORM = """
    | survey |
    | | type | name | label::Español (es) | label::English (en) | calculation | relevant |
    | | select_one act | act | Actividad | Activity | | |
    | | calculate | nombre | | | jr:choice-name(${act}, '${act}') | |
    | | text | detalle | Detalle | Detail | | jr:choice-name(${act}, '${act}') = 'Otro trabajo' |
    | | begin_repeat | hogar | Hogar | Household | | |
    | | select_one act | suya | Actividad | Activity | | |
    | | integer | horas | Horas | Hours | | starts-with(jr:choice-name(${suya}, '${suya}'), 'Otro') |
    | | end_repeat | | | | | |
    | choices |
    | | list_name | name | label::Español (es) | label::English (en) |
    | | act | trabajo | Trabajo | Work |
    | | act | otro | Otro trabajo | Other work |
    """

    def test_evaluated_with_the_labels(self, tmp_path: Path) -> None:
        """jr:choice-name gives the chosen option's Spanish label: relevance on it is judged, in a repeat's rows too."""
        form = _read(tmp_path, self.FORM)
        good = form.instrument.validate(
            {"act": "otro", "detalle": "x", "hogar": [{"suya": "otro", "horas": 3}, {"suya": "trabajo"}]}
        )
        bad = form.instrument.validate({"act": "trabajo", "detalle": "x", "hogar": [{"suya": "trabajo", "horas": 3}]})

        expected: tuple[object, ...] = (
            (),
            [],
            [
                (("preguntas", "detalle"), "instruments.response.not_relevant"),
                (("hogar", 0, "horas"), "instruments.response.not_relevant"),
            ],
            [],
        )
        assert expected == (
            tuple(q.name for q in form.instrument.questions if q.as_text),
            [p.message.key for p in good],
            [(p.path, p.message.key) for p in bad],
            _converts_back(tmp_path, form),
        )

    def test_calculation_gives_the_label(self, tmp_path: Path) -> None:
        """A calculate of jr:choice-name is the label, and a constraint may compare it (blank for a blank answer)."""
        text = """
        | survey |
        |        | type           | name   | label     | calculation                       | constraint       |
        |        | select_one act | act    | Actividad |                                   |                  |
        |        | calculate      | nombre |           | jr:choice-name(${act}, '${act}')  |                  |
        |        | text           | eco    | Eco       |                                   | . = ${nombre}    |
        | choices |
        |         | list_name | name    | label        |
        |         | act       | trabajo | Trabajo      |
        |         | act       | otro    | Otro trabajo |
        """
        form = _read(tmp_path, text)

        expected: tuple[object, ...] = ([], ["instruments.response.constraint"], ["instruments.response.constraint"])
        assert expected == (
            [p.message.key for p in form.instrument.validate({"act": "otro", "eco": "Otro trabajo"})],
            [p.message.key for p in form.instrument.validate({"act": "otro", "eco": "otro"})],
            [p.message.key for p in form.instrument.validate({"eco": "Otro trabajo"})],
        )

    def test_second_argument_not_a_quoted_question(self, tmp_path: Path) -> None:
        """jr:choice-name with a bare name as its second argument does not parse: kept as text, reported, converts."""
        text = """
        | survey |
        |        | type           | name   | label     | calculation                    |
        |        | select_one act | act    | Actividad |                                |
        |        | calculate      | nombre |           | jr:choice-name(${act}, 'act')  |
        | choices |
        |         | list_name | name    | label   |
        |         | act       | trabajo | Trabajo |
        """
        form = _read(tmp_path, text)

        expected: tuple[object, ...] = (False, ["xlsform.kept_as_text"], [])
        assert expected == (
            form.instrument.question("nombre").evaluated("calculation"),
            [p.message.key for p in form.skipped],
            _converts_back(tmp_path, form),
        )
