"""Tests for `sce_method.mentoring._match`: deterministic matching of mentees to mentors."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import Final

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method import Lang, message
from sce_method.cli import main
from sce_method.exceptions import LoadError, SCEError
from sce_method.mentoring import (
    ASSIGNMENT_COLUMNS,
    Assignment,
    MatchResult,
    MentoringPolicy,
    NoMentoringPolicyError,
    Unassigned,
    assign,
    eligible_mentors,
    latest_date,
)
from sce_method.methodology import Methodology
from sce_method.participants import Cohort, CohortPeriod, MentorTraining, Participant
from sce_method.serialization import dump
from tests.mentoring.cohorts import (
    AS_OF,
    ASSIGNMENTS,
    ATTENDANCE,
    PEOPLE,
    D,
    bundled,
    cohort,
    folder,
    meeting,
    pair,
    person,
    policy,
    prerequisite_hours,
    read,
    training,
    with_policy,
)
from tests.participants.lists import EXAMPLE

CENTRES: Final = ("crea", "cjm-guadalajara", "cjm-tlajomulco")
"""The bundled centres; a generated cohort uses the first one, two or three."""

PLAIN: Final = with_policy(prerequisite=None)
"""The bundled policy without its prerequisite: every trained mentor who has not withdrawn is eligible."""


def _policy(methodology: Methodology) -> MentoringPolicy:
    found = methodology.mentoring
    assert found is not None
    return found


def _ids(result: MatchResult) -> list[tuple[str, str]]:
    """The new assignments as (mentor, mentee), in the order they were made."""
    return [(a.mentor_id, a.mentee_id) for a in result.new]


def _reasons(result: MatchResult) -> list[tuple[str, str, object]]:
    return [(u.participant_id, u.reason.key, u.reason.params["centre"]) for u in result.unassigned]


# -- strategies -------------------------------------------------------------------------------------------------------

TRAINING_DAYS: Final = (D(2024, 8, 1), D(2024, 10, 17), D(2024, 11, 1))
"""Before, on and after the evaluation date."""

WITHDRAWALS: Final = (None, None, None, D(2024, 9, 1), D(2024, 10, 17), D(2024, 11, 1))
"""Mostly none; else before, on or after the evaluation date."""


@st.composite
def people(draw: st.DrawFn) -> tuple[Participant, ...]:
    """One to twelve participants at one, two or three centres, some withdrawn, in any list order."""
    centres = CENTRES[: draw(st.integers(min_value=1, max_value=3))]
    count = draw(st.integers(min_value=1, max_value=12))
    made = [
        person(f"P{n:02d}", draw(st.sampled_from(centres)), withdrawn=draw(st.sampled_from(WITHDRAWALS)))
        for n in range(count)
    ]
    return tuple(draw(st.permutations(made)))


def _period(draw: st.DrawFn) -> tuple[pendulum.Date, pendulum.Date | None]:
    """An assignment period: active on the evaluation date, ended before it, or starting after it."""
    kind = draw(st.sampled_from(["active", "active-until", "ended", "future"]))
    if kind == "active":
        return D(2024, 9, 1), None
    if kind == "active-until":
        return D(2024, 9, 1), draw(st.sampled_from([AS_OF, D(2024, 12, 1)]))
    if kind == "ended":
        return D(2024, 8, 15), D(2024, 10, 16)
    return D(2024, 10, 18), None


@st.composite
def matching_inputs(draw: st.DrawFn) -> tuple[Methodology, Cohort]:
    """
    A policy and a small cohort: mentor trainings, some prerequisite hours, existing assignments within capacity.

    Existing assignments name a trained mentor and another participant; no mentor has more mentees active on the
    evaluation date than the policy allows, and no mentee more than one active mentor.
    """
    members = draw(people())
    ids = sorted(p.id for p in members)
    trained = draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids)))
    trainings = tuple(training(pid, draw(st.sampled_from(TRAINING_DAYS))) for pid in trained)
    capacity = draw(st.integers(min_value=1, max_value=3))
    prerequisite = draw(st.sampled_from([None, policy().prerequisite]))
    methodology = with_policy(
        max_mentees=capacity, same_centre=draw(st.sampled_from([True, False, None])), prerequisite=prerequisite
    )
    hours = tuple(
        row for pid in trained for row in prerequisite_hours(pid, hours=draw(st.sampled_from([0.0, 9.5, 10.0])))
    )
    existing: list[Assignment] = []
    load: Counter[str] = Counter()
    mentored: set[str] = set()
    for mentee in draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids))) if trained else []:
        mentor = draw(st.sampled_from(trained))
        starts, ends = _period(draw)
        made = pair(mentor, mentee, starts, ends)
        active = made.active_on(AS_OF)
        if mentor == mentee or (active and (load[mentor] >= capacity or mentee in mentored)):
            continue
        if active:
            load[mentor] += 1
            mentored.add(mentee)
        existing.append(made)
    return methodology, cohort(*members, trainings=trainings, assignments=tuple(existing), attendance=hours)


def _groups(methodology: Methodology, made: Cohort, result: MatchResult) -> dict[str, tuple[set[str], int]]:
    """
    Per centre (or one group when centres do not matter): who is assignable and how many places are free.

    Assignable: not withdrawn by the date, not an eligible mentor, without an assignment active on the date.
    Places: over the eligible mentors of the group, capacity minus current load.
    """
    rules = _policy(methodology)
    day = result.as_of
    mentors = eligible_mentors(methodology, made, day)
    centre = {p.id: p.centre_id for p in made.participants}
    load = Counter(a.mentor_id for a in made.assignments if a.active_on(day))
    assigned = {a.mentee_id for a in made.assignments if a.active_on(day)}

    def group(pid: str) -> str:
        return centre[pid] if rules.same_centre else "*"

    found: dict[str, tuple[set[str], int]] = {}
    for p in made.participants:
        free, places = found.get(group(p.id), (set(), 0))
        if p.id not in mentors and p.id not in assigned and not p.enrollment.withdrawn_by(day):
            free.add(p.id)
        found[group(p.id)] = (free, places)
    for mentor in mentors:
        free, places = found[group(mentor)]
        assert rules.max_mentees is not None
        found[group(mentor)] = (free, places + rules.max_mentees - load[mentor])
    return found


class TestAssignProperties:
    @given(matching_inputs())
    def test_within_capacity(self, inputs: tuple[Methodology, Cohort]) -> None:
        """No mentor has more mentees active on the date than the policy allows, kept and new together."""
        methodology, made = inputs
        expected: list[str] = []

        result = assign(methodology, made, AS_OF)
        limit = _policy(methodology).max_mentees
        assert limit is not None
        assert expected == [m for m, n in result.load().items() if n > limit]

    @given(matching_inputs())
    def test_everyone_placed_while_places_last(self, inputs: tuple[Methodology, Cohort]) -> None:
        """At each centre, min(assignable, free places) participants get a mentor; the rest are listed as unassigned."""
        methodology, made = inputs

        result = assign(methodology, made, AS_OF)
        groups = _groups(methodology, made, result)
        expected = {g: (free, min(len(free), places)) for g, (free, places) in groups.items()}
        new = {a.mentee_id for a in result.new}
        left = {u.participant_id for u in result.unassigned}
        assert expected == {g: (free & (new | left), len(free & new)) for g, (free, _) in groups.items()}

    @given(matching_inputs())
    def test_only_the_assignable(self, inputs: tuple[Methodology, Cohort]) -> None:
        """New assignments and the unassigned list name only assignable participants, each once."""
        methodology, made = inputs

        result = assign(methodology, made, AS_OF)
        expected = set().union(*(free for free, _ in _groups(methodology, made, result).values()))
        named = [a.mentee_id for a in result.new] + [u.participant_id for u in result.unassigned]
        assert (expected, len(expected)) == (set(named), len(named))  # each named once

    @given(matching_inputs())
    def test_deterministic(self, inputs: tuple[Methodology, Cohort]) -> None:
        """The same input gives the same output."""
        methodology, made = inputs
        expected = assign(methodology, made, AS_OF)

        assert expected == assign(methodology, made, AS_OF)

    @given(matching_inputs(), st.randoms(use_true_random=False))
    def test_list_order_does_not_matter(self, inputs: tuple[Methodology, Cohort], rng: random.Random) -> None:
        """Shuffling the participants and mentors lists changes nothing: participants go in id order."""
        methodology, made = inputs
        expected = assign(methodology, made, AS_OF)

        participants = list(made.participants)
        trainings = list(made.mentor_trainings)
        rng.shuffle(participants)
        rng.shuffle(trainings)
        shuffled = cohort(
            *participants, trainings=tuple(trainings), assignments=made.assignments, attendance=made.attendance
        )
        assert expected == assign(methodology, shuffled, AS_OF)

    @given(matching_inputs())
    def test_existing_kept(self, inputs: tuple[Methodology, Cohort]) -> None:
        """Without rebalance, every existing assignment is in the result as it was."""
        methodology, made = inputs
        expected = Counter(made.assignments)

        result = assign(methodology, made, AS_OF)
        assert expected == Counter(result.assignments) - Counter(result.new)

    @given(matching_inputs())
    def test_rebalance_recomputes(self, inputs: tuple[Methodology, Cohort]) -> None:
        """With rebalance, the new assignments are those made as if no assignment were active on the date."""
        methodology, made = inputs
        idle = cohort(
            *made.participants,
            trainings=made.mentor_trainings,
            assignments=tuple(a for a in made.assignments if not a.active_on(AS_OF)),
            attendance=made.attendance,
        )
        expected = (assign(methodology, idle, AS_OF).new, assign(methodology, idle, AS_OF).unassigned)

        result = assign(methodology, made, AS_OF, rebalance=True)
        assert expected == (result.new, result.unassigned)

    @given(matching_inputs())
    def test_rebalance_keeps_history(self, inputs: tuple[Methodology, Cohort]) -> None:
        """With rebalance, no earlier assignment is active on the date, and each still covers its first day."""
        methodology, made = inputs
        expected: list[Assignment] = []

        result = assign(methodology, made, AS_OF, rebalance=True)
        earlier = Counter(result.assignments) - Counter(result.new)
        assert expected == [a for a in earlier if a.active_on(AS_OF) or not a.active_on(a.starts_on)]

    @given(matching_inputs())
    def test_same_centre(self, inputs: tuple[Methodology, Cohort]) -> None:
        """When the policy asks for the same centre, each new mentee is of her mentor's centre."""
        methodology, made = inputs
        centre = {p.id: p.centre_id for p in made.participants}
        expected: list[tuple[str, str]] = []

        result = assign(methodology, made, AS_OF)
        if _policy(methodology).same_centre:
            assert expected == [
                (a.mentor_id, a.mentee_id) for a in result.new if centre[a.mentor_id] != centre[a.mentee_id]
            ]

    @given(matching_inputs())
    def test_new_start_on_the_date(self, inputs: tuple[Methodology, Cohort]) -> None:
        """Every new assignment starts on the date, has no end, and names an eligible mentor."""
        methodology, made = inputs
        mentors = set(eligible_mentors(methodology, made, AS_OF))
        expected: list[Assignment] = []

        result = assign(methodology, made, AS_OF)
        wrong = [a for a in result.new if a.starts_on != AS_OF or a.ends_on is not None or a.mentor_id not in mentors]
        assert expected == wrong


TWO_MENTORS: Final = (person("M1"), person("M2"), person("P1"), person("P2"), person("P3"))
TRAINED: Final = (training("M1"), training("M2"))


class TestAssign:
    def test_ties_by_id(self) -> None:
        """With equal loads, the mentor with the lowest id wins; then the least loaded one."""
        expected = [("M1", "P1"), ("M2", "P2"), ("M1", "P3")]

        assert expected == _ids(assign(PLAIN, cohort(*TWO_MENTORS, trainings=TRAINED), AS_OF))

    def test_least_loaded_wins(self) -> None:
        """A mentor who already has a mentee gives way to one who has none."""
        expected = [("M2", "P2"), ("M1", "P3")]

        kept = (pair("M1", "P1"),)
        assert expected == _ids(assign(PLAIN, cohort(*TWO_MENTORS, trainings=TRAINED, assignments=kept), AS_OF))

    def test_participant_id_order(self) -> None:
        """Participants are taken in id order, whatever the order of the list."""
        expected = [("M1", "P1"), ("M2", "P2"), ("M1", "P3")]

        made = cohort(person("P3"), person("M2"), person("P1"), person("M1"), person("P2"), trainings=TRAINED)
        assert expected == _ids(assign(PLAIN, made, AS_OF))

    def test_result_sorted_by_mentee(self) -> None:
        """The result's assignments come by mentee, then start, then mentor."""
        expected = [("M1", "P1", D(2024, 9, 1)), ("M2", "P2", AS_OF), ("M1", "P3", AS_OF)]

        kept = (pair("M1", "P1"),)
        result = assign(PLAIN, cohort(*TWO_MENTORS, trainings=TRAINED, assignments=kept), AS_OF)
        assert expected == [(a.mentor_id, a.mentee_id, a.starts_on) for a in result.assignments]

    def test_all_full(self) -> None:
        """When every mentor of her centre is at capacity, a participant is left with that reason."""
        expected = [("P3", "mentoring.all_full", "crea")]

        result = assign(with_policy(prerequisite=None, max_mentees=1), cohort(*TWO_MENTORS, trainings=TRAINED), AS_OF)
        assert expected == _reasons(result)

    def test_none_at_centre(self) -> None:
        """A participant of a centre with no eligible mentor is left with that reason."""
        expected = [("Q1", "mentoring.none_at_centre", "cjm-guadalajara")]

        made = cohort(*TWO_MENTORS, person("Q1", "cjm-guadalajara"), trainings=TRAINED)
        assert expected == _reasons(assign(PLAIN, made, AS_OF))

    def test_other_centre_when_allowed(self) -> None:
        """With same_centre off, a participant of a centre with no mentor gets one from another centre."""
        expected = [("M1", "P1"), ("M2", "P2"), ("M1", "P3"), ("M2", "Q1")]

        made = cohort(*TWO_MENTORS, person("Q1", "cjm-guadalajara"), trainings=TRAINED)
        assert expected == _ids(assign(with_policy(prerequisite=None, same_centre=False), made, AS_OF))

    def test_withdrawn_left_out(self) -> None:
        """A participant who withdrew is neither assigned nor listed as unassigned."""
        expected = ([("M1", "P1"), ("M2", "P3")], ())

        made = cohort(person("M1"), person("M2"), person("P1"), person("P2", withdrawn=D(2024, 10, 1)), person("P3"),
                      trainings=TRAINED)  # fmt: skip
        result = assign(PLAIN, made, AS_OF)
        assert expected == (_ids(result), result.unassigned)

    def test_mentors_not_mentees(self) -> None:
        """An eligible mentor is never given a mentor."""
        expected = {"P1", "P2", "P3"}

        result = assign(PLAIN, cohort(*TWO_MENTORS, trainings=TRAINED), AS_OF)
        assert expected == {a.mentee_id for a in result.new}

    def test_no_policy(self) -> None:
        """A methodology without a mentoring policy cannot match."""
        with pytest.raises(NoMentoringPolicyError):
            assign(attrs.evolve(bundled(), mentoring=None), cohort(*TWO_MENTORS, trainings=TRAINED), AS_OF)

    def test_date_as_text(self) -> None:
        """The date may be given as ISO text."""
        expected = AS_OF

        assert expected == assign(PLAIN, cohort(*TWO_MENTORS, trainings=TRAINED), "2024-10-17").as_of

    def test_default_date(self) -> None:
        """Without a date, the latest date in the lists is used."""
        expected = D(2024, 9, 20)

        made = cohort(*TWO_MENTORS, trainings=TRAINED, mentoring=(meeting("M1", "P1", D(2024, 9, 20)),))
        assert expected == assign(PLAIN, made).as_of


class TestEligibility:
    def test_trained_after_the_date(self) -> None:
        """A mentor trained after the date takes no mentee, and is herself a participant to place."""
        expected = ([("M1", "M2"), ("M1", "P1"), ("M1", "P2"), ("M1", "P3")], ())

        made = cohort(*TWO_MENTORS, trainings=(training("M1"), training("M2", D(2024, 11, 1))))
        result = assign(PLAIN, made, AS_OF)
        assert expected == (_ids(result), result.unassigned)

    def test_withdrawn(self) -> None:
        """A mentor who withdrew takes no mentee."""
        expected = [("M2", "P1"), ("M2", "P2"), ("M2", "P3")]

        made = cohort(person("M1", withdrawn=D(2024, 10, 1)), *TWO_MENTORS[1:], trainings=TRAINED)
        assert expected == _ids(assign(PLAIN, made, AS_OF))

    def test_failing_prerequisite(self) -> None:
        """Under the bundled policy, a mentor with 9.5 h of desarrollo humano (under 80 % of 12 h) takes no mentee."""
        expected = [("M2", "M1"), ("M2", "P1"), ("M2", "P2"), ("M2", "P3")]

        hours = (*prerequisite_hours("M1", hours=9.5), *prerequisite_hours("M2"))
        made = cohort(*TWO_MENTORS, trainings=TRAINED, attendance=hours)
        assert expected == _ids(assign(bundled(), made, AS_OF))

    def test_nobody_eligible(self) -> None:
        """With no eligible mentor at all, everyone of the centre is left, the reason naming it."""
        expected = ["mentoring.none_at_centre"] * 5

        made = cohort(*TWO_MENTORS, trainings=TRAINED)
        assert expected == [u.reason.key for u in assign(bundled(), made, AS_OF).unassigned]


class TestHistory:
    def test_ended_and_future_carried_over(self) -> None:
        """Assignments not active on the date (ended, or yet to start) stay in the result unchanged."""
        ended = pair("M1", "P1", D(2024, 8, 1), D(2024, 9, 30))
        future = pair("M2", "P2", D(2024, 11, 1))
        expected = [ended, future]

        result = assign(PLAIN, cohort(*TWO_MENTORS, trainings=TRAINED, assignments=(ended, future)), AS_OF)
        assert expected == [a for a in result.assignments if a not in result.new]

    def test_rebalance_closes_the_day_before(self) -> None:
        """With rebalance, an active assignment is closed the day before the date, and the mentee matched again."""
        expected = [
            pair("M2", "P1", D(2024, 9, 1), D(2024, 10, 16)),
            pair("M1", "P1", AS_OF),
            pair("M2", "P2", AS_OF),
            pair("M1", "P3", AS_OF),
        ]

        made = cohort(*TWO_MENTORS, trainings=TRAINED, assignments=(pair("M2", "P1"),))
        assert expected == list(assign(PLAIN, made, AS_OF, rebalance=True).assignments)

    def test_rebalance_replaces_one_starting_on_the_date(self) -> None:
        """With rebalance, an assignment that starts on the date itself is replaced, not closed."""
        expected = [pair("M1", "P1", AS_OF), pair("M2", "P2", AS_OF), pair("M1", "P3", AS_OF)]

        made = cohort(*TWO_MENTORS, trainings=TRAINED, assignments=(pair("M2", "P1", AS_OF),))
        assert expected == list(assign(PLAIN, made, AS_OF, rebalance=True).assignments)

    def test_kept_without_rebalance(self) -> None:
        """Without rebalance, an active assignment is kept, even to a mentor who is not eligible."""
        expected = [pair("M1", "M2", AS_OF), pair("M2", "P1"), pair("M1", "P2", AS_OF), pair("M1", "P3", AS_OF)]

        made = cohort(*TWO_MENTORS, trainings=(training("M1"),), assignments=(pair("M2", "P1"),))
        assert expected == list(assign(PLAIN, made, AS_OF).assignments)


def _open_and_closed() -> MatchResult:
    """M1 with P1 from 2024-09-01, still open; M2 with P4 from 2024-08-01 to 2024-09-01."""
    return MatchResult(
        as_of=AS_OF,
        assignments=(pair("M1", "P1"), pair("M2", "P4", D(2024, 8, 1), D(2024, 9, 1))),
        new=(),
        unassigned=(),
    )


class TestMatchResult:
    def test_load(self) -> None:
        """Mentees per mentor, counting only assignments active on the date."""
        expected = {"M1": 2, "M2": 1}

        result = MatchResult(
            as_of=AS_OF,
            assignments=(
                pair("M1", "P1"),
                pair("M1", "P2"),
                pair("M2", "P3"),
                pair("M2", "P4", D(2024, 8, 1), D(2024, 9, 1)),
                pair("M2", "P5", D(2024, 11, 1)),
            ),
            new=(),
            unassigned=(),
        )
        assert expected == result.load()

    def test_to_csv(self) -> None:
        """assignments.csv's header, then one row per assignment: ISO dates, an open one with an empty end."""
        expected = "mentor_id,mentee_id,starts_on,ends_on\nM1,P1,2024-09-01,\nM2,P4,2024-08-01,2024-09-01\n"

        assert expected == _open_and_closed().to_csv()

    def test_rows(self) -> None:
        """rows: an AssignmentRow per assignment, ISO dates, an open one ending on None."""
        expected = [
            {"mentor_id": "M1", "mentee_id": "P1", "starts_on": "2024-09-01", "ends_on": None},
            {"mentor_id": "M2", "mentee_id": "P4", "starts_on": "2024-08-01", "ends_on": "2024-09-01"},
        ]

        assert expected == _open_and_closed().rows()

    def test_columns(self) -> None:
        """The columns of assignments.csv, as the cohort folder reads them."""
        expected = ("mentor_id", "mentee_id", "starts_on", "ends_on")

        assert expected == ASSIGNMENT_COLUMNS

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_to_csv_same_in_every_language(self, lang: Lang) -> None:
        """assignments.csv holds ids and dates: the language changes nothing."""
        result = MatchResult(as_of=AS_OF, assignments=(pair("M1", "P1"),), new=(), unassigned=())

        expected = result.to_csv()
        assert expected == result.to_csv(lang)

    def test_to_csv_nothing(self) -> None:
        """No assignment at all: the header alone."""
        expected = "mentor_id,mentee_id,starts_on,ends_on\n"

        assert expected == MatchResult(as_of=AS_OF, assignments=(), new=(), unassigned=()).to_csv()

    def test_write_csv_reads_back(self, tmp_path: Path) -> None:
        """The file written, put in the cohort folder, reads back as the same assignments."""
        result = MatchResult(
            as_of=AS_OF,
            assignments=(pair("M1", "P1"), pair("M2", "P2", D(2024, 8, 1), D(2024, 9, 1)), pair("G1", "Q1")),
            new=(),
            unassigned=(),
        )
        path = folder(tmp_path)
        result.write_csv(path / "assignments.csv")

        expected = (result.assignments, result.to_csv().encode())
        assert expected == (read(path).assignments, (path / "assignments.csv").read_bytes())

    def test_write_csv_all_or_nothing(self, tmp_path: Path) -> None:
        """A file that cannot be written raises an OSError and leaves nothing behind."""
        expected: list[Path] = []

        result = MatchResult(as_of=AS_OF, assignments=(pair("M1", "P1"),), new=(), unassigned=())
        with pytest.raises(FileNotFoundError):
            result.write_csv(tmp_path / "no" / "assignments.csv")
        assert expected == list(tmp_path.iterdir())


class TestUnassigned:
    def test_reason(self) -> None:
        """An unassigned participant carries her reason as a message of the catalog."""
        expected = "P1: every mentor at centre crea is at capacity"

        left = Unassigned(participant_id="P1", reason=message("mentoring.all_full", centre="crea"))
        assert expected == message(
            "cli.mentoring.unassigned", participant=left.participant_id, reason=left.reason
        ).render("en")


class TestNoMentoringPolicyError:
    def test_kinds(self) -> None:
        """It is a ValueError and an SCEError."""
        expected = (True, True)

        err = NoMentoringPolicyError()
        assert expected == (isinstance(err, ValueError), isinstance(err, SCEError))

    def test_message(self) -> None:
        """It says so from the catalog, in Spanish by default."""
        expected = ("core.no_mentoring_policy", "la metodología no define una política de mentoría")

        err = NoMentoringPolicyError()
        assert expected == (err.message.key, str(err))


class TestLatestDate:
    def test_each_list(self) -> None:
        """The latest of enrolments, cohort ends, sessions, trainings and assignment starts."""
        base = cohort(person("M1"), person("P1"))
        cases = [
            (base, D(2024, 6, 10)),
            (
                attrs.evolve(
                    base,
                    periods=(CohortPeriod(id="c", centre_id="crea", starts_on=D(2024, 6, 1), ends_on=D(2024, 12, 1)),),
                ),
                D(2024, 12, 1),
            ),
            (cohort(person("M1"), person("P1"), mentoring=(meeting("M1", "P1", D(2024, 9, 9)),)), D(2024, 9, 9)),
            (
                cohort(
                    person("M1"),
                    person("P1"),
                    trainings=(MentorTraining(participant_id="M1", trained_on=D(2024, 7, 7)),),
                ),
                D(2024, 7, 7),
            ),
            (
                cohort(person("M1"), person("P1"), assignments=(pair("M1", "P1", D(2024, 8, 8), D(2025, 1, 1)),)),
                D(2024, 8, 8),
            ),
        ]
        expected = [day for _, day in cases]

        assert expected == [latest_date(made) for made, _ in cases]

    def test_no_date(self) -> None:
        """Lists with no row at all hold no date: a LoadError says to give one."""
        expected = ["mentoring.no_dates"]

        with pytest.raises(LoadError) as caught:
            latest_date(Cohort(participants=()))
        assert expected == [p.message.key for p in caught.value.problems]


def _assign_cli(
    capsys: pytest.CaptureFixture[str], source: Path, output: Path, *options: str
) -> tuple[int, bytes, str]:
    code = main(["mentoring", "assign", str(source), "-o", str(output), *options])
    return code, output.read_bytes(), capsys.readouterr().err


class TestCliAssign:
    def test_small_cohort(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The file holds kept and new assignments; stderr has the counts and each unassigned with her reason."""
        expected = (
            0,
            (
                b"mentor_id,mentee_id,starts_on,ends_on\n"
                b"M1,P1,2024-09-01,\nM2,P2,2024-10-17,\nM1,P3,2024-10-17,\nG1,Q1,2024-10-17,\n"
            ),
            (
                "3 new assignments, 1 kept; 1 participants without a mentor (below)\n"
                "T1: no trained, eligible mentor at centre cjm-tlajomulco\n"
            ),
        )

        path = folder(
            tmp_path / "cohort",
            participants=PEOPLE + "T1,cjm-tlajomulco,t1,2024-06-10\n",
            attendance=ATTENDANCE,
            assignments=ASSIGNMENTS + "M1,P1,2024-09-01,\n",
        )
        found = _assign_cli(capsys, path, tmp_path / "out.csv", "--as-of", "2024-10-17", "--lang", "en")
        assert expected == found

    def test_example_same_bytes(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Two runs on the example cohort write the same bytes and say the same things."""
        expected = _assign_cli(capsys, EXAMPLE, tmp_path / "first.csv")

        assert expected == _assign_cli(capsys, EXAMPLE, tmp_path / "second.csv")

    def test_example(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """On the example: exit 0, the header, the counts, and each unassigned participant with her reason."""
        expected = (
            0,
            "mentor_id,mentee_id,starts_on,ends_on",
            "21 asignaciones nuevas, 11 conservadas; 30 participantes sin mentora (abajo)",
            30,
        )

        code, written, err = _assign_cli(capsys, EXAMPLE, tmp_path / "out.csv")
        lines = err.splitlines()
        reasons = [line for line in lines[1:] if line.endswith("están en su capacidad máxima")]
        assert expected == (code, written.decode().splitlines()[0], lines[0], len(reasons))

    def test_output_reads_back(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The file written is a valid assignments.csv: put in the folder, a second run keeps all and adds none."""
        expected = (0, "0 asignaciones nuevas, 4 conservadas; 0 participantes sin mentora (abajo)\n")

        path = folder(tmp_path / "cohort", participants=PEOPLE, attendance=ATTENDANCE)
        _assign_cli(capsys, path, path / "assignments.csv", "--as-of", "2024-10-17")
        code, _, err = _assign_cli(capsys, path, tmp_path / "again.csv", "--as-of", "2024-10-17")
        assert expected == (code, err)

    def test_empty_lists(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Lists with no row and no --as-of: exit 1, one line asking for the date, nothing written."""
        expected = (1, ["the lists hold no date at all: give the date (--as-of)"], False)

        path = folder(tmp_path / "cohort", participants=PEOPLE.splitlines()[0], attendance=ATTENDANCE.splitlines()[0])
        (path / "mentors.csv").unlink()
        code = main(["mentoring", "assign", str(path), "-o", str(tmp_path / "out.csv"), "--lang", "en"])
        err = capsys.readouterr().err.splitlines()
        assert expected == (code, [line.split(": ", 1)[-1] for line in err], (tmp_path / "out.csv").exists())

    def test_no_policy(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A methodology without a policy is an error: exit 1, one line on stderr, nothing written."""
        expected = (1, ["la metodología no define una política de mentoría"], False)

        mine = tmp_path / "sin-mentoria.yaml"
        mine.write_text(dump(attrs.evolve(bundled(), mentoring=None)), encoding="utf-8")
        code = main(["mentoring", "assign", str(EXAMPLE), "--methodology", str(mine), "-o", str(tmp_path / "out.csv")])
        err = capsys.readouterr().err.splitlines()
        assert expected == (code, [line.split(": ", 1)[-1] for line in err], (tmp_path / "out.csv").exists())
