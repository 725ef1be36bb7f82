"""Tests for `sce_method.graduation._criteria`: criteria as data."""

from __future__ import annotations

from typing import Any

import pytest

from sce_method import Lang
from sce_method.exceptions import InvariantError
from sce_method.graduation import (
    KINDS,
    AllOf,
    AnyOf,
    AtLeast,
    AttendanceRate,
    CompleteOffer,
    Criterion,
    FollowUpRecorded,
    InstrumentSubmitted,
    MentoringSessions,
    ModuleCompleted,
    ModuleHours,
    TotalHours,
    describe,
    kind_of,
    walk,
)
from tests.graduation.rules import (
    ASSUMED,
    all_of,
    any_of,
    at_least,
    attendance_rate,
    complete_offer,
    follow_up,
    instrument,
    mentoring,
    module_completed,
    module_hours,
    total_hours,
)


def _refused(build: Any, *args: Any, **fields: Any) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(InvariantError) as caught:
        build(*args, **fields)
    return [(p.path, p.message.key) for p in caught.value.problems]


def _refusal_words(build: Any, *args: Any, **fields: Any) -> list[tuple[str, str]]:
    with pytest.raises(InvariantError) as caught:
        build(*args, **fields)
    return [(p.message.render("es"), p.message.render("en")) for p in caught.value.problems]


ONE_OF_EACH: list[Criterion] = [
    module_completed(),
    complete_offer(),
    module_hours(),
    total_hours(),
    attendance_rate(),
    instrument(),
    follow_up(),
    mentoring(),
    all_of("todos", follow_up()),
    any_of("alguno", follow_up()),
    at_least("varios", 1, follow_up()),
]


class TestKinds:
    def test_names_are_stable(self) -> None:
        """The kinds written in YAML do not drift."""
        expected = [
            "module_completed",
            "complete_offer",
            "module_hours",
            "total_hours",
            "attendance_rate",
            "instrument_submitted",
            "follow_up_recorded",
            "mentoring_sessions",
            "all_of",
            "any_of",
            "at_least",
        ]

        assert expected == list(KINDS)

    @pytest.mark.parametrize("criterion", ONE_OF_EACH, ids=lambda c: type(c).__name__)
    def test_kind_of_inverts_kinds(self, criterion: Criterion) -> None:
        """kind_of gives the kind KINDS maps back to the criterion's class."""
        expected = type(criterion)

        assert expected is KINDS[kind_of(criterion)]


class TestModuleCompleted:
    @pytest.mark.parametrize("share", [0, -0.1, 1.01, 80])
    def test_share_is_a_proportion(self, share: float) -> None:
        """A share is above 0 and at most 1 (80 is not 80 %)."""
        expected = [(("share",), "graduation.share_range")]

        assert expected == _refused(module_completed, share=share)

    def test_share_refusal_names_the_value(self) -> None:
        """The refusal says what was found."""
        expected = [
            (
                "debe ser una proporción mayor que 0 y hasta 1; se encontró 80",
                "must be a share above 0 and at most 1, got 80",
            )
        ]

        assert expected == _refusal_words(module_completed, share=80)

    def test_share_of_one(self) -> None:
        """All of the hours is a valid share."""
        expected = 1.0

        assert expected == module_completed(share=1.0).share

    def test_share_needs_its_provenance(self) -> None:
        """The threshold is a rule value: it needs its own source or assumption."""
        expected = [(("share",), "core.provenance.missing")]

        assert expected == _refused(
            ModuleCompleted, id="m", module="educacion-financiera", share=0.8, provenance=ASSUMED
        )

    def test_module_is_a_slug(self) -> None:
        """A module is named by its stable id."""
        expected = [(("module",), "core.id.invalid")]

        assert expected == _refused(module_completed, module="Educación financiera")


class TestCompleteOffer:
    def test_share_is_a_proportion(self) -> None:
        """Its share is a proportion too."""
        expected = [(("share",), "graduation.share_range")]

        assert expected == _refused(complete_offer, share=1.5)


class TestModuleHours:
    @pytest.mark.parametrize("hours", [0, -1])
    def test_hours_are_positive(self, hours: float) -> None:
        """Requiring no hours is not a requirement."""
        expected = [(("hours",), "core.value.not_positive")]

        assert expected == _refused(module_hours, hours=hours)


class TestTotalHours:
    def test_hours_are_positive(self) -> None:
        """Total hours are positive."""
        expected = [(("hours",), "core.value.not_positive")]

        assert expected == _refused(total_hours, hours=0)

    def test_hours_need_their_provenance(self) -> None:
        """The hours are a rule value."""
        expected = [(("hours",), "core.provenance.missing")]

        assert expected == _refused(TotalHours, id="t", hours=40, provenance=ASSUMED)


class TestAttendanceRate:
    def test_rate_is_a_proportion(self) -> None:
        """A rate of 80 means 80 %: it must be written 0.8."""
        expected = [(("rate",), "graduation.share_range")]

        assert expected == _refused(attendance_rate, rate=80)


class TestInstrumentSubmitted:
    def test_instrument_is_a_slug(self) -> None:
        """An instrument is named by its stable id."""
        expected = [(("instrument",), "core.id.invalid")]

        assert expected == _refused(InstrumentSubmitted, id="s", instrument="Salida", provenance=ASSUMED)


class TestFollowUpRecorded:
    def test_count_defaults_to_one(self) -> None:
        """One follow-up record unless said otherwise."""
        expected = 1

        assert expected == FollowUpRecorded(id="s", provenance=ASSUMED, field_provenance={"count": ASSUMED}).count

    def test_count_is_positive(self) -> None:
        """Zero records is no requirement."""
        expected = [(("count",), "core.value.not_positive")]

        assert expected == _refused(follow_up, count=0)


class TestMentoringSessions:
    def test_count_is_positive(self) -> None:
        """At least one session."""
        expected = [(("count",), "core.value.not_positive")]

        assert expected == _refused(mentoring, count=0)


class TestAllOf:
    def test_needs_criteria(self) -> None:
        """An empty AllOf would hold for everyone: it is refused."""
        expected = [(("criteria",), "core.value.empty")]

        assert expected == _refused(AllOf, id="a", criteria=(), provenance=ASSUMED)


class TestAnyOf:
    def test_needs_criteria(self) -> None:
        """An empty AnyOf would hold for no one: it is refused."""
        expected = [(("criteria",), "core.value.empty")]

        assert expected == _refused(AnyOf, id="a", criteria=(), provenance=ASSUMED)


class TestAtLeast:
    def test_n_above_the_number_of_criteria(self) -> None:
        """Asking for more criteria than there are is refused at n."""
        expected = [(("n",), "graduation.at_least_unreachable")]

        assert expected == _refused(at_least, "a", 3, follow_up("a1"), mentoring("a2"))

    def test_unreachable_n_says_both_numbers(self) -> None:
        """The refusal says how many criteria are asked for and how many there are."""
        expected = [("pide 3 criterios pero solo hay 2", "asks for 3 criteria but there are only 2")]

        assert expected == _refusal_words(at_least, "a", 3, follow_up("a1"), mentoring("a2"))

    def test_n_equal_to_the_number_of_criteria(self) -> None:
        """The n asked for may be all of them."""
        expected = 2

        assert expected == at_least("a", 2, follow_up("a1"), mentoring("a2")).n

    def test_n_is_positive(self) -> None:
        """At least zero is no requirement."""
        expected = [(("n",), "core.value.not_positive")]

        assert expected == _refused(at_least, "a", 0, follow_up())

    def test_n_needs_its_provenance(self) -> None:
        """The n asked for is a rule value."""
        expected = [(("n",), "core.provenance.missing")]

        assert expected == _refused(AtLeast, id="a", n=1, criteria=(follow_up(),), provenance=ASSUMED)


class TestWalk:
    def test_depth_first_with_paths(self) -> None:
        """Walking yields the tree itself first, then each child with its path."""
        tree = all_of("raiz", follow_up("a"), any_of("b", mentoring("c"), instrument("d")))

        expected = [
            ((), "raiz"),
            (("criteria", 0), "a"),
            (("criteria", 1), "b"),
            (("criteria", 1, "criteria", 0), "c"),
            (("criteria", 1, "criteria", 1), "d"),
        ]
        assert expected == [(path, c.id) for path, c in walk(tree)]

    def test_a_leaf_is_its_own_walk(self) -> None:
        """A leaf has no children."""
        expected = [((), "seguimiento")]

        assert expected == [(path, c.id) for path, c in walk(follow_up())]


WORDS: list[tuple[Criterion, str, str]] = [
    (
        module_completed(share=0.8),
        "modulo: módulo educacion-financiera completado (80% de sus horas, o registro de conclusión)",
        "modulo: module educacion-financiera completed (80% of its hours, or a completion record)",
    ),
    (
        complete_offer(share=0.7),
        "oferta: oferta formativa completa (70% de las horas de cada módulo, o registro de conclusión)",
        "oferta: complete formative offer (70% of each module's hours, or a completion record)",
    ),
    (
        module_hours(module="desarrollo-humano", hours=6),
        "horas-modulo: al menos 6 h del módulo desarrollo-humano",
        "horas-modulo: at least 6 h of module desarrollo-humano",
    ),
    (total_hours(hours=40), "horas: al menos 40 h en total", "horas: at least 40 h in all"),
    (
        attendance_rate(rate=0.9),
        "asistencia: asistencia de al menos 90% de la oferta completa",
        "asistencia: attendance of at least 90% of the complete offer",
    ),
    (instrument(which="entrada"), "salida: encuesta de entrada respondida", "salida: entry survey answered"),
    (
        follow_up(count=3),
        "seguimiento: al menos 3 registros de seguimiento individualizado",
        "seguimiento: at least 3 individual follow-up records",
    ),
    (mentoring(count=1), "mentoria: al menos 1 sesión de mentoría", "mentoria: at least 1 mentoring session"),
    (
        mentoring(count=4),
        "mentoria: al menos 4 sesiones de mentoría",
        "mentoria: at least 4 mentoring sessions",
    ),
    (all_of("todos", follow_up()), "todos: todos los siguientes", "todos: all of the following"),
    (any_of("alguno", follow_up()), "alguno: al menos uno de los siguientes", "alguno: any of the following"),
    (
        at_least("varios", 2, follow_up("a"), mentoring("b")),
        "varios: al menos 2 de los siguientes",
        "varios: at least 2 of the following",
    ),
]
"""A criterion of each kind with distinct thresholds, and what `describe` says of it in Spanish and English."""


class TestDescribe:
    @pytest.mark.parametrize("criterion", ONE_OF_EACH, ids=lambda c: type(c).__name__)
    def test_every_kind_in_both_languages(self, criterion: Criterion) -> None:
        """Every kind has words in Spanish and English, starting with its id."""
        said = describe(criterion)

        expected = (True, True)
        assert expected == (
            said.render("es").startswith(f"{criterion.id}: "),
            said.render("en").startswith(f"{criterion.id}: "),
        )

    @pytest.mark.parametrize(("criterion", "es", "en"), WORDS, ids=[en for _, _, en in WORDS])
    def test_words_of_each_kind(self, criterion: Criterion, es: str, en: str) -> None:
        """Each kind says its own thresholds and names, in both languages."""
        said = describe(criterion)

        expected = (es, en)
        assert expected == (said.render("es"), said.render("en"))

    def test_instrument_by_name(self) -> None:
        """A survey is named in words, not by its id."""
        expected = "salida: exit survey answered"

        assert expected == describe(instrument()).render("en")

    @pytest.mark.parametrize(
        ("lang", "expected"),
        [("es", "salida: encuesta salida-2025 respondida"), ("en", "salida: salida-2025 survey answered")],
    )
    def test_instrument_outside_the_bundled_four(self, lang: Lang, expected: str) -> None:
        """A survey the library does not name is named by its id."""
        assert expected == describe(instrument(which="salida-2025")).render(lang)

    @pytest.mark.parametrize(
        ("count", "expected"),
        [
            (
                1,
                (
                    "seguimiento: al menos 1 registro de seguimiento individualizado",
                    "seguimiento: at least 1 individual follow-up record",
                ),
            ),
            (
                2,
                (
                    "seguimiento: al menos 2 registros de seguimiento individualizado",
                    "seguimiento: at least 2 individual follow-up records",
                ),
            ),
        ],
    )
    def test_count_in_words(self, count: int, expected: tuple[str, str]) -> None:
        """A count takes its singular or plural form."""
        said = describe(follow_up(count=count))

        assert expected == (said.render("es"), said.render("en"))

    def test_threshold_is_shown(self) -> None:
        """The threshold is part of the words."""
        expected = "horas: at least 40 h in all"

        assert expected == describe(total_hours(hours=40)).render("en")


class TestClassesAreData:
    @pytest.mark.parametrize(
        "build",
        [
            module_completed,
            complete_offer,
            module_hours,
            total_hours,
            attendance_rate,
            instrument,
            follow_up,
            mentoring,
        ],
    )
    def test_equal_and_same_hash_when_built_alike(self, build: Any) -> None:
        """Two criteria built alike compare and hash equal (they are values)."""
        expected = (build(), hash(build()))

        assert expected == (build(), hash(build()))

    def test_leaf_classes(self) -> None:
        """The leaf kinds are the eight of the module docstring."""
        expected = {
            ModuleCompleted,
            CompleteOffer,
            ModuleHours,
            TotalHours,
            AttendanceRate,
            InstrumentSubmitted,
            FollowUpRecorded,
            MentoringSessions,
        }

        assert expected == set(KINDS.values()) - {AllOf, AnyOf, AtLeast}
