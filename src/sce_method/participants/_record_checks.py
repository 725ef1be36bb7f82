"""
The rules between lists that graduations.csv and staff.csv must keep, each a list's `ListSpec.check`.

A graduation must fall on or after the day she enrolled, once her cohort has
ended, before any withdrawal, and on or before the event that recognised it,
which must be a graduation ceremony. A person of staff.csv who is also a
participant must be at the same centre in both lists. A row breaking one of
these is reported at its cell and not used (``errors="keep"`` leaves it out of
the cohort, as it leaves out a row with a bad cell).

Each check is made by a factory that is given the specs it reads, so that this
module needs no spec of its own and ``_lists.py`` stays the one place the
lists are declared.
"""

from __future__ import annotations

from collections.abc import Callable

from sce_method._core import Message, message
from sce_method.participants._graduations import EventKind, EventRecord, GraduationRecord
from sce_method.participants._model import CohortPeriod, Participant
from sce_method.participants._spec import ListRead, ListSpec, Reading
from sce_method.participants._staff import StaffMember


def graduations_check(
    participants: ListSpec[Participant],
    cohorts: ListSpec[CohortPeriod],
    events: ListSpec[EventRecord],
    layout: tuple[str, ...],
) -> Callable[[ListRead[GraduationRecord], Reading], None]:
    """The check of graduations.csv (whose columns are *layout*) against participants, cohorts and events."""

    def check(read: ListRead[GraduationRecord], reading: Reading) -> None:
        people = {p.id: p for p in reading.read_of(participants).records}
        periods = {(c.id, c.centre_id): c for c in reading.read_of(cohorts).records}
        held = {e.id: e for e in reading.read_of(events).records}
        kept: list[GraduationRecord] = []
        for record in read.records:
            person = people[record.participant_id]
            period = periods.get((person.cohort_id, person.centre_id))
            event = held.get(record.event_id) if record.event_id is not None else None
            found = _graduation_problems(record, person, period, event)
            for column, said in found:
                position = layout.index(column) + 1
                reading.report(read.file, record.line, position, (column,), said)
            if not found:
                kept.append(record)
        read.records[:] = kept

    return check


def _graduation_problems(
    record: GraduationRecord, person: Participant, period: CohortPeriod | None, event: EventRecord | None
) -> list[tuple[str, Message]]:
    day = record.graduated_on
    found: list[tuple[str, Message]] = []
    if day < person.enrollment.enrolled_on:
        found.append(
            ("graduated_on", message("participants.graduation.before_enrolment", on=day,
                                     enrolled_on=person.enrollment.enrolled_on))
        )  # fmt: skip
    if period is not None and day < period.ends_on:
        found.append(
            ("graduated_on", message("participants.graduation.before_cohort_end", on=day, ends_on=period.ends_on))
        )
    if person.enrollment.withdrawn_by(day):
        found.append(
            ("graduated_on", message("participants.graduation.after_withdrawal", on=day,
                                     withdrawn_on=person.enrollment.withdrawn_on))
        )  # fmt: skip
    if event is not None and event.date < day:
        found.append(("event_id", message("participants.graduation.event_before", on=day, event_on=event.date)))
    if event is not None and event.kind is not EventKind.GRADUATION_CEREMONY:
        found.append(("event_id", message("participants.graduation.not_a_ceremony", kind=event.kind.value)))
    return found


def staff_check(
    participants: ListSpec[Participant], layout: tuple[str, ...]
) -> Callable[[ListRead[StaffMember], Reading], None]:
    """
    The check of staff.csv against participants.csv: one id, one person, at one centre.

    The same id in both lists names one person: the seed's facilitators took the
    participants' sessions at their own centre (§VI), which is allowed. An id
    that is a participant at one centre and staff at another is refused: it
    more likely names two people, and joining them would put a participant's
    record (a survivor of violence, at a CJM) under a staff member's name.
    """

    def check(read: ListRead[StaffMember], reading: Reading) -> None:
        people = {p.id: p for p in reading.read_of(participants).records}
        kept: list[StaffMember] = []
        for member in read.records:
            person = people.get(member.id)
            if person is not None and member.centre_id is not None and member.centre_id != person.centre_id:
                said = message(
                    "participants.staff.other_centre", centre=member.centre_id, as_participant=person.centre_id
                )
                reading.report(read.file, member.line, layout.index("centre_id") + 1, ("centre_id",), said)
                continue
            kept.append(member)
        read.records[:] = kept

    return check
