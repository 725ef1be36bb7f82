"""Walking the imports of ``sce_method`` with `ast`: every arrow from one module to another, wherever it is written."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Final

import attrs

PACKAGE: Final = "sce_method"


@attrs.frozen
class Import:
    """One arrow: *module* imports *target* at *line*."""

    module: str
    line: int
    target: str


def modules(root: Path) -> dict[str, Path]:
    """Every module of the package under *root* (a ``src`` folder) by its dotted name; a package by its own name."""
    found: dict[str, Path] = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports(module: str, source: str, known: Mapping[str, object], *, package: bool = False) -> Iterator[Import]:
    """
    Every import of the package that *source* makes, wherever it stands (in a function, under TYPE_CHECKING).

    ``from sce_method.participants import _records`` names the module
    ``sce_method.participants._records`` when *known* holds it; a relative
    import is resolved from *module* (a *package* resolves from itself).
    """
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (Import(module, node.lineno, a.name) for a in node.names if _ours(a.name))
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, node, package=package)
            if not _ours(base):
                continue
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                yield Import(module, node.lineno, submodule if submodule in known else base)


def _ours(name: str) -> bool:
    return name == PACKAGE or name.startswith(f"{PACKAGE}.")


def _absolute(module: str, node: ast.ImportFrom, *, package: bool) -> str:
    if not node.level:
        return node.module or ""
    parts = module.split(".")
    anchor = parts[: len(parts) - node.level + (1 if package else 0)]
    return ".".join([*anchor, *([node.module] if node.module else [])])
