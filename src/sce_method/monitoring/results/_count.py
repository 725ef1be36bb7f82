"""
`count`: one computation applied to a cohort folder's records, with what it counted and what it left out, and why.

Every record the computation looks at is either counted (with a detail: the
day she graduated, the hours that earned a certificate) or excluded (with the
reason: another centre, a cohort that ended before the period, hours short).
A list the computation needs that the folder does not have makes the figure
unknown (None, the list named), never zero.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Protocol

import attrs
import pendulum

from sce_method._core import Lang, Message, label, message
from sce_method.curriculum import StaffTraining
from sce_method.graduation import HasGraduation, evaluate
from sce_method.monitoring.results._computation import (
    Computation,
    CountCentres,
    CountCertified,
    CountGraduations,
    CountMentors,
    CountParticipants,
    CountStaff,
    SumTrainingHours,
    lists_needed,
)
from sce_method.participants import Cohort, ParticipantRecord, TrainingSession


class HasRecords(HasGraduation, Protocol):
    """What counting needs of a methodology: graduation rules, a curriculum and staff trainings (a `Methodology`)."""

    @property
    def staff_trainings(self) -> tuple[StaffTraining, ...]:
        """The staff trainings."""


@attrs.frozen(kw_only=True)
class Tally:
    """One record the computation looked at: its id, and why it was counted (the detail) or left out (the reason)."""

    id: str
    said: Message


@attrs.frozen
class Labelled:
    """An enum member shown by its label in the language asked for (a message parameter)."""

    member: enum.Enum

    def show(self, lang: Lang) -> str:
        """The member's label in *lang*."""
        return label(self.member, lang)


@attrs.define
class _Tallies:
    """The records counted and those excluded, as a counter goes through them."""

    counted: list[Tally] = attrs.field(factory=list)
    excluded: list[Tally] = attrs.field(factory=list)

    def add(self, ident: str, said: Message, reason: Message | None) -> None:
        """Count *ident* with its detail *said*, or exclude it for *reason*."""
        if reason is None:
            self.counted.append(Tally(id=ident, said=said))
        else:
            self.excluded.append(Tally(id=ident, said=reason))


@attrs.frozen(kw_only=True)
class Count:
    """
    A figure computed from a cohort: its value, the records counted and those excluded.

    *value* is None when a list it needs is absent (*missing* names them).
    """

    value: float | None
    counted: tuple[Tally, ...] = ()
    excluded: tuple[Tally, ...] = ()
    missing: tuple[str, ...] = ()


def count(methodology: HasRecords, computation: Computation, cohort: Cohort, as_of: pendulum.Date | None) -> Count:
    """
    Apply *computation* to *cohort*, counting records dated up to its period's end (and *as_of*, when given).

    Args:
        methodology: the rules that decide a participant's status, and the staff trainings.
        computation: what to count.
        cohort: the records.
        as_of: the last day to look at; None: the computation's own end, or the cohort's latest record.
    """
    missing = tuple(name for name in lists_needed(computation) if not cohort.has(name))
    if missing:
        return Count(value=None, missing=missing)
    out = _Tallies()
    c, end = computation, _end(computation, cohort, as_of)
    total: float | None = None
    if isinstance(c, CountParticipants):
        _participants(methodology, c, cohort, end, out)
    elif isinstance(c, CountGraduations):
        _graduations(c, cohort, end, out)
    elif isinstance(c, CountStaff):
        _staff(c, cohort, out)
    elif isinstance(c, CountCertified):
        _certified(c, _training(methodology, c.training), cohort, end, out)
    elif isinstance(c, SumTrainingHours):
        total = _training_hours(c, cohort, end, out)
    elif isinstance(c, CountMentors):
        _mentors(c, cohort, end, out)
    else:
        _centres(c, cohort, end, out)
    value = float(len(out.counted)) if total is None else total
    return Count(value=value, counted=tuple(out.counted), excluded=tuple(out.excluded))


def _end(computation: Computation, cohort: Cohort, as_of: pendulum.Date | None) -> pendulum.Date:
    ends_on = getattr(computation, "ends_on", None)
    ends = [d for d in (ends_on, as_of) if d is not None]
    return min(ends) if ends else latest(cohort)


def latest(cohort: Cohort) -> pendulum.Date:
    """The latest day any of the cohort's records gives (the 1st of January 2000 when there is none)."""
    days: list[pendulum.Date] = [p.enrollment.enrolled_on for p in cohort.participants]
    days += [a.session_date for a in cohort.attendance] + [g.graduated_on for g in cohort.graduations]
    days += [s.session_date for s in cohort.staff_training] + [m.trained_on for m in cohort.mentor_trainings]
    days += [f.recorded_on for f in cohort.follow_ups] + [p.ends_on for p in cohort.periods]
    return max(days, default=pendulum.Date(2000, 1, 1))


def outside(record: ParticipantRecord, start: pendulum.Date | None, end: pendulum.Date) -> Message | None:
    """
    Why a participant was not in the period from *start* to *end*; None when she was.

    She was if she enrolled by its end, did not withdraw before its start, and
    her cohort (when cohorts.csv dates it) ran on some day of it.
    """
    enrollment, period = record.participant.enrollment, record.period
    if enrollment.enrolled_on > end:
        return message("results.excluded.enrolled_after", on=enrollment.enrolled_on)
    if start is not None and enrollment.withdrawn_on is not None and enrollment.withdrawn_on < start:
        return message("results.excluded.withdrew_before", on=enrollment.withdrawn_on)
    if period is not None and start is not None and period.ends_on < start:
        return message("results.excluded.cohort_ended", cohort=period.id, on=period.ends_on)
    if period is not None and period.starts_on > end:
        return message("results.excluded.cohort_starts", cohort=period.id, on=period.starts_on)
    return None


def _elsewhere(centres: tuple[str, ...], centre: str | None, unit: str | None = None) -> Message | None:
    """Why a record at *centre* (or in *unit*, with no centre) is not at one of *centres*; None when it is."""
    if not centres or centre in centres:
        return None
    if centre is None:
        return message("results.excluded.in_a_unit", unit=unit or "-")
    return message("results.excluded.other_centre", centre=centre)


def _participants(m: HasRecords, c: CountParticipants, cohort: Cohort, end: pendulum.Date, out: _Tallies) -> None:
    for record in cohort.records():
        reason = _elsewhere(c.centres, record.participant.centre_id) or outside(record, c.starts_on, end)
        if reason is None and c.statuses:
            status = evaluate(m, record, end).status
            if status not in c.statuses:
                reason = message("results.excluded.status", status=Labelled(status), on=end)
        if reason is None:
            reason = next((_no_record(name) for name in c.with_records if not _has_record(record, name, c, end)), None)
        said = message("results.counted.participant", centre=record.participant.centre_id)
        out.add(record.id, said, reason)


def _no_record(name: str) -> Message:
    return message("results.excluded.no_record", list=name)


def _has_record(record: ParticipantRecord, name: str, c: CountParticipants, end: pendulum.Date) -> bool:
    days: Iterable[pendulum.Date] = {
        "attendance": (a.session_date for a in record.attendance),
        "completions": (x.completed_on for x in record.completions),
        "instruments": (s.submitted_on for s in record.submissions),
        "follow_up": (f.recorded_on for f in record.follow_ups),
    }[name]
    return any((c.starts_on is None or c.starts_on <= day) and day <= end for day in days)


def _within(day: pendulum.Date, start: pendulum.Date | None, end: pendulum.Date) -> Message | None:
    if start is not None and day < start:
        return message("results.excluded.before", on=day)
    if day > end:
        return message("results.excluded.after", on=day)
    return None


def _graduations(c: CountGraduations, cohort: Cohort, end: pendulum.Date, out: _Tallies) -> None:
    for g in cohort.graduations:
        centre = cohort.participant(g.participant_id).centre_id
        reason = _elsewhere(c.centres, centre) or _within(g.graduated_on, c.starts_on, end)
        if reason is None and c.events and g.event_id not in c.events:
            reason = message("results.excluded.other_event", event=g.event_id or "-")
        said = message("results.counted.graduation", on=g.graduated_on, centre=centre, event=g.event_id or "-")
        out.add(g.participant_id, said, reason)


def _staff(c: CountStaff, cohort: Cohort, out: _Tallies) -> None:
    for person in cohort.staff:
        reason = _elsewhere(c.centres, person.centre_id, person.unit)
        if reason is None and c.roles and person.role not in c.roles:
            reason = message("results.excluded.role", role=Labelled(person.role))
        said = message(
            "results.counted.staff", role=Labelled(person.role), centre=person.centre_id or person.unit or "-"
        )
        out.add(person.id, said, reason)


def _training(m: HasRecords, ident: str) -> StaffTraining:
    return next(t for t in m.staff_trainings if t.id == ident)  # the methodology checked the id when it loaded


def _certified(c: CountCertified, training: StaffTraining, cohort: Cohort, end: pendulum.Date, out: _Tallies) -> None:
    sessions: dict[str, list[TrainingSession]] = {}
    for session in cohort.staff_training:
        if session.training_id == training.id and session.session_date <= end:
            sessions.setdefault(session.person_id, []).append(session)
    for person in cohort.staff:
        taken = sessions.get(person.id, [])
        total = sum(s.hours for s in taken)
        day = training.certified_on(taken)
        reason = _elsewhere(c.centres, person.centre_id, person.unit)
        if reason is None and c.roles and person.role not in c.roles:
            reason = message("results.excluded.role", role=Labelled(person.role))
        if reason is None and day is None:
            reason = message("results.excluded.hours_short", hours=total, required=training.hours)
        if reason is None and day is not None:
            reason = _within(day, c.starts_on, end)
        said = message("results.counted.certified", on=day, hours=total, required=training.hours)
        out.add(person.id, said, reason)


def _training_hours(c: SumTrainingHours, cohort: Cohort, end: pendulum.Date, out: _Tallies) -> float:
    by_day: dict[pendulum.Date, float] = {}
    for session in cohort.staff_training:
        if session.training_id == c.training:
            by_day[session.session_date] = max(by_day.get(session.session_date, 0.0), session.hours)
    total = 0.0
    for day, hours in sorted(by_day.items()):
        reason = _within(day, c.starts_on, end)
        if reason is None:
            total += hours
        out.add(day.isoformat(), message("results.counted.session", hours=hours), reason)
    return total


def _mentors(c: CountMentors, cohort: Cohort, end: pendulum.Date, out: _Tallies) -> None:
    for trained in cohort.mentor_trainings:
        centre = cohort.participant(trained.participant_id).centre_id
        reason = _elsewhere(c.centres, centre) or _within(trained.trained_on, c.starts_on, end)
        said = message("results.counted.mentor", on=trained.trained_on, centre=centre)
        out.add(trained.participant_id, said, reason)


def _centres(c: CountCentres, cohort: Cohort, end: pendulum.Date, out: _Tallies) -> None:
    first: dict[str, pendulum.Date] = {}
    active: dict[str, int] = {}
    for record in cohort.records():
        centre = record.participant.centre_id
        began = record.period.starts_on if record.period is not None else record.participant.enrollment.enrolled_on
        first[centre] = min(first.get(centre, began), began)
        if outside(record, c.starts_on, end) is None:
            active[centre] = active.get(centre, 0) + 1
    for centre in sorted(first):
        reason = _elsewhere(c.centres, centre)
        if reason is None and centre not in active:
            reason = message("results.excluded.no_participants")
        if reason is None and c.new_since is not None and first[centre] < c.new_since:
            reason = message("results.excluded.began_before", on=first[centre])
        said = message("results.counted.centre", participants=active.get(centre, 0), since=first[centre])
        out.add(centre, said, reason)
