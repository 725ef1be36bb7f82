"""
The arrows of the house point down: every import of ``src/sce_method``, walked with `ast`.

The rooms, their floors and the allowed arrows are those of docs/architecture.md
("Floors and arrows"); the tables below are that page's, and
`TestThePage` checks that the two agree. An import counts wherever it is
written: at the top of a module, inside a function, or under
``if TYPE_CHECKING:``. A type-only import is a dependency too (the module
cannot be understood, or type-checked, without the room it names), and an
upward one is how a cycle starts; so it obeys the same rules. Modules imported
by name at run time (``importlib.import_module``: the front door's lazy names,
the command line's table of commands) are not walked; both point down or stay
inside their room.

An arrow is refused when it points:

- **up**: to a room on a higher floor (or, inside monitoring, a higher step);
- **along** a floor: between two rooms of one floor, unless `ALONG_A_FLOOR`
  allows it (the graduation / mentoring / monitoring rooms never import each
  other, nor do monitoring's rooms on one step);
- **into** another room's private module: ``sce_method.graduation._rules``
  from outside graduation, ``sce_method.monitoring.results._render`` from
  outside results.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Final

import attrs
import pytest

from tests.arrows import Import, imports, modules

SRC: Final = Path(__file__).parents[1] / "src"
PAGE: Final = Path(__file__).parents[1] / "docs" / "architecture.md"

FRONT_DOOR: Final = "sce_method"
"""The package itself (``__init__`` and ``__main__``): `load`, `available`, `Methodology`, re-exported."""

FLOORS: Final = {
    "_core": 1,
    "exceptions": 1,
    "curriculum": 2,
    "participants": 2,
    "graduation": 3,
    "mentoring": 4,
    "monitoring": 4,
    "methodology": 5,
    "serialization": 6,
    "cli": 6,
    "manual": 6,
    "data": 6,
    "schemas": 6,
    FRONT_DOOR: 6,
}
"""Each room's floor (docs/architecture.md, "Floors and arrows"): an arrow may point only down."""

MONITORING_STEPS: Final = {
    "expressions": 1,
    "results": 1,
    "instruments": 2,
    "xlsform": 3,
    "exports": 3,
    "words": 3,
    "indicators": 4,
}
"""
Monitoring's rooms and their steps (the docstring of sce_method/monitoring/__init__.py).

The package ``sce_method.monitoring`` itself re-exports from all of them and
sits above them; none of them imports it.
"""

ALONG_A_FLOOR: Final = frozenset(
    {
        ("exceptions", "_core"),  # the public names of _core's errors
        ("cli", "serialization"),  # the command line loads methodologies
        ("cli", FRONT_DOOR),  # sce-method --version
        ("cli", "manual"),  # sce-method manual writes the Manual
        ("manual", "serialization"),  # the Manual loads each layer of an adaptation's lineage
        (FRONT_DOOR, "serialization"),  # load() and available()
        (FRONT_DOOR, "cli"),  # python -m sce_method
    }
)
"""The only arrows allowed between two rooms of one floor; every other one is refused."""


@attrs.frozen
class Place:
    """Where a module stands: its room, its sub-room inside monitoring, and what lies below them."""

    room: str
    sub: str | None
    rest: tuple[str, ...]
    """The module's path below its room (below its sub-room in monitoring)."""

    @property
    def floor(self) -> int:
        """The room's floor."""
        return FLOORS[self.room]

    @property
    def step(self) -> int:
        """Inside monitoring, the sub-room's step; the monitoring package stands above its rooms."""
        return MONITORING_STEPS.get(self.sub or "", 1 + max(MONITORING_STEPS.values()))

    @property
    def name(self) -> str:
        """``graduation``, or ``monitoring.results`` for a sub-room."""
        return self.room if self.sub is None else f"{self.room}.{self.sub}"

    @property
    def level(self) -> str:
        """``floor 3``, or ``floor 4, step 2`` inside monitoring."""
        return f"floor {self.floor}" if self.room != "monitoring" else f"floor {self.floor}, step {self.step}"


def place(module: str) -> Place:
    """
    The room of *module* (``sce_method.graduation._rules`` is in graduation).

    Raises:
        KeyError: the module is in no room of `FLOORS` (a new room needs its floor first).
    """
    parts = module.split(".")[1:]
    if not parts or parts == ["__main__"]:
        return Place(room=FRONT_DOOR, sub=None, rest=())
    room, *rest = parts
    if room not in FLOORS:
        raise KeyError(room)
    if room == "monitoring" and rest and rest[0] in MONITORING_STEPS:
        return Place(room=room, sub=rest[0], rest=tuple(rest[1:]))
    return Place(room=room, sub=None, rest=tuple(rest))


def refusal(arrow: Import) -> str | None:
    """Why *arrow* is refused (``up``, ``along``, ``private``), or None when it may stand."""
    source, target = place(arrow.module), place(arrow.target)
    if source.name == target.name:
        return None
    if any(part.startswith("_") for part in target.rest):
        return "private"
    if source.room == target.room:  # two of monitoring's rooms
        if source.sub is None:
            return None  # the monitoring package re-exports its rooms
        below, allowed = source.step, False
        above = target.step
    else:
        below, allowed = source.floor, (source.room, target.room) in ALONG_A_FLOOR
        above = target.floor
    if above > below:
        return "up"
    if above == below and not allowed:
        return "along"
    return None


def violations(sources: Mapping[str, str], packages: frozenset[str] = frozenset()) -> list[str]:
    """Every refused arrow among *sources* (module name -> its text), one line each, in module order."""
    found: list[str] = []
    for module, source in sorted(sources.items()):
        for arrow in imports(module, source, sources, package=module in packages):
            why = refusal(arrow)
            if why is not None:
                a, b = place(arrow.module), place(arrow.target)
                found.append(
                    f"{module}:{arrow.line}: {why}: {a.name} ({a.level}) imports {arrow.target} ({b.name}, {b.level})"
                )
    return found


def _tree() -> tuple[dict[str, str], frozenset[str]]:
    found = modules(SRC)
    texts = {name: path.read_text(encoding="utf-8") for name, path in found.items()}
    return texts, frozenset(name for name, path in found.items() if path.name == "__init__.py")


class TestTheHouse:
    def test_every_arrow_points_down(self) -> None:
        """No import of src/sce_method points up, along a floor, or into another room's private module."""
        found = violations(*_tree())

        expected: list[str] = []
        assert expected == found, "refused arrows (docs/architecture.md):\n" + "\n".join(found)

    def test_every_module_has_a_room(self) -> None:
        """Every module stands in a room of the table (a new room needs its floor here and on the page)."""
        rooms = {place(name).name for name in modules(SRC)}

        expected = {*FLOORS, *(f"monitoring.{sub}" for sub in MONITORING_STEPS)}
        assert expected == rooms

    def test_the_walk_finds_imports(self) -> None:
        """The walk sees the package's real arrows, so an empty list of violations means something."""
        texts, packages = _tree()
        arrows = {(place(a.module).name, place(a.target).name) for m, t in texts.items() for a in imports(m, t, texts)}

        expected = {("graduation", "participants"), ("mentoring", "graduation"), ("cli", FRONT_DOOR)}
        assert expected <= arrows
        assert packages


class TestRefusals:
    """The checker itself, on made-up modules."""

    @pytest.mark.parametrize(
        ("module", "source", "expected"),
        [
            ("sce_method.graduation._x", "from sce_method.methodology import Methodology", "up"),
            ("sce_method.mentoring._x", "from sce_method.monitoring import Instrument", "along"),
            ("sce_method.mentoring._x", "from sce_method.monitoring.results import ResultsFramework", "along"),
            ("sce_method.monitoring.results._x", "from sce_method.mentoring import mentors", "along"),
            ("sce_method.curriculum._x", "import sce_method.participants", "along"),
            ("sce_method._core._x", "from sce_method import exceptions", "along"),
            ("sce_method.mentoring._x", "from sce_method.graduation._rules import RuleSet", "private"),
            ("sce_method.mentoring._x", "from sce_method.graduation import _rules", "private"),
            ("sce_method.cli._x", "from sce_method.monitoring.results._render import rows", "private"),
            ("sce_method.monitoring.instruments._x", "from sce_method.monitoring.exports import Response", "up"),
            ("sce_method.monitoring.xlsform._x", "from sce_method.monitoring.exports import Response", "along"),
            ("sce_method.monitoring.results._x", "from sce_method.monitoring import Instrument", "up"),
            ("sce_method.participants._x", "import sce_method", "up"),
            ("sce_method.graduation._x", "def f():\n    from sce_method.mentoring import assign", "up"),
            (
                "sce_method.graduation._x",
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sce_method.methodology import M",
                "up",
            ),
            ("sce_method.monitoring.results._x", "from .._nothing import x", "private"),
        ],
    )
    def test_refused(self, module: str, source: str, expected: str) -> None:
        """Up a floor, along a floor, or into a private module: refused, with the reason."""
        texts = {module: source, "sce_method.graduation._rules": "", "sce_method.exceptions": ""}

        (line,) = violations(texts)
        assert f": {expected}: " in line

    @pytest.mark.parametrize(
        ("module", "source"),
        [
            ("sce_method.graduation._x", "from sce_method.participants import Cohort"),
            ("sce_method.graduation._x", "from sce_method.graduation._rules import RuleSet"),
            ("sce_method.graduation._x", "from sce_method._core import message"),
            ("sce_method.monitoring.indicators._x", "from sce_method.monitoring.exports import read_export"),
            ("sce_method.monitoring", "from sce_method.monitoring.results import ResultsFramework"),
            ("sce_method.monitoring.results._x", "from sce_method.monitoring.results import _render"),
            ("sce_method.methodology._x", "from sce_method.monitoring.indicators import check_indicators"),
            ("sce_method.cli._x", "from sce_method import __version__"),
            ("sce_method.exceptions", "from sce_method._core import SCEError"),
            ("sce_method.graduation._x", "import os\nfrom collections import Counter"),
        ],
    )
    def test_allowed(self, module: str, source: str) -> None:
        """Down a floor, inside a room, or along a floor where the table allows it: no violation."""
        expected: list[str] = []

        assert expected == violations({module: source, "sce_method.graduation._rules": ""})

    def test_the_message_names_both_ends(self) -> None:
        """A violation says where it is, why, and both rooms with their floors."""
        expected = [
            "sce_method.graduation._x:2: up: graduation (floor 3) imports sce_method.methodology (methodology, floor 5)"
        ]

        assert expected == violations({"sce_method.graduation._x": "import os\nimport sce_method.methodology"})


class TestThePage:
    @staticmethod
    def _table(heading: str) -> dict[str, int]:
        """The rooms of the table under *heading* in docs/architecture.md, by floor (the first column)."""
        text = PAGE.read_text(encoding="utf-8")
        section = text.split(f"\n{heading}\n", 1)[1].split("\n#", 1)[0]
        found: dict[str, int] = {}
        for row in re.findall(r"^\| (\d) \| ([^|]*) \|", section, flags=re.MULTILINE):
            found |= dict.fromkeys(re.findall(r"`([\w.]+)`", row[1]), int(row[0]))
        return found

    def test_floors(self) -> None:
        """The page's floors are this test's."""
        expected = dict(FLOORS)

        assert expected == self._table("## Floors and arrows")

    def test_monitoring_steps(self) -> None:
        """The page's steps inside monitoring are this test's."""
        expected = dict(MONITORING_STEPS)

        assert expected == self._table("### Inside monitoring")
