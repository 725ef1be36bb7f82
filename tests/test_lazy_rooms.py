"""
The rooms' public names, imported on first use (docs/architecture.md): what mypy reads is what the room gives.

A room's ``__init__`` names its public names twice: as imports under ``if
TYPE_CHECKING:`` (what mypy, the documentation and a reader see) and in the
table of its ``__getattr__`` (what the room gives at run time). The two, and
``__all__``, must name the same objects: a name missing from the table type-checks
and then fails when used.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path
from typing import Final

import pytest

SRC: Final = Path(__file__).parents[1] / "src"


def _lazy_rooms() -> list[str]:
    inits = sorted((SRC / "sce_method").rglob("__init__.py"))
    return [".".join(i.relative_to(SRC).parent.parts) for i in inits if "lazy_names(" in i.read_text(encoding="utf-8")]


ROOMS: Final = _lazy_rooms()


def type_checking_names(room: str) -> dict[str, tuple[str, str]]:
    """Each name the room imports under ``if TYPE_CHECKING:``: its module and its name there."""
    path = SRC.joinpath(*room.split("."), "__init__.py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for sub in node.body:
                assert isinstance(sub, ast.ImportFrom)
                assert sub.module is not None
                for alias in sub.names:
                    found[alias.asname or alias.name] = (sub.module, alias.name)
    return found


def test_the_rooms_are_found() -> None:
    """The walk finds the lazy rooms (graduation, serialization and monitoring among them)."""
    assert {"sce_method.graduation", "sce_method.serialization", "sce_method.monitoring"} <= set(ROOMS)


@pytest.mark.parametrize("room", ROOMS)
def test_every_public_name_is_the_one_mypy_reads(room: str) -> None:
    """Each name of ``__all__`` is imported under TYPE_CHECKING (or defined in the room) and is that very object."""
    module = importlib.import_module(room)
    declared = type_checking_names(room)
    expected: list[str] = []

    assert expected == sorted(set(declared) - set(module.__all__))
    for name in module.__all__:
        if name not in declared:
            assert name in vars(module), f"{room}.{name} is neither imported under TYPE_CHECKING nor defined"
            continue
        source, attribute = declared[name]
        assert getattr(module, name) is getattr(importlib.import_module(source), attribute), f"{room}.{name}"


@pytest.mark.parametrize("room", ROOMS)
def test_dir_lists_the_names_not_yet_imported(room: str) -> None:
    """``dir(room)`` lists every public name, before any is used (a fresh interpreter)."""
    code = f"import {room} as room, json; print(json.dumps(sorted(set(room.__all__) - set(dir(room)))))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603 -- our own interpreter and code

    assert found.stdout.strip() == "[]"


def test_an_unknown_name_is_an_attribute_error() -> None:
    """A name a room does not have is an AttributeError naming the room, as for any module."""
    graduation = importlib.import_module("sce_method.graduation")

    with pytest.raises(AttributeError, match=r"module 'sce_method\.graduation' has no attribute 'nope'"):
        _ = graduation.nope
