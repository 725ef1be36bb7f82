"""Tests for `sce_method._core._catalog`: the catalog holds every message the code uses."""

from __future__ import annotations

import enum
import re
from pathlib import Path

import pytest

import sce_method
from sce_method._core import LANGS
from sce_method._core._catalog import CATALOG
from sce_method.curriculum import Audience, CentreKind, CourseKind, Delivery, PathwayKind

SRC = Path(sce_method.__file__).parent
_USED = re.compile(r"""(?:\bmessage|\b_t|\bMessage\(key=)\(?\s*["']([a-z_]+(?:\.[A-Za-z0-9_-]+)+)["']""")
_KINDS = re.compile(r"""\bkind=["'](kind\.[a-z_]+)["']""")


def _used_keys() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in sorted(SRC.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        found.update((str(path.relative_to(SRC)), key) for key in _USED.findall(text) + _KINDS.findall(text))
    return found


class TestCatalog:
    def test_keys_used_by_the_code_exist(self) -> None:
        """Every catalog key named literally in the source is in the catalog."""
        expected: list[tuple[str, str]] = []

        assert expected == sorted((where, key) for where, key in _used_keys() if key not in CATALOG)

    def test_the_scan_finds_keys(self) -> None:
        """The scan above does find the keys the code uses (it is not vacuous)."""
        keys = {key for _, key in _used_keys()}

        expected = {"value.negative", "load.unknown_key", "kind.module", "provenance.missing"}
        assert expected == expected & keys

    @pytest.mark.parametrize("kind", [Delivery, CourseKind, PathwayKind, CentreKind, Audience])
    def test_every_enum_member_has_a_label(self, kind: type[enum.Enum]) -> None:
        """Every member of a domain enum has a label in both languages."""
        expected: list[str] = []

        missing = [
            f"enum.{kind.__name__}.{member.value}"
            for member in kind
            if set(CATALOG.get(f"enum.{kind.__name__}.{member.value}", {})) != set(LANGS)
        ]
        assert expected == missing

    def test_no_blank_template(self) -> None:
        """No template is blank."""
        expected: list[str] = []

        assert expected == sorted(
            key for key, templates in CATALOG.items() if not all(t.strip() for t in templates.values())
        )
