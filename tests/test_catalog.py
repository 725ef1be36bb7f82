"""
The whole catalog, every room's ``_messages.py``, checked against the source that makes the messages.

The source is read statically (an AST walk): a message is made by ``message(key, ...)`` or
``Message(key=...)``, and its key must be written out as a literal, a choice between literals
(``"a.ok" if passed else "a.short"``), or a lookup in a module-level dict of literals.
"""

from __future__ import annotations

import ast
import enum
import functools
import importlib
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Final

import attrs
import pytest

import sce_method
from sce_method._core import Delivery, catalog_problems
from sce_method._core import _catalog as catalog
from sce_method.curriculum import Audience, CentreKind, CourseKind, PathwayKind
from sce_method.graduation import Status
from sce_method.monitoring import Achievement, InstrumentKind, Measure
from sce_method.monitoring.indicators import IndicatorKind

SRC: Final = Path(sce_method.__file__).parent
ROOMS: Final = {
    "core": "sce_method._core",
    "curriculum": "sce_method.curriculum",
    "participants": "sce_method.participants",
    "graduation": "sce_method.graduation",
    "mentoring": "sce_method.mentoring",
    "methodology": "sce_method.methodology",
    "serialization": "sce_method.serialization",
    "cli": "sce_method.cli",
    "manual": "sce_method.manual",
    "expressions": "sce_method.monitoring.expressions",
    "instruments": "sce_method.monitoring.instruments",
    "xlsform": "sce_method.monitoring.xlsform",
    "exports": "sce_method.monitoring.exports",
    "indicators": "sce_method.monitoring.indicators",
    "results": "sce_method.monitoring.results",
    "words": "sce_method.monitoring.words",
}
"""Every room, by the prefix of its keys, and its package."""
MACHINERY: Final = SRC / "_core" / "_catalog.py"
LABELLED: Final = (Delivery, CourseKind, PathwayKind, CentreKind, Audience, Status, InstrumentKind, IndicatorKind)
LABELLED_TOO: Final = (Achievement, Measure)


def _room(path: Path) -> str:
    """The room a source file belongs to."""
    parts = path.relative_to(SRC).parts
    if parts[0] == "monitoring" and len(parts) > 2:
        return parts[1]
    return "core" if parts[0] in ("_core", "exceptions.py") else parts[0]


def _sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if p != MACHINERY)


@functools.cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _registration(path: Path) -> ast.Dict | None:
    """The dict literal a ``_messages.py`` registers (its ``MESSAGES``)."""
    for node in _tree(path).body:
        if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Dict):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "MESSAGES" for t in targets):
                return node.value
    return None


@functools.cache
def _registered() -> dict[str, list[tuple[str, str]]]:
    """Each key written in a ``_messages.py``, with the room and file of every place it is written."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path in _sources():
        if path.name == "_messages.py" and (registration := _registration(path)) is not None:
            for key in registration.keys:
                assert isinstance(key, ast.Constant)
                assert isinstance(key.value, str)
                found[key.value].append((_room(path), str(path.relative_to(SRC))))
    return dict(found)


@attrs.frozen
class _Call:
    """A message made in the source: where, the keys it may have, and the parameters passed."""

    where: str
    keys: tuple[str, ...]
    params: frozenset[str]


def _key_dicts(tree: ast.Module) -> dict[str, tuple[str, ...]]:
    """The module-level dicts whose values are all string literals, by name."""
    found: dict[str, tuple[str, ...]] = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Dict):
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            values = node.value.values
            if isinstance(target, ast.Name) and all(
                isinstance(v, ast.Constant) and isinstance(v.value, str) for v in values
            ):
                found[target.id] = tuple(
                    v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)
                )
    return found


def _keys_of(node: ast.expr, dicts: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The keys an expression may give: a literal, a choice between them, a lookup in a dict of them; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return (node.value,)
    if isinstance(node, ast.IfExp):
        body, orelse = _keys_of(node.body, dicts), _keys_of(node.orelse, dicts)
        return None if body is None or orelse is None else body + orelse
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        return dicts.get(node.value.id)
    return None


@functools.cache
def _calls() -> tuple[tuple[_Call, ...], tuple[str, ...]]:
    """Every message made in the source, and where a message's key or parameters cannot be read."""
    calls: list[_Call] = []
    unread: list[str] = []
    for path in _sources():
        tree = _tree(path)
        dicts = _key_dicts(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            where = f"{path.relative_to(SRC)}:{node.lineno}"
            if node.func.id == "message":
                key_node: ast.expr | None = node.args[0] if node.args else None
                params = [k.arg for k in node.keywords]
            elif node.func.id == "Message":
                key_node = next((k.value for k in node.keywords if k.arg == "key"), None)
                params = [None for k in node.keywords if k.arg != "key"]  # parameters in a dict are not read
            else:
                continue
            keys = None if key_node is None else _keys_of(key_node, dicts)
            if keys is None or None in params or len(node.args) > 1:
                unread.append(where)
            else:
                calls.append(_Call(where=where, keys=keys, params=frozenset(p for p in params if p is not None)))
    return tuple(calls), tuple(unread)


@functools.cache
def _literals() -> dict[str, set[str]]:
    """Every string literal of the source outside the registrations, with the rooms it is written in."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in _sources():
        registration = _registration(path) if path.name == "_messages.py" else None
        skipped = {id(k) for k in registration.keys} if registration is not None else set()
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
                found[node.value].add(_room(path))
    return dict(found)


@functools.cache
def _imports() -> dict[str, set[str]]:
    """The rooms each room imports directly (``sce_method.monitoring`` re-exports its six rooms)."""
    monitoring = {room for room, package in ROOMS.items() if package.startswith("sce_method.monitoring.")}
    found: dict[str, set[str]] = defaultdict(set)
    for path in _sources():
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ImportFrom) and node.module is not None:
                module = node.module
                found[_room(path)].update(
                    monitoring if module == "sce_method.monitoring" else
                    {room for room, package in ROOMS.items() if module == package or module.startswith(f"{package}.")}
                )  # fmt: skip
    return dict(found)


@functools.cache
def _templates() -> dict[str, catalog.Templates]:
    """Every room's texts, by key, once every room is imported."""
    for package in ROOMS.values():
        importlib.import_module(package)
    return {key: catalog.templates_of(key) for key in catalog.registered()}


def _texts(templates: catalog.Templates) -> list[str]:
    """Every text of a key: one per language, or each plural form of each."""
    texts: list[str] = []
    for lang in catalog.LANGS:
        text = templates[lang]
        texts += [text] if isinstance(text, str) else [text["one"], text["other"]]
    return texts


def _parameters(key: str) -> set[str]:
    """What a message of *key* must be given: its placeholders and its plural parameter."""
    templates = _templates()[key]
    plural = templates.get("plural")
    return set().union(*catalog.placeholders(templates).values()) | ({plural} if plural else set())


class TestRooms:
    def test_every_room_registers_in_its_messages_module(self) -> None:
        """Each room, and only the rooms, has a ``_messages.py`` registering its keys."""
        expected = sorted(ROOMS)

        assert expected == sorted({room for places in _registered().values() for room, _ in places})

    def test_prefix_is_the_room(self) -> None:
        """Every key starts with the name of the room that registers it."""
        expected: list[str] = []

        assert expected == sorted(
            f"{file}: {key}" for key, places in _registered().items() for room, file in places
            if not key.startswith(f"{room}.")
        )  # fmt: skip

    def test_one_room_per_key(self) -> None:
        """No key is registered twice, by one room or by two."""
        expected: dict[str, list[tuple[str, str]]] = {}

        assert expected == {key: places for key, places in _registered().items() if len(places) > 1}

    def test_the_registry_is_what_the_files_say(self) -> None:
        """Once every room is imported, the registry holds exactly the keys the files register."""
        assert sorted(_registered()) == sorted(_templates())

    def test_registered_by_the_room_that_uses_it(self) -> None:
        """A key one room uses is that room's; a key several use belongs to a room each of them imports."""
        imports = _imports()
        misplaced = []
        for key, [(room, _)] in _registered().items():
            users = _literals().get(key, set())
            if users and (users != {room} if len(users) == 1 else any(room not in imports[u] for u in users - {room})):
                misplaced.append((key, room, sorted(users)))
        expected: list[tuple[str, str, list[str]]] = []
        assert expected == misplaced


class TestTexts:
    def test_sound(self) -> None:
        """Every key has es and en (every plural form of both), with the same placeholders in all."""
        _templates()
        expected: list[str] = []

        assert expected == catalog_problems()

    def test_no_blank_text(self) -> None:
        """No text is blank."""
        expected: list[str] = []

        assert expected == sorted(
            key for key, templates in _templates().items() if not all(map(str.strip, _texts(templates)))
        )

    @pytest.mark.parametrize("kind", [*LABELLED, *LABELLED_TOO], ids=lambda kind: kind.__name__)
    def test_every_enum_member_has_a_label(self, kind: type[enum.Enum]) -> None:
        """Every member of a domain enum shown to people has a label."""
        expected: list[enum.Enum] = []

        assert expected == [member for member in kind if member not in catalog._LABELS]


class TestUses:
    def test_keys_are_literals(self) -> None:
        """Every message names its key as a literal (or a choice or dict of them) and its parameters by name."""
        expected: tuple[str, ...] = ()

        assert expected == _calls()[1]

    def test_the_scan_finds_the_calls(self) -> None:
        """The scan is not vacuous: it reads hundreds of calls, in every room."""
        calls = _calls()[0]

        assert (True, sorted(ROOMS)) == (
            len(calls) > 300,
            sorted({_room(SRC / c.where.split(":")[0]) for c in calls} | {"core"}),
        )

    def test_used_keys_are_registered(self) -> None:
        """Every key a message is made with is registered."""
        expected: list[str] = []

        assert expected == sorted(
            f"{call.where}: {key}" for call in _calls()[0] for key in call.keys if key not in _templates()
        )

    def test_every_call_passes_every_placeholder(self) -> None:
        """Every message is given every placeholder of its texts (and the number choosing a plural form)."""
        expected: list[str] = []

        assert expected == sorted(
            f"{call.where}: {key} lacks {', '.join(sorted(_parameters(key) - call.params))}"
            for call in _calls()[0]
            for key in call.keys
            if key in _templates() and not _parameters(key) <= call.params
        )

    def test_every_placeholder_is_passed(self) -> None:
        """Every key with placeholders is made somewhere with its parameters (not only rendered by a label)."""
        made = {key for call in _calls()[0] for key in call.keys}
        expected: list[str] = []

        assert expected == sorted(key for key in _templates() if _parameters(key) and key not in made)

    def test_no_key_is_unused(self) -> None:
        """Every registered key is written in the source outside its registration."""
        expected: list[str] = []

        assert expected == sorted(key for key in _templates() if key not in _literals())


_FRESH: Final = """
import importlib, json, sys
import sce_method.exceptions
room = importlib.import_module(sys.argv[1])
for name in getattr(room, "__all__", ()):
    getattr(room, name)  # a room's names load on first use (docs/performance.md): load them all
from sce_method._core import _catalog as catalog
used, own = json.loads(sys.argv[2])
problems = [f"not registered: {key}" for key in used if not catalog.has_message(key)]
for key in own:
    templates = catalog.templates_of(key)
    params = dict.fromkeys(set().union(*catalog.placeholders(templates).values()) | {templates.get("plural", "")}, 1)
    for lang in catalog.LANGS:
        try:
            catalog.message(key, **params).render(lang)
        except Exception as err:
            problems.append(f"{key} ({lang}): {err!r}")
print(json.dumps(problems))
"""


@pytest.mark.parametrize("room", sorted(ROOMS))
def test_a_room_alone_renders_its_messages(room: str) -> None:
    """In an interpreter that imports only the exceptions and a room with its names, every key its code uses renders."""
    used = sorted(key for key, rooms in _literals().items() if room in rooms and key in _templates())
    own = sorted(key for key, [(owner, _)] in _registered().items() if owner == room)
    found = subprocess.run(  # noqa: S603 -- the interpreter running the tests, on our own code
        [sys.executable, "-c", _FRESH, ROOMS[room], json.dumps([used, own])],
        capture_output=True,
        text=True,
        check=True,
    )

    expected: list[str] = []
    assert (expected, True) == (json.loads(found.stdout), bool(own))
