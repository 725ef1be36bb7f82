"""
The examples of README.md and docs/ use public paths only.

Every fenced ``python`` or ``pycon`` block is parsed (the prompts of a
doctest stripped), and an import of a module whose name starts with ``_``
(``sce_method._core``, ``sce_method.participants._cells``), or an attribute
path through one (``sce_method._core.Text``), is a failure: the examples are
what users copy.
"""

from __future__ import annotations

import ast
import json
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest

ROOT: Final = Path(__file__).resolve().parent.parent
PAGES: Final = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
FENCE: Final = re.compile(
    r"^(?P<indent>[ \t]*)```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```", re.MULTILINE | re.DOTALL
)
PYTHON: Final = frozenset({"python", "py", "python3", "pycon", "doctest"})
PROMPT: Final = re.compile(r"^(?:>>>|\.\.\.)(?: |$)")


def blocks(text: str) -> Iterator[tuple[int, str]]:
    """Each fenced Python block of a Markdown text: the line it starts on, and its code without prompts."""
    for match in FENCE.finditer(text):
        if match.group("lang").lower() not in PYTHON:
            continue
        body = textwrap.dedent(match.group("body"))
        lines = body.splitlines()
        if any(PROMPT.match(line) for line in lines):
            lines = [line[4:] for line in lines if PROMPT.match(line)]
        yield text.count("\n", 0, match.start()) + 2, "\n".join(lines)


def _private(dotted: str) -> bool:
    return any(part.startswith("_") and not part.startswith("__") for part in dotted.split("."))


def _dotted(node: ast.expr) -> str | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return ".".join([node.id, *reversed(parts)])
    return None


def private_imports(code: str) -> list[str]:
    """Every import of an underscore module in *code*, and every attribute path of sce_method through one."""
    found: list[str] = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if _private(alias.name)]
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            found += [node.module] if _private(node.module) else []
            found += [
                f"{node.module}.{a.name}"
                for a in node.names
                if node.module.startswith("sce_method") and _private(a.name)
            ]
        elif isinstance(node, ast.Attribute) and not isinstance(getattr(node, "ctx", None), ast.Store):
            dotted = _dotted(node)
            if dotted is not None and dotted.startswith("sce_method.") and _private(dotted):
                found.append(dotted)
    return sorted(set(found))


class TestChecker:
    @pytest.mark.parametrize(
        ("code", "expected"),
        [
            ("from sce_method._core import Text", ["sce_method._core"]),
            ("import sce_method._core as core", ["sce_method._core"]),
            ("from sce_method.participants import _cells", ["sce_method.participants._cells"]),
            ("import sce_method\nsce_method._core.Text", ["sce_method._core", "sce_method._core.Text"]),
            ("from sce_method import Text\nfrom __future__ import annotations\nsce_method.__version__", []),
            ("from sce_method.exceptions import LoadError\nimport attrs", []),
        ],
        ids=["from", "import", "private-submodule", "attribute", "dunders", "public"],
    )
    def test_finds_private_imports(self, code: str, expected: list[str]) -> None:
        """The checker finds every way to reach an underscore module, and nothing else."""
        assert expected == private_imports(code)

    def test_reads_doctest_blocks(self) -> None:
        """A pycon block is read without its prompts; other languages are not read."""
        text = (
            "Text\n\n```pycon\n>>> import sce_method\n>>> from sce_method._core import (\n...     Text,\n... )\n"
            "Text(...)\n```\n\n```bash\npython -c 'from sce_method._core import Text'\n```\n"
        )

        expected = [(4, "import sce_method\nfrom sce_method._core import (\n    Text,\n)")]
        assert expected == list(blocks(text))


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_examples_import_public_paths_only(page: Path) -> None:
    """No example of the page imports an underscore module."""
    text = page.read_text(encoding="utf-8")
    found = [(line, name) for line, code in blocks(text) for name in private_imports(code)]

    expected: list[tuple[int, str]] = []
    assert expected == found


def test_pages_have_examples() -> None:
    """The pages are found, and hold Python examples to check."""
    counted = sum(1 for page in PAGES for _ in blocks(page.read_text(encoding="utf-8")))

    expected = (True, True)
    assert expected == (len(PAGES) >= 10, counted >= 50)


@pytest.mark.parametrize("notebook", sorted((ROOT / "docs").rglob("*.ipynb")), ids=lambda p: p.name)
def test_notebooks_import_public_paths_only(notebook: Path) -> None:
    """No code cell of a notebook in docs/ imports an underscore module (magics and shell lines left out)."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = [
        "\n".join(line for line in "".join(c["source"]).splitlines() if not line.lstrip().startswith(("%", "!")))
        for c in cells
        if c["cell_type"] == "code"
    ]

    expected: tuple[bool, list[str]] = (True, [])
    assert expected == (len(code) > 5, [name for cell in code for name in private_imports(cell)])
