"""Tests for `sce_method.monitoring.exports._records`: records an API gives, read like an export."""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method.exceptions import LoadError
from sce_method.monitoring.exports import Flavour, _inline, read_records
from sce_method.monitoring.exports._flatten import MAX_DEPTH
from sce_method.monitoring.instruments import Instrument, InstrumentKind
from sce_method.monitoring.xlsform import read_xlsform
from tests.monitoring.xlsform.tables import write_md

FORM = """
| survey |
|        | type             | name    | label   | required | relevant       |
|        | begin_group      | g1      | G1      |          |                |
|        | select_one yesNo | trabaja | Trabaja | yes      |                |
|        | begin_group      | g2      | G2      |          | ${trabaja} = 'yes' |
|        | integer          | horas   | Horas   | yes      |                |
|        | end_group        |         |         |          |                |
|        | end_group        |         |         |          |                |
| choices |
|         | list_name | name | label |
|         | yesNo     | yes  | Yes   |
|         | yesNo     | no   | No    |
"""


def _form(tmp_path: Path) -> Instrument:
    return read_xlsform(write_md(tmp_path / "form.xlsx", FORM), kind=InstrumentKind.FOLLOW_UP).instrument


class TestCentralOData:
    def test_nested_groups_and_system(self, tmp_path: Path) -> None:
        """Central's nested groups and __system are read; a planted missing answer is found at its record."""
        records: list[object] = [
            {
                "__id": "uuid:1",
                "__system": {"submissionDate": "2024-05-01T10:00:00Z"},
                "g1": {"trabaja": "yes", "g2": {"horas": 40}},
            },
            {
                "__id": "uuid:2",
                "__system": {"submissionDate": "2024-05-01T11:00:00Z"},
                "g1": {"trabaja": "yes", "g2": {"horas": None}},
            },
            {
                "__id": "uuid:3",
                "__system": {"submissionDate": "2024-05-01T12:00:00Z"},
                "g1": {"trabaja": "no", "g2": {}},
            },
        ]
        reading = read_records(records, _form(tmp_path), source="odata")

        expected: tuple[object, ...] = (
            Flavour.ODK_CENTRAL,
            ["1", "2", "3"],
            [("odata", 2, ("g1", "g2", "horas"), "instruments.response.required")],
        )
        assert expected == (
            reading.flavour,
            [r.submission.instance_id for r in reading.responses],
            [(p.file, p.line, p.path, p.message.key) for p in reading.row_problems],
        )


class TestKoboResults:
    def test_flat_paths(self, tmp_path: Path) -> None:
        """KoboToolbox's g1/g2/q keys are read; an answer not in its list is found."""
        records: list[object] = [
            {"_uuid": "a", "_submission_time": "2024-05-01T10:00:00", "g1/trabaja": "yes", "g1/g2/horas": "8"},
            {"_uuid": "b", "_submission_time": "2024-05-01T10:00:00", "g1/trabaja": "tal vez"},
        ]
        reading = read_records(records, _form(tmp_path))

        expected: tuple[object, ...] = (Flavour.KOBO, [(2, "trabaja", "instruments.response.not_a_choice")])
        assert expected == (reading.flavour, [(p.line, p.path[-1], p.message.key) for p in reading.row_problems])


class TestRefused:
    def test_not_a_record(self, tmp_path: Path) -> None:
        """Something that is not a mapping is refused at its place."""
        with pytest.raises(LoadError) as caught:
            read_records([{"g1/trabaja": "yes"}, "x"], _form(tmp_path))
        expected = [("records", 2, "exports.not_a_record")]
        assert expected == [(p.file, p.line, p.message.key) for p in caught.value.problems]

    def test_no_records(self, tmp_path: Path) -> None:
        """No records at all is an empty input."""
        with pytest.raises(LoadError) as caught:
            read_records([], _form(tmp_path))
        expected = ["core.load.empty"]
        assert expected == [p.message.key for p in caught.value.problems]


HOGAR: Final = """
| survey |
|        | type             | name     | label    | required | constraint | relevant      |
|        | integer          | miembros | Miembros | yes      |            |               |
|        | begin_group      | grupo    | Grupo    |          |            |               |
|        | begin_repeat     | hogar    | Hogar    |          |            |               |
|        | text             | nombre   | Nombre   | yes      |            |               |
|        | integer          | edad     | Edad     |          | . < 120    |               |
|        | select_one yesNo | trabaja  | Trabaja  | yes      |            | ${edad} >= 15 |
|        | end_repeat       |          |          |          |            |               |
|        | end_group        |          |          |          |            |               |
| choices |
|         | list_name | name | label |
|         | yesNo     | yes  | Yes   |
|         | yesNo     | no   | No    |
"""
NAME: Final = "María Pérez Gómez"
"""A name planted in the answers: it must never be in a problem's text."""


def _hogar(tmp_path: Path) -> Instrument:
    return read_xlsform(write_md(tmp_path / "hogar.xlsx", HOGAR), kind=InstrumentKind.FOLLOW_UP).instrument


@functools.cache
def _hogar_once() -> Instrument:
    """The form read once, for the property test (hypothesis runs a test many times, without a fresh tmp_path)."""
    with tempfile.TemporaryDirectory() as folder:
        return _hogar(Path(folder))


def _kobo(people: list[list[dict[str, object]]]) -> list[object]:
    """KoboToolbox API v2 ``results``: one record per list of people, the repeat under its full path."""
    return [
        {
            "_uuid": f"u-{n}",
            "_submission_time": "2024-05-01T10:00:00",
            "miembros": str(len(rows)),
            "grupo/hogar": [{f"grupo/hogar/{k}": v for k, v in row.items()} for row in rows],
            "_attachments": [],
            "_tags": [],
            "_notes": [],
            "_geolocation": [None, None],
        }
        for n, rows in enumerate(people, start=1)
    ]


def _central(people: list[list[dict[str, object]]]) -> list[object]:
    """ODK Central OData with ``$expand=*``: the repeat a list under its name inside the group object."""
    return [
        {
            "__id": f"uuid:{n}",
            "__system": {"submissionDate": "2024-05-01T10:00:00Z"},
            "miembros": len(rows),
            "grupo": {
                "hogar@odata.navigationLink": f"Submissions('uuid:{n}')/grupo/hogar",
                "hogar": [{"__id": f"h{n}-{i}", **row} for i, row in enumerate(rows)],
            },
        }
        for n, rows in enumerate(people, start=1)
    ]


def _central_tables(people: list[list[dict[str, object]]]) -> tuple[list[object], dict[str, list[object]]]:
    """ODK Central OData without ``$expand``: a navigation link in each record, the rows in their own table."""
    records: list[object] = [
        {
            "__id": f"uuid:{n}",
            "__system": {"submissionDate": "2024-05-01T10:00:00Z"},
            "miembros": len(rows),
            "grupo": {"hogar@odata.navigationLink": f"Submissions('uuid:{n}')/grupo/hogar"},
        }
        for n, rows in enumerate(people, start=1)
    ]
    table: list[object] = [
        {"__id": f"h{n}-{i}", "__Submissions-id": f"uuid:{n}", **row}
        for n, rows in enumerate(people, start=1)
        for i, row in enumerate(rows)
    ]
    return records, {"hogar": table}


GOOD: Final[list[list[dict[str, object]]]] = [
    [{"nombre": "Ana", "edad": "30", "trabaja": "yes"}, {"nombre": "Luis", "edad": 8}],
    [{"nombre": "Eva", "edad": 40, "trabaja": "no"}],
]
PLANTED: Final[list[list[dict[str, object]]]] = [
    [{"edad": 30, "trabaja": "yes"}, {"nombre": NAME, "edad": "130", "trabaja": "no"}],  # nombre missing; edad > 120
    [
        {"nombre": "Eva", "edad": "cuarenta"},
        {"nombre": "Teo", "edad": 9, "trabaja": "yes"},
    ],  # not a number; not relevant
]
PLANTED_FOUND: Final = [
    ("records", 1, ("grupo", "hogar", 0, "nombre"), "instruments.response.required"),
    ("records", 1, ("grupo", "hogar", 1, "edad"), "instruments.response.constraint"),
    ("records", 2, ("grupo", "hogar", 0, "edad"), "exports.not_integer"),
    ("records", 2, ("grupo", "hogar", 1, "trabaja"), "instruments.response.not_relevant"),
]


def _shapes(people: list[list[dict[str, object]]]) -> dict[str, tuple[list[object], dict[str, list[object]] | None]]:
    return {"kobo": (_kobo(people), None), "central": (_central(people), None), "tables": _central_tables(people)}


class TestRepeatsInRecords:
    """
    A repeat's rows inside API records, in the shapes the servers give.

    The shapes were checked against the servers' own code before being built on:
    KoboToolbox (formpack ``tests/fixtures/grouped_repeatable/v1.json`` and ``nested_grouped_repeatable/v1.json``,
    the submissions kpi's API v2 ``results`` carry): a repeat is a list under its full path
    (``"household_visit/houshold_member_repeat": [{"household_visit/houshold_member_repeat/household_member_name":
    ...}]``), a repeat in a repeat a list inside a row under its full path. ODK Central (central-backend
    ``test/unit/data/odata.js``, "should expand all repeat tables for $expand=*"): a list under the repeat's name
    inside its group object, beside ``child@odata.navigationLink``, each row with its ``__id``; without
    ``$expand`` only the link ("should provide navigation links for repeats"), the rows in the table
    ``Submissions.children.child`` each with ``__Submissions-id`` (the record's ``__id``), a nested repeat's rows
    with ``__Submissions-children-child-id`` (the parent row's ``__id``; "should return second-order subtable
    results"). pyodk's ``get_table(table_name=..., expand=...)``: "Currently, only `*` (star) is implemented".
    """

    @pytest.mark.parametrize("shape", ["kobo", "central", "tables"])
    def test_valid_rows_no_false_alarm(self, tmp_path: Path, shape: str) -> None:
        """Good rows in each shape: no problem, no warning; the rows kept, typed, under the repeat's name."""
        records, tables = _shapes(GOOD)[shape]
        reading = read_records(records, _hogar(tmp_path), repeats=tables)

        kept = [
            [(row["nombre"], row["edad"], row.get("trabaja")) for row in r.answers["hogar"]]  # type: ignore[attr-defined]
            for r in reading.responses
        ]
        expected: tuple[object, ...] = ((), (), (), [[("Ana", 30, "yes"), ("Luis", 8, None)], [("Eva", 40, "no")]])
        assert expected == (reading.problems, reading.row_problems, reading.warnings, kept)

    @pytest.mark.parametrize("shape", ["kobo", "central", "tables"])
    def test_planted_errors_found_at_their_record(self, tmp_path: Path, shape: str) -> None:
        """Each planted error is found at its record (records:N), its path naming the repeat and the row from 0."""
        records, tables = _shapes(PLANTED)[shape]
        reading = read_records(records, _hogar(tmp_path), repeats=tables)

        found = sorted((p.file, p.line, p.path, p.message.key) for p in reading.row_problems)
        assert (found, reading.problems) == (PLANTED_FOUND, ())

    @pytest.mark.parametrize("shape", ["kobo", "central", "tables"])
    def test_no_personal_data_in_problems(self, tmp_path: Path, shape: str) -> None:
        """The planted name is in the answers, never in a problem's or warning's text, in either language."""
        records, tables = _shapes(PLANTED)[shape]
        reading = read_records(records, _hogar(tmp_path), repeats=tables)

        said = [p.render(lang) for p in (*reading.row_problems, *reading.warnings) for lang in ("es", "en")]
        assert (bool(said), [s for s in said if "María" in s or "Pérez" in s]) == (True, [])

    def test_list_under_no_repeat_is_a_problem(self, tmp_path: Path) -> None:
        """A list under a key that is no repeat is a problem of its record, not dropped; Kobo's _ lists are not."""
        records = _kobo(GOOD)
        assert isinstance(records[1], dict)
        records[1]["grupo/vecinos"] = [{"grupo/vecinos/nombre": NAME}]
        reading = read_records(records, _hogar(tmp_path))

        found = [(p.file, p.line, p.path, p.message.key) for p in reading.row_problems]
        assert found == [("records", 2, ("grupo", "vecinos"), "exports.unknown_list")]

    def test_unknown_key_of_rows_warned(self, tmp_path: Path) -> None:
        """A key of a repeat's rows that is no question of it is warned about once, not read silently."""
        people = [[{**row, "apodo": NAME} for row in rows] for rows in GOOD]
        reading = read_records(_kobo(people), _hogar(tmp_path))

        expected = [(("grupo", "hogar", "grupo/hogar/apodo"), "exports.unknown_repeat_key")]
        assert expected == [(p.path, p.message.key) for p in reading.warnings]

    def test_row_not_a_mapping(self, tmp_path: Path) -> None:
        """A repeat row that is not an object is a problem at its place, the others read."""
        records = _central(GOOD)
        assert isinstance(records[0], dict)
        records[0]["grupo"]["hogar"].append("x")
        reading = read_records(records, _hogar(tmp_path))

        expected = [("records", 1, ("grupo", "hogar", 2), "exports.not_a_record")]
        assert expected == [(p.file, p.line, p.path, p.message.key) for p in reading.row_problems]
        assert [len(r.answers["hogar"]) for r in reading.responses] == [2, 1]  # type: ignore[arg-type]

    def test_without_expand_and_no_table_warns(self, tmp_path: Path) -> None:
        """Central without $expand and no table given: the rows are not read, and that is said."""
        records, _ = _central_tables(GOOD)
        reading = read_records(records, _hogar(tmp_path))

        assert [(p.path, p.message.key) for p in reading.warnings] == [(("hogar",), "exports.repeat_not_in_records")]


class TestSeparateTables:
    def test_orphan_and_keyless_rows(self, tmp_path: Path) -> None:
        """A table row whose __Submissions-id is no record's __id, or that has none, is a problem of the table."""
        records, tables = _central_tables(GOOD)
        tables["hogar"] += [{"__Submissions-id": "uuid:9", "nombre": NAME}, {"nombre": NAME}]
        reading = read_records(records, _hogar(tmp_path), repeats=tables)

        expected = [("records[hogar]", 4, "exports.orphan_row"), ("records[hogar]", 5, "exports.no_parent_key")]
        assert expected == [(p.file, p.line, p.message.key) for p in reading.problems]

    def test_unknown_repeat_refused(self, tmp_path: Path) -> None:
        """A table under a name that is no repeat of the instrument is refused, saying which there are."""
        records, _ = _central_tables(GOOD)
        with pytest.raises(LoadError) as caught:
            read_records(records, _hogar(tmp_path), repeats={"hogares": []})
        expected = [("records[hogares]", "exports.unknown_repeat")]
        assert expected == [(p.file, p.message.key) for p in caught.value.problems]

    def test_rows_given_twice_refused(self, tmp_path: Path) -> None:
        """Rows inside the records and a table for the same repeat would be read twice: refused."""
        _, tables = _central_tables(GOOD)
        with pytest.raises(LoadError) as caught:
            read_records(_central(GOOD), _hogar(tmp_path), repeats=tables)
        expected = [("records[hogar]", "exports.repeat_twice")]
        assert expected == [(p.file, p.message.key) for p in caught.value.problems]


NESTED: Final = """
| survey |
|        | type         | name     | label    | required |
|        | integer      | miembros | Miembros |          |
|        | begin_repeat | hogar    | Hogar    |          |
|        | text         | nombre | Nombre | yes      |
|        | begin_repeat | hijos  | Hijos  |          |
|        | integer      | edad   | Edad   |          |
|        | end_repeat   |        |        |          |
|        | end_repeat   |        |        |          |
"""


class TestNestedRepeats:
    """A repeat in a repeat: its rows are kept in their parent row (validating them is `instruments`' part)."""

    def _form(self, tmp_path: Path) -> Instrument:
        return read_xlsform(write_md(tmp_path / "nested.xlsx", NESTED), kind=InstrumentKind.FOLLOW_UP).instrument

    def test_kobo_nested_rows_kept(self, tmp_path: Path) -> None:
        """Kobo's nested list (full path keys) is kept, typed, in its parent row; no "not read" note for it."""
        records: list[object] = [
            {
                "_uuid": "a",
                "miembros": 1,
                "hogar": [{"hogar/nombre": "Ana", "hogar/hijos": [{"hogar/hijos/edad": "3"}]}],
            }
        ]
        reading = read_records(records, self._form(tmp_path))
        expected: tuple[object, ...] = (({"nombre": "Ana", "hijos": [{"edad": 3}]},), ())
        assert expected == (reading.responses[0].answers["hogar"], reading.warnings)

    def test_central_nested_rows_kept(self, tmp_path: Path) -> None:
        """Central's $expand=* nested list, and its separate second-order table, are kept in their parent row."""
        expanded: list[object] = [
            {"__id": "uuid:a", "miembros": 1, "hogar": [{"__id": "h1", "nombre": "Ana", "hijos": [{"edad": 3}]}]}
        ]
        records: list[object] = [{"__id": "uuid:a", "miembros": 1, "hogar@odata.navigationLink": "x"}]
        tables: dict[str, Sequence[object]] = {
            "hogar": [{"__id": "h1", "__Submissions-id": "uuid:a", "nombre": "Ana"}],
            "hijos": [{"__id": "c1", "__Submissions-hogar-id": "h1", "edad": 3}],
        }
        got = [
            read_records(expanded, self._form(tmp_path)).responses[0].answers["hogar"],
            read_records(records, self._form(tmp_path), repeats=tables).responses[0].answers["hogar"],
        ]
        assert got == [({"nombre": "Ana", "hijos": [{"edad": 3}]},)] * 2


class TestLimits:
    def test_too_deep_refused(self, tmp_path: Path) -> None:
        """A record nesting objects deeper than MAX_DEPTH is refused at its place, not walked."""
        deep: dict[str, object] = {"x": 1}
        for _ in range(MAX_DEPTH + 2):
            deep = {"g": deep}
        with pytest.raises(LoadError) as caught:
            read_records([{"g1/trabaja": "yes"}, deep], _form(tmp_path))
        assert [(p.file, p.line, p.message.key) for p in caught.value.problems] == [("records", 2, "exports.too_deep")]

    def test_too_many_repeat_rows_refused(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """More repeat rows than the limit (lowered here) are refused with the limit said."""
        monkeypatch.setattr(_inline, "MAX_REPEAT_ROWS", 2)
        with pytest.raises(LoadError) as caught:
            read_records(_kobo(GOOD + GOOD), _hogar(tmp_path))
        assert [(p.file, p.line, p.message.key) for p in caught.value.problems] == [
            ("records", 2, "exports.too_many_repeat_rows")
        ]


class TestNoListDropped:
    @given(
        st.lists(
            st.dictionaries(
                st.from_regex(r"[a-z][a-z0-9]{0,6}", fullmatch=True).filter(lambda k: k not in {"miembros", "hogar"}),
                st.lists(st.integers(), max_size=3),
                max_size=3,
            ),
            min_size=1,
            max_size=4,
        )
    )
    def test_every_list_read_or_said(self, extra: list[dict[str, list[int]]]) -> None:
        """A list under any key that is no repeat is a problem of its record: none is dropped silently."""
        records: list[object] = [{"_uuid": f"u{n}", "miembros": 1, **lists} for n, lists in enumerate(extra)]
        reading = read_records(records, _hogar_once())

        expected = sorted((n, (key,)) for n, lists in enumerate(extra, start=1) for key in lists)
        found = sorted((p.line, p.path) for p in reading.row_problems if p.message.key == "exports.unknown_list")
        assert expected == found
