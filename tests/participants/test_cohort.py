"""Tests for `sce_method.participants._cohort`."""

from __future__ import annotations

import functools

import pendulum
import pytest

import sce_method
from sce_method.exceptions import UnknownIdError
from sce_method.participants import (
    Attendance,
    Cohort,
    CohortPeriod,
    Completion,
    Enrollment,
    FollowUp,
    InstrumentSubmission,
    MentoringEntry,
    Participant,
    ParticipantRecord,
    PersonalData,
    read_cohort,
)
from sce_method.participants._lists import ATTENDANCE, PARTICIPANTS
from tests.participants.lists import EXAMPLE, VISITS, Visit, leaks

D = pendulum.Date
AS_OF = D(2024, 10, 17)
SECRETS = frozenset({"Ana Pérez López", "PELA800101MJCRPN09", "3312345678", "ana@example.org"})


def _participant(ident: str, centre: str = "crea", cohort: str = "crea-2024-1") -> Participant:
    return Participant(
        id=ident,
        centre_id=centre,
        cohort_id=cohort,
        enrollment=Enrollment(enrolled_on=D(2024, 6, 10)),
        personal=PersonalData(
            name="Ana Pérez López", curp="PELA800101MJCRPN09", phone="3312345678", email="ana@example.org"
        ),
    )


def _attended(pid: str, module: str, day: pendulum.Date, hours: float) -> Attendance:
    return Attendance(participant_id=pid, module_id=module, session_date=day, hours=hours)


def _cohort() -> Cohort:
    """Three participants (listed P3, P1, P2) with rows of every kind, interleaved."""
    return Cohort(
        participants=(_participant("P3"), _participant("P1"), _participant("P2", "cjm-guadalajara", "gdl-1")),
        periods=(
            CohortPeriod(id="crea-2024-1", centre_id="crea", starts_on=D(2024, 6, 10), ends_on=D(2024, 10, 15)),
            CohortPeriod(id="crea-2024-1", centre_id="cjm-guadalajara", starts_on=D(2024, 1, 1), ends_on=D(2024, 2, 1)),
        ),
        attendance=(
            _attended("P1", "alfabetizacion-digital", D(2024, 7, 1), 2),
            _attended("P2", "alfabetizacion-digital", D(2024, 7, 1), 4),
            _attended("P1", "alfabetizacion-digital", D(2024, 7, 3), 2.5),
            _attended("P1", "desarrollo-humano", D(2024, 7, 8), 2),
        ),
        completions=(Completion(participant_id="P1", course_id="desarrollo-humano", completed_on=D(2024, 9, 1)),),
        submissions=(InstrumentSubmission(participant_id="P3", instrument_id="entrada", submitted_on=D(2024, 6, 10)),),
        follow_ups=(FollowUp(participant_id="P1", recorded_on=D(2024, 8, 1), kind="llamada"),),
        mentoring=(MentoringEntry(mentor_id="P3", mentee_id="P1", session_date=D(2024, 8, 2), hours=1),),
    )


@functools.cache
def _example() -> Cohort:
    return read_cohort(EXAMPLE, sce_method.load())


def _record(**rows: object) -> ParticipantRecord:
    return ParticipantRecord(participant=_participant("P1"), **rows)  # type: ignore[arg-type]


class TestParticipantRecord:
    def test_id(self) -> None:
        """A record's id is its participant's."""
        expected = "P1"

        assert expected == _record().id

    def test_hours_by_module(self) -> None:
        """Hours are summed per module."""
        record = _cohort().record("P1")

        expected = {"alfabetizacion-digital": 4.5, "desarrollo-humano": 2.0}
        assert expected == record.hours_by_module(AS_OF)

    def test_hours_after_as_of_are_ignored(self) -> None:
        """A session after the date does not count; one on the date does."""
        record = _cohort().record("P1")

        expected = {"alfabetizacion-digital": 4.5}
        assert expected == record.hours_by_module(D(2024, 7, 3))

    def test_no_attendance(self) -> None:
        """No rows, no hours."""
        expected: dict[str, float] = {}

        assert expected == _record().hours_by_module(AS_OF)

    def test_completed(self) -> None:
        """Completions count from their date on."""
        record = _cohort().record("P1")

        expected: tuple[frozenset[str], ...] = (frozenset(), frozenset({"desarrollo-humano"}))
        assert expected == (record.completed(D(2024, 8, 31)), record.completed(D(2024, 9, 1)))

    def test_submitted(self) -> None:
        """Surveys count from the day they were answered."""
        record = _cohort().record("P3")

        expected: tuple[frozenset[str], ...] = (frozenset(), frozenset({"entrada"}))
        assert expected == (record.submitted(D(2024, 6, 9)), record.submitted(D(2024, 6, 10)))

    def test_follow_ups_by(self) -> None:
        """Follow-up records are counted up to the date."""
        record = _record(
            follow_ups=(
                FollowUp(participant_id="P1", recorded_on=D(2024, 8, 1)),
                FollowUp(participant_id="P1", recorded_on=D(2024, 9, 1)),
            )
        )

        expected = (0, 1, 2)
        assert expected == tuple(record.follow_ups_by(d) for d in (D(2024, 7, 31), D(2024, 8, 1), AS_OF))

    def test_mentoring_received_counts_session_dates(self) -> None:
        """Two rows on one date (two mentors at once) are one session."""
        record = _record(
            mentoring=(
                MentoringEntry(mentor_id="M1", mentee_id="P1", session_date=D(2024, 8, 1), hours=1),
                MentoringEntry(mentor_id="M2", mentee_id="P1", session_date=D(2024, 8, 1), hours=1),
                MentoringEntry(mentor_id="M1", mentee_id="P1", session_date=D(2024, 9, 1), hours=1),
                MentoringEntry(mentor_id="M1", mentee_id="P1", session_date=D(2024, 11, 1), hours=1),
            )
        )

        expected = 2
        assert expected == record.mentoring_received(AS_OF)

    def test_repr_shows_nothing_personal(self) -> None:
        """A record's repr carries the participant without her personal data."""
        expected: list[str] = []

        assert expected == leaks(repr(_cohort().record("P1")), SECRETS)


class TestCohort:
    def test_record_gathers_the_participants_rows(self) -> None:
        """record() gives her rows of every list, and nobody else's."""
        record = _cohort().record("P1")

        expected = (3, 1, 0, 1, 1)
        assert expected == (
            len(record.attendance),
            len(record.completions),
            len(record.submissions),
            len(record.follow_ups),
            len(record.mentoring),
        )

    def test_record_keeps_row_order(self) -> None:
        """Her attendance rows keep the order of the list."""
        record = _cohort().record("P1")

        expected = [D(2024, 7, 1), D(2024, 7, 3), D(2024, 7, 8)]
        assert expected == [a.session_date for a in record.attendance]

    def test_mentoring_is_filed_under_the_mentee(self) -> None:
        """A mentoring row belongs to the mentee's record, not the mentor's."""
        cohort = _cohort()

        expected = (1, 0)
        assert expected == (len(cohort.record("P1").mentoring), len(cohort.record("P3").mentoring))

    def test_record_period_matches_cohort_and_centre(self) -> None:
        """The period is the one of her cohort at her centre."""
        cohort = _cohort()

        expected = (D(2024, 10, 15), None)
        record_p1, record_p2 = cohort.record("P1"), cohort.record("P2")
        assert expected == (
            None if record_p1.period is None else record_p1.period.ends_on,
            record_p2.period,
        )

    def test_period_lookup_needs_the_centre(self) -> None:
        """The same cohort id at another centre is another period."""
        cohort = _cohort()

        expected = (D(2024, 10, 15), D(2024, 2, 1))
        found = (cohort.period("crea-2024-1", "crea"), cohort.period("crea-2024-1", "cjm-guadalajara"))
        assert expected == tuple(None if p is None else p.ends_on for p in found)

    def test_records_follow_the_participants_list(self) -> None:
        """records() is in the order of the participants list, not sorted."""
        expected = ("P3", "P1", "P2")

        assert expected == tuple(r.id for r in _cohort().records())

    def test_participant_ids(self) -> None:
        """participant_ids lists the ids in list order."""
        expected = ("P3", "P1", "P2")

        assert expected == _cohort().participant_ids

    def test_participant_ids_with_an_id_twice(self) -> None:
        """A cohort built in code with one id twice lists it twice, as its participants list has it."""
        cohort = Cohort(participants=(_participant("P1"), _participant("P2"), _participant("P1")))

        assert cohort.participant_ids == ("P1", "P2", "P1")

    def test_participant_without_rows(self) -> None:
        """A listed participant with no rows has an empty record, not an error."""
        record = _cohort().record("P2")

        expected = ((), (), ())
        assert expected == (record.completions, record.submissions, record.follow_ups)

    def test_unknown_participant(self) -> None:
        """An unknown id is an UnknownIdError (a KeyError)."""
        with pytest.raises(KeyError):
            _cohort().record("P9")

    def test_unknown_participant_lists_no_one(self) -> None:
        """The error names only the id asked for: no other ids, nothing personal."""
        with pytest.raises(UnknownIdError) as caught:
            _cohort().record("P9")
        text = f"{caught.value} {caught.value!r} {caught.value.message.render('en')}"

        expected: tuple[list[str], list[str]] = ([], [])
        assert expected == (leaks(text, SECRETS), [p for p in ("P1", "P2", "P3") if p in text])

    def test_unknown_participant_message(self) -> None:
        """The message says which id is missing, in either language."""
        with pytest.raises(UnknownIdError) as caught:
            _cohort().participant("P9")

        expected = "there is no participant with id 'P9' in this cohort"
        assert expected == caught.value.message.render("en")

    def test_repr_counts_and_hides(self) -> None:
        """The repr shows the source and the counts, nothing personal."""
        expected = "Cohort(source=None, participants=3, attendance=4, problems=0)"

        assert expected == repr(_cohort())

    def test_example_repr_and_str_show_nothing_personal(self) -> None:
        """Neither repr nor str of the example cohort holds a personal value."""
        cohort = _example()

        expected: list[str] = []
        assert expected == leaks(repr(cohort) + str(cohort))

    def test_example_records_show_nothing_personal(self) -> None:
        """No record of the example cohort shows a personal value, in repr or str."""
        text = "\n".join(f"{r!r}\n{r}" for r in _example().records())

        expected: list[str] = []
        assert expected == leaks(text)

    def test_example_keeps_personal_data(self) -> None:
        """The personal data is read and kept, for a caller who asks by name."""
        expected = ("Participante 0005", "XXXX000000XXXXXX00")

        personal = _example().participant("P0005").personal
        assert expected == (personal.name, personal.curp)

    def test_rows_of_a_list_with_an_attribute(self) -> None:
        """rows(spec) gives the records of a list the Cohort has an attribute for."""
        cohort = _cohort()

        expected = (cohort.attendance, cohort.participants)
        assert expected == (cohort.rows(ATTENDANCE), cohort.rows(PARTICIPANTS))

    def test_rows_of_another_list(self) -> None:
        """rows(spec) gives the records of a list kept by name, and none when it was not read."""
        visit = Visit(id="V1", participant_id="P1", day=D(2024, 7, 1))
        cohort = Cohort(participants=(), other_lists={"visits": (visit,)})

        expected: tuple[tuple[Visit, ...], tuple[Visit, ...]] = ((visit,), ())
        assert expected == (cohort.rows(VISITS), Cohort(participants=()).rows(VISITS))
