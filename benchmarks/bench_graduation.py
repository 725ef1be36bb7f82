"""
Benchmark: read a cohort folder, evaluate graduation, write the CSV.

For each N it generates N synthetic participants (5 modules x 6 sessions of
2 h, about 7 % absences, entry/exit surveys and a follow-up) as a cohort
folder, then times, each in a fresh process so that peak memory is its own:

- the library: ``read_cohort`` + ``evaluate_cohort`` + ``write_csv``;
- a pure-Python baseline that only reads the same attendance CSV and sums
  hours per participant and module.

It prints both times, their ratio and each peak RSS. Goals (issue 3):
ratio <= 2.0 and peak memory <= 1.5 GB at N = 100,000, growth linear in N.
A script, not a test: it asserts nothing.

Usage: python benchmarks/bench_graduation.py [N ...]   (default: 10000 100000)
"""

from __future__ import annotations

import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

MODULES = (
    "alfabetizacion-digital",
    "desarrollo-humano",
    "educacion-financiera",
    "formacion-para-el-empleo",
    "habilidades-para-el-emprendimiento",
)
SESSIONS = 6
ABSENCE = 0.07


def generate(folder: Path, n: int) -> int:
    """Write a synthetic cohort of *n* participants; return the attendance rows."""
    rng = random.Random(20241017)  # noqa: S311 -- reproducible synthetic data, not security
    rows = 0
    with (folder / "participants.csv").open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["participant_id", "centre_id", "cohort_id", "enrolled_on"])
        out.writerows([f"P{i:07d}", "crea", "crea-2024-1", "2024-06-10"] for i in range(n))
    with (folder / "cohorts.csv").open("w", newline="", encoding="utf-8") as handle:
        handle.write("cohort_id,centre_id,starts_on,ends_on\ncrea-2024-1,crea,2024-06-10,2024-10-15\n")
    with (folder / "attendance.csv").open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["participant_id", "module_id", "session_date", "hours"])
        for i in range(n):
            for m, module in enumerate(MODULES):
                for s in range(SESSIONS):
                    if rng.random() >= ABSENCE:
                        out.writerow(
                            [f"P{i:07d}", module, f"2024-{7 + m // 2:02d}-{1 + 2 * s + 14 * (m % 2):02d}", "2"]
                        )
                        rows += 1
    with (folder / "instruments.csv").open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["participant_id", "instrument_id", "submitted_on"])
        for i in range(n):
            out.writerow([f"P{i:07d}", "entrada", "2024-06-10"])
            out.writerow([f"P{i:07d}", "salida", "2024-10-10"])
    with (folder / "follow_up.csv").open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["participant_id", "recorded_on"])
        out.writerows([f"P{i:07d}", "2024-08-15"] for i in range(n))
    return rows


def run_library(folder: Path) -> None:
    """The measured path: read, evaluate, write the CSV."""
    import sce_method  # noqa: PLC0415 -- imported in the measured child process only
    from sce_method.graduation import evaluate_cohort  # noqa: PLC0415
    from sce_method.participants import read_cohort  # noqa: PLC0415

    m = sce_method.load()
    cohort = read_cohort(folder, m)
    report = evaluate_cohort(m, cohort, "2024-10-17")
    report.write_csv(folder / "decisions.csv")


def run_baseline(folder: Path) -> None:
    """Only read the attendance CSV and sum hours per participant and module."""
    hours: dict[tuple[str, str], float] = defaultdict(float)
    with (folder / "attendance.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        for participant, module, _, value in rows:
            hours[participant, module] += float(value)


def child(mode: str, folder: str) -> None:
    """Run one mode in this process and print its time and peak RSS as JSON."""
    start = time.perf_counter()
    (run_library if mode == "library" else run_baseline)(Path(folder))
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def measure(mode: str, folder: Path) -> dict[str, float]:
    """Run *mode* in a fresh interpreter and read back its figures."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(folder)], check=True, capture_output=True, text=True
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main(sizes: list[int]) -> None:
    """Generate, measure and print each size."""
    print(f"python {sys.version.split()[0]}; goals at N=100000: ratio <= 2.0, peak <= 1500 MB, linear growth")
    print(f"{'N':>8} {'rows':>9} {'library s':>10} {'baseline s':>11} {'ratio':>6} {'lib MB':>7} {'base MB':>8}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            rows = generate(folder, n)
            lib = measure("library", folder)
            base = measure("baseline", folder)
            ratio = lib["seconds"] / base["seconds"]
            print(
                f"{n:>8} {rows:>9} {lib['seconds']:>10.2f} {base['seconds']:>11.2f} {ratio:>6.2f}"
                f" {lib['peak_mb']:>7.0f} {base['peak_mb']:>8.0f}"
            )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
