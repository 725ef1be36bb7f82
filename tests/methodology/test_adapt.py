"""Tests for adaptations: a layer of changes on a parent methodology, resolved, with locks."""

from __future__ import annotations

import importlib.resources
import textwrap
from pathlib import Path

import attrs
import pytest

from sce_method.exceptions import LoadError
from sce_method.graduation import AllOf, CompleteOffer
from sce_method.methodology import Lock
from sce_method.serialization import dump, load, load_file, loads

BASE_LOCK = """
path: centres[crea].kind
reason: {es: CREA es un CREA., en: CREA is a CREA.}
provenance: {assumption: {reason: {es: Prueba., en: Test.}}}
"""

WHY = "provenance: {assumption: {reason: {es: Por prueba., en: For a test.}}}"


def _base(tmp_path: Path, *, lock: bool = True) -> Path:
    """The bundled default resolved into one file (``base.yaml``), with its locks and, with *lock*, one more."""
    m = load()
    if lock:
        m = attrs.evolve(m, locked=(*m.locked, loads(BASE_LOCK, Lock)))
    path = tmp_path / "base.yaml"
    path.write_text(dump(m), encoding="utf-8")
    return path


def _layer(
    tmp_path: Path, changes: str, *, name: str = "estado.yaml", ident: str = "estado-2025", parent: str = ""
) -> Path:
    """An adaptation of ``base.yaml`` with *changes* (YAML list items, indented by two)."""
    based_on = parent or "{id: jalisco-sisemh-2024, version: '2024.1', path: base.yaml}"
    text = textwrap.dedent(
        f"""\
        id: {ident}
        version: "1"
        title: {{es: Estado, en: State}}
        based_on: {based_on}
        {WHY}
        changes:
        """
    ) + textwrap.indent(textwrap.dedent(changes), "  ")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> list[tuple[str | None, int | None, int | None, str]]:
    with pytest.raises(LoadError) as caught:
        load_file(path)
    return [(Path(p.file).name if p.file else None, p.line, p.column, p.message.key) for p in caught.value.problems]


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


class TestResolve:
    def test_set_a_value(self, tmp_path: Path) -> None:
        """A set changes one value, gives it the change's provenance, and records the layer that set it."""
        _base(tmp_path)
        path = _layer(
            tmp_path,
            f"""\
            - op: set
              path: curriculum.modules[educacion-financiera].hours
              value: 10
              {WHY}
            """,
        )
        m = load_file(path)

        module = m.curriculum.module("educacion-financiera")
        expected = (10.0, True, "estado-2025", "jalisco-sisemh-2024", 12.0)
        assert expected == (
            module.hours,
            module.field_provenance["hours"].is_assumption,
            m.layer_of("curriculum.modules[educacion-financiera].hours"),
            m.layer_of("curriculum.modules[educacion-financiera].title"),
            m.curriculum.module("desarrollo-humano").hours,
        )

    def test_lineage(self, tmp_path: Path) -> None:
        """The lineage lists the layers, base first."""
        _base(tmp_path)
        m = load_file(_layer(tmp_path, "[]\n"))

        expected = [("jalisco-sisemh-2024", "2024.1"), ("estado-2025", "1")]
        assert expected == [(layer.id, layer.version) for layer in m.lineage]

    def test_aliases_in_the_parent_are_not_shared(self, tmp_path: Path) -> None:
        """Changing one module's provenance leaves the others', written with one YAML alias, as they were."""
        bundled = importlib.resources.files("sce_method.data") / "jalisco-sisemh-2024.yaml"
        (tmp_path / "base.yaml").write_bytes(bundled.read_bytes())
        m = load_file(
            _layer(
                tmp_path,
                f"""\
                - op: set
                  path: curriculum.modules[educacion-financiera].hours
                  value: 10
                  {WHY}
                """,
            )
        )

        reasons = {mod.id: mod.field_provenance["hours"].describe("es") for mod in m.curriculum.modules}
        expected = 4
        assert expected == sum(1 for r in reasons.values() if "12 h" in r)

    def test_add_a_dated_value_from_a_date(self, tmp_path: Path) -> None:
        """Set with effective copies the entry in force to a new entry from that date; earlier dates keep the rule."""
        _base(tmp_path)
        path = _layer(
            tmp_path,
            f"""\
            - op: set
              path: graduation.rule_sets.entries[2022-07-01].value.rule.criteria[oferta-completa].share
              effective: "2025-07-01"
              value: 0.75
              {WHY}
            """,
        )
        m = load_file(path)
        assert m.graduation is not None

        shares = []
        for day in ("2025-06-30", "2025-07-01"):
            rule = m.graduation.rule_sets.at(day).rule
            assert isinstance(rule, AllOf)
            offer = rule.criteria[0]
            assert isinstance(offer, CompleteOffer)
            shares.append(offer.share)

        expected = [0.8, 0.75]
        assert expected == shares

    def test_remove_and_add(self, tmp_path: Path) -> None:
        """
        Items are removed and added by key; an added item takes the change's provenance.

        The layer also drops the computations of Jalisco's figures that count at the centre it removes.
        """
        _base(tmp_path)
        path = _layer(
            tmp_path,
            f"""\
            - op: remove
              path: staff_trainings[transferencia-metodologica-facilitadoras].centres[cjm-tlajomulco]
              {WHY}
            - op: remove
              path: centres[cjm-tlajomulco]
              {WHY}
            - op: set
              path: results_framework.outcomes[R3].indicators[3.1.b].computation
              value: null
              {WHY}
            - op: set
              path: results_framework.figures[participantes-cjm-tlajomulco].computation
              value: null
              {WHY}
            - op: set
              path: results_framework.figures[graduadas-cjm-tlajomulco].computation
              value: null
              {WHY}
            - op: set
              path: results_framework.figures[facilitadoras-cjm].computation
              value: null
              {WHY}
            - op: set
              path: results_framework.figures[facilitadoras-cjm-tlajomulco].computation
              value: null
              {WHY}
            - op: add
              path: centres
              value:
                id: cdm-zapopan
                name: {{es: CDM Zapopan}}
                kind: cdm
                field_provenance:
                  serves_survivors: {{assumption: {{reason: {{es: Sin dato., en: No data.}}}}}}
              {WHY}
            """,
        )
        m = load_file(path)

        expected = (["crea", "cjm-guadalajara", "cdm-zapopan"], True)
        assert expected == ([c.id for c in m.centres], m.centre("cdm-zapopan").provenance.is_assumption)


class TestBadInput:
    def test_path_that_does_not_exist(self, tmp_path: Path) -> None:
        """A path to nothing is refused at the change's path, with the closest valid path suggested."""
        _base(tmp_path)
        path = _layer(
            tmp_path,
            f"""\
            - op: set
              path: curriculum.modules[educacion-financiera].hourz
              value: 10
              {WHY}
            """,
        )
        with pytest.raises(LoadError) as caught:
            load_file(path)

        (problem,) = caught.value.problems
        expected = (
            "estado.yaml",
            _line_of(path, "hourz"),
            11,
            ("changes", 0, "path"),
            "curriculum.modules[educacion-financiera].hours",
        )
        assert expected == (
            Path(str(problem.file)).name,
            problem.line,
            problem.column,
            problem.path,
            problem.message.params.get("suggestion"),
        )

    def test_unknown_item_key(self, tmp_path: Path) -> None:
        """An item key that is not in the list is refused with the closest key."""
        _base(tmp_path)
        path = _layer(
            tmp_path,
            f"""\
            - op: remove
              path: centres[cjm-guadalajra]
              {WHY}
            """,
        )
        with pytest.raises(LoadError) as caught:
            load_file(path)

        expected = ["centres[cjm-guadalajara]"]
        assert expected == [p.message.params.get("suggestion") for p in caught.value.problems]

    def test_locked_path(self, tmp_path: Path) -> None:
        """A change to a locked path is refused, naming the path, the layer that locked it and its reason."""
        _base(tmp_path)
        path = _layer(
            tmp_path,
            f"""\
            - op: set
              path: centres[crea].kind
              value: cdm
              {WHY}
            """,
        )
        with pytest.raises(LoadError) as caught:
            load_file(path)

        (problem,) = caught.value.problems
        expected = (
            "methodology.adapt.locked",
            "jalisco-sisemh-2024",
            "CREA is a CREA.",
            _line_of(path, "centres[crea]"),
        )
        assert expected == (
            problem.message.key,
            problem.message.params["layer"],
            problem.message.params["reason"].show("en"),  # type: ignore[attr-defined]
            problem.line,
        )

    def test_removing_a_record_holding_a_lock(self, tmp_path: Path) -> None:
        """Removing what holds a locked path is changing it: refused."""
        _base(tmp_path)
        path = _layer(
            tmp_path,
            f"""\
            - op: remove
              path: graduation.rule_sets.entries[2022-07-01].value.rule.criteria[oferta-completa]
              {WHY}
            """,
        )

        assert [p[3] for p in _problems(path)] == ["methodology.adapt.locked"]

    def test_locked_history_needs_a_derived_entry(self, tmp_path: Path) -> None:
        """A new rule set after a locked one must derive from it; adding a fresh one is refused."""
        _base(tmp_path)
        path = _layer(
            tmp_path,
            f"""\
            - op: add
              path: graduation.rule_sets.entries
              effective: "2026-01-01"
              value: {{id: otra, title: {{es: Otra}}, rule: {{kind: total_hours, id: horas, hours: 1}}}}
              {WHY}
            """,
        )

        assert [p[3] for p in _problems(path)] == ["methodology.adapt.locked_history"]

    def test_derived_entry_keeps_the_lock(self, tmp_path: Path) -> None:
        """An entry derived from a locked one is locked too: its locked criterion cannot go."""
        _base(tmp_path)
        path = _layer(
            tmp_path,
            f"""\
            - op: set
              path: graduation.rule_sets.entries[2022-07-01].value.rule.criteria[oferta-completa].share
              effective: "2026-01-01"
              value: 0.7
              {WHY}
            - op: remove
              path: graduation.rule_sets.entries[2026-01-01].value.rule.criteria[oferta-completa]
              {WHY}
            """,
        )

        assert [(p[0], p[3]) for p in _problems(path)] == [("estado.yaml", "methodology.adapt.locked")]

    def test_removing_what_others_name(self, tmp_path: Path) -> None:
        """Removing a module a criterion names is refused at the removal, naming where it is still used."""
        _base(tmp_path, lock=False)
        path = _layer(
            tmp_path,
            f"""\
            - op: remove
              path: curriculum.complete_offer[educacion-financiera]
              {WHY}
            - op: remove
              path: curriculum.modules[educacion-financiera]
              {WHY}
            """,
        )

        found = _problems(path)
        assert found
        assert all(p[0] == "estado.yaml" and p[3] == "serialization.adapt.removed_still_used" for p in found)

    def test_complete_offer_names_an_unknown_module(self, tmp_path: Path) -> None:
        """An added complete-offer module that is not in the curriculum is refused at the change's value."""
        _base(tmp_path)
        path = _layer(
            tmp_path,
            f"""\
            - op: add
              path: curriculum.complete_offer
              value: cocina
              {WHY}
            """,
        )

        expected = [("estado.yaml", _line_of(path, "value: cocina"), "core.ref.unknown")]
        assert expected == [(p[0], p[1], p[3]) for p in _problems(path)]

    def test_change_without_provenance(self, tmp_path: Path) -> None:
        """Every change carries its provenance."""
        _base(tmp_path)
        path = _layer(
            tmp_path,
            """\
            - op: set
              path: curriculum.modules[educacion-financiera].hours
              value: 10
            """,
        )

        expected = [("estado.yaml", _line_of(path, "op: set"), "core.load.missing_key")]
        assert expected == [(p[0], p[1], p[3]) for p in _problems(path)]

    def test_cycle(self, tmp_path: Path) -> None:
        """Layers based on each other are refused, naming the cycle."""
        _layer(tmp_path, "[]\n", name="a.yaml", ident="a", parent="{id: b, path: b.yaml}")
        path = _layer(tmp_path, "[]\n", name="b.yaml", ident="b", parent="{id: a, path: a.yaml}")

        assert [p[3] for p in _problems(path)] == ["serialization.adapt.cycle"]

    def test_unknown_parent(self, tmp_path: Path) -> None:
        """A bundled parent that does not exist is refused at based_on.id, listing those that do."""
        path = _layer(tmp_path, "[]\n", parent="{id: oaxaca-2024}")

        expected = [("estado.yaml", 4, "serialization.adapt.unknown_parent")]
        assert expected == [(p[0], p[1], p[3]) for p in _problems(path)]

    def test_wrong_parent_version(self, tmp_path: Path) -> None:
        """The parent's version must be the one the adaptation was written against."""
        _base(tmp_path)
        path = _layer(tmp_path, "[]\n", parent="{id: jalisco-sisemh-2024, version: '2023.9', path: base.yaml}")

        expected = [("estado.yaml", 4, "serialization.adapt.parent_version")]
        assert expected == [(p[0], p[1], p[3]) for p in _problems(path)]

    def test_two_layers_with_one_id(self, tmp_path: Path) -> None:
        """A layer may not take the id of a layer under it."""
        _base(tmp_path)
        path = _layer(tmp_path, "[]\n", ident="jalisco-sisemh-2024")

        expected = [("estado.yaml", 1, "serialization.adapt.duplicate_layer")]
        assert expected == [(p[0], p[1], p[3]) for p in _problems(path)]
