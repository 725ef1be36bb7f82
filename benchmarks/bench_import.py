"""
How long ``import sce_method`` and the default ``sce_method.load()`` take.

Each figure is timed inside a fresh interpreter (a subprocess), with
``time.perf_counter`` around the statement, so that nothing is already
imported or cached; the figure shown is the median of several runs. The
baseline, the *floor*, is importing the four core dependencies alone
(attrs, cattrs, pendulum and yaml): the library cannot import faster than
what it is built on.

Goals (docs/performance.md):

- ``import sce_method`` <= 1.3 x the floor;
- importing every room (serialization, graduation, cli) <= 1.5 x the floor (issue 14);
  a room's public names load on first use, so the script also shows, with no
  goal, the same rooms with every public name loaded: the cost the laziness
  defers, which a program pays for what it uses;
- the default ``sce_method.load()`` (first call in a process) <= 50 ms.

A script, not a test: it prints the figures and whether each is within its
goal, and never fails on time.

The interpreters read and write bytecode, as an installed package does (pip
compiles it at install), even when ``PYTHONDONTWRITEBYTECODE`` is set: they
keep it in a temporary ``pycache_prefix``, so the source tree stays clean and
the package is not compiled from source in every run while its dependencies
are read from their bytecode (which made the ratio about 1.7 times too large).

Run from the repository root::

    python benchmarks/bench_import.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from typing import Final

IMPORT_GOAL: Final = 1.3
"""The most ``import sce_method`` may take, as a multiple of the floor."""
FULL_IMPORT_GOAL: Final = 1.5
"""The most importing every room may take, as a multiple of the floor (issue 14)."""
LOAD_GOAL_MS: Final = 50.0
"""The most the first ``sce_method.load()`` in a process may take, in ms."""

_TIMER: Final = "import time as _t\n_s = _t.perf_counter()\n{stmt}\nprint(_t.perf_counter() - _s)\n"

FLOOR: Final = _TIMER.format(stmt="import attrs, cattrs, pendulum, yaml")
IMPORT: Final = _TIMER.format(stmt="import sce_method")
FULL: Final = _TIMER.format(stmt="import sce_method.serialization, sce_method.graduation, sce_method.cli")
PARSER: Final = _TIMER.format(stmt="import sce_method.cli._parser as p\np.build_parser()")
EVERY_NAME: Final = _TIMER.format(
    stmt=(
        "import sce_method.serialization, sce_method.graduation, sce_method.cli\n"
        "for room in (sce_method.serialization, sce_method.graduation, sce_method.cli):\n"
        "    for name in room.__all__:\n"
        "        if name != 'FrameReport':  # polars, an extra: loaded on first use before the lazy rooms too\n"
        "            getattr(room, name)"
    )
)
LOAD: Final = "from sce_method.serialization import load\n" + _TIMER.format(stmt="load()")
FIRST_LOAD: Final = "import sce_method\n" + _TIMER.format(stmt="sce_method.load()")


def run_once(code: str, pycache: str) -> float:
    """Run *code* in a fresh interpreter, with its bytecode under *pycache*, and return the seconds it printed."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-X", f"pycache_prefix={pycache}", "-c", code]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return float(done.stdout.strip().splitlines()[-1])


def measure(repeat: int) -> dict[str, list[float]]:
    """
    Time the floor, the import and the load *repeat* times each, interleaved.

    One unrecorded round first warms the disk cache and writes the bytecode
    (into a temporary directory, removed at the end).
    """
    cases = {
        "floor": FLOOR,
        "import": IMPORT,
        "full": FULL,
        "every_name": EVERY_NAME,
        "parser": PARSER,
        "load": LOAD,
        "first_load": FIRST_LOAD,
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    with tempfile.TemporaryDirectory(prefix="bench-import-pyc-") as pycache:
        for code in cases.values():
            run_once(code, pycache)
        for _ in range(repeat):
            for name, code in cases.items():
                times[name].append(run_once(code, pycache))
    return times


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _row(name: str, values: list[float]) -> str:
    spread = f"[{_ms(min(values))} .. {_ms(max(values))}]"
    return f"{name:<44}{_ms(statistics.median(values)):>10}  {spread}"


def _goal(what: str, ok: bool) -> str:  # noqa: FBT001 -- a private one-line helper
    return f"{what}   {'within goal' if ok else 'OVER GOAL'}"


def report(times: dict[str, list[float]], repeat: int) -> str:
    """The figures, the ratio import/floor and the goals, as lines of text."""
    floor = statistics.median(times["floor"])
    imported = statistics.median(times["import"])
    loaded_ms = statistics.median(times["load"]) * 1000
    ratio = imported / floor
    full_ratio = statistics.median(times["full"]) / floor
    every_ratio = statistics.median(times["every_name"]) / floor
    python = f"Python {platform.python_version()} ({platform.python_implementation()})"
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPU(s)"
    lines = [
        f"sce_method import benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        f"{python}, {machine}",
        f"median of {repeat} fresh interpreters each, [min .. max]",
        "",
        _row("floor: import attrs, cattrs, pendulum, yaml", times["floor"]),
        _row("import sce_method (front door; names load lazily)", times["import"]),
        _row("import of every room (serialization, graduation, cli)", times["full"]),
        _row("the same rooms, every public name loaded", times["every_name"]),
        _row("sce-method's parser (what --help needs)", times["parser"]),
        _row("load() once its modules are imported", times["load"]),
        _row("import sce_method + first load() (all of it)", times["first_load"]),
        "",
        _goal(f"import / floor = {ratio:.2f}x   goal <= {IMPORT_GOAL}x", ratio <= IMPORT_GOAL),
        _goal(f"full import / floor = {full_ratio:.2f}x   goal <= {FULL_IMPORT_GOAL}x", full_ratio <= FULL_IMPORT_GOAL),
        _goal(f"default load   = {loaded_ms:.1f} ms   goal <= {LOAD_GOAL_MS:g} ms", loaded_ms <= LOAD_GOAL_MS),
        f"every name of every room / floor = {every_ratio:.2f}x   (no goal: what the rooms' lazy names defer)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure and print; always returns 0 (timing is reported, not asserted)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=15, help="fresh interpreters per figure (default: 15)")
    args = parser.parse_args(argv)
    repeat: int = max(1, args.repeat)
    print(report(measure(repeat), repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
