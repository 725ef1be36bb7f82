"""
Write mentors.csv, assignments.csv and mentoring.csv for the synthetic cohort crea-2024.

The rows parse cleanly (every id is a participant, every date and number is well formed), so the
graduation check still runs on the folder; but they are made to show each problem that
`sce-method mentoring report` catches:

- a mentor with six mentees at once (the bundled policy allows five);
- one mentee assigned to two mentors over overlapping dates;
- a mentor assigned a mentee of another centre;
- a session after the assignment ended (outside its period);
- a session led before the mentor's training, and one by someone never trained;
- a mentor "mentoring" herself.

Run from the repository root: python examples/make_crea_2024_mentoring.py
"""

from __future__ import annotations

import csv
from pathlib import Path

FOLDER = Path(__file__).parent / "cohorts" / "crea-2024"

MENTORS = [
    ("P0002", "2024-08-01"),
    ("P0004", "2024-08-01"),
    ("P0006", "2024-08-01"),
    ("P0026", "2024-08-15"),
    ("P0027", "2024-08-15"),
    ("P0046", "2024-09-01"),
]
ASSIGNMENTS = [
    *(("P0002", f"P00{n}", "2024-09-15", "") for n in range(61, 67)),  # six at once: over capacity
    ("P0004", "P0067", "2024-09-15", "2024-10-15"),
    ("P0006", "P0067", "2024-10-01", ""),  # overlaps P0004's assignment of P0067
    ("P0006", "P0068", "2024-09-15", ""),
    ("P0026", "P0030", "2024-09-01", ""),
    ("P0027", "P0050", "2024-09-01", ""),  # P0050 is at CJM Tlajomulco, P0027 at CJM Guadalajara
]
SESSIONS = [
    ("P0002", "P0061", "2024-09-20", "2", "plan de negocio"),
    ("P0002", "P0062", "2024-09-20", "2", "plan de negocio"),
    ("P0002", "P0061", "2024-10-20", "1.5", "ahorro"),
    ("P0006", "P0068", "2024-10-05", "2", "metas personales"),
    ("P0026", "P0030", "2024-09-10", "2", "búsqueda de empleo"),
    ("P0004", "P0067", "2024-10-25", "1", "seguimiento"),  # after the assignment ended on 2024-10-15
    ("P0027", "P0050", "2024-08-10", "1", "presentación"),  # before P0027's training (2024-08-15)
    ("P0040", "P0041", "2024-10-01", "1", "acompañamiento"),  # P0040 was never trained
    ("P0046", "P0046", "2024-09-10", "1", "autocuidado"),  # a mentor with herself
]


def write(name: str, header: list[str], rows: list[tuple[str, ...]]) -> None:
    """One CSV of the cohort folder: ',' separated, newline line ends, UTF-8."""
    with (FOLDER / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main() -> None:
    """Write the three lists."""
    write("mentors.csv", ["participant_id", "trained_on"], MENTORS)
    write("assignments.csv", ["mentor_id", "mentee_id", "starts_on", "ends_on"], ASSIGNMENTS)
    write("mentoring.csv", ["mentor_id", "mentee_id", "session_date", "hours", "topic"], SESSIONS)


if __name__ == "__main__":
    main()
