"""Tests for `sce_method.methodology._model`."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given

import sce_method
from sce_method import Document, Methodology, Provenance, Text, as_date
from sce_method.curriculum import Audience, Centre, CentreKind, Curriculum, Delivery, Module, StaffTraining
from sce_method.exceptions import InvariantError, LoadError, NotInForceError, UnknownIdError
from tests.strategies import AGGREGATES, methodologies

CITED = Provenance.cite("informe-2024", "§V R1")
ASSUMED = Provenance.assume("Sin dato.", "No data.")


def _module(ident: str = "empleo", provenance: Provenance = CITED) -> Module:
    return Module(
        id=ident,
        title=Text(es="Empleo"),
        area=Text(es="Empleo"),
        hours=12,
        sessions=6,
        delivery=Delivery.IN_PERSON,
        provenance=provenance,
        field_provenance=dict.fromkeys(("hours", "sessions", "delivery"), ASSUMED),
    )


def _centre(ident: str) -> Centre:
    return Centre(
        id=ident,
        name=Text(es=ident.upper()),
        kind=CentreKind.CREA,
        provenance=CITED,
        field_provenance={"serves_survivors": ASSUMED},
    )


def _training(ident: str, *centres: str) -> StaffTraining:
    return StaffTraining(
        id=ident,
        title=Text(es="Asesoría EdApp"),
        audience=Audience.CENTRE_STAFF,
        hours=4,
        centres=centres,
        provenance=CITED,
        field_provenance={"hours": CITED},
    )


def _curriculum(*modules: Module) -> Curriculum:
    return Curriculum(
        modules=modules or (_module(),),
        complete_offer=tuple(m.id for m in modules) or ("empleo",),
        provenance=CITED,
        field_provenance={"complete_offer": CITED},
    )


def _methodology(**changes: Any) -> Methodology:
    methodology = Methodology(
        id="prueba",
        version="1",
        title=Text(es="Metodología de prueba", en="Test methodology"),
        valid_from=as_date("2020-01-01"),
        documents=(Document(id="informe-2024", title=Text(es="Informe final")),),
        curriculum=_curriculum(),
        centres=(_centre("crea"),),
        staff_trainings=(_training("asesoria-edapp", "crea"),),
        provenance=CITED,
        field_provenance={"valid_from": ASSUMED},
    )
    return attrs.evolve(methodology, **changes)


def _refused(**changes: Any) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(InvariantError) as caught:
        _methodology(**changes)
    return [(p.path, p.message.key) for p in caught.value.problems]


class TestMethodology:
    def test_as_of_on_and_after_valid_from(self) -> None:
        """From valid_from on, the methodology is in force."""
        methodology = _methodology()

        expected = [methodology, methodology]
        assert expected == [methodology.as_of("2020-01-01"), methodology.as_of(as_date("2023-03-01"))]

    def test_as_of_before_valid_from(self) -> None:
        """Before valid_from there is no methodology in force: NotInForceError, a LookupError."""
        with pytest.raises(LookupError) as caught:
            _methodology().as_of("2019-12-31")

        expected = (
            NotInForceError,
            "methodology 'prueba' is in force from 2020-01-01; there is no version in force on 2019-12-31",
        )
        assert expected == (type(caught.value), caught.value.message.render("en"))  # type: ignore[attr-defined]

    def test_as_of_needs_a_real_date(self) -> None:
        """as_of takes a real ISO date: anything else is a LoadError (a ValueError) from the catalog."""
        with pytest.raises(LoadError) as caught:
            _methodology().as_of("2023-02-30")

        expected = (True, ["core.load.invalid_date"])
        assert expected == (isinstance(caught.value, ValueError), [p.message.key for p in caught.value.problems])

    def test_module(self) -> None:
        """module() delegates to the curriculum."""
        expected = _module()

        assert expected == _methodology().module("empleo")

    def test_centre(self) -> None:
        """centre() finds a centre by id."""
        expected = _centre("crea")

        assert expected == _methodology().centre("crea")

    def test_staff_training(self) -> None:
        """staff_training() finds a training by id."""
        expected = ("crea",)

        assert expected == _methodology().staff_training("asesoria-edapp").centres

    def test_document(self) -> None:
        """document() finds a cited document by id."""
        expected = Text(es="Informe final")

        assert expected == _methodology().document("informe-2024").title

    @pytest.mark.parametrize("lookup", ["module", "centre", "staff_training", "document"])
    def test_unknown_ids(self, lookup: str) -> None:
        """Every lookup of an unknown id is an UnknownIdError, a KeyError."""
        with pytest.raises(KeyError) as caught:
            getattr(_methodology(), lookup)("cocina")

        assert isinstance(caught.value, UnknownIdError)

    def test_id_views(self) -> None:
        """module_ids, course_ids and centre_ids list what records may refer to."""
        methodology = _methodology(centres=(_centre("crea"), _centre("cjm-guadalajara")), staff_trainings=())

        expected = (("empleo",), frozenset({"empleo"}), ("crea", "cjm-guadalajara"))
        assert expected == (methodology.module_ids, methodology.course_ids, methodology.centre_ids)

    def test_course_ids_include_courses(self) -> None:
        """A completion may name a module or any course of the curriculum."""
        expected = frozenset(sce_method.load().module_ids) | {c.id for c in sce_method.load().curriculum.courses}

        assert expected == sce_method.load().course_ids

    def test_needs_a_document(self) -> None:
        """A methodology cites at least one document."""
        expected = [(("documents",), "core.value.empty")]

        assert expected == _refused(documents=())

    def test_valid_from_needs_its_provenance(self) -> None:
        """When the methodology takes effect is a rule value with its own provenance."""
        expected = [(("valid_from",), "core.provenance.missing")]

        assert expected == _refused(field_provenance={})

    def test_duplicate_ids(self) -> None:
        """Repeated document, centre and training ids are each reported."""
        document = Document(id="informe-2024", title=Text(es="Informe"))

        expected = [
            (("documents", 1, "id"), "core.id.duplicate"),
            (("centres", 1, "id"), "core.id.duplicate"),
            (("staff_trainings", 1, "id"), "core.id.duplicate"),
        ]
        assert expected == _refused(
            documents=(document, document),
            centres=(_centre("crea"), _centre("crea")),
            staff_trainings=(_training("asesoria-edapp"), _training("asesoria-edapp")),
        )

    def test_training_names_an_unknown_centre(self) -> None:
        """A staff training names only centres of the methodology."""
        expected = [(("staff_trainings", 0, "centres", 1), "core.ref.unknown")]

        assert expected == _refused(staff_trainings=(_training("asesoria-edapp", "crea", "cdm-zapopan"),))

    def test_source_cites_an_unknown_document(self) -> None:
        """Every source must cite a document the methodology holds; the problem is at the citation."""
        stray = _module(provenance=Provenance.cite("otro-informe", "p. 3"))

        expected = [
            (
                ("curriculum", "modules", 0, "provenance", "source", "document"),
                "methodology.provenance.unknown_document",
            )
        ]
        assert expected == _refused(curriculum=_curriculum(stray))

    def test_field_provenance_sources_are_checked_too(self) -> None:
        """A source in a field_provenance entry is checked like any other."""
        field_provenance = {"valid_from": Provenance.cite("otro-informe", "p. 3")}

        expected = [
            (("field_provenance", "valid_from", "source", "document"), "methodology.provenance.unknown_document")
        ]
        assert expected == _refused(field_provenance=field_provenance)

    def test_provenance_entries_cover_every_value(self) -> None:
        """Each value comes with the provenance that covers it; documents are not values."""
        entries = {e.path: e.provenance for e in _methodology().provenance_entries()}

        expected = (ASSUMED, ASSUMED, CITED, CITED, False)
        assert expected == (
            entries[("valid_from",)],
            entries[("curriculum", "modules", 0, "hours")],
            entries[("curriculum", "modules", 0, "title")],
            entries[("id",)],
            any(path[0] == "documents" for path in entries),
        )

    def test_assumptions(self) -> None:
        """assumptions() lists the values that are assumptions, with their paths."""
        expected = [
            ("valid_from",),
            ("curriculum", "modules", 0, "hours"),
            ("curriculum", "modules", 0, "sessions"),
            ("curriculum", "modules", 0, "delivery"),
            ("centres", 0, "serves_survivors"),
        ]

        assert expected == [e.path for e in _methodology().assumptions()]

    def test_evolve_makes_a_new_methodology(self) -> None:
        """An adaptation is a new methodology; the original is unchanged."""
        original = _methodology()
        adapted = attrs.evolve(original, version="2")

        expected = ("1", "2")
        assert expected == (original.version, adapted.version)

    @AGGREGATES
    @given(methodologies())
    def test_generated_sources_cite_its_documents(self, methodology: Methodology) -> None:
        """Every source that covers a value of a generated methodology cites one of its documents."""
        documents = {d.id for d in methodology.documents}
        sources = [e.provenance.source for e in methodology.provenance_entries() if e.provenance is not None]

        expected: list[str] = []
        assert expected == [s.document for s in sources if s is not None and s.document not in documents]

    @AGGREGATES
    @given(methodologies())
    def test_every_generated_value_has_provenance(self, methodology: Methodology) -> None:
        """Every value of a generated methodology is covered by a provenance."""
        expected: list[tuple[str | int, ...]] = []

        assert expected == [e.path for e in methodology.provenance_entries() if e.provenance is None]

    @AGGREGATES
    @given(methodologies())
    def test_in_force_from_valid_from(self, methodology: Methodology) -> None:
        """A methodology is in force on its valid_from date, and not the day before."""
        with pytest.raises(NotInForceError):
            methodology.as_of(methodology.valid_from.subtract(days=1))

        assert methodology == methodology.as_of(methodology.valid_from)
