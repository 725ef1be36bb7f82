"""
Benchmark: the three bundled outcome indicators over a million participants.

It generates N synthetic participants (default 1,000,000) in cohorts of 25 at
the three bundled centres, with entry (``entrada``) and exit (``salida``)
survey responses: about 97 % answered the entry survey and 80 % the exit
survey, and one response in 10,000 of each names a participant who is not in
the cohort (a mistyped id), as field data does.

The cohort is built **in memory** (a `Cohort` of the participants); the two
surveys are written as KoboToolbox CSV exports (``;``, every cell quoted, the
form's group paths as headers) to a temporary folder and read back with
`read_export`, as ``sce-method indicators`` reads them, before any clock
starts: what the library computes from is what its reader returns, its
`Response` objects and the answers it keeps as columns
(`ExportReading.columns`), as the pandas version computes from DataFrames
built before its clock. Reading the files is what ``bench_responses.py``
measures; an analyst reads the exports once and then computes the indicators
many times (by date, by centre, after a fix), so this script times the
computation alone. The cohort has no attendance: the three bundled
indicators count every enrolled participant, so no graduation decision is
made.

Then, in the same process, it times:

- the library: ``sce_method.monitoring.compute_indicators`` with the bundled
  methodology (the three indicators, their totals, the breakdowns by centre
  and by cohort, and the disclosure control of every cell);
- if pandas is installed, a hand-written pandas version of the same figures
  on the same data (totals, participants missing a wave, and numerator and
  denominator by centre and by cohort, without disclosure control), from
  DataFrames built before the clock starts.

Both sides have their table library imported before their clock starts:
pandas before the hand-written version's, and polars (the ``tables`` extra the
library's column-wise tally uses) before the library's, so that neither time
counts a one-off import.

It prints both times, their ratio (the goal is at most 1.5) and whether the
two agree on every total; then, for comparison only, the library's time on
the same readings without their columns (as readings built in code have
none), measured after the others. Without pandas it says the comparison was
skipped. A script, not a test: it asserts nothing.

Usage: python benchmarks/bench_indicators.py [N]   (default: 1000000)
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import os
import platform
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import attrs
import pendulum

import sce_method
from sce_method.monitoring import ExportReading, IndicatorReport, compute_indicators, read_export
from sce_method.participants import Cohort, Enrollment, Participant

GOAL = 1.5
COHORT_SIZE = 25
CENTRES = ("crea", "cjm-guadalajara", "cjm-tlajomulco")
ENTRY_SHARE = 0.97
EXIT_SHARE = 0.80
UNKNOWN_EVERY = 10_000
TRANSITION = "transicion-a-actividad-generadora-de-ingresos"
BUSINESS = "inicio-o-mejora-de-negocio"
STUDIES = "integracion-a-estudios"

Figures = dict[str, tuple[float, int, int]]
"""Per indicator id: numerator, denominator and participants missing a wave."""


ENTRY_HEADERS = (
    "datos/participante",
    "datos/fecha",
    "datos/edad",
    "situacion/actividad",
    "situacion/tiene_negocio",
    "situacion/estudia",
    *(f"habilidades/{n}" for n in ("hab_digitales", "hab_financieras", "hab_personales", "agencia", "confianza")),
    "_uuid",
    "_submission_time",
)
EXIT_HEADERS = (
    "datos/participante",
    "datos/fecha",
    "situacion/actividad",
    "situacion/negocio_inicio_mejora",
    "situacion/estudios",
    *ENTRY_HEADERS[6:],
)


def _scores(rng: random.Random) -> list[str]:
    return [str(rng.randint(1, 5)) for _ in range(5)]


def _meta(rng: random.Random, day: str) -> list[str]:
    return [str(uuid.UUID(int=rng.getrandbits(128), version=4)), f"{day}T16:00:00"]


def _entry(rng: random.Random, pid: str) -> list[str]:
    day = "2024-06-12"
    activity = rng.choice(("ninguna", "ninguna", "empleo", "negocio"))
    business, studying = rng.choice(("si", "no", "no")), rng.choice(("si", "no", "no", "no"))
    row = [pid, day, str(rng.randint(15, 70)), activity, business, studying]
    return [*row, *_scores(rng), *_meta(rng, day)]


def _exit(rng: random.Random, pid: str) -> list[str]:
    day = "2024-10-10"
    activity = rng.choice(("ninguna", "empleo", "empleo", "negocio"))
    studies = rng.choice(("formales", "capacitacion", "ninguno", "ninguno"))
    return [pid, day, activity, rng.choice(("si", "no")), studies, *_scores(rng), *_meta(rng, day)]


def _write(path: Path, headers: tuple[str, ...], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        out.writerow(headers)
        out.writerows(rows)


def generate(n: int, folder: Path) -> tuple[Cohort, dict[str, Path]]:
    """A cohort of *n* participants, in memory, and its entry and exit surveys written as KoboToolbox CSV exports."""
    rng = random.Random(20241117)  # noqa: S311 -- reproducible synthetic data, not security
    participants: list[Participant] = []
    entries: list[list[str]] = []
    exits: list[list[str]] = []
    enrollment = Enrollment(enrolled_on=pendulum.date(2024, 6, 10))
    for index in range(n):
        cohort = index // COHORT_SIZE
        centre = CENTRES[cohort % len(CENTRES)]
        pid = f"P{index:07d}"
        participants.append(
            Participant(id=pid, centre_id=centre, cohort_id=f"{centre}-{cohort}", enrollment=enrollment)
        )
        if rng.random() < ENTRY_SHARE:
            entries.append(_entry(rng, pid))
        if rng.random() < EXIT_SHARE:
            exits.append(_exit(rng, pid))
    for rows, make in ((entries, _entry), (exits, _exit)):
        for unknown in range(max(1, len(rows) // UNKNOWN_EVERY)):
            rows.append(make(rng, f"X{unknown:07d}"))
    paths = {"entrada": folder / "entrada.csv", "salida": folder / "salida.csv"}
    _write(paths["entrada"], ENTRY_HEADERS, entries)
    _write(paths["salida"], EXIT_HEADERS, exits)
    return Cohort(participants=tuple(participants), source="synthetic"), paths


def library_figures(report: IndicatorReport) -> Figures:
    """The totals the library computed."""
    return {v.indicator_id: (v.numerator, v.denominator, v.missing) for v in report.values}


def load_pandas() -> Any:  # noqa: ANN401 -- pandas ships no type stubs: the module is typed as Any
    """The pandas module, or None when it is not installed."""
    try:
        return importlib.import_module("pandas")
    except ImportError:
        return None


def frames(pd: Any, cohort: Cohort, readings: dict[str, ExportReading]) -> tuple[Any, Any, Any]:  # noqa: ANN401
    """The same data as three DataFrames: participants, entry answers, exit answers."""
    people = pd.DataFrame(
        {
            "participant_id": [p.id for p in cohort.participants],
            "centre_id": [p.centre_id for p in cohort.participants],
            "cohort_id": [p.cohort_id for p in cohort.participants],
        }
    )
    entry = pd.DataFrame(
        {
            "participant_id": [r.participant_id for r in readings["entrada"].responses],
            "actividad": [r.answers["actividad"] for r in readings["entrada"].responses],
        }
    )
    leaving = pd.DataFrame(
        {
            "participant_id": [r.participant_id for r in readings["salida"].responses],
            "actividad": [r.answers["actividad"] for r in readings["salida"].responses],
            "negocio_inicio_mejora": [r.answers["negocio_inicio_mejora"] for r in readings["salida"].responses],
            "estudios": [r.answers["estudios"] for r in readings["salida"].responses],
        }
    )
    return people, entry, leaving


def pandas_figures(people: Any, entry: Any, leaving: Any) -> tuple[Figures, list[Any]]:  # noqa: ANN401
    """
    The three indicators by hand: totals, missing waves, and cells by centre and by cohort.

    Responses of participants not in the cohort are dropped by the inner joins;
    the last response of a participant wins, as in the library.
    """
    entry = entry.drop_duplicates("participant_id", keep="last").merge(people, on="participant_id")
    leaving = leaving.drop_duplicates("participant_id", keep="last").merge(people, on="participant_id")
    leaving = leaving.assign(
        business=leaving["negocio_inicio_mejora"] == "si",
        studies=leaving["estudios"].isin(["formales", "capacitacion"]),
    )
    none_at_entry = entry.loc[entry["actividad"] == "ninguna", ["participant_id", "centre_id", "cohort_id"]]
    moved = none_at_entry.merge(leaving[["participant_id", "actividad"]], on="participant_id")
    moved = moved.assign(working=moved["actividad"].isin(["empleo", "negocio"]))
    total = len(people)
    figures: Figures = {
        TRANSITION: (
            float(moved["working"].sum()),
            len(moved),
            (total - len(entry)) + (len(none_at_entry) - len(moved)),
        ),
        BUSINESS: (float(leaving["business"].sum()), len(leaving), total - len(leaving)),
        STUDIES: (float(leaving["studies"].sum()), len(leaving), total - len(leaving)),
    }
    cells = [
        frame.groupby(dimension)[column].agg(["sum", "count"])
        for frame, column in ((moved, "working"), (leaving, "business"), (leaving, "studies"))
        for dimension in ("centre_id", "cohort_id")
    ]
    return figures, cells


def _timing(label: str, seconds: float, note: str) -> str:
    return f"{label:58} {seconds:8.2f} s   {note}"


def load_polars() -> None:
    """Import polars (the ``tables`` extra) when installed, before the library's clock, as pandas is before its own."""
    try:
        importlib.import_module("polars")
    except ImportError:
        return


def main(n: int) -> None:
    """Generate *n* participants, time the library and (if installed) pandas, and print the figures."""
    m = sce_method.load()
    load_polars()
    with tempfile.TemporaryDirectory(prefix="sce-bench-") as tmp:
        start = time.perf_counter()
        cohort, paths = generate(n, Path(tmp))
        built = time.perf_counter() - start
        start = time.perf_counter()
        readings = {wave: read_export(path, m.instrument(wave)) for wave, path in paths.items()}
        read = time.perf_counter() - start

    start = time.perf_counter()
    report = compute_indicators(m, cohort, readings)
    library = time.perf_counter() - start
    cells = sum(len(v.cells) for v in report.values)
    hidden = sum(1 for v in report.values for c in v.cells if c.suppressed)
    entries, exits = len(readings["entrada"].responses), len(readings["salida"].responses)
    kept = all(r.columns is not None for r in readings.values())

    print(f"sce_method indicators benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.machine()}, {os.cpu_count() or 1} CPU(s)"
    )
    print(f"participants: {n:,} in {-(-n // COHORT_SIZE):,} cohorts at {len(CENTRES)} centres (built in {built:.2f} s)")
    print(
        f"entry responses: {entries:,}; exit responses: {exits:,}; read with read_export in {read:.2f} s, "
        f"answers kept as columns: {'yes' if kept else 'NO'} (not timed)"
    )
    print(f"responses from participants not in the cohort, reported: {len(report.problems):,}")
    print()
    label = "compute_indicators (3 indicators, by centre and cohort)"
    print(_timing(label, library, f"{cells:,} cells, {hidden:,} hidden"))

    pd = load_pandas()
    if pd is None:
        print("pandas is not installed: the comparison was skipped (pip install pandas to run it)")
        return
    start = time.perf_counter()
    people, entry, leaving = frames(pd, cohort, readings)
    framed = time.perf_counter() - start
    start = time.perf_counter()
    by_hand, _cells = pandas_figures(people, entry, leaving)
    hand = time.perf_counter() - start
    ratio = library / hand
    verdict = "within goal" if ratio <= GOAL else "OVER GOAL"
    label = f"pandas {pd.__version__}: merge + groupby, the same figures"
    print(_timing(label, hand, f"(DataFrames built in {framed:.2f} s, not timed)"))
    bare = {wave: attrs.evolve(r, answer_columns=None) for wave, r in readings.items()}
    start = time.perf_counter()
    compute_indicators(m, cohort, bare)
    plain = time.perf_counter() - start
    label = "compute_indicators again, the readings without their columns"
    print(_timing(label, plain, f"({plain / hand:.2f}x pandas; as readings built in code, not by read_export)"))
    print()
    print(f"compute_indicators / pandas = {ratio:.2f}x   goal <= {GOAL}x   {verdict}")
    print()
    for ident, (numerator, denominator, missing) in library_figures(report).items():
        theirs = by_hand.get(ident)
        same = "agree" if theirs == (numerator, denominator, missing) else f"DIFFER: pandas {theirs}"
        print(f"{ident:46} {numerator:>9,.0f} / {denominator:>9,}   missing {missing:>9,}   {same}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
