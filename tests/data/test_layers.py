"""
The bundled layers: sce-base -> jalisco-sisemh-2024 -> crea-2024, cjm-2024.

The default, now resolved from two layers, must equal the single file it
replaced (kept in tests/data as ``jalisco-sisemh-2024.before-layers.yaml``)
but for the fidelity corrections made while the data was reorganised: each
difference is listed here, with the reason, and nothing else may differ.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

import pytest

import sce_method
from sce_method.methodology import DiffKind, Methodology, diff
from sce_method.serialization import load_file

BEFORE: Final = Path(__file__).parent / "jalisco-sisemh-2024.before-layers.yaml"

PROVENANCE = DiffKind.PROVENANCE.value
CHANGED = DiffKind.CHANGED.value

CORRECTIONS: Final = (
    # The executive summary lists skills; it does not map them to modules.
    ("curriculum.modules[*].area", PROVENANCE),
    # The report names no "Habilidades para la vida" pathway.
    ("curriculum.pathways[habilidades-para-la-vida].*", PROVENANCE),
    # Entry and exit surveys as graduation requirements splice §V R2 and §V R4.
    ("graduation.rule_sets.entries[2022-07-01].value.rule.criteria[encuesta-entrada].*", PROVENANCE),
    ("graduation.rule_sets.entries[2022-07-01].value.rule.criteria[encuesta-salida].*", PROVENANCE),
    # Reasons that cited a file of this repository now explain themselves.
    ("instruments[*].groups[datos].questions[participante].*", PROVENANCE),
    ("instruments[*].groups[datos].questions[fecha].*", PROVENANCE),
    # The participant question is this encoding's choice, not the report's.
    ("instruments[*].participant_question", PROVENANCE),
    # Annex A 1.2.b: both readings of the Avance cell; 2.1: the status is not in the seed.
    ("results_framework.outcomes[R1].indicators[1.2.b].results[2024].actual", PROVENANCE),
    ("results_framework.outcomes[R1].indicators[1.2.b].results[2024].note", CHANGED),
    # Annex A 4.1 names the "piso de empoderamiento económico".
    ("results_framework.outcomes[R4].indicators[4.1].statement", CHANGED),
    # The outcome indicators: population, breakdowns and the reading of "aumento de 30%" are assumptions.
    ("indicators[*].kind", PROVENANCE),
    ("indicators[*].population", PROVENANCE),
    ("indicators[*].disaggregations", PROVENANCE),
    ("indicators[*].filter", PROVENANCE),
    ("indicators[*].to_filter", PROVENANCE),
    ("indicators[transicion-a-actividad-generadora-de-ingresos].reported", PROVENANCE),
    # Facts the seed states that were missing.
    ("results_framework.strategic_result", CHANGED),
    ("results_framework.figures[usuarias-crea-oferta-formativa]", DiffKind.ADDED.value),
    ("results_framework.figures[fuerza-mujeres-aprendizaje-en-linea]", DiffKind.ADDED.value),
    ("results_framework.figures[graduadas-crea-fines-2023]", DiffKind.ADDED.value),
    ("centres[*].facilitators", CHANGED),
    ("staff_trainings[*].target", CHANGED),
    ("staff_trainings[*].trained", CHANGED),
    ("programme", CHANGED),
    # The base's locks: what makes the programme SCE.
    ("locked", CHANGED),
    # Added with the records (graduations, staff): what the seed says of the staff trainings, who they were for
    # (Annex A 3.1's units) and who gave them (§V R3's photo caption, the letter, Annex A 1.2's ProSociedad).
    ("staff_trainings[capacitacion-funcionariado].units", CHANGED),
    ("staff_trainings[*].given_by", CHANGED),
    # How each Annex A row that is a count is computed from a cohort folder (the ways of counting are assumptions;
    # their periods and centres cite the seed). 1.2, 1.2.c and 4.1 are not counts of records.
    ("results_framework.outcomes[*].indicators[*].computation", CHANGED),
    # How each figure of §V R1/R2, the executive summary and §V R3 is computed; the 1,095 and 8,000 are not.
    ("results_framework.figures[*].computation", CHANGED),
    # §V R1: the six CJM facilitators are three at Guadalajara and three at Tlajomulco; §VI: and three at CREA.
    ("results_framework.figures[facilitadoras-cjm-guadalajara]", DiffKind.ADDED.value),
    ("results_framework.figures[facilitadoras-cjm-tlajomulco]", DiffKind.ADDED.value),
    ("results_framework.figures[facilitadoras-crea]", DiffKind.ADDED.value),
    ("results_framework.figures[facilitadoras-cjm].parts", CHANGED),
)
"""Each fidelity correction: the paths it touched (fnmatch patterns, ``*`` for a key) and how they differ."""


def _matches(pattern: str, path: str) -> bool:
    """Whether *path* matches *pattern*: ``[*]`` stands for any one key, a final ``.*`` for any field under."""
    regex = re.escape(pattern).replace(r"\[\*\]", r"\[[^\]]+\]").replace(r"\.\*", r"\..+")
    return re.fullmatch(regex, path) is not None


@pytest.fixture(scope="module")
def differences() -> list[tuple[str, str]]:
    return [(d.path, d.kind.value) for d in diff(load_file(BEFORE), sce_method.load())]


class TestDefaultAfterTheSplit:
    def test_only_the_fidelity_corrections_differ(self, differences: list[tuple[str, str]]) -> None:
        """Every difference from the single file it replaced is one of the corrections listed."""
        expected: list[tuple[str, str]] = []

        assert expected == [
            (path, kind)
            for path, kind in differences
            if not any(kind == k and _matches(pattern, path) for pattern, k in CORRECTIONS)
        ]

    @pytest.mark.parametrize(("pattern", "kind"), CORRECTIONS)
    def test_each_correction_is_made(self, differences: list[tuple[str, str]], pattern: str, kind: str) -> None:
        """Each listed correction shows in the differences (the list has no stale entry)."""
        assert any(k == kind and _matches(pattern, path) for path, k in differences)

    def test_lineage(self) -> None:
        """The default is resolved from sce-base and its own layer."""
        expected = [("sce-base", "2024.1"), ("jalisco-sisemh-2024", "2024.1")]

        assert expected == [(layer.id, layer.version) for layer in sce_method.load().lineage]


def _place(m: Methodology, path: str) -> str:
    for entry in m.provenance_entries():
        if entry.provenance is not None and entry.provenance.source is not None and path in str(entry.path):
            return entry.provenance.source.place
    raise AssertionError(path)


class TestFacts:
    """Every fact the seed states that the data used to miss is reachable, with its place in the seed."""

    def test_agreement(self) -> None:
        """The agreement: project 00111079, 3 June to 30 November 2024, MXN 1,600,000 and USD 88,008.80."""
        programme = sce_method.load().programme
        assert programme is not None
        agreement = programme.agreement
        assert agreement is not None

        expected = ("00111079", "2024-06-03", "2024-11-30", [(1600000.0, "MXN"), (88008.8, "USD")], "Portada")
        assert expected == (
            agreement.project_number,
            agreement.starts_on.isoformat(),
            agreement.ends_on.isoformat(),
            [(a.value, a.currency) for a in agreement.funding],
            agreement.field_provenance["funding"].source.place,  # type: ignore[union-attr]
        )

    def test_organisations(self) -> None:
        """ProSociedad implements the programme; SISEMH belongs to SCE's network of allied organisations."""
        programme = sce_method.load().programme
        assert programme is not None

        roles = {o.id: (o.role.value, o.provenance.source.place) for o in programme.organisations}  # type: ignore[union-attr]
        assert roles["prosociedad"] == ("socia-implementadora", "Portada; §III")
        assert roles["red-organizaciones-aliadas-sce"] == ("red", "§V R3; §VII")

    def test_events(self) -> None:
        """The 17 October 2024 ceremony, and two things of September 2024 given as months."""
        programme = sce_method.load().programme
        assert programme is not None

        expected = {
            "graduacion-2024-10-17": "2024-10-17",
            "presentacion-cursos-fundacionales": "2024-09",
            "capacitacion-funcionariado-2024-09": "2024-09",
        }
        assert expected == {e.id: e.when for e in programme.events}

    def test_facilitators(self) -> None:
        """Three facilitators at each CJM (§V R1, with §VI's other account in the quote) and three at CREA."""
        m = sce_method.load()

        expected = {"crea": 3, "cjm-guadalajara": 3, "cjm-tlajomulco": 3}
        assert expected == {c.id: c.facilitators for c in m.centres}
        quote = m.centre("cjm-guadalajara").field_provenance["facilitators"].source.quote  # type: ignore[union-attr]
        assert quote is not None
        assert "§VI" in quote

    def test_figures(self) -> None:
        """1,095 CREA users and 8,000 Fuerza Mujeres participants ("más de"), 49 graduates of late 2023."""
        framework = sce_method.load().results_framework
        assert framework is not None

        expected = [(1095.0, True), (8000.0, True), (49.0, False)]
        names = ("usuarias-crea-oferta-formativa", "fuerza-mujeres-aprendizaje-en-linea", "graduadas-crea-fines-2023")
        assert expected == [(framework.figure(n).value, framework.figure(n).more_than) for n in names]

    def test_products(self) -> None:
        """The Manual is part of CREA's Empowerment and Operation Model, in its economic-empowerment floor."""
        programme = sce_method.load().programme
        assert programme is not None

        manual = next(p for p in programme.products if p.kind.value == "manual")
        assert manual.part_of == "modelo-empoderamiento-operacion-crea"
        assert manual.section is not None
        assert "piso" in manual.section.es.lower()

    def test_strategic_result(self) -> None:
        """The framework contributes to result 2.2.1 of UN Women's Strategic Note, from sce-base."""
        m = sce_method.load()
        assert m.results_framework is not None
        assert m.results_framework.strategic_result is not None

        expected = ("sce-base", True)
        assert expected == (
            m.layer_of("results_framework.strategic_result"),
            "2.2.1" in m.results_framework.strategic_result.es,
        )

    def test_trainings(self) -> None:
        """The officials' training reached 40 against a target of 36; the transfer, 6 of 6."""
        m = sce_method.load()

        expected = [(6, 6), (36, 40)]
        trainings = ("transferencia-metodologica-facilitadoras", "capacitacion-funcionariado")
        assert expected == [(m.staff_training(t).target, m.staff_training(t).trained) for t in trainings]


class TestCorrectionsAreAssumptions:
    """What the seed does not state is an assumption, never labelled as sourced."""

    @pytest.mark.parametrize(
        "path",
        [
            "curriculum.modules[educacion-financiera].area",
            "curriculum.pathways[habilidades-para-la-vida].title",
            "graduation.rule_sets.entries[2022-07-01].value.rule.criteria[encuesta-entrada].instrument",
            "results_framework.outcomes[R1].indicators[1.2.b].results[2024].actual",
            "indicators[transicion-a-actividad-generadora-de-ingresos].reported",
            "indicators[integracion-a-estudios].population",
        ],
    )
    def test_is_an_assumption(self, path: str) -> None:
        """The value at *path* is an assumption in the default."""
        found = [d for d in diff(load_file(BEFORE), sce_method.load()) if d.path == path]

        expected = [True]
        assert expected == [d.new_provenance is not None and d.new_provenance.is_assumption for d in found]

    def test_status_of_2_1(self) -> None:
        """Annex A 2.1 gives no status: "Avance parcial" is computed, and its provenance says so."""
        framework = sce_method.load().results_framework
        assert framework is not None
        result = framework.indicator("2.1").result()
        assert result is not None

        expected = ("avance-parcial", True)
        assert expected == (framework.indicator("2.1").status.value, result.field_provenance["status"].is_assumption)

    def test_no_reason_cites_a_file_of_the_repository(self) -> None:
        """Reasons cite the seed or explain themselves; no bundled layer mentions DESIGN.md."""
        for ident in sce_method.available():
            for entry in sce_method.load(ident).provenance_entries():
                if entry.provenance is not None and entry.provenance.assumption is not None:
                    assert "DESIGN" not in entry.provenance.assumption.reason.es
