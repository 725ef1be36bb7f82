"""
A griffe extension that shows docstring doctests as Python console code blocks.

The docstrings in ``src/`` carry their examples as bare doctests (``>>>`` lines
followed by their output), which pytest runs. Markdown would read those lines
as nested block quotes, and an expression such as ``[...][:2]`` as a link
reference. This extension wraps each run of doctest lines in a ``pycon`` fence
before mkdocstrings renders the docstring. It changes only what the site shows.

It is used by ``mkdocs.yml`` and needs griffe, which the docs extra installs;
``docs/conftest.py`` keeps pytest from importing it under the test extra alone.
"""

from __future__ import annotations

import griffe

FENCE = "```"


def fence_doctests(text: str) -> str:
    """
    Wrap each run of doctest lines of *text* in a ``pycon`` fence.

    A run starts at a line whose first non-blank characters are ``>>>`` and ends
    at the next blank line, as in `doctest`. Text already inside a fence is
    left alone.
    """
    out: list[str] = []
    in_fence = False
    in_doctest = False
    indent = ""
    for line in text.splitlines():
        stripped = line.strip()
        if in_doctest and not stripped:
            out.append(indent + FENCE)
            in_doctest = False
        if not in_doctest and stripped.startswith(FENCE):
            in_fence = not in_fence
        elif not in_fence and not in_doctest and stripped.startswith(">>>"):
            indent = line[: len(line) - len(line.lstrip())]
            out.append(indent + FENCE + "pycon")
            in_doctest = True
        out.append(line)
    if in_doctest:
        out.append(indent + FENCE)
    return "\n".join(out)


class FenceDoctests(griffe.Extension):
    """Fence the doctests of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: object) -> None:  # noqa: ARG002 -- griffe passes more
        """Rewrite the docstring of *obj*, if it has one."""
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
