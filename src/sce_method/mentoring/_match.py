"""
Matching mentees to mentors: deterministic, within capacity, same centre, load balanced.

The algorithm, in full: take the mentors eligible on the date (trained by then,
not withdrawn, meeting the policy's prerequisite). Keep every assignment
active on the date (unless asked to rebalance) and count each mentor's load
from them. Then take, in participant-id order, each active participant who is
neither a mentor nor already assigned, and give her to the mentor of her
centre (when the policy asks for the same centre) with the lowest load, ties
broken by mentor id, skipping mentors at capacity. Whoever cannot be placed is
listed with the reason. Same input, same output.

Nothing recorded is lost: assignments not active on the date (ended, or yet
to start) are carried over as they are, and with a rebalance an assignment
active on the date is closed the day before (or, if it starts that day,
replaced), so the sessions held under it still fall in its period.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Final, TypedDict

import attrs
import pendulum

from sce_method._core import (
    DEFAULT_LANG,
    Column,
    Lang,
    LoadError,
    Message,
    NoMentoringPolicyError,
    Problem,
    TabularReport,
    as_date,
    message,
    sized,
)
from sce_method.mentoring._policy import MentoringPolicy
from sce_method.mentoring._validate import HasMentoring, eligible_mentors
from sce_method.participants import Assignment, Cohort


class AssignmentRow(TypedDict):
    """One assignment as a row of `MatchResult.rows`: a row of assignments.csv."""

    mentor_id: str
    mentee_id: str
    starts_on: str
    """ISO date."""
    ends_on: str | None
    """ISO date; None while the assignment is open (a blank cell in the CSV)."""


ASSIGNMENT_COLUMNS: Final = tuple(AssignmentRow.__annotations__)
"""The columns of assignments.csv, in the order `MatchResult.to_csv` writes them."""

_FRAME: Final = (
    Column("mentor_id", "category"),
    Column("mentee_id", "str"),
    Column("starts_on", "date"),
    Column("ends_on", "date"),
)


@attrs.frozen(kw_only=True)
class Unassigned:
    """A participant no mentor could take, and why."""

    participant_id: str
    reason: Message


@attrs.frozen(kw_only=True)
class MatchResult(TabularReport[AssignmentRow]):
    """
    Every assignment after matching (carried over, kept and new), the new ones, and who is left.

    *assignments* is what assignments.csv should hold afterwards: the earlier
    rows (those active on the date closed the day before, with a rebalance)
    and the new ones, by mentee, start and mentor. ``rows()`` gives them as
    `AssignmentRow` s, ``to_csv()`` as the text of assignments.csv (a header,
    then one row each, ISO dates, Unix line ends, an open assignment with an
    empty ``ends_on``), and ``write_csv(path)`` writes that file all at once.
    Put in the cohort folder, the file reads back as the same assignments.
    """

    csv_columns = ASSIGNMENT_COLUMNS
    frame_columns = _FRAME

    as_of: pendulum.Date
    assignments: tuple[Assignment, ...] = attrs.field(repr=sized)
    new: tuple[Assignment, ...] = attrs.field(repr=sized)
    unassigned: tuple[Unassigned, ...] = attrs.field(repr=sized)

    def load(self) -> dict[str, int]:
        """Mentees per mentor, over every assignment active on the date."""
        return dict(Counter(a.mentor_id for a in self.assignments if a.active_on(self.as_of)))

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[AssignmentRow]:  # noqa: ARG002 -- ids and dates: no language
        """Every assignment as an `AssignmentRow`, in the order of `assignments`."""
        return [
            {
                "mentor_id": a.mentor_id,
                "mentee_id": a.mentee_id,
                "starts_on": a.starts_on.isoformat(),
                "ends_on": a.ends_on.isoformat() if a.ends_on else None,
            }
            for a in self.assignments
        ]


def latest_date(cohort: Cohort) -> pendulum.Date:
    """
    The latest date any list of the cohort mentions: the default, deterministic, evaluation date.

    Raises:
        LoadError: the lists hold no date at all (no participant, no row).
    """
    days = [p.enrollment.enrolled_on for p in cohort.participants]
    days += [p.ends_on for p in cohort.periods]
    days += [m.session_date for m in cohort.mentoring] + [t.trained_on for t in cohort.mentor_trainings]
    days += [a.starts_on for a in cohort.assignments]
    if not days:
        raise LoadError([Problem(message=message("mentoring.no_dates"), file=cohort.source)])
    return max(days)


def policy_and_day(
    methodology: HasMentoring, cohort: Cohort, as_of: dt.date | str | None
) -> tuple[MentoringPolicy, pendulum.Date]:
    """
    The methodology's mentoring policy, and *as_of* as a date (by default the cohort's `latest_date`).

    Raises:
        NoMentoringPolicyError: the methodology has no mentoring policy.
        LoadError: no *as_of* was given and the lists hold no date.
    """
    policy = methodology.mentoring
    if policy is None:
        raise NoMentoringPolicyError
    return policy, as_date(as_of) if as_of is not None else latest_date(cohort)


def assign(
    methodology: HasMentoring, cohort: Cohort, as_of: dt.date | str | None = None, *, rebalance: bool = False
) -> MatchResult:
    """
    Propose a mentor for every participant who has none (see the module docstring).

    Raises:
        NoMentoringPolicyError: the methodology has no mentoring policy.
        LoadError: no *as_of* was given and the lists hold no date.
    """
    policy, day = policy_and_day(methodology, cohort, as_of)
    if policy.max_mentees is None:
        raise NoMentoringPolicyError(message("mentoring.no_capacity"))
    capacity = policy.max_mentees
    mentors = sorted(eligible_mentors(methodology, cohort, day))
    centre = {p.id: p.centre_id for p in cohort.participants}
    active = [a for a in cohort.assignments if a.active_on(day)]
    others = [a for a in cohort.assignments if not a.active_on(day)]
    if rebalance:
        others += [attrs.evolve(a, ends_on=day.subtract(days=1)) for a in active if a.starts_on < day]
    kept = [] if rebalance else active
    load = Counter(a.mentor_id for a in kept)
    assigned = {a.mentee_id for a in kept}
    new: list[Assignment] = []
    unassigned: list[Unassigned] = []
    for participant in sorted(cohort.participants, key=lambda p: p.id):
        pid = participant.id
        if pid in assigned or pid in mentors or participant.enrollment.withdrawn_by(day):
            continue
        here = [m for m in mentors if m != pid and (not policy.same_centre or centre[m] == centre[pid])]
        free = [m for m in here if load[m] < capacity]
        if not free:
            reason = message("mentoring.none_at_centre" if not here else "mentoring.all_full", centre=centre[pid])
            unassigned.append(Unassigned(participant_id=pid, reason=reason))
            continue
        mentor = min(free, key=lambda m: (load[m], m))
        load[mentor] += 1
        new.append(Assignment(mentor_id=mentor, mentee_id=pid, starts_on=day))
    everything = sorted([*others, *kept, *new], key=lambda a: (a.mentee_id, a.starts_on, a.mentor_id))
    return MatchResult(as_of=day, assignments=tuple(everything), new=tuple(new), unassigned=tuple(unassigned))
