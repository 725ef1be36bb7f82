"""
Generate the synthetic example cohort ``examples/cohorts/crea-2024``.

The data are invented: 70 participants (``P0001`` to ``P0070``) of four
cohorts at the three centres of the bundled methodology (CREA, CJM
Guadalajara, CJM Tlajomulco), one of them still running on 2024-10-17. No
real person is in them: the personal columns hold the same obviously fake
values for everyone (``Participante 0001``, ``XXXX000000XXXXXX00``,
``0000000000``), so that tests can check they never leak.

Evaluated on 2024-10-17 under the bundled rule ``reglas-2022`` the data give
every status (eligible, in_progress, not_eligible, withdrawn) and every unmet
criterion; `SCENARIOS` says which participant shows what. Attendance follows
the bundled assumption of 5 modules x 6 sessions of 2 h, with about 7 %
absences at random (at most one per module, so that only the planned
scenarios fall short).

The output is deterministic: a fixed seed, no clock, rows in a fixed order,
UTF-8 CSV without a BOM and LF line ends; the workbook's timestamps are
fixed too, so running the script twice gives the same bytes.

Run from the repository root::

    python examples/make_crea_2024.py
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, NamedTuple

import openpyxl

SEED: Final = 2024
"""The seed of the one random generator: change it and the data change."""
AS_OF: Final = dt.date(2024, 10, 17)
"""The day the lists were exported: nothing is dated after it."""
FIXED_TIME: Final = dt.datetime(2024, 10, 17, 0, 0, 0)  # noqa: DTZ001 -- a fixed stamp for the workbook, not a clock
"""The timestamp written into the workbook, so that it does not change between runs."""

HERE: Final = Path(__file__).resolve().parent
FOLDER: Final = HERE / "cohorts" / "crea-2024"
WORKBOOK: Final = HERE / "cohorts" / "crea-2024.xlsx"

MODULES: Final = (
    "alfabetizacion-digital",
    "desarrollo-humano",
    "educacion-financiera",
    "formacion-para-el-empleo",
    "habilidades-para-el-emprendimiento",
)
"""The complete formative offer, in the order the cohorts take it."""
SESSIONS_PER_MODULE: Final = 6
SESSION_HOURS: Final = 2.0
ABSENCE_RATE: Final = 0.07
LATE_RATE: Final = 0.03
"""Share of sessions a participant arrives half an hour late (1.5 h)."""
FOLLOW_UP_KINDS: Final = ("llamada", "entrevista", "visita")
COMPLEMENTARY_COURSES: Final = {
    "alfabetizacion-digital": "edapp-alfabetizacion-digital",
    "desarrollo-humano": "edapp-desarrollo-humano",
    "educacion-financiera": "edapp-educacion-financiera",
    "formacion-para-el-empleo": "edapp-empleo",
    "habilidades-para-el-emprendimiento": "edapp-emprendimiento",
}
"""The EdApp complementary course of each module (their completions do not replace the module)."""

COLUMNS: Final = {
    "participants": (
        "participant_id",
        "centre_id",
        "cohort_id",
        "enrolled_on",
        "withdrawn_on",
        "name",
        "curp",
        "phone",
    ),
    "cohorts": ("cohort_id", "centre_id", "starts_on", "ends_on"),
    "attendance": ("participant_id", "module_id", "session_date", "hours", "mode"),
    "completions": ("participant_id", "course_id", "completed_on", "source"),
    "instruments": ("participant_id", "instrument_id", "submitted_on"),
    "follow_up": ("participant_id", "recorded_on", "kind"),
}
"""The lists written, their columns in order (the names of sce_method.participants.TABLES)."""

Row = tuple[str | float | None, ...]


@dataclass(frozen=True)
class CohortSpec:
    """One cohort (generación) of one centre, and its participants' ids."""

    id: str
    centre_id: str
    starts_on: dt.date
    ends_on: dt.date
    weekdays: tuple[int, ...]
    first: int
    last: int
    online_share: float = 0.0
    """Share of its sessions given online (mode ``en-linea``)."""

    def sessions(self) -> list[tuple[str, dt.date]]:
        """(module, date) of each session held by `AS_OF`: 6 per module, modules in order."""
        found: list[tuple[str, dt.date]] = []
        day = self.starts_on
        while len(found) < len(MODULES) * SESSIONS_PER_MODULE and day <= self.ends_on:
            if day.weekday() in self.weekdays:
                found.append((MODULES[len(found) // SESSIONS_PER_MODULE], day))
            day += dt.timedelta(days=1)
        return [(module, day) for module, day in found if day <= AS_OF]


COHORTS: Final = (
    CohortSpec("crea-2024-1", "crea", dt.date(2024, 6, 10), dt.date(2024, 10, 15), (0, 2), 1, 24),
    CohortSpec("cjm-gdl-2024-1", "cjm-guadalajara", dt.date(2024, 6, 17), dt.date(2024, 10, 11), (1, 3), 25, 44, 0.1),
    CohortSpec("cjm-tlaj-2024-1", "cjm-tlajomulco", dt.date(2024, 6, 24), dt.date(2024, 10, 14), (0, 2), 45, 60, 0.1),
    CohortSpec("crea-2024-2", "crea", dt.date(2024, 8, 19), dt.date(2024, 11, 29), (1, 3), 61, 70),
)
"""The cohorts; ``crea-2024-2`` is still running on `AS_OF`."""


@dataclass(frozen=True)
class Scenario:
    """What is special about one participant (the default: she does everything)."""

    note: str
    short: dict[str, int] = field(default_factory=dict)
    """Module -> the exact number of its sessions she attended."""
    completions: tuple[tuple[str, str], ...] = ()
    """(module, source) completion records."""
    entrada: bool = True
    salida: bool = True
    follow_up: bool = True
    enrolled_on: dt.date | None = None
    withdrawn_on: dt.date | None = None


SCENARIOS: Final = {
    "P0003": Scenario(
        "desarrollo humano: 4 h, acreditado por la persona facilitadora",
        short={"desarrollo-humano": 2},
        completions=(("desarrollo-humano", "facilitador"),),
    ),
    "P0005": Scenario("educación financiera: 6 h de 12", short={"educacion-financiera": 3}),
    "P0008": Scenario("se inscribió y no asistió a ninguna sesión", short=dict.fromkeys(MODULES, 0), salida=False),
    "P0011": Scenario("sin seguimiento individualizado", follow_up=False),
    "P0014": Scenario("baja el 2024-07-26", salida=False, withdrawn_on=dt.date(2024, 7, 26)),
    "P0017": Scenario(
        "se inscribió tarde (2024-06-24): alfabetización digital 4 h",
        short={"alfabetizacion-digital": 2},
        enrolled_on=dt.date(2024, 6, 24),
    ),
    "P0020": Scenario("sin encuesta de salida", salida=False),
    "P0022": Scenario(
        "formación para el empleo: 6 h, acreditado en EdApp",
        short={"formacion-para-el-empleo": 3},
        completions=(("formacion-para-el-empleo", "edapp"),),
    ),
    "P0027": Scenario("habilidades para el emprendimiento: 4 h", short={"habilidades-para-el-emprendimiento": 2}),
    "P0030": Scenario("sin encuesta de entrada", entrada=False),
    "P0033": Scenario("baja el 2024-08-09", salida=False, withdrawn_on=dt.date(2024, 8, 9)),
    "P0036": Scenario("desarrollo humano: 8 h", short={"desarrollo-humano": 4}),
    "P0039": Scenario("sin encuesta de salida ni seguimiento", salida=False, follow_up=False),
    "P0042": Scenario(
        "formación para el empleo 4 h y emprendimiento 6 h",
        short={"formacion-para-el-empleo": 2, "habilidades-para-el-emprendimiento": 3},
    ),
    "P0047": Scenario("baja el 2024-07-19", salida=False, withdrawn_on=dt.date(2024, 7, 19)),
    "P0050": Scenario("educación financiera: 8 h", short={"educacion-financiera": 4}),
    "P0053": Scenario("sin encuestas de entrada ni de salida", entrada=False, salida=False),
    "P0056": Scenario(
        "alfabetización digital 8 h, sin seguimiento", short={"alfabetizacion-digital": 4}, follow_up=False
    ),
    "P0066": Scenario("baja el 2024-09-20", withdrawn_on=dt.date(2024, 9, 20)),
}
"""The planned cases, by participant id (see the README of the cohort)."""

DEFAULT: Final = Scenario("completa todo")


def pid(number: int) -> str:
    """The participant id of *number* (``P0001``)."""
    return f"P{number:04d}"


def iso(day: dt.date | None) -> str | None:
    """A date as ISO text (None stays None)."""
    return None if day is None else day.isoformat()


def between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    """A random working day (Monday to Friday) from *first* to *last*, both included; *first* if there is none."""
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    return rng.choice([day for day in days if day.weekday() < 5] or [first])


@dataclass
class Lists:
    """The rows of every list, as they are built."""

    rows: dict[str, list[Row]] = field(default_factory=lambda: {name: [] for name in COLUMNS})

    def add(self, name: str, *values: str | float | None) -> None:
        """Add one row to list *name*."""
        self.rows[name].append(values)


class Session(NamedTuple):
    """One session a cohort held: its module, day and mode (the same for everyone)."""

    module: str
    day: dt.date
    mode: str


def held(rng: random.Random, spec: CohortSpec) -> list[Session]:
    """The sessions *spec* held by `AS_OF`, each drawn online with its cohort's `CohortSpec.online_share`."""
    return [
        Session(module, day, "en-linea" if rng.random() < spec.online_share else "presencial")
        for module, day in spec.sessions()
    ]


def attendance(rng: random.Random, sessions: list[Session], plan: Scenario, enrolled: dt.date) -> list[Row]:
    """
    One participant's attendance rows (without her id): planned counts, or random absences.

    At most one absence per module unless planned (5 of 6 sessions is 10 h,
    above the 9.6 h of the 80 % rule), and at most one late arrival (1.5 h)
    in a module she missed no session of.
    """
    end = plan.withdrawn_on or AS_OF
    rows: list[Row] = []
    for module in MODULES:
        days = [s for s in sessions if s.module == module and enrolled <= s.day <= end]
        if module in plan.short:
            hours = dict.fromkeys(sorted(rng.sample(days, plan.short[module])), SESSION_HOURS)
        else:
            absent = [s for s in days if rng.random() < ABSENCE_RATE][:1]
            hours = {s: SESSION_HOURS for s in days if s not in absent}
            late = [s for s in hours if rng.random() < LATE_RATE]
            if late and not absent:
                hours[late[0]] = 1.5
        rows += [(module, iso(s.day), h, s.mode) for s, h in hours.items()]
    return rows


def module_days(sessions: list[Session], module: str) -> list[dt.date]:
    """The days *module* was held."""
    return [s.day for s in sessions if s.module == module]


def participant(rng: random.Random, spec: CohortSpec, sessions: list[Session], number: int, lists: Lists) -> None:
    """Every row about participant *number* of cohort *spec*."""
    p = pid(number)
    plan = SCENARIOS.get(p, DEFAULT)
    enrolled = plan.enrolled_on or between(rng, spec.starts_on - dt.timedelta(days=10), spec.starts_on)
    fake = ("Participante " + p[1:], "XXXX000000XXXXXX00", "0000000000")
    lists.add("participants", p, spec.centre_id, spec.id, iso(enrolled), iso(plan.withdrawn_on), *fake)
    for row in attendance(rng, sessions, plan, max(enrolled, spec.starts_on)):
        lists.add("attendance", p, *row)
    if plan.entrada:
        first = max(enrolled, spec.starts_on)
        lists.add("instruments", p, "entrada", iso(between(rng, first, spec.starts_on + dt.timedelta(days=4))))
    finished = spec.ends_on <= AS_OF and plan.withdrawn_on is None
    if plan.salida and finished:
        last = sessions[-1].day
        day = between(rng, last, min(spec.ends_on, last + dt.timedelta(days=12)))
        lists.add("instruments", p, "salida", iso(day))
    running = spec.ends_on > AS_OF
    if plan.follow_up and (not running or rng.random() < 0.6):
        first, last = spec.starts_on + dt.timedelta(days=14), plan.withdrawn_on or AS_OF
        count = 1 if plan.withdrawn_on is not None else rng.randint(1, 3)
        for day in sorted({between(rng, first, last) for _ in range(count)}):
            lists.add("follow_up", p, iso(day), rng.choice(FOLLOW_UP_KINDS))
    for module, source in plan.completions:
        last = module_days(sessions, module)[-1]
        lists.add("completions", p, module, iso(between(rng, last, last + dt.timedelta(days=7))), source)
    if plan is DEFAULT and finished and rng.random() < 0.15:
        module = rng.choice(MODULES)
        days = module_days(sessions, module)
        day = between(rng, days[0], days[-1])
        lists.add("completions", p, COMPLEMENTARY_COURSES[module], iso(day), "edapp")


def build() -> Lists:
    """Every list of the cohort, rows sorted."""
    rng = random.Random(SEED)  # noqa: S311 -- synthetic data, not security: a seeded generator is the point
    lists = Lists()
    sessions = {spec.id: held(rng, spec) for spec in COHORTS}
    for spec in COHORTS:
        lists.add("cohorts", spec.id, spec.centre_id, iso(spec.starts_on), iso(spec.ends_on))
        for number in range(spec.first, spec.last + 1):
            participant(rng, spec, sessions[spec.id], number, lists)
    for rows in lists.rows.values():
        rows.sort(key=lambda row: tuple("" if v is None else str(v) for v in row))
    return lists


def cell_text(value: str | float | None) -> str:
    """A value as a CSV cell: ``2`` and ``1.5`` for hours, empty for None."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return value


def write_csv(folder: Path, lists: Lists) -> None:
    """Write one UTF-8 CSV (no BOM, LF line ends) per list into *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, columns in COLUMNS.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="\n") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([cell_text(v) for v in row] for row in lists.rows[name])


def cell_value(value: str | float | None) -> str | float | int | None:
    """A value as a workbook cell: dates stay ISO text, whole hours are integers."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write_xlsx(path: Path, lists: Lists) -> None:
    """Write the lists as one workbook, one sheet per list, with fixed timestamps."""
    workbook = openpyxl.Workbook()
    first = workbook.active
    if first is not None:
        workbook.remove(first)
    for name, columns in COLUMNS.items():
        sheet = workbook.create_sheet(name)
        sheet.append(list(columns))
        for row in lists.rows[name]:
            sheet.append([cell_value(v) for v in row])
    workbook.properties.creator = "examples/make_crea_2024.py"
    workbook.properties.created = FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(fixed_zip(buffer.getvalue()))


def fixed_zip(data: bytes) -> bytes:
    """The workbook *data* with its save time and the zip entries' times fixed."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", content.decode()
                )
                content = text.encode()
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, content)
    return out.getvalue()


def main() -> None:
    """Write the cohort folder and the workbook."""
    lists = build()
    write_csv(FOLDER, lists)
    write_xlsx(WORKBOOK, lists)
    counts = ", ".join(f"{name}: {len(rows)}" for name, rows in lists.rows.items())
    print(f"{FOLDER.relative_to(HERE.parent)} ({counts})")
    print(WORKBOOK.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
