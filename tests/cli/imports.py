"""What a fresh interpreter has imported of `sce_method` after running a few lines."""

from __future__ import annotations

import subprocess
import sys
from typing import Final

ROOMS: Final = (
    "sce_method.curriculum",
    "sce_method.participants",
    "sce_method.graduation",
    "sce_method.mentoring",
    "sce_method.monitoring",
    "sce_method.methodology",
    "sce_method.serialization",
)
"""The rooms of the house above `sce_method._core` (DESIGN.md)."""


def imported_after(code: str) -> list[str]:
    """The `sce_method` modules imported by a fresh interpreter that ran *code*, sorted."""
    script = f"{code}\nimport sys\nprint(*sorted(m for m in sys.modules if m.startswith('sce_method')), sep='\\n')"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)  # noqa: S603 -- this interpreter, a fixed command
    return done.stdout.splitlines()


def rooms_in(modules: list[str]) -> list[str]:
    """The modules of *modules* that belong to a room (`ROOMS`)."""
    return [m for m in modules if m.startswith(ROOMS)]
