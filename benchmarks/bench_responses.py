"""
Benchmark: read and validate a KoboToolbox export of the exit survey.

It writes a synthetic KoboToolbox CSV export of N submissions of the bundled
``salida`` instrument, as KoboToolbox writes it with "XML values and headers"
and groups in headers: ``;`` separated, every cell double-quoted, CRLF line
ends, ``group/question`` headers, the form's metadata columns (start,
end, today, deviceid) and Kobo's own (``_id``, ``_uuid``,
``_submission_time``, ...). About 1 % of the rows carry one invalid answer
(out of range, not a choice, a name instead of an id, a blank required
answer, a future date). Then, in this process, it times:

- the library: ``sce_method.monitoring.read_export`` with the bundled
  ``salida`` instrument (matching the columns, typing every cell, validating
  every row);
- a baseline: ``csv.DictReader`` over the same file, iterating every row.

Since 2 December 2026 it takes three rounds, each side going first in turn and
every timed call starting after a full garbage collection, and compares the
medians: one read of each was at the mercy of a burst of load on a shared
machine. It prints each round's times, the rows per second of the medians and
their ratio, and the first read_export of the process apart (it also imports
polars and the reader's column-wise modules). The goal is a ratio of at most
4. A script, not a test: it asserts nothing.

Usage: python benchmarks/bench_responses.py [N]   (default: 100000)
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import cast

import sce_method
from sce_method.monitoring import ExportReading, read_export

GOAL = 4.0
ROUNDS = 3
INVALID_SHARE = 0.01
QUESTIONS = (
    "datos/participante",
    "datos/fecha",
    "situacion/actividad",
    "situacion/negocio_inicio_mejora",
    "situacion/estudios",
    "habilidades/hab_digitales",
    "habilidades/hab_financieras",
    "habilidades/hab_personales",
    "habilidades/agencia",
    "habilidades/confianza",
    "habilidades/promedio_habilidades",
)
HEADERS = (
    "start",
    "end",
    "today",
    "deviceid",
    *QUESTIONS,
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "_tags",
    "_index",
)
SCALES = (
    "habilidades/hab_digitales",
    "habilidades/hab_financieras",
    "habilidades/hab_personales",
    "habilidades/agencia",
    "habilidades/confianza",
)


def _row(rng: random.Random, index: int) -> dict[str, str]:
    """One valid submission, as KoboToolbox exports it."""
    day = dt.date(2024, 10, 1) + dt.timedelta(days=rng.randrange(45))
    started = dt.datetime.combine(day, dt.time(9, 0)) + dt.timedelta(minutes=rng.randrange(480))
    ended = started + dt.timedelta(minutes=rng.randrange(5, 25), seconds=rng.randrange(60))
    scores = {name: rng.randint(1, 5) for name in SCALES}
    skills = (scores[SCALES[0]] + scores[SCALES[1]] + scores[SCALES[2]]) / 3
    return {
        "start": started.isoformat(timespec="milliseconds") + "-06:00",
        "end": ended.isoformat(timespec="milliseconds") + "-06:00",
        "today": day.isoformat(),
        "deviceid": f"collect:{rng.getrandbits(64):016x}",
        "datos/participante": f"P{index:07d}",
        "datos/fecha": day.isoformat(),
        "situacion/actividad": rng.choice(("ninguna", "empleo", "empleo", "negocio")),
        "situacion/negocio_inicio_mejora": rng.choice(("si", "no")),
        "situacion/estudios": rng.choice(("formales", "capacitacion", "ninguno")),
        **{name: str(score) for name, score in scores.items()},
        "habilidades/promedio_habilidades": f"{skills:.10g}",
        "_id": str(100_000 + index),
        "_uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "_submission_time": (ended + dt.timedelta(hours=6, minutes=rng.randrange(120))).isoformat(timespec="seconds"),
        "_validation_status": rng.choice(("", "", "", "validation_status_approved")),
        "_notes": "",
        "_status": "submitted_via_web",
        "_submitted_by": rng.choice(("", "crea_encuestadora1", "crea_encuestadora2")),
        "_tags": "",
        "_index": str(index + 1),
    }


def _spoil(rng: random.Random, row: dict[str, str]) -> None:
    """Make one answer of *row* invalid, as field data gets it wrong."""
    kind = rng.randrange(5)
    if kind == 0:
        row[rng.choice(SCALES)] = rng.choice(("0", "7", "10"))  # out of 1..5
    elif kind == 1:
        row["situacion/actividad"] = rng.choice(("trabajo", "Empleo", "hogar"))  # not a choice
    elif kind == 2:
        row["datos/participante"] = "María López"  # a name, not the id
    elif kind == 3:
        row[rng.choice(QUESTIONS[:5])] = ""  # a required answer left blank
    else:
        row["datos/fecha"] = "2031-01-15"  # in the future


def generate(path: Path, n: int) -> int:
    """Write *n* submissions to *path*; return how many were spoiled."""
    rng = random.Random(20241110)  # noqa: S311 -- reproducible synthetic data, not security
    spoiled = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, HEADERS, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        out.writeheader()
        for index in range(n):
            row = _row(rng, index)
            if rng.random() < INVALID_SHARE:
                _spoil(rng, row)
                spoiled += 1
            out.writerow(row)
    return spoiled


def plain_read(path: Path) -> int:
    """The baseline: csv.DictReader over the export, every row; return the row count."""
    count = 0
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for _row_read in csv.DictReader(handle, delimiter=";"):
            count += 1
    return count


def _timed(run: Callable[[], object]) -> tuple[float, object]:
    """*run*'s time, after a full garbage collection (none pending inside the clock), and what it gave."""
    gc.collect()
    start = time.perf_counter()
    given = run()
    return time.perf_counter() - start, given


def main(n: int) -> None:
    """Generate an export of *n* rows, time both readers *ROUNDS* times and print the figures."""
    instrument = sce_method.load().instrument("salida")
    plain: list[float] = []
    library: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "encuesta_salida - all versions - _xml - 2024-11-15-12-00-00.csv"
        start = time.perf_counter()
        spoiled = generate(path, n)
        written = time.perf_counter() - start
        size_mb = path.stat().st_size / 1e6
        for round_ in range(ROUNDS):
            sides: list[tuple[str, Callable[[], object]]] = [
                ("plain", partial(plain_read, path)),
                ("library", partial(read_export, path, instrument)),
            ]
            for side, run in sides if round_ % 2 == 0 else sides[::-1]:  # each goes first in turn
                seconds, given = _timed(run)
                if side == "plain":
                    plain.append(seconds)
                    rows = cast("int", given)
                else:
                    library.append(seconds)
                    reading = cast("ExportReading", given)

    invalid = sum(1 for r in reading.responses if not r.valid)
    ratio = statistics.median(library) / statistics.median(plain)
    verdict = "within goal" if ratio <= GOAL else "OVER GOAL"
    print(f"sce_method responses benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.machine()}, {os.cpu_count() or 1} CPU(s)"
    )
    print(f"export: {n} rows x {len(HEADERS)} columns, {size_mb:.1f} MB, written in {written:.2f} s")
    print(f"spoiled rows: {spoiled}; rows the library found invalid: {invalid}; file problems: {len(reading.problems)}")
    print(f"median of {ROUNDS} rounds, each side first in turn [each round]")
    print()
    for label, times, count in (
        ("csv.DictReader, every row", plain, rows),
        ("read_export + validate (salida)", library, len(reading.responses)),
    ):
        middle = statistics.median(times)
        each = " ".join(f"{t:.2f}" for t in times)
        print(f"{label:36} {middle:6.2f} s  {count / middle:>10,.0f} rows/s   [{each}]")
    print(
        f"(the first read_export of the process, importing polars and the reader's column-wise modules: "
        f"{library[0]:.2f} s, {library[0] / statistics.median(plain):.2f}x)"
    )
    print()
    print(f"read_export / csv.DictReader = {ratio:.2f}x   goal <= {GOAL:.0f}x   {verdict}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
