"""Tests for `sce_method.participants._parsers`: the kinds of cell, bound to a reading."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import pendulum
import pytest

import sce_method
from sce_method import SLUG, Message, message
from sce_method.exceptions import InvariantError
from sce_method.participants import CellSchema, CompletionSource, ListSpec, Row, Vocabulary
from sce_method.participants import _cells as cells
from sce_method.participants import _parsers as parsers
from sce_method.participants._lists import MENTEE, PARTICIPANT, PARTICIPANTS
from sce_method.participants._parsers import DATE, HOURS, ID, MODULE, TEXT, Reference, member_of, one_of, private
from sce_method.participants._spec import Column, ListRead

R = TypeVar("R")


@attrs.define
class _Reading:
    """A reading with a vocabulary and the participants list as read."""

    vocabulary: Vocabulary | None = None
    participants: ListRead[Any] = attrs.field(factory=lambda: ListRead("participants.csv"))

    reported: list[tuple[str, int | None, int | None, tuple[str, ...], Message]] = attrs.field(factory=list)

    def read_of(self, spec: ListSpec[R]) -> ListRead[R]:
        assert spec.name == "participants"
        found: ListRead[R] = self.participants
        return found

    def report(self, file: str, line: int | None, column: int | None, path: tuple[str, ...], msg: Message) -> None:
        self.reported.append((file, line, column, path, msg))


def _refusal(parse: Callable[[object], object], value: object) -> tuple[str, bool, dict[str, object]]:
    """The message key, quietness and parameters of the CellError *parse* raises for *value*."""
    with pytest.raises(cells.CellError) as caught:
        parse(value)
    return caught.value.message.key, caught.value.quiet, dict(caught.value.message.params)


class TestPlain:
    def test_parsers(self) -> None:
        """TEXT, ID, DATE and HOURS are the cell parsers, whatever the reading."""
        reading = _Reading()

        expected = ("a b", "P1", pendulum.Date(2024, 7, 1), 2.5)
        assert expected == (
            TEXT.bind(reading)(" a b "),
            ID.bind(reading)(" P1 "),
            DATE.bind(reading)("2024-07-01"),
            HOURS.bind(reading)("2.5"),
        )

    def test_one_of(self) -> None:
        """one_of accepts its choices and suggests the closest for another value."""
        parse = one_of(["presencial", "en-linea"]).bind(_Reading())

        expected = ("presencial", "participants.cell.unknown_suggest")
        assert expected == (parse("presencial"), _refusal(parse, "presencia")[0])

    def test_member_of(self) -> None:
        """member_of gives the enum member whose value the cell holds."""
        parse = member_of(CompletionSource).bind(_Reading())

        expected = (CompletionSource.EDAPP, "participants.cell.unknown_suggest")
        assert expected == (parse("edapp"), _refusal(parse, "edap")[0])

    def test_schemas(self) -> None:
        """Each plain cell says what it holds: text, a date, hours >= 0, or one of its choices."""
        expected = [
            CellSchema(),
            CellSchema(pattern="[A-Za-z0-9_-]+"),
            CellSchema(type="date"),
            CellSchema(type="number", minimum=0, maximum=24),
            CellSchema(choices=("presencial", "en-linea")),
            CellSchema(choices=tuple(s.value for s in CompletionSource)),
        ]

        assert expected == [
            TEXT.schema,
            ID.schema,
            DATE.schema,
            HOURS.schema,
            one_of(["presencial", "en-linea"]).schema,
            member_of(CompletionSource).schema,
        ]


class TestKnown:
    def test_schema(self) -> None:
        """An id of the vocabulary is a slug, and says which vocabulary it names."""
        expected = [(kind, SLUG.pattern) for kind in ("centre", "module", "course", "instrument")]

        assert expected == [
            (c.schema.vocabulary, c.schema.pattern)
            for c in (parsers.CENTRE, MODULE, parsers.COURSE, parsers.INSTRUMENT)
        ]

    def test_checked_against_the_vocabulary(self) -> None:
        """With a vocabulary, an id must be one of its; the closest is suggested."""
        parse = MODULE.bind(_Reading(sce_method.load()))

        expected = ("educacion-financiera", ("participants.cell.unknown_suggest", "educacion-financiera"))
        key, _, params = _refusal(parse, "educacion-finaciera")
        assert expected == (parse("educacion-financiera"), (key, params["suggestion"]))

    def test_any_id_without_a_vocabulary(self) -> None:
        """With no vocabulary, any slug is accepted."""
        expected = "cocina"

        assert expected == MODULE.bind(_Reading())("cocina")

    def test_a_slug_without_a_vocabulary(self) -> None:
        """With no vocabulary, an id must still be a slug, as every id of a methodology is."""
        expected = ("core.id.invalid", False, {"value": "Cocina"})

        assert expected == _refusal(MODULE.bind(_Reading()), "Cocina")

    @pytest.mark.parametrize("vocabulary", [None, sce_method.load()])
    def test_not_an_id_is_hidden(self, vocabulary: Vocabulary | None) -> None:
        """A value that is not an id is refused without repeating it, with or without a vocabulary."""
        expected = ("participants.cell.invalid_id", False, {"value": message("participants.cell.hidden")})

        assert expected == _refusal(MODULE.bind(_Reading(vocabulary)), "alfabetización-digital")


class TestReference:
    def _reading(self) -> _Reading:
        participants: ListRead[Any] = ListRead("participants.csv", ids={"P1": 2}, refused={"P2": 3})
        return _Reading(participants=participants)

    def test_schema(self) -> None:
        """A reference says which list it names."""
        expected = [CellSchema(references="participants")] * 2

        assert expected == [PARTICIPANT.schema, MENTEE.schema]

    def test_known(self) -> None:
        """An id kept in the target list is accepted."""
        expected = "P1"

        assert expected == PARTICIPANT.bind(self._reading())(" P1")

    def test_unknown_is_not_echoed(self) -> None:
        """An unknown id is refused without repeating it: it may be a name."""
        expected: tuple[str, bool, dict[str, object]] = ("participants.cell.unknown_participant", False, {})

        assert expected == _refusal(PARTICIPANT.bind(self._reading()), "Ana")

    @pytest.mark.parametrize("value", ["Ana Pérez", "\u04201", "P1\u200b"])
    def test_not_an_id_is_hidden(self, value: str) -> None:
        """A value that is not an id is said to be none, and hidden: a Cyrillic look-alike of P1 is not P1."""
        expected = ("participants.cell.invalid_id", False, {"value": message("participants.cell.hidden")})

        assert expected == _refusal(PARTICIPANT.bind(self._reading()), value)

    def test_refused_row_said_once_per_column(self) -> None:
        """An id whose own row was refused is said with that row's line, then quietly; a new column says it again."""
        reading = self._reading()
        parse = PARTICIPANT.bind(reading)

        expected = [
            ("participants.cell.rejected_participant", False, {"line": 3}),
            ("participants.cell.rejected_participant", True, {"line": 3}),
            ("participants.cell.rejected_participant", False, {"line": 3}),
        ]
        assert expected == [_refusal(parse, "P2"), _refusal(parse, "P2"), _refusal(PARTICIPANT.bind(reading), "P2")]

    def test_mentee(self) -> None:
        """A blank mentee has its own message; a refused one is simply unknown."""
        parse = MENTEE.bind(self._reading())

        expected = ["participants.mentoring.no_mentee", "participants.cell.unknown_participant"]
        assert expected == [_refusal(parse, " ")[0], _refusal(parse, "P2")[0]]

    def test_target_needs_a_one_column_key(self) -> None:
        """A list is referred to by its one-column unique key."""
        target: ListSpec[Row] = ListSpec(name="x", columns=(Column("a", TEXT),), build=lambda row: row)
        with pytest.raises(InvariantError, match="clave única"):
            Reference(target=target, unknown=message("participants.cell.unknown_participant"))

    def test_participants_have_one(self) -> None:
        """The participants list is referred to by participant_id."""
        expected = ("participant_id",)

        assert expected == (None if PARTICIPANTS.unique is None else PARTICIPANTS.unique.columns)


class TestPrivate:
    def test_echoed_values_are_hidden(self) -> None:
        """A refused value is replaced by <hidden>; other parameters stay."""
        parse = private(MODULE.bind(_Reading(sce_method.load())))

        expected = (message("participants.cell.hidden"), "educacion-financiera")
        _, _, params = _refusal(parse, "educacion-finaciera")
        assert expected == (params["id"], params["suggestion"])

    def test_good_values_pass(self) -> None:
        """A good value is parsed as it would be."""
        expected = pendulum.Date(2024, 7, 1)

        assert expected == private(DATE.bind(_Reading()))("2024-07-01")
