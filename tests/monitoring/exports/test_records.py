"""Tests for `sce_method.monitoring.exports._records`: records an API gives, read like an export."""

from __future__ import annotations

from pathlib import Path

import pytest

from sce_method.exceptions import LoadError
from sce_method.monitoring.exports import Flavour, read_records
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
