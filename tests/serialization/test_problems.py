"""
Tests for `sce_method.serialization._problems`: one located problem per thing wrong.

Bad inputs are the bundled methodology's YAML edited in one place (`tests.edits`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sce_method.curriculum import Module
from sce_method.exceptions import LoadError, Problem
from sce_method.serialization import loads, structure
from tests.edits import BUNDLED, MODULE_IDS, edit, problems_of


def _summary(problems: tuple[Problem, ...], *params: str) -> list[tuple[object, ...]]:
    """Each problem's path, message key, line and column, then the message parameters named."""
    return [(p.path, p.message.key, p.line, p.column, *(p.message.params[name] for name in params)) for p in problems]


def _module_start(ident: str) -> tuple[int, int]:
    """Where the mapping of module *ident* starts in `BUNDLED` (after its ``- ``)."""
    at = edit(f"- id: {ident}\n", "", after="  modules:\n")
    return at.line, at.column + len("- ")


class TestUnknownKeys:
    def test_suggests_the_closest_key(self) -> None:
        """A misspelt key suggests the right one; the right one is then missing, and reported too."""
        bad = edit("hours: 12.0", "hourz: 12.0")

        expected = [
            (
                ("curriculum", "modules", 0, "hours"),
                "core.load.missing_key",
                *_module_start(MODULE_IDS[0]),
                "hours",
                None,
            ),
            (
                ("curriculum", "modules", 0, "hourz"),
                "serialization.unknown_key",
                bad.line,
                bad.column,
                "hourz",
                "hours",
            ),
        ]
        assert expected == [
            (*_summary((p,), "key")[0], p.message.params.get("suggestion")) for p in problems_of(bad.text)
        ]

    def test_without_a_close_key_lists_the_valid_ones(self) -> None:
        """A key like no other lists the valid keys instead."""
        problems = problems_of(edit("version: '2024.1'", "version: '2024.1'\nzzz: 1").text)

        expected = [(("zzz",), "serialization.unknown_key_plain", True)]
        assert expected == [
            (p.path, p.message.key, str(p.message.params["known"]).startswith("id, version, title, valid_from"))
            for p in problems
        ]

    def test_rendered_with_its_place(self) -> None:
        """Rendered, the problem reads file:line:column: $.path: message."""
        bad = edit("hours: 12.0", "hourz: 12.0")

        with pytest.raises(LoadError) as caught:
            loads(bad.text, file="m.yaml")

        expected = (
            f"m.yaml:{bad.line}:{bad.column}: $.curriculum.modules[0].hourz: unknown key 'hourz'; did you mean 'hours'?"
        )
        assert expected == caught.value.problems[1].render("en")


class TestMissingKeys:
    def test_missing_required_key(self) -> None:
        """A required key left out is reported at the mapping that lacks it."""
        bad = edit("    sessions: 6\n", "")

        where = (("curriculum", "modules", 0, "sessions"), "core.load.missing_key", *_module_start(MODULE_IDS[0]))
        expected = [(*where, "sessions")]
        assert expected == _summary(problems_of(bad.text), "key")

    def test_every_missing_key(self) -> None:
        """Every missing key of a record is reported, in field order."""
        problems = problems_of("documents: []\n")

        expected = ["id", "version", "title", "valid_from", "curriculum", "provenance"]
        assert expected == [p.message.params["key"] for p in problems if p.message.key == "core.load.missing_key"]


class TestInvariantsKeepTheirPath:
    def test_negative_hours_on_the_fourth_module(self) -> None:
        """An attrs validator's field path survives cattrs: $.curriculum.modules[3].hours."""
        bad = edit("hours: 12.0", "hours: -4", after=f"id: {MODULE_IDS[3]}")

        problems = problems_of(bad.text)

        expected = [
            ("$.curriculum.modules[3].hours", "core.value.not_positive", bad.line, bad.column + len("hours: "), -4.0)
        ]
        assert expected == [(p.where, p.message.key, p.line, p.column, p.message.params["value"]) for p in problems]

    def test_negative_staff_training_hours(self) -> None:
        """The same for a staff training's hours."""
        bad = edit("hours: 20.0", "hours: -20")

        expected = [(("staff_trainings", 1, "hours"), "core.value.not_positive", bad.line, bad.column + len("hours: "))]
        assert expected == _summary(problems_of(bad.text))

    def test_duplicate_module_id(self) -> None:
        """A module id used twice is reported at the repeat, naming the first position."""
        first = BUNDLED.index(f"  - id: {MODULE_IDS[0]}\n")
        copy = BUNDLED[first : BUNDLED.index(f"  - id: {MODULE_IDS[1]}\n")]
        bad = edit("  courses:\n", copy + "  courses:\n")

        where = (("curriculum", "modules", 5, "id"), "core.id.duplicate", bad.line, len("  - id: ") + 1)
        expected = [(*where, MODULE_IDS[0], 0)]
        assert expected == _summary(problems_of(bad.text), "id", "first")

    def test_reference_to_an_unknown_module(self) -> None:
        """A pathway that names no module is reported at the name, listing the modules."""
        bad = edit(f"- {MODULE_IDS[1]}\n", "- cocina\n", after="  pathways:\n")

        where = (("curriculum", "pathways", 0, "modules", 1), "core.ref.unknown", bad.line, bad.column + len("- "))
        expected = [(*where, "cocina", ", ".join(sorted(MODULE_IDS)))]
        assert expected == _summary(problems_of(bad.text), "id", "known")

    def test_source_citing_an_unknown_document(self) -> None:
        """A source must cite one of the methodology's documents."""
        bad = edit("document: informe-final-sce-jalisco-2024", "document: otro-informe", after="staff_trainings:")

        path = ("staff_trainings", 0, "provenance", "source", "document")
        expected = [
            (path, "methodology.provenance.unknown_document", bad.line, bad.column + len("document: "), "otro-informe")
        ]
        assert expected == _summary(problems_of(bad.text), "id")

    def test_a_bad_anchor_is_reported_wherever_it_is_used(self) -> None:
        """A bad value under a YAML anchor is a problem at each path that uses it, placed at the alias."""
        # The methodology as one file, before it was split into layers: it writes each module's provenance once,
        # under an anchor, and uses it through aliases.
        raw = (Path(__file__).parents[1] / "data" / "jalisco-sisemh-2024.before-layers.yaml").read_text(
            encoding="utf-8"
        )
        anchor = edit("place: §V R1", "place: ''", after="&module-source", text=raw)
        aliases = [edit("*module-source", "", after=f"id: {ident}\n", text=raw) for ident in MODULE_IDS[1:]]

        path = ("provenance", "source", "place")
        expected = [
            (("curriculum", "modules", 0, *path), "core.value.empty", anchor.line, anchor.column + len("place: ")),
            *(
                (("curriculum", "modules", index, *path), "core.value.empty", alias.line, alias.column)
                for index, alias in enumerate(aliases, start=1)
            ),
        ]
        assert expected == _summary(problems_of(anchor.text))

    def test_two_bad_fields_of_one_record(self) -> None:
        """Bad hours and bad sessions of the same module are both reported."""
        bad = edit("sessions: 6", "sessions: 0", text=edit("hours: 12.0", "hours: -4").text)

        expected = [
            (("curriculum", "modules", 0, "hours"), "core.value.not_positive"),
            (("curriculum", "modules", 0, "sessions"), "core.value.not_positive"),
        ]
        assert expected == [(p.path, p.message.key) for p in problems_of(bad.text)]


class TestEveryProblemAtOnce:
    def test_three_errors_three_problems(self) -> None:
        """A file with three different errors yields three problems, in file order."""
        sessions = edit("sessions: 6", "sessions: 2.7")
        survivors = edit("serves_survivors: true", "serves_survivors: no", text=sessions.text)
        hours = edit("hours: 20.0", "hours: -20", text=survivors.text)

        expected = [
            (("curriculum", "modules", 0, "sessions"), "core.load.wrong_type", sessions.line, sessions.column + 10),
            (("centres", 1, "serves_survivors"), "core.load.wrong_type", survivors.line, survivors.column + 18),
            (("staff_trainings", 1, "hours"), "core.value.not_positive", hours.line, hours.column + 7),
        ]
        assert expected == _summary(problems_of(hours.text))


class TestProblemsWithoutAFile:
    def test_structure_reports_paths_without_places(self) -> None:
        """Plain data has no lines: problems carry the path only, every one of them."""
        with pytest.raises(LoadError) as caught:
            structure({"id": "empleo", "hours": "doce"}, Module)

        expected = [
            (("title",), "core.load.missing_key", None, None),
            (("area",), "core.load.missing_key", None, None),
            (("hours",), "core.load.wrong_type", None, None),
            (("sessions",), "core.load.missing_key", None, None),
            (("delivery",), "core.load.missing_key", None, None),
            (("provenance",), "core.load.missing_key", None, None),
        ]
        assert expected == _summary(caught.value.problems)
