"""Tests for `sce_method.participants._spec`: a list described once, and the row its model is built from."""

from __future__ import annotations

import pendulum
import pytest

from sce_method import message
from sce_method.exceptions import InvariantError, Problem, UnknownIdError
from sce_method.participants import ListSpec, Row, RowRefused, Table
from sce_method.participants._lists import PARTICIPANT
from sce_method.participants._parsers import CENTRE, DATE, ID, TEXT
from sce_method.participants._spec import Cell, Column, Unique


def _spec(*columns: Column, unique: Unique | None = None) -> ListSpec[Row]:
    return ListSpec(name="x", columns=columns, build=lambda row: row, unique=unique)


class TestTable:
    def test_allowed(self) -> None:
        """A list allows its columns, then its optional ones."""
        expected = ("a", "b", "c")

        assert expected == Table("x", ("a", "b"), ("c",)).allowed

    def test_not_required_by_default(self) -> None:
        """A list is optional unless said otherwise."""
        expected = False

        assert expected == Table("x", ("a",)).required


class TestListSpec:
    def test_table_splits_required_and_optional_columns(self) -> None:
        """The header's view of a spec: required columns, then optional ones, each in declared order."""
        spec = ListSpec(
            name="x",
            required=True,
            columns=(Column("a", TEXT), Column("b", TEXT, required=False), Column("c", DATE)),
            build=lambda row: row,
        )

        expected = Table("x", ("a", "c"), ("b",), required=True)
        assert expected == spec.table

    def test_optional_list_by_default(self) -> None:
        """A list is optional unless its spec says otherwise."""
        expected = False

        assert expected == _spec(Column("a", TEXT)).required

    @pytest.mark.parametrize("cell", [TEXT, DATE])
    def test_an_id_column_must_hold_ids(self, cell: Cell[object]) -> None:
        """A column named ``*_id`` holds ids (the id pattern, a slug of the methodology, or a reference)."""
        with pytest.raises(InvariantError, match="visit_id"):
            _spec(Column("visit_id", cell))

    def test_id_columns(self) -> None:
        """ID, a methodology's id and a reference are id cells."""
        expected = ("a_id", "centre_id", "participant_id")

        spec = _spec(Column("a_id", ID), Column("centre_id", CENTRE), Column("participant_id", PARTICIPANT))
        assert expected == tuple(c.name for c in spec.columns)

    def test_hides_values_with_a_personal_column(self) -> None:
        """A list with a personal column hides every refused value; one without does not."""
        expected = (True, False)

        assert expected == (
            _spec(Column("a", TEXT), Column("name", TEXT, required=False, personal=True)).hides_values,
            _spec(Column("a", TEXT)).hides_values,
        )

    def test_a_column_declared_twice_is_refused(self) -> None:
        """Each column is declared once."""
        with pytest.raises(InvariantError, match="se declara dos veces"):
            _spec(Column("a", TEXT), Column("a", DATE))

    def test_a_unique_key_needs_required_columns(self) -> None:
        """A row without its key could not be told apart: the key's columns must be required."""
        unique = Unique(("b",), lambda _, first: message("participants.cohort.duplicate_participant", first=first))
        with pytest.raises(InvariantError, match="columnas obligatorias"):
            _spec(Column("a", TEXT), Column("b", TEXT, required=False), unique=unique)


class TestRow:
    ROW = Row({"id": "P1", "day": pendulum.Date(2024, 7, 1), "note": None}, file="x.csv", line=7)

    def test_typed_values(self) -> None:
        """Values come back with the type asked for."""
        expected = ("P1", pendulum.Date(2024, 7, 1))

        assert expected == (self.ROW.value("id", str), self.ROW.value("day", pendulum.Date))

    def test_optional_blank_is_none(self) -> None:
        """An optional column left blank reads as None."""
        expected = None

        assert expected == self.ROW.optional("note", str)

    def test_where_it_was_read(self) -> None:
        """A row knows its file and line, for the records that keep them."""
        expected = ("x.csv", 7)

        assert expected == (self.ROW.file, self.ROW.line)

    @pytest.mark.parametrize("optional", [False, True])
    def test_wrong_type_is_a_type_error_without_the_value(self, *, optional: bool) -> None:
        """Asking for another type is a mistake in the spec: a TypeError that does not show the value."""
        get = self.ROW.optional if optional else self.ROW.value
        with pytest.raises(TypeError) as caught:
            get("id", float)

        expected = "column 'id' holds a str, not a float"
        assert expected == str(caught.value)

    def test_unknown_column(self) -> None:
        """A column the spec does not declare is an UnknownIdError (a KeyError) naming the columns, not the values."""
        with pytest.raises(UnknownIdError) as caught:
            self.ROW.value("hours", float)

        expected = (True, "no existe columna con id 'hours'; existen: id, day, note")
        assert expected == (isinstance(caught.value, KeyError), str(caught.value))

    def test_repr_shows_no_value(self) -> None:
        """The repr names the columns, not their values (they may be personal)."""
        expected = "Row(file='x.csv', line=7, columns=['id', 'day', 'note'])"

        assert expected == repr(self.ROW)


class TestRowRefused:
    ERROR = InvariantError([Problem(path=("withdrawn_on",), message=message("participants.cell.blank"))])

    def test_on_the_row(self) -> None:
        """By default a record's problem is placed on the row, with its own path."""
        expected = ((None, ("withdrawn_on",), "participants.cell.blank"),)

        refused = TestRow.ROW.refused(self.ERROR)
        assert expected == tuple((at, path, msg.key) for at, path, msg in refused.problems)

    def test_at_a_cell(self) -> None:
        """Placed at a column, a problem takes that column as its path."""
        expected = (("day", ("day",), "participants.cell.blank"),)

        refused = TestRow.ROW.refused(self.ERROR, at="day")
        assert expected == tuple((at, path, msg.key) for at, path, msg in refused.problems)

    def test_is_an_exception(self) -> None:
        """A builder raises it."""
        expected = True

        assert expected == isinstance(TestRow.ROW.refused(self.ERROR), RowRefused)
