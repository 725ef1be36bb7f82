"""
Mentoring sessions and the checks on them, every problem with its file and line.

A session is the rows of mentoring.csv that share a mentor, a date and a
topic: one mentor may meet several mentees at once.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

import attrs
import pendulum

from sce_method._core import Message, Problem, as_date, message
from sce_method.graduation import HasGraduation, evaluate_criterion
from sce_method.mentoring._policy import MentoringPolicy
from sce_method.participants import Assignment, Cohort, MentoringEntry, MentorTraining


class HasMentoring(HasGraduation, Protocol):
    """A methodology with a mentoring policy (a `Methodology` is one)."""

    @property
    def mentoring(self) -> MentoringPolicy | None:
        """The mentoring policy."""


@attrs.frozen(kw_only=True)
class MentoringSession:
    """One mentoring session: a mentor, a date, the mentees who came, the hours, the topic."""

    mentor_id: str
    session_date: pendulum.Date
    mentees: tuple[str, ...]
    hours: float
    topic: str | None = None
    file: str | None = attrs.field(default=None, eq=False, repr=False)
    line: int | None = attrs.field(default=None, eq=False, repr=False)


def sessions_of(entries: Iterable[MentoringEntry]) -> tuple[MentoringSession, ...]:
    """Group mentoring.csv rows into sessions (same mentor, date and topic), in date order."""
    grouped: dict[tuple[str, pendulum.Date, str], list[MentoringEntry]] = defaultdict(list)
    for entry in entries:
        grouped[(entry.mentor_id, entry.session_date, entry.topic or "")].append(entry)
    return tuple(
        MentoringSession(
            mentor_id=mentor,
            session_date=day,
            mentees=tuple(dict.fromkeys(e.mentee_id for e in rows)),
            hours=max(e.hours for e in rows),
            topic=topic or None,
            file=rows[0].file,
            line=rows[0].line,
        )
        for (mentor, day, topic), rows in sorted(grouped.items(), key=lambda kv: (kv[0][1], kv[0][0], kv[0][2]))
    )


def trained_on(cohort: Cohort) -> dict[str, pendulum.Date]:
    """Each trained mentor's training date."""
    return {t.participant_id: t.trained_on for t in cohort.mentor_trainings}


@attrs.frozen(kw_only=True)
class Mentor:
    """
    A trained mentor on a date: her centre, her training, and whether she may mentor.

    *reason* says why she may not (trained later, withdrawn, or the policy's
    prerequisite not met); it is None when she is eligible.
    """

    participant_id: str
    centre_id: str
    trained_on: pendulum.Date
    eligible: bool
    reason: Message | None = None


def mentors(methodology: HasMentoring, cohort: Cohort, as_of: dt.date | str) -> tuple[Mentor, ...]:
    """Every participant of mentors.csv as a `Mentor` on *as_of*, in id order."""
    as_of = as_date(as_of)
    policy = methodology.mentoring
    found: list[Mentor] = []
    for training in sorted(cohort.mentor_trainings, key=lambda t: t.participant_id):
        participant = cohort.participant(training.participant_id)
        reason: Message | None = None
        if training.trained_on > as_of:
            reason = message("mentoring.not_yet_trained", trained=training.trained_on)
        elif participant.enrollment.withdrawn_by(as_of):
            reason = message("mentoring.withdrawn")
        elif policy is not None and policy.prerequisite is not None:
            result = evaluate_criterion(methodology, policy.prerequisite, cohort.record(participant.id), as_of)
            if not result.passed:
                reason = message("mentoring.prerequisite", detail=result.message)
        found.append(
            Mentor(
                participant_id=participant.id,
                centre_id=participant.centre_id,
                trained_on=training.trained_on,
                eligible=reason is None,
                reason=reason,
            )
        )
    return tuple(found)


def eligible_mentors(methodology: HasMentoring, cohort: Cohort, as_of: dt.date | str) -> dict[str, MentorTraining]:
    """Mentors trained by *as_of* who are not withdrawn and meet the policy's prerequisite, by id."""
    may = {m.participant_id for m in mentors(methodology, cohort, as_of) if m.eligible}
    return {t.participant_id: t for t in cohort.mentor_trainings if t.participant_id in may}


def _at(row: MentoringEntry | Assignment | MentoringSession, path: tuple[str, ...], said: Message) -> Problem:
    return Problem(path=path, message=said, file=row.file, line=row.line)


def _session_problems(cohort: Cohort, policy: MentoringPolicy | None) -> list[Problem]:
    centre = {p.id: p.centre_id for p in cohort.participants}
    trained = trained_on(cohort)
    problems: list[Problem] = []
    for entry in cohort.mentoring:
        if entry.mentor_id == entry.mentee_id:
            problems.append(_at(entry, ("mentee_id",), message("mentoring.self")))
        when = trained.get(entry.mentor_id)
        if when is None or when > entry.session_date:
            said = message("mentoring.untrained", date=entry.session_date, trained=when or "—")
            problems.append(_at(entry, ("mentor_id",), said))
        if policy is not None and policy.same_centre and centre.get(entry.mentor_id) != centre.get(entry.mentee_id):
            problems.append(_at(entry, ("mentee_id",), message("mentoring.other_centre")))
    return problems


def _assignment_problems(cohort: Cohort, policy: MentoringPolicy | None) -> list[Problem]:
    centre = {p.id: p.centre_id for p in cohort.participants}
    problems: list[Problem] = []
    for assignment in cohort.assignments:
        if assignment.mentor_id == assignment.mentee_id:
            problems.append(_at(assignment, ("mentee_id",), message("mentoring.self")))
        different = centre.get(assignment.mentor_id) != centre.get(assignment.mentee_id)
        if policy is not None and policy.same_centre and different:
            problems.append(_at(assignment, ("mentee_id",), message("mentoring.other_centre")))
        if policy is not None and policy.max_mentees is not None:
            load = sum(
                1
                for a in cohort.assignments
                if a.mentor_id == assignment.mentor_id and a.active_on(assignment.starts_on)
            )
            if load > policy.max_mentees:
                said = message("mentoring.over_capacity", count=load, limit=policy.max_mentees)
                problems.append(_at(assignment, ("mentor_id",), said))
    for items in _by_mentee(cohort.assignments).values():
        for first, second in itertools.combinations(items, 2):
            if first.mentor_id != second.mentor_id and first.overlaps(second):
                said = message("mentoring.overlap", first_line=first.line or "?")
                problems.append(_at(second, ("mentor_id",), said))
    return problems


def _by_mentee(assignments: Iterable[Assignment]) -> dict[str, list[Assignment]]:
    grouped: dict[str, list[Assignment]] = defaultdict(list)
    for assignment in assignments:
        grouped[assignment.mentee_id].append(assignment)
    return grouped


def _period_problems(cohort: Cohort) -> list[Problem]:
    """With assignments.csv, every session must fall in an assignment of that mentor to that mentee."""
    if not cohort.assignments:
        return []
    by_mentee = _by_mentee(cohort.assignments)
    return [
        _at(entry, ("session_date",), message("mentoring.outside_assignment"))
        for entry in cohort.mentoring
        if not any(
            a.active_on(entry.session_date)
            for a in by_mentee.get(entry.mentee_id, [])
            if a.mentor_id == entry.mentor_id
        )
    ]


def validate_mentoring(methodology: HasMentoring, cohort: Cohort) -> list[Problem]:
    """
    Every problem of a cohort's mentoring records, in file order.

    Self-mentoring; a session led by someone not yet trained on its date;
    a mentor over capacity on an assignment's start; mentor and mentee at
    different centres (when the policy asks for the same centre); a session
    outside the mentee's assignment period; one mentee assigned to two mentors
    at once.
    """
    policy = methodology.mentoring
    problems = _session_problems(cohort, policy) + _assignment_problems(cohort, policy) + _period_problems(cohort)
    return sorted(problems, key=lambda p: (p.file or "", p.line or 0))
