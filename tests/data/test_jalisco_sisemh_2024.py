"""Tests for the bundled methodology, `sce_method/data/jalisco-sisemh-2024.yaml`."""

from __future__ import annotations

import pytest

import sce_method
from sce_method.exceptions import NotInForceError, UnknownIdError
from tests.edits import MODULE_IDS


class TestBundledMethodology:
    def test_default_id(self) -> None:
        """load() with no argument gives the Jalisco SISEMH 2024 methodology."""
        expected = "jalisco-sisemh-2024"

        assert expected == sce_method.load().id

    def test_title_in_both_languages(self) -> None:
        """The title is in Spanish and English; str() gives Spanish."""
        title = sce_method.load().title

        expected = (True, title.es)
        assert expected == (title.translated, str(title))

    def test_five_modules_in_order(self) -> None:
        """The five stable module ids, in the order of the offer."""
        expected = MODULE_IDS

        assert expected == sce_method.load().curriculum.module_ids

    @pytest.mark.parametrize("ident", MODULE_IDS)
    def test_module_resolves_with_both_titles(self, ident: str) -> None:
        """Each module resolves by id and has a Spanish and an English title."""
        title = sce_method.load().curriculum.module(ident).title

        expected = (True, True)
        assert expected == (bool(title.es.strip()), bool(title.en and title.en.strip()))

    def test_complete_offer_is_the_five_modules(self) -> None:
        """Since 2022 a graduate has taken the complete offer: all five modules."""
        expected = MODULE_IDS

        assert expected == sce_method.load().curriculum.complete_offer

    def test_every_module_has_its_complementary_course(self) -> None:
        """Each module has an EdApp complementary course that names it back."""
        curriculum = sce_method.load().curriculum

        expected = MODULE_IDS
        assert expected == tuple(curriculum.course(m.course).module for m in curriculum.modules if m.course)

    def test_centres(self) -> None:
        """The stable centre ids; the CJMs serve survivors of violence."""
        expected = [("crea", False), ("cjm-guadalajara", True), ("cjm-tlajomulco", True)]

        assert expected == [(c.id, c.serves_survivors) for c in sce_method.load().centres]

    def test_every_value_has_a_provenance(self) -> None:
        """Every value is sourced in a document of the methodology, or an assumption that says why."""
        methodology = sce_method.load()
        documents = {d.id for d in methodology.documents}

        unsourced = []
        for entry in methodology.provenance_entries():
            provenance = entry.provenance
            if provenance is None:
                unsourced.append((entry.path, "no provenance"))
            elif provenance.source is not None and provenance.source.document not in documents:
                unsourced.append((entry.path, f"cites unknown {provenance.source.document}"))
            elif provenance.assumption is not None and not provenance.assumption.reason.es.strip():
                unsourced.append((entry.path, "blank reason"))

        expected: list[tuple[tuple[str | int, ...], str]] = []
        assert expected == unsourced

    def test_the_walk_sees_the_values(self) -> None:
        """The provenance walk does reach the module hours (it is not vacuous)."""
        paths = {e.path for e in sce_method.load().provenance_entries()}

        expected = {("curriculum", "modules", i, "hours") for i in range(5)}
        assert expected == expected & paths

    def test_assumptions_are_translated(self) -> None:
        """Every assumption gives its reason in English too."""
        expected: list[tuple[str | int, ...]] = []

        assert expected == [
            e.path
            for e in sce_method.load().assumptions()
            if e.provenance is not None and e.provenance.assumption is not None
            if not e.provenance.assumption.reason.translated
        ]

    @pytest.mark.parametrize("field", ["hours", "sessions"])
    def test_module_hours_and_sessions_are_assumptions(self, field: str) -> None:
        """The seed report gives no hours or sessions per module: each is an assumption."""
        entries = {e.path: e.provenance for e in sce_method.load().provenance_entries()}

        expected = [True] * 5
        assert expected == [
            p is not None and p.is_assumption for p in (entries[("curriculum", "modules", i, field)] for i in range(5))
        ]

    def test_staff_training_hours_are_sourced(self) -> None:
        """The report states the trainings' hours (34, 20, 4): each cites it."""
        methodology = sce_method.load()
        documents = {d.id for d in methodology.documents}
        entries = {e.path: e for e in methodology.provenance_entries()}

        found = []
        for index in range(len(methodology.staff_trainings)):
            entry = entries[("staff_trainings", index, "hours")]
            source = entry.provenance.source if entry.provenance is not None else None
            found.append((entry.value, source is not None and source.document in documents))

        expected = [(34.0, True), (20.0, True), (4.0, True)]
        assert expected == found

    def test_as_of(self) -> None:
        """The methodology is in force in March 2023."""
        methodology = sce_method.load()

        assert methodology is methodology.as_of("2023-03-01")

    def test_as_of_before_valid_from(self) -> None:
        """Before valid_from, no methodology is in force."""
        methodology = sce_method.load()

        with pytest.raises(NotInForceError):
            methodology.as_of(methodology.valid_from.subtract(days=1))

    def test_unknown_module_lists_the_known_ids(self) -> None:
        """An unknown module is an UnknownIdError, a KeyError, that lists the five ids."""
        with pytest.raises(KeyError) as caught:
            sce_method.load().curriculum.module("x")

        expected = (True, "there is no module with id 'x'; known: " + ", ".join(MODULE_IDS))
        assert expected == (isinstance(caught.value, UnknownIdError), caught.value.message.render("en"))  # type: ignore[attr-defined]
