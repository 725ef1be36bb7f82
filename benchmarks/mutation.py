r"""
Mutation score of one module against its tests, with mutmut: the share of mutants the tests kill.

mutmut changes the module one small way at a time (a ``<`` for a ``<=``, a
constant, a dropped call) and runs the tests against each change; a change no
test notices (a surviving mutant) is a behaviour the tests do not pin down.

The script works from a clean checkout and leaves it as it was: it copies
``src/``, ``tests/``, ``examples/`` (the example cohort the tests read) and
``pyproject.toml`` to a temporary folder, adds a
``[tool.mutmut]`` section there that mutates only MODULE and runs only TESTS,
makes Hypothesis draw the same examples on every run, runs ``mutmut run``,
and prints the counts, the score and every surviving
mutant (``mutmut show NAME`` in that folder gives its diff; ``--keep`` keeps
the folder and prints its path).

mutmut is not a dependency of the library: install it into the environment
that has the test extra first::

    python -m venv .venv && .venv/bin/pip install -e '.[test,xlsx]' mutmut
    .venv/bin/python benchmarks/mutation.py src/sce_method/monitoring/indicators/_disclosure.py \
        tests/monitoring/indicators/

Usage: python benchmarks/mutation.py MODULE TEST_PATH... [--min-score PERCENT] [--keep]

Exit code 0 when the score reaches --min-score (default 0), 1 when it does
not, 2 when mutmut is missing or fails. A script, not a test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _config(module: str, tests: list[str]) -> str:
    """The ``[tool.mutmut]`` section: mutate *module* only, run *tests* only, the house's pytest options kept."""
    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["src"]\n'
        f"only_mutate = [{json.dumps(module)}]\n"
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
        'also_copy = ["examples"]\n'
        "use_git_change_detection = false\n"
    )


_HYPOTHESIS = """

# Added by benchmarks/mutation.py in its work folder: mutmut runs the tests many times in one process (Hypothesis
# then sees one test run by several executors), and every run should draw the same examples.
from hypothesis import HealthCheck

settings.register_profile(
    "mutation", deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.differing_executors]
)
settings.load_profile("mutation")
"""


def _mutmut(work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mutmut", *args], cwd=work, capture_output=True, text=True, check=False
    )


def main(argv: list[str] | None = None) -> int:
    """Run mutmut on the module against the tests; print the score and the surviving mutants."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", maxsplit=1)[0])
    parser.add_argument("module", help="the module to mutate, e.g. src/sce_method/monitoring/indicators/_disclosure.py")
    parser.add_argument("tests", nargs="+", help="the test files or folders that should kill its mutants")
    parser.add_argument("--min-score", type=float, default=0.0, help="exit 1 below this score (percent)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder, to run mutmut show there")
    args = parser.parse_args(argv)
    if shutil.which("mutmut") is None and _mutmut(ROOT, "--version").returncode != 0:
        print("mutmut is not installed: pip install mutmut (see this script's docstring)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="sce-mutation-"))
    try:
        for name in ("src", "tests", "examples"):
            shutil.copytree(ROOT / name, work / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        with (work / "tests" / "conftest.py").open("a", encoding="utf-8") as conftest:
            conftest.write(_HYPOTHESIS)
        pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
        (work / "pyproject.toml").write_text(pyproject + _config(args.module, args.tests), encoding="utf-8")
        run = _mutmut(work, "run")
        if run.returncode != 0:
            print(run.stdout[-4000:], run.stderr[-4000:], sep="\n", file=sys.stderr)
            return 2
        return _report(work, args.module, args.min_score)
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _report(work: Path, module: str, min_score: float) -> int:
    """Print the counts, the score and the survivors; 0 if the score reaches *min_score*."""
    _mutmut(work, "export-cicd-stats")
    stats = json.loads((work / "mutants" / "mutmut-cicd-stats.json").read_text(encoding="utf-8"))
    killed = int(stats.get("killed", 0)) + int(stats.get("timeout", 0))
    tested = int(stats.get("total", 0)) - int(stats.get("skipped", 0))
    score = 100 * killed / tested if tested else 0.0
    survivors = [
        line.split(":", 1)[0].strip()
        for line in _mutmut(work, "results").stdout.splitlines()
        if line.strip().endswith(("survived", "no tests"))
    ]
    print(f"module: {module}")
    print(", ".join(f"{k}: {v}" for k, v in sorted(stats.items())))
    print(f"mutation score: {score:.1f} % ({killed} killed of {tested})")
    for name in survivors:
        print(f"survived: {name}")
        print(_mutmut(work, "show", name).stdout.rstrip())
    return 0 if score >= min_score else 1


if __name__ == "__main__":
    sys.exit(main())
