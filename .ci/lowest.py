"""
Requirements for CI's lowest-versions run, read from pyproject.toml.

    python3 .ci/lowest.py constraints    # name==lower bound, for the core dependencies and the xlsx extra
    python3 .ci/lowest.py tests          # the test tools to install beside them (newest versions)
    python3 .ci/lowest.py check          # exit 1 unless the installed versions are those lower bounds

pyxform is left out of the tools: every release pins an openpyxl above our lower bound, so the tests that
convert with it skip in this run (they run in the README's). ruff, mypy and the type stubs are not needed to test.
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
_LOWER = re.compile(r"^([A-Za-z0-9_.-]+)(?:\[[^]]*\])?\s*>=\s*([0-9][0-9A-Za-z.]*)")
_NOT_FOR_TESTING = ("pyxform", "ruff", "mypy", "types-")


def _project() -> dict[str, object]:
    with PYPROJECT.open("rb") as f:
        project: dict[str, object] = tomllib.load(f)["project"]
    return project


def lower_bounds() -> dict[str, str]:
    """Each core and xlsx requirement's name and lower bound; a requirement without one is an error."""
    project = _project()
    extras: dict[str, list[str]] = project["optional-dependencies"]  # type: ignore[assignment]
    bounds: dict[str, str] = {}
    for requirement in [*project["dependencies"], *extras["xlsx"]]:  # type: ignore[misc]
        found = _LOWER.match(requirement)
        if found is None:
            sys.exit(f"{requirement!r} in pyproject.toml has no lower bound (>=)")
        bounds[found[1]] = found[2]
    return bounds


def test_tools() -> list[str]:
    """The test extra, without what this run leaves out."""
    extras: dict[str, list[str]] = _project()["optional-dependencies"]  # type: ignore[assignment]
    return [r for r in extras["test"] if not r.startswith(_NOT_FOR_TESTING) and not r.startswith("openpyxl")]


def _same(installed: str, bound: str) -> bool:
    def parts(v: str) -> list[int]:
        numbers = [int(p) for p in re.findall(r"\d+", v)]
        while numbers and numbers[-1] == 0:
            numbers.pop()
        return numbers

    return parts(installed) == parts(bound)


def main(argv: list[str]) -> int:
    """Print constraints or tools, or check what is installed."""
    what = argv[1] if len(argv) > 1 else ""
    if what == "constraints":
        print("\n".join(f"{name}=={bound}" for name, bound in lower_bounds().items()))
    elif what == "tests":
        print("\n".join(test_tools()))
    elif what == "check":
        wrong = [
            f"{name} {metadata.version(name)} installed, lower bound {bound}"
            for name, bound in lower_bounds().items()
            if not _same(metadata.version(name), bound)
        ]
        for line in wrong:
            print(line, file=sys.stderr)
        if not wrong:
            print("lowest versions: " + ", ".join(f"{n} {b}" for n, b in lower_bounds().items()))
        return 1 if wrong else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
