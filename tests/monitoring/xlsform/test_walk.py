"""
Tests for `sce_method.monitoring.xlsform._walk`: survey rows read into groups (nested, repeated) and questions.

Forms are written as markdown tables (`tables.write_md`), the way pyxform's own tests write them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Final

import pytest

from sce_method.exceptions import LoadError
from sce_method.monitoring import read_export
from sce_method.monitoring.instruments import InstrumentKind
from sce_method.monitoring.xlsform import ImportedForm, read_xlsform, write_xlsform
from tests.monitoring.xlsform.tables import converts, write_md


def _read(tmp_path: Path, text: str) -> ImportedForm:
    return read_xlsform(write_md(tmp_path / "form.xlsx", text), kind=InstrumentKind.FOLLOW_UP)


def _keys(form: ImportedForm) -> list[str]:
    return [p.message.key for p in form.skipped]


CAMEL: Final = """
| survey |
|        | type             | name   | label |
|        | select_one yesNo | works  | Do you work? |
| choices |
|         | list_name | name | label |
|         | yesNo     | yes  | Yes |
|         | yesNo     | no   | No |
"""


class TestListNames:
    def test_camel_case_list_keeps_its_case(self, tmp_path: Path) -> None:
        """`select_one yesNo` uses the list yesNo (the minimal reproduction: it was read as 'yesno')."""
        form = _read(tmp_path, CAMEL)

        expected: tuple[object, ...] = ([], "yesNo", ["yesNo"])
        assert expected == (
            _keys(form),
            form.instrument.question("works").choices,
            [c.name for c in form.instrument.choice_lists],
        )

    def test_trailing_spaces_trimmed_and_reported_once(self, tmp_path: Path) -> None:
        """Spaces around list names, names and headers are trimmed, and said once per sheet."""
        text = """
        | survey |
        |        | type               | name    | label |
        |        | select_one yesNo   | works   | Do you work? |
        | choices |
        |         | list_name | name | label |
        |         | yesNo     | yes  | Yes |
        |         | yesNo     | no   | No |
        """
        path = write_md(tmp_path / "form.xlsx", text)
        import openpyxl  # noqa: PLC0415 -- only this test writes cells with spaces markdown cannot keep

        workbook = openpyxl.load_workbook(path)
        workbook["survey"]["A2"] = "select_one yesNo "
        workbook["survey"]["B2"] = "works "
        workbook["survey"]["C1"] = "label "
        workbook["choices"]["A2"] = "yesNo "
        workbook.save(path)

        form = read_xlsform(path, kind=InstrumentKind.FOLLOW_UP)
        trimmed = [p for p in form.skipped if p.message.key == "xlsform.trimmed"]
        expected = (["form.xlsx[survey]", "form.xlsx[choices]"], [3, 1], "yesNo")
        assert expected == (
            [p.file for p in trimmed],
            [p.message.params["count"] for p in trimmed],
            form.instrument.question("works").choices,
        )

    def test_failed_import_gives_each_rows_reason_first(self, tmp_path: Path) -> None:
        """A form whose only select names a missing list says so at its row, before 'nothing imported'."""
        text = CAMEL.replace("| yesNo     |", "| yes_no    |")

        with pytest.raises(LoadError) as caught:
            _read(tmp_path, text)
        problems = caught.value.problems
        expected = (["xlsform.missing_list", "xlsform.nothing_imported"], 2, "form.xlsx[survey]")
        assert expected == (
            [p.message.key for p in problems],
            problems[0].line,
            problems[0].file,
        )


NESTED: Final = """
| survey |
|        | type             | name | label     | relevant        | required |
|        | select_one yesNo | a    | A         |                 | |
|        | begin_group      | g1   | Group 1   | ${a} = 'yes'    | |
|        | integer          | b    | B         |                 | |
|        | begin_group      | g2   | Group 2   | ${b} > 2        | |
|        | text             | q    | Q         |                 | yes |
|        | end_group        | g2   |           |                 | |
|        | text             | r    | R         |                 | |
|        | end_group        | g1   |           |                 | |
| choices |
|         | list_name | name | label |
|         | yesNo     | yes  | Yes |
|         | yesNo     | no   | No |
"""


class TestNestedGroups:
    def test_structure(self, tmp_path: Path) -> None:
        """g2 inside g1 is a group with g1 as its parent; g1 is split around it, in form order."""
        form = _read(tmp_path, NESTED)

        groups = form.instrument.groups
        expected: tuple[object, ...] = ([], [("preguntas",), ("g1",), ("g1", "g2"), ("g1",)])
        assert expected == (_keys(form), [g.path for g in groups])

    @pytest.mark.parametrize(
        ("answers", "expected"),
        [
            ({"a": "no"}, []),
            ({"a": "yes", "b": 1}, []),
            ({"a": "yes", "b": 3}, [(("g1", "g2", "q"), "instruments.response.required")]),
            (
                {"a": "no", "b": 3, "q": "x"},
                [
                    (("g1", "b"), "instruments.response.not_relevant"),
                    (("g1", "g2", "q"), "instruments.response.not_relevant"),
                ],
            ),
            ({"a": "yes", "b": 3, "q": "x"}, []),
        ],
    )
    def test_relevance_is_the_conjunction(
        self, tmp_path: Path, answers: dict[str, object], expected: list[tuple[tuple[str, ...], str]]
    ) -> None:
        """Q is asked only when its group's and every enclosing group's relevant hold (the minimal reproduction)."""
        form = _read(tmp_path, NESTED)

        problems = form.instrument.validate({k: float(str(v)) if k == "b" else v for k, v in answers.items()})
        assert expected == [(p.path, p.message.key) for p in problems]

    def test_round_trip_converts_and_nests_again(self, tmp_path: Path) -> None:
        """Written back, the form converts in pyxform and reads back with the same groups."""
        form = _read(tmp_path, NESTED)
        back = tmp_path / "back.xlsx"
        write_xlsform(form.instrument, back)

        again = read_xlsform(back, kind=InstrumentKind.FOLLOW_UP)

        def shape(imported: ImportedForm) -> list[tuple[object, ...]]:
            return [
                (g.path, g.relevant, [p.relevant for p in g.parents], [(q.name, q.required) for q in g.questions])
                for g in imported.instrument.groups
            ]

        expected: tuple[object, ...] = ([], [], shape(form))
        assert expected == (converts(back), _keys(again), shape(again))

    def test_unevaluable_group_condition_never_makes_a_question_required(self, tmp_path: Path) -> None:
        """g2's relevant kept as text: q is not required of a response (its relevance is unknown)."""
        text = NESTED.replace("${b} > 2       ", "pulldata('f', 'c', 'k', ${b}) > 2")
        form = _read(tmp_path, text)

        problems = form.instrument.validate({"a": "yes", "b": 3.0})
        expected: tuple[object, ...] = (["xlsform.kept_as_text"], [])
        assert expected == (_keys(form), problems)

    def test_removed_condition_drops_required(self, tmp_path: Path) -> None:
        """A group relevant naming a question not imported is removed, and q is no longer required (reported)."""
        text = NESTED.replace("${b} > 2", "${zz} > 2")
        form = _read(tmp_path, text)

        expected = (["xlsform.expression_dropped", "xlsform.required_dropped"], False)
        assert expected == (
            _keys(form),
            form.instrument.question("q").required,
        )

    @pytest.mark.parametrize(
        ("headers", "meta"),
        [
            (["a", "g1/b", "g1/g2/q", "g1/r"], ["_uuid", "_submission_time"]),
            (["a", "g1-b", "g1-g2-q", "g1-r"], ["SubmissionDate", "KEY"]),
            (["a", "b", "q", "r"], ["SubmissionDate", "KEY"]),
        ],
    )
    def test_export_headers_at_any_depth(self, tmp_path: Path, headers: list[str], meta: list[str]) -> None:
        """Kobo's g1/g2/q, Central's g1-g2-q and Central's 'remove group names' all match, no false alarm."""
        form = _read(tmp_path, NESTED)
        stamp = "2024-05-01T10:00:00Z"
        rows = [
            [*meta, *headers],
            ["uuid-1", stamp, "yes", "3", "x", ""],
            ["uuid-2", stamp, "yes", "3", "", ""],  # planted: q is required here
            ["uuid-3", stamp, "no", "", "x", ""],  # planted: q is not relevant here
        ]
        export = tmp_path / "export.csv"
        export.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")

        reading = read_export(export, form.instrument)
        found = [(p.line, p.path[-1], p.message.key) for p in reading.row_problems]
        expected = [(3, "q", "instruments.response.required"), (4, "q", "instruments.response.not_relevant")]
        assert expected == found


WHO_VA: Final = """
| survey |
|        | type      | name         | label          | calculation |
|        | date      | Id10021      | Date of birth  | |
|        | date      | Id10023      | Date of death  | |
|        | calculate | ageInDays |  | int(decimal-date-time(${Id10023}) - decimal-date-time(${Id10021})) |
|        | calculate | ageInYears   |                | int(${ageInDays} div 365.25) |
|        | calculate | ageInMonths  |                | int(${ageInDays} div 30.4) |
|        | calculate | isNeonatal   |                | if(${ageInDays} < 28, 1, 0) |
|        | calculate | isAdult      |                | if(${ageInYears} >= 12, 1, 0) |
|        | calculate | yearOfDeath  |                | format-date(${Id10023}, '%Y') |
|        | integer   | Id10120      | Days ill       | |
"""
"""In the style of the WHO 2016 verbal autopsy form: dates, then calculations chained on date arithmetic."""


class TestChainedDateCalculates:
    def test_every_calculate_imports(self, tmp_path: Path) -> None:
        """All six chained calculates are kept (the minimal reproduction: they were dropped)."""
        form = _read(tmp_path, WHO_VA)

        expected = (9, 9)
        assert expected == (form.kept, form.rows)

    def test_round_trip_unchanged(self, tmp_path: Path) -> None:
        """Written back, each calculation is the form's text and the form converts in pyxform."""
        form = _read(tmp_path, WHO_VA)
        back = tmp_path / "back.xlsx"
        write_xlsform(form.instrument, back)

        again = read_xlsform(back, kind=InstrumentKind.FOLLOW_UP)
        calculations = [q.calculation for q in form.instrument.questions if q.calculation]
        expected: tuple[object, ...] = ([], calculations)
        assert expected == (
            converts(back),
            [q.calculation for q in again.instrument.questions if q.calculation],
        )

    def test_unevaluable_ones_marked_not_evaluated(self, tmp_path: Path) -> None:
        """Whatever cannot be evaluated is marked kept-as-text, never dropped, and a response still validates."""
        form = _read(tmp_path, WHO_VA)

        kept_as_text = {q.name for q in form.instrument.questions if not q.evaluated("calculation")}
        problems = form.instrument.validate(
            {"Id10021": dt.date(1950, 1, 1), "Id10023": dt.date(2020, 1, 1), "Id10120": 3.0}
        )
        assert kept_as_text <= {"ageInDays", "ageInYears", "ageInMonths", "isNeonatal", "isAdult", "yearOfDeath"}
        expected: tuple[object, ...] = ([], set())
        assert expected == (problems, {p.message.key for p in form.skipped} - {"xlsform.kept_as_text"})
