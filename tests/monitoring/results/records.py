"""
A small cohort folder with every list, written inline, and computations to count over it.

Participants: P1 (CREA, graduated at the ceremony of 2024-10-17, a mentor),
P2 (CREA, withdrew in July 2024), P3 (CJM Guadalajara, graduated at the
ceremony), P4 (CREA, a 2023 cohort, graduated in June 2023, a mentor), P5
(enrolled in a 2025 cohort). Staff: F1 (CJM Guadalajara facilitator, the 34 h
transfer), F2 (CREA facilitator, 4 h of EdApp advice), O1 and O2 (officials,
20 h and 12 h of their training). The agreement's period is 2024-06-03 to
2024-11-30.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final, TypeVar

import pendulum

import sce_method
from sce_method import Provenance
from sce_method.monitoring.results import Computation
from sce_method.participants import Cohort, read_cohort
from tests.participants.lists import write_lists

C = TypeVar("C", bound=Computation)

ASSUMED: Final = Provenance.assume("Supuesto de prueba.", "Test assumption.")
START: Final = pendulum.Date(2024, 6, 3)
END: Final = pendulum.Date(2024, 11, 30)
MODULES: Final = (
    "alfabetizacion-digital",
    "desarrollo-humano",
    "educacion-financiera",
    "formacion-para-el-empleo",
    "habilidades-para-el-emprendimiento",
)


def _attendance(pid: str, month: str) -> str:
    return "".join(f"{pid},{m},{month}-{10 + i:02d},12\n" for i, m in enumerate(MODULES))


LISTS: Final = {
    "participants": (
        "participant_id,centre_id,cohort_id,enrolled_on,withdrawn_on\n"
        "P1,crea,c1,2024-06-10,\n"
        "P2,crea,c1,2024-06-10,2024-07-01\n"
        "P3,cjm-guadalajara,g1,2024-06-17,\n"
        "P4,crea,old,2023-02-06,\n"
        "P5,crea,c2,2024-11-18,\n"
    ),
    "cohorts": (
        "cohort_id,centre_id,starts_on,ends_on\n"
        "c1,crea,2024-06-10,2024-10-11\n"
        "g1,cjm-guadalajara,2024-06-17,2024-10-11\n"
        "old,crea,2023-02-06,2023-06-16\n"
        "c2,crea,2025-01-13,2025-05-30\n"
    ),
    "attendance": "participant_id,module_id,session_date,hours\n"
    + _attendance("P1", "2024-07")
    + _attendance("P3", "2024-07")
    + _attendance("P4", "2023-03"),
    "instruments": "participant_id,instrument_id,submitted_on\n"
    + "".join(
        f"{p},entrada,{d}-01\n{p},salida,{d}-28\n" for p, d in (("P1", "2024-07"), ("P3", "2024-07"), ("P4", "2023-03"))
    ),
    "follow_up": "participant_id,recorded_on\nP1,2024-08-01\nP3,2024-08-01\nP4,2023-04-01\n",
    "mentors": "participant_id,trained_on\nP1,2024-11-08\nP4,2023-07-20\n",
    "events": "event_id,date,kind\nceremonia,2024-10-17,ceremonia-de-graduacion\n",
    "graduations": (
        "participant_id,graduated_on,event_id\nP1,2024-10-17,ceremonia\nP3,2024-10-17,ceremonia\nP4,2023-06-23,\n"
    ),
    "staff": (
        "person_id,role,centre_id,unit\n"
        "F1,facilitadora,cjm-guadalajara,\n"
        "F2,facilitadora,crea,\n"
        "O1,funcionaria,,Nodos CDM\n"
        "O2,funcionaria,,Nodos CDM\n"
    ),
    "staff_training": "person_id,training_id,session_date,hours\n"
    + "".join(f"F1,transferencia-metodologica-facilitadoras,2024-07-{i + 1:02d},4\n" for i in range(8))
    + "F1,transferencia-metodologica-facilitadoras,2024-08-01,2\n"
    + "F2,asesoria-edapp,2024-07-05,4\n"
    + "".join(f"O1,capacitacion-funcionariado,2024-09-{d:02d},4\n" for d in (2, 4, 9, 11, 13))
    + "".join(f"O2,capacitacion-funcionariado,2024-09-{d:02d},4\n" for d in (2, 4, 9)),
}
"""Every list of the small folder, by name."""


def folder(tmp_path: Path, *, without: tuple[str, ...] = ()) -> Path:
    """The small folder written under *tmp_path*, leaving out the lists named in *without*."""
    return write_lists(tmp_path, **{k: v for k, v in LISTS.items() if k not in without})


def cohort(tmp_path: Path, *, without: tuple[str, ...] = ()) -> Cohort:
    """The small folder, read with the bundled methodology."""
    return read_cohort(folder(tmp_path, without=without), sce_method.load())


def computation(kind: type[C], **fields: Any) -> C:
    """A computation of *kind* with *fields*, each assumed, in the agreement's period unless given."""
    if "starts_on" in attrs_fields(kind):
        fields = {"starts_on": START, "ends_on": END, **fields}
    given = {k: v for k, v in fields.items() if v not in (None, ())}
    return kind(**fields, provenance=ASSUMED, field_provenance=dict.fromkeys(given, ASSUMED))


def attrs_fields(kind: type[Any]) -> set[str]:
    """The names of *kind*'s fields."""
    import attrs  # noqa: PLC0415 -- only this helper needs it

    return {f.name for f in attrs.fields(kind)}
