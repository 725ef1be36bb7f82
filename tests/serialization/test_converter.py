"""
Tests for `sce_method.serialization._converter`: strict types, nothing guessed.

Bad inputs are the bundled methodology's YAML edited in one place (`tests.edits`),
or a small inline document.
"""

from __future__ import annotations

import datetime as dt

import cattrs
import pendulum
import pytest

from sce_method import Provenance, Text, message
from sce_method.curriculum import Delivery, Module
from sce_method.exceptions import Problem
from sce_method.methodology import Methodology
from sce_method.serialization import loads, structure, unstructure
from sce_method.serialization._converter import converter, fast_converter
from sce_method.serialization._primitives import describe
from sce_method.serialization._yaml import parse
from tests.edits import BUNDLED, MODULE_IDS, edit, problems_of


def _summary(problems: tuple[Problem, ...], *params: str) -> list[tuple[object, ...]]:
    """Each problem's path, message key, line and column, then the message parameters named."""
    return [(p.path, p.message.key, p.line, p.column, *(p.message.params[name] for name in params)) for p in problems]


class TestWrongTypes:
    def test_text_for_hours(self) -> None:
        """Text where hours are expected is a wrong type, naming what was expected and found."""
        bad = edit("hours: 12.0", "hours: doce")

        where = (("curriculum", "modules", 0, "hours"), "core.load.wrong_type", bad.line, bad.column + len("hours: "))
        expected = [(*where, message("core.type.float"), "'doce'")]
        assert expected == _summary(problems_of(bad.text), "expected", "found")

    def test_fraction_for_an_int(self) -> None:
        """2.7 sessions is refused, not truncated to 2."""
        bad = edit("sessions: 6", "sessions: 2.7")

        where = (
            ("curriculum", "modules", 0, "sessions"),
            "core.load.wrong_type",
            bad.line,
            bad.column + len("sessions: "),
        )
        expected = [(*where, message("core.type.int"), "2.7")]
        assert expected == _summary(problems_of(bad.text), "expected", "found")

    def test_no_for_a_bool(self) -> None:
        """'no' is text, not False (as YAML 1.1 would guess)."""
        bad = edit("serves_survivors: true", "serves_survivors: no")

        where = (
            ("centres", 1, "serves_survivors"),
            "core.load.wrong_type",
            bad.line,
            bad.column + len("serves_survivors: "),
        )
        expected = [(*where, message("serialization.type.bool"), "'no'")]
        assert expected == _summary(problems_of(bad.text), "expected", "found")

    def test_decimal_comma_for_a_number(self) -> None:
        """'2,5' is not a number."""
        bad = edit("hours: 12.0", "hours: 2,5")

        where = (("curriculum", "modules", 0, "hours"), "core.load.wrong_type", bad.line, bad.column + len("hours: "))
        expected = [(*where, message("core.type.float"), "'2,5'")]
        assert expected == _summary(problems_of(bad.text), "expected", "found")

    def test_bool_for_an_int(self) -> None:
        """A boolean true is not the integer 1."""
        bad = edit("sessions: 6", "sessions: true")

        where = (
            ("curriculum", "modules", 0, "sessions"),
            "core.load.wrong_type",
            bad.line,
            bad.column + len("sessions: "),
        )
        expected = [(*where, message("core.type.int"), "True")]
        assert expected == _summary(problems_of(bad.text), "expected", "found")

    def test_number_for_text(self) -> None:
        """A number where text is expected is refused, not turned into text."""
        bad = edit("version: '2024.1'", "version: 2024.1")

        expected = [
            (
                ("version",),
                "core.load.wrong_type",
                bad.line,
                bad.column + len("version: "),
                message("core.type.str"),
                "2024.1",
            )
        ]
        assert expected == _summary(problems_of(bad.text), "expected", "found")

    def test_null_for_required_text(self) -> None:
        """A null is not text."""
        bad = edit("version: '2024.1'", "version: ~")

        expected = [
            (
                ("version",),
                "core.load.wrong_type",
                bad.line,
                bad.column + len("version: "),
                message("serialization.type.null"),
            )
        ]
        assert expected == _summary(problems_of(bad.text), "found")

    def test_impossible_date(self) -> None:
        """2024-13-45 is no date."""
        bad = edit("valid_from: '2020-01-01'", "valid_from: 2024-13-45")

        expected = [
            (("valid_from",), "core.load.invalid_date", bad.line, bad.column + len("valid_from: "), "2024-13-45")
        ]
        assert expected == _summary(problems_of(bad.text), "value")

    def test_number_for_a_date(self) -> None:
        """A number is not a date."""
        bad = edit("valid_from: '2020-01-01'", "valid_from: 20200101")

        expected = [
            (
                ("valid_from",),
                "core.load.wrong_type",
                bad.line,
                bad.column + len("valid_from: "),
                message("core.type.date"),
            )
        ]
        assert expected == _summary(problems_of(bad.text), "expected")

    def test_list_for_a_mapping(self) -> None:
        """A list where a mapping is expected names both kinds."""
        problems = problems_of("- id: prueba\n- version: '1'\n")

        expected = [
            ((), "core.load.wrong_type", 1, 1, message("serialization.type.mapping"), message("core.type.list"))
        ]
        assert expected == _summary(problems, "expected", "found")

    def test_nested_list_for_a_mapping(self) -> None:
        """The same inside a record, at the value's path."""
        problems = problems_of("source: [informe-2024, p. 3]\n", Provenance)

        expected = [(("source",), "core.load.wrong_type", 1, 9, message("serialization.type.mapping"))]
        assert expected == _summary(problems, "expected")

    def test_mapping_for_a_list(self) -> None:
        """A mapping where a list is expected is refused."""
        offer = "".join(f"  - {ident}\n" for ident in MODULE_IDS)
        bad = edit(f"  complete_offer:\n{offer}", "  complete_offer: {alfabetizacion-digital: 1}\n")

        where = (
            ("curriculum", "complete_offer"),
            "core.load.wrong_type",
            bad.line,
            bad.column + len("  complete_offer: "),
        )
        expected = [(*where, message("core.type.list"), message("serialization.type.mapping"))]
        assert expected == _summary(problems_of(bad.text), "expected", "found")

    @pytest.mark.parametrize("value", ["1e400", ".inf", ".nan"])
    def test_hours_not_finite(self, value: str) -> None:
        """Infinite or NaN hours are refused by the module's own rule, at hours."""
        bad = edit("hours: 12.0", f"hours: {value}")

        expected = [
            (("curriculum", "modules", 0, "hours"), "core.value.not_finite", bad.line, bad.column + len("hours: "))
        ]
        assert expected == _summary(problems_of(bad.text))

    def test_integer_too_large_for_hours(self) -> None:
        """An integer too large for a float is reported at hours, not raised."""
        bad = edit("hours: 12.0", "hours: 0x" + "f" * 300)

        expected = [
            (
                ("curriculum", "modules", 0, "hours"),
                "serialization.invalid_value",
                bad.line,
                bad.column + len("hours: "),
            )
        ]
        assert expected == _summary(problems_of(bad.text))

    def test_invalid_choice(self) -> None:
        """A value outside an enum is refused, listing the valid ones."""
        bad = edit("delivery: presencial", "delivery: a distancia")

        where = (
            ("curriculum", "modules", 0, "delivery"),
            "serialization.invalid_choice",
            bad.line,
            bad.column + len("delivery: "),
        )
        expected = [(*where, "a distancia", "presencial, en-linea, mixta")]
        assert expected == _summary(problems_of(bad.text), "value", "choices")


class TestText:
    def test_plain_text_is_spanish(self) -> None:
        """A plain string is a Spanish text."""
        expected = Text(es="Empleo")

        assert expected == loads("Empleo", Text)

    def test_mapping_with_both(self) -> None:
        """A mapping gives es and en."""
        expected = Text(es="Empleo", en="Employment")

        assert expected == loads("{es: Empleo, en: Employment}", Text)

    def test_unknown_language_key_suggests(self) -> None:
        """A misspelt language key suggests the closest one."""
        problems = problems_of("{es: Empleo, enn: Employment}", Text)

        expected = [(("enn",), "serialization.unknown_key", "en")]
        assert expected == [(p.path, p.message.key, p.message.params["suggestion"]) for p in problems]

    def test_missing_spanish(self) -> None:
        """Spanish is required."""
        problems = problems_of("{en: Employment}", Text)

        expected = [((), "core.load.missing_key", "es")]
        assert expected == [(p.path, p.message.key, p.message.params["key"]) for p in problems]

    def test_english_must_be_text(self) -> None:
        """A number is not a translation."""
        problems = problems_of("{es: Empleo, en: 3}", Text)

        expected = [((), "core.load.wrong_type", "3")]
        assert expected == [(p.path, p.message.key, p.message.params["found"]) for p in problems]

    def test_not_text(self) -> None:
        """A list is neither a text nor a mapping of languages."""
        problems = problems_of("[Empleo]", Text)

        expected = [((), "core.load.wrong_type", message("serialization.type.text"))]
        assert expected == [(p.path, p.message.key, p.message.params["expected"]) for p in problems]

    def test_blank_is_an_invariant(self) -> None:
        """A blank text breaks Text's own rule, reported at es."""
        problems = problems_of("es: ' '\n", Text)

        expected = [(("es",), "core.value.blank", 1, 5)]
        assert expected == _summary(problems)


class TestDescribe:
    def test_short_values_are_shown_as_written(self) -> None:
        """Scalars are shown with repr."""
        expected = ["'doce'", "2.7", "True"]

        assert expected == [describe(v) for v in ("doce", 2.7, True)]

    def test_long_values_are_cut(self) -> None:
        """A long value is cut at 60 characters."""
        shown = describe("x" * 100)

        expected = (60, "...")
        assert expected == (len(str(shown)), str(shown)[-3:])

    def test_structures_are_named_not_shown(self) -> None:
        """Mappings, lists and null are named, not dumped."""
        expected = [
            message("serialization.type.mapping"),
            message("core.type.list"),
            message("core.type.list"),
            message("serialization.type.null"),
        ]

        assert expected == [describe(v) for v in ({"a": 1}, [1], (1,), None)]


class TestConverter:
    def test_one_converter(self) -> None:
        """The package has one converter, built once, not cattrs' global one."""
        expected = (True, False)

        assert expected == (converter() is converter(), converter() is cattrs.global_converter)

    def test_fast_converter_is_another_one(self) -> None:
        """The fast converter is built once too, and is neither the detailed one nor cattrs' global one."""
        expected = (True, False, False)

        assert expected == (
            fast_converter() is fast_converter(),
            fast_converter() is converter(),
            fast_converter() is cattrs.global_converter,
        )

    def test_fast_and_detailed_give_the_same_methodology(self) -> None:
        """On valid data the two converters build equal objects (so trying the fast one first changes nothing)."""
        data = parse(BUNDLED).data

        expected = converter().structure(data, Methodology)
        assert expected == fast_converter().structure(data, Methodology)

    def test_dates_from_text_and_dates(self) -> None:
        """A date field takes ISO text or a date and gives a pendulum.Date."""
        expected = [pendulum.Date(2024, 10, 17)] * 2

        assert expected == [structure(v, pendulum.Date) for v in ("2024-10-17", dt.date(2024, 10, 17))]

    def test_unstructure_plain_data(self) -> None:
        """Texts without English are strings, enums their values, dates ISO text; defaults are left out."""
        module = Module(
            id="empleo",
            title=Text(es="Empleo", en="Employment"),
            area=Text(es="Empleo"),
            hours=12,
            sessions=6,
            delivery=Delivery.ONLINE,
            provenance=Provenance.cite("informe-2024", "§V R1"),
            field_provenance={
                "hours": Provenance.assume("Sin dato."),
                "sessions": Provenance.assume("Sin dato."),
                "delivery": Provenance.assume("Sin dato."),
            },
        )

        data = unstructure(module)

        assert isinstance(data, dict)
        expected = ({"es": "Empleo", "en": "Employment"}, "Empleo", "en-linea", False, False)
        assert expected == (data["title"], data["area"], data["delivery"], "course" in data, "description" in data)

    def test_unstructure_date(self) -> None:
        """A date is written as ISO text."""
        expected = "2024-10-17"

        assert expected == unstructure(pendulum.Date(2024, 10, 17))
