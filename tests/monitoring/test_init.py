"""Tests for `sce_method/monitoring/__init__.py`: the names it shows, and the floors of its six rooms."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from typing import Final

import pytest

import sce_method
import sce_method.monitoring

ROOMS: Final = {"expressions": 1, "results": 1, "instruments": 2, "xlsform": 3, "exports": 3, "indicators": 4}
"""The floor of each room, as monitoring/__init__.py's docstring draws them."""

PACKAGE: Final = Path(sce_method.monitoring.__file__).parent
SOURCE: Final = PACKAGE.parent


def _sorted(names: list[str]) -> list[str]:
    """*names* in the order ruff's RUF022 keeps ``__all__``: CONSTANTS, then Classes, then functions."""
    return sorted(names, key=lambda name: (0 if name.isupper() else 1 if name[:1].isupper() else 2, name))


def _imports(path: Path) -> list[str]:
    """The absolute names a module imports: ``from a.b import c`` gives ``a.b`` and ``a.b.c``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            found += [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
    return found


def _rooms_imported(room: str) -> set[str]:
    """The other rooms that the modules of *room* import."""
    prefix = "sce_method.monitoring."
    return {
        name.removeprefix(prefix).split(".")[0]
        for path in (PACKAGE / room).glob("*.py")
        for name in _imports(path)
        if name.startswith(prefix) and name.removeprefix(prefix).split(".")[0] in ROOMS
    } - {room}


class TestMonitoring:
    def test_all_is_sorted_and_short(self) -> None:
        """__all__ is sorted and names fewer than 30 things: what a user needs."""
        names = sce_method.monitoring.__all__

        assert (_sorted(names), True) == (names, len(names) < 30)

    @pytest.mark.parametrize("name", ["Binary", "Call", "Current", "Expr", "Literal", "Negate", "Ref"])
    def test_expression_tree_is_in_its_room(self, name: str) -> None:
        """The expression tree's node classes are in monitoring.expressions, not in monitoring."""
        expressions = importlib.import_module("sce_method.monitoring.expressions")

        assert (hasattr(sce_method.monitoring, name), name in expressions.__all__) == (False, True)

    @pytest.mark.parametrize("name", sce_method.monitoring.__all__)
    def test_names_are_the_rooms_objects(self, name: str) -> None:
        """Each name is re-exported from exactly one room, not copied."""
        rooms = [importlib.import_module(f"sce_method.monitoring.{room}") for room in ROOMS]
        owners = [room for room in rooms if name in room.__all__]

        assert [getattr(sce_method.monitoring, name)] == [getattr(room, name) for room in owners]


@pytest.mark.parametrize("room", sorted(ROOMS))
class TestRooms:
    def test_all_is_sorted_and_resolves(self, room: str) -> None:
        """Each room's __all__ is sorted, and every name in it is there."""
        module = importlib.import_module(f"sce_method.monitoring.{room}")

        assert (_sorted(module.__all__), []) == (
            module.__all__,
            [name for name in module.__all__ if not hasattr(module, name)],
        )

    def test_imports_point_down(self, room: str) -> None:
        """A room imports only rooms on lower floors: none on its own floor, none above, so no cycle."""
        expected: list[str] = []

        assert expected == sorted(r for r in _rooms_imported(room) if ROOMS[r] >= ROOMS[room])

    def test_other_rooms_through_their_front(self, room: str) -> None:
        """A room imports another room from its __init__, never from its private modules, nor monitoring itself."""
        prefix = "sce_method.monitoring"
        wrong = [
            (path.name, name)
            for path in sorted((PACKAGE / room).glob("*.py"))
            for name in _imports(path)
            if name == prefix
            or (
                name.startswith(f"{prefix}.")
                and not name.startswith(f"{prefix}.{room}")
                and any(part.startswith("_") for part in name.split("."))
            )
        ]

        assert wrong == []


def test_the_rest_of_the_package_uses_public_paths() -> None:
    """Modules outside monitoring import none of its private modules."""
    wrong = [
        (str(path.relative_to(SOURCE)), name)
        for path in sorted(SOURCE.rglob("*.py"))
        if PACKAGE not in path.parents
        for name in _imports(path)
        if name.startswith("sce_method.monitoring") and any(part.startswith("_") for part in name.split("."))
    ]

    assert wrong == []
