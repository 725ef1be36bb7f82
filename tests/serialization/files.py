"""The YAML files that ship with the package or its examples, and which schema each is written against."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Final

from sce_method.serialization import SchemaKind
from sce_method.serialization._yaml import parse

ROOT: Final = Path(__file__).resolve().parents[2]
DATA: Final = ROOT / "src" / "sce_method" / "data"
FILES: Final = (
    *sorted(DATA.glob("*.yaml")),
    *sorted((DATA / "cases").glob("*.yaml")),
    *sorted((ROOT / "examples" / "adaptations").glob("*.yaml")),
)
"""Every bundled YAML file and every example adaptation."""


def kind_of(path: Path) -> SchemaKind:
    """The kind of file *path* is: test cases, an adaptation (it has ``based_on``), or a whole methodology."""
    if path.parent.name == "cases":
        return "cases"
    data = parse(path.read_bytes(), file=str(path)).data
    return "adaptation" if isinstance(data, Mapping) and "based_on" in data else "methodology"
