"""
Write responses/entrada.csv and responses/salida.csv for the synthetic cohort crea-2024.

KoboToolbox CSV exports in "XML values and headers" mode (';', every cell quoted, group paths
with '/', Kobo's meta columns), one row per survey that instruments.csv records as submitted.
The answers are invented and deterministic (a fixed seed): no real person is in them.

Run from the repository root: python examples/make_crea_2024_responses.py
"""

from __future__ import annotations

import csv
import random
import uuid
from pathlib import Path

FOLDER = Path(__file__).parent / "cohorts" / "crea-2024"
SEED = 20241017

META = [
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "_tags",
    "_index",
]
SKILLS = ["habilidades/hab_digitales", "habilidades/hab_financieras", "habilidades/hab_personales",
          "habilidades/agencia", "habilidades/confianza"]  # fmt: skip
ENTRY = ["datos/participante", "datos/fecha", "datos/edad", "situacion/actividad", "situacion/tiene_negocio",
         "situacion/estudia", *SKILLS]  # fmt: skip
EXIT = ["datos/participante", "datos/fecha", "situacion/actividad", "situacion/negocio_inicio_mejora",
        "situacion/estudios", *SKILLS]  # fmt: skip


def submissions() -> dict[str, dict[str, str]]:
    """Map instrument id -> participant id -> submission date, from instruments.csv."""
    found: dict[str, dict[str, str]] = {}
    with (FOLDER / "instruments.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found.setdefault(row["instrument_id"], {})[row["participant_id"]] = row["submitted_on"]
    return found


def write(name: str, header: list[str], rows: list[list[str]]) -> None:
    """Write one export the way KoboToolbox does: ';', every cell quoted, CRLF."""
    target = FOLDER / "responses" / f"{name}.csv"
    target.parent.mkdir(exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow([*header, *META])
        writer.writerows(rows)


def main() -> None:
    """Generate both files."""
    rng = random.Random(SEED)  # noqa: S311 -- reproducible synthetic data, not security
    made = submissions()
    entry_activity: dict[str, str] = {}
    entry_rows: list[list[str]] = []
    for index, (pid, day) in enumerate(sorted(made.get("entrada", {}).items()), start=1):
        activity = rng.choices(["ninguna", "empleo", "negocio"], weights=[6, 2, 2])[0]
        entry_activity[pid] = activity
        answers = [pid, day, str(rng.randint(18, 64)), activity, "si" if activity == "negocio" else "no",
                   rng.choice(["si", "no"]), *(str(rng.randint(1, 3)) for _ in SKILLS)]  # fmt: skip
        entry_rows.append([*answers, *meta(rng, index, day)])
    write("entrada", ENTRY, entry_rows)
    exit_rows: list[list[str]] = []
    for index, (pid, day) in enumerate(sorted(made.get("salida", {}).items()), start=1):
        before = entry_activity.get(pid, "ninguna")
        moved = before != "ninguna" or rng.random() < 0.35
        activity = before if before != "ninguna" else (rng.choice(["empleo", "negocio"]) if moved else "ninguna")
        answers = [pid, day, activity, rng.choice(["si", "no"]), rng.choices(["formales", "capacitacion", "ninguno"],
                   weights=[2, 2, 5])[0], *(str(rng.randint(3, 5)) for _ in SKILLS)]  # fmt: skip
        exit_rows.append([*answers, *meta(rng, 1000 + index, day)])
    write("salida", EXIT, exit_rows)


def meta(rng: random.Random, index: int, day: str) -> list[str]:
    """Kobo's meta columns for one submission."""
    instance = str(uuid.UUID(int=rng.getrandbits(128)))
    return [str(index), instance, f"{day}T16:00:00", "", "", "submitted_via_web", "", "", str(index)]


if __name__ == "__main__":
    main()
