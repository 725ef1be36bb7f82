"""
Generate the synthetic cohort folder ``examples/cohorts/jalisco-2024``, sized to the seed report's figures.

The data are invented: participant ids ``J0001`` on, staff ids ``S001`` on, no
names and no personal columns. They are sized so that computing the bundled
methodology's figures from them (``sce-method results --cohort``) gives the
report's own numbers, to the digit:

- in the agreement (3 June to 30 November 2024): 33 participants at CJM
  Guadalajara, 23 at CJM Tlajomulco, 63 at CREA (119); 22, 14 and 55 of them
  graduated at the ceremony of 17 October 2024 (91), every one with a
  follow-up format; the others withdrew, did not complete the offer, or are
  still in a cohort that runs past November;
- before it, 282 CREA graduates from 2022 (50 under the earlier, assumed
  rule), 49 of them of late 2023, recognised at the same ceremony: 373 in all;
- 57 participants trained as mentors over the collaboration;
- 40 public officials with the 20 h of their training (two more with 12 h),
  the 6 CJM facilitators (3 + 3) with the 34 h transfer, 3 CREA facilitators
  with the 4 h of EdApp advice, and a mentor coordinator.

Around them, the cases ``sce-method check`` shows on 2024-11-30: two CREA
participants eligible whose graduation is not recorded, not eligible ones,
withdrawals, three in progress and four enrolled in a 2025 cohort.

The output is deterministic: a fixed seed, no clock, rows in a fixed order,
UTF-8 CSV without a BOM and LF line ends. Run from the repository root::

    python examples/make_jalisco_2024.py
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Final

SEED: Final = 2024
FOLDER: Final = Path(__file__).resolve().parent / "cohorts" / "jalisco-2024"
CEREMONY: Final = "graduacion-2024-10-17"
CEREMONY_DAY: Final = dt.date(2024, 10, 17)
EXPORTED: Final = dt.date(2024, 11, 30)
"""The day the lists were exported (the end of the agreement): nothing is dated after it but 2025's cohort dates."""
ENROLMENT_2025: Final = dt.date(2024, 11, 18)
"""The day the four participants of the 2025 cohort enrolled."""
OLD_RULE: Final = "crea-2022-1"
"""The cohort that ended before the second half of 2022: its graduates took three modules, as the earlier rule asks."""
MODULES: Final = (
    "alfabetizacion-digital",
    "desarrollo-humano",
    "educacion-financiera",
    "formacion-para-el-empleo",
    "habilidades-para-el-emprendimiento",
)
HEADERS: Final = {
    "participants": ("participant_id", "centre_id", "cohort_id", "enrolled_on", "withdrawn_on"),
    "cohorts": ("cohort_id", "centre_id", "starts_on", "ends_on"),
    "attendance": ("participant_id", "module_id", "session_date", "hours", "mode"),
    "completions": ("participant_id", "course_id", "completed_on", "source"),
    "instruments": ("participant_id", "instrument_id", "submitted_on"),
    "follow_up": ("participant_id", "recorded_on", "kind"),
    "mentors": ("participant_id", "trained_on"),
    "events": ("event_id", "date", "kind", "centre_id", "place", "description"),
    "graduations": ("participant_id", "graduated_on", "event_id"),
    "staff": ("person_id", "role", "centre_id", "unit"),
    "staff_training": ("person_id", "training_id", "session_date", "hours"),
}

Row = tuple[object, ...]


@dataclass(frozen=True)
class Cohort:
    """A cohort and how its participants end: graduated (on a day, at an event), and the others."""

    id: str
    centre: str
    starts: dt.date
    ends: dt.date
    graduated: int = 0
    graduated_on: dt.date | None = None
    event: str = ""
    eligible: int = 0
    """Eligible, with no graduation recorded."""
    short: int = 0
    """Not eligible: two modules only, or (after the first half of 2022) every module but no exit survey."""
    withdrawn: int = 0
    running: int = 0
    """Still in the cohort, part-way."""
    enrolled: int = 0
    """Enrolled before the cohort starts."""
    mentors: int = 0
    """How many of its graduates were trained as mentors, a month after it ended."""
    records: str = "attendance"
    """How modules are recorded: ``attendance`` (sessions) or ``completions`` (a facilitator's record)."""


COHORTS: Final = (
    Cohort(id="crea-2022-1", centre="crea", starts=dt.date(2022, 2, 7), ends=dt.date(2022, 6, 24), graduated=50,
           graduated_on=dt.date(2022, 6, 30), short=3, records="completions"),
    Cohort(id="crea-2022-2", centre="crea", starts=dt.date(2022, 8, 1), ends=dt.date(2022, 12, 9), graduated=60,
           graduated_on=dt.date(2022, 12, 15), short=2, withdrawn=2, mentors=12, records="completions"),
    Cohort(id="crea-2023-1", centre="crea", starts=dt.date(2023, 2, 6), ends=dt.date(2023, 6, 16), graduated=63,
           graduated_on=dt.date(2023, 6, 23), withdrawn=3, mentors=12, records="completions"),
    Cohort(id="crea-2023-2", centre="crea", starts=dt.date(2023, 8, 7), ends=dt.date(2023, 12, 8), graduated=49,
           graduated_on=dt.date(2023, 12, 14), event=CEREMONY, short=2, mentors=10, records="completions"),
    Cohort(id="crea-2024-1", centre="crea", starts=dt.date(2024, 1, 15), ends=dt.date(2024, 5, 24), graduated=60,
           graduated_on=dt.date(2024, 5, 31), eligible=2, short=1, withdrawn=2, mentors=11, records="completions"),
    Cohort(id="crea-2024-2", centre="crea", starts=dt.date(2024, 6, 10), ends=dt.date(2024, 10, 11), graduated=55,
           graduated_on=CEREMONY_DAY, event=CEREMONY, short=3, withdrawn=2, mentors=12),
    Cohort(id="crea-2024-3", centre="crea", starts=dt.date(2024, 11, 4), ends=dt.date(2025, 2, 28), running=3),
    Cohort(id="cjm-gdl-2024-1", centre="cjm-guadalajara", starts=dt.date(2024, 6, 17), ends=dt.date(2024, 10, 11),
           graduated=22, graduated_on=CEREMONY_DAY, event=CEREMONY, short=7, withdrawn=4),
    Cohort(id="cjm-tlaj-2024-1", centre="cjm-tlajomulco", starts=dt.date(2024, 6, 24), ends=dt.date(2024, 10, 14),
           graduated=14, graduated_on=CEREMONY_DAY, event=CEREMONY, short=6, withdrawn=3),
    Cohort(id="crea-2025-1", centre="crea", starts=dt.date(2025, 1, 13), ends=dt.date(2025, 5, 30), enrolled=4),
)  # fmt: skip
"""Every cohort, oldest first; the counts of each fate, in the order participants are numbered."""


def module_sessions(cohort: Cohort) -> list[tuple[str, dt.date]]:
    """Each module's six sessions of 2 h, Mondays and Wednesdays, the modules one after another."""
    first_monday = cohort.starts + dt.timedelta(days=(7 - cohort.starts.weekday()) % 7)
    days = [first_monday + dt.timedelta(weeks=week, days=day) for week in range(15) for day in (0, 2)]
    return [(MODULES[index // 6], day) for index, day in enumerate(days[:30])]


class Lists:
    """The rows of every list, as they are made."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        """The one random generator, seeded."""
        self.rows: dict[str, list[Row]] = {name: [] for name in HEADERS}
        self.number = 0

    def add(self, name: str, *values: object) -> None:
        """A row of the list *name*."""
        self.rows[name].append(values)

    def next_id(self) -> str:
        """The next participant id."""
        self.number += 1
        return f"J{self.number:04d}"


def participant(lists: Lists, cohort: Cohort, fate: str) -> str:
    """One participant of *cohort* whose lists say she ends as *fate*."""
    rng, pid = lists.rng, lists.next_id()
    sessions = module_sessions(cohort)
    left = sessions[8][1] if fate == "withdrawn" else None
    lists.add(
        "participants", pid, cohort.centre, cohort.id, ENROLMENT_2025 if fate == "enrolled" else cohort.starts, left
    )
    if fate == "enrolled":
        return pid
    lists.add("instruments", pid, "entrada", cohort.starts)
    if fate == "running":
        for module, day in sessions:
            if day <= EXPORTED:
                lists.add("attendance", pid, module, day, 2, "presencial")
        return pid
    no_exit = fate == "short" and cohort.id != OLD_RULE and rng.random() < 0.5
    modules(lists, pid, cohort, taken(cohort, fate, no_exit=no_exit), left)
    if fate == "withdrawn":
        return pid
    if fate != "short" and cohort.id != OLD_RULE:
        lists.add("instruments", pid, "salida", cohort.ends - dt.timedelta(days=rng.randrange(3, 10)))
    follow_up = cohort.starts + dt.timedelta(days=rng.randrange(30, 90))
    lists.add("follow_up", pid, follow_up, rng.choice(("llamada", "entrevista", "visita")))
    if fate == "graduated" and cohort.graduated_on is not None:
        lists.add("graduations", pid, cohort.graduated_on, cohort.event)
    return pid


def taken(cohort: Cohort, fate: str, *, no_exit: bool) -> tuple[str, ...]:
    """The modules she completes: two when short (or all, with no exit survey), three under the earlier rule."""
    if fate == "short":
        return MODULES if no_exit else MODULES[:2]
    return MODULES[:3] if cohort.id == OLD_RULE else MODULES


def modules(lists: Lists, pid: str, cohort: Cohort, done: tuple[str, ...], left: dt.date | None) -> None:
    """Her sessions of the modules *done* (one missed at random), or a facilitator's record of each, until she left."""
    missed = lists.rng.randrange(30)  # one session missed: 10 of 12 h still complete a module (80 %)
    for index, (module, day) in enumerate(module_sessions(cohort)):
        if module not in done or (left is not None and day >= left):
            continue
        if cohort.records == "attendance" and index != missed:
            lists.add("attendance", pid, module, day, 2, "presencial")
        if cohort.records == "completions" and index % 6 == 5:
            lists.add("completions", pid, module, day, "facilitador")


def staff(lists: Lists) -> None:
    """Facilitators, officials and a mentor coordinator, and the hours of training each took."""
    number = 0

    def person(role: str, centre: str, unit: str) -> str:
        nonlocal number
        number += 1
        ident = f"S{number:03d}"
        lists.add("staff", ident, role, centre, unit)
        return ident

    transfer = [dt.date(2024, 6, 14) + dt.timedelta(weeks=w) for w in range(9)]  # 8 x 4 h and 1 x 2 h: 34 h
    for centre in ("cjm-guadalajara", "cjm-tlajomulco"):
        for _ in range(3):
            ident = person("facilitadora", centre, "")
            for index, day in enumerate(transfer):
                hours = 2 if index == 8 else 4
                lists.add("staff_training", ident, "transferencia-metodologica-facilitadoras", day, hours)
    for _ in range(3):
        lists.add("staff_training", person("facilitadora", "crea", ""), "asesoria-edapp", dt.date(2024, 7, 5), 4)
    jornada = [dt.date(2024, 9, d) for d in (2, 4, 9, 11, 13)]  # 5 x 4 h: 20 h
    units = ("Nodos CDM", "Dirección de Desarrollo de Capacidades", "")
    for index in range(42):
        unit = units[index % 3]
        ident = person("funcionaria", "" if unit else "cjm-guadalajara", unit)
        for day in jornada if index < 40 else jornada[:3]:
            lists.add("staff_training", ident, "capacitacion-funcionariado", day, 4)
    person("mentora-coordinadora", "", "Dirección de Desarrollo de Capacidades de las Mujeres")


def build() -> Lists:
    """Every list, from `COHORTS` and the staff."""
    lists = Lists(random.Random(SEED))  # noqa: S311 -- synthetic data, not security: a seeded generator is the point
    lists.add("events", CEREMONY, CEREMONY_DAY, "ceremonia-de-graduacion", "",
              "Teatro Alarife Martín Casillas, Guadalajara, Jalisco",
              "Graduación de las participantes y entrega de constancias")  # fmt: skip
    for cohort in COHORTS:
        lists.add("cohorts", cohort.id, cohort.centre, cohort.starts, cohort.ends)
        fates = ["graduated"] * cohort.graduated + ["eligible"] * cohort.eligible + ["short"] * cohort.short
        fates += ["withdrawn"] * cohort.withdrawn + ["running"] * cohort.running + ["enrolled"] * cohort.enrolled
        graduates = [participant(lists, cohort, fate) for fate in fates][: cohort.graduated]
        trained = cohort.ends + dt.timedelta(days=28)
        for pid in graduates[: cohort.mentors]:
            lists.add("mentors", pid, trained)
    staff(lists)
    return lists


def cell(value: object) -> str:
    """A cell's text: ISO dates, whole numbers without a decimal point, None blank."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def texts() -> dict[str, str]:
    """Each list's CSV text (UTF-8, LF line ends), by file name, rows sorted."""
    found: dict[str, str] = {}
    for name, rows in build().rows.items():
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADERS[name])
        writer.writerows([cell(v) for v in row] for row in sorted(rows, key=lambda r: tuple(map(cell, r))))
        found[f"{name}.csv"] = out.getvalue()
    return found


def main() -> None:
    """Write the folder's CSV files (UTF-8, no BOM, LF line ends)."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, text in texts().items():
        (FOLDER / name).write_text(text, encoding="utf-8", newline="")


if __name__ == "__main__":
    main()
