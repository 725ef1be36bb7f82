"""`read_cohort`: the lists of a cohort folder or workbook, checked, into a `Cohort`."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import cast

import attrs
import pendulum

from sce_method._core import Delivery, InvariantError, LoadError, message
from sce_method.participants import _cells as cells
from sce_method.participants._cohort import Cohort
from sce_method.participants._model import (
    PERSONAL_FIELDS,
    CohortPeriod,
    CompletionSource,
    Enrollment,
    Participant,
    PersonalData,
)
from sce_method.participants._parsers import enum_of, mentee_ref, participant_ref, private, ref
from sce_method.participants._read import (
    TABLES,
    Cells,
    OnError,
    Parser,
    Row,
    RowParser,
    Sink,
    StopAtFirst,
    Vocabulary,
    read_rows,
    sources,
)
from sce_method.participants._records import (
    Assignment,
    Attendance,
    Completion,
    FollowUp,
    InstrumentSubmission,
    MentoringEntry,
    MentorTraining,
)


@attrs.define
class _Build:
    vocabulary: Vocabulary | None
    sink: Sink
    lists: dict[str, tuple[str, Callable[[], Cells]] | None]
    source: str = ""
    lines: dict[str, int] = attrs.field(factory=dict)
    rejected: dict[str, int] = attrs.field(factory=dict)
    """Participant ids whose row in participants.csv was refused, by line."""

    def absent(self, name: str) -> str:
        """Where a missing list was looked for: the CSV in the folder, or the workbook's sheet."""
        root = Path(self.source)
        return f"{root}[{name}]" if root.suffix.lower() == ".xlsx" else str(root / f"{name}.csv")

    def rows(
        self, name: str, parsers: dict[str, Parser], on_rejected: Callable[[int, Row], None] | None = None
    ) -> Iterator[tuple[str, int, dict[str, object]]]:
        """Parsed rows of one list; a missing required list is a problem."""
        table = TABLES[name]
        entry = self.lists[name]
        if entry is None:
            if table.required:
                self.sink.add(self.absent(name), None, None, (), message("cohort.missing_list", name=name))
            return
        file, open_cells = entry
        parser = RowParser(table=table, parsers=parsers, sink=self.sink)
        for line, row in read_rows(table, file, open_cells(), self.sink):
            parsed = parser.parse((file, line), row)
            if parsed is not None:
                yield file, line, parsed
            elif on_rejected is not None:
                on_rejected(line, row)

    def _note_rejected(self, line: int, row: Row) -> None:
        raw = row.get("participant_id")
        if isinstance(raw, str) and raw.strip():
            self.rejected.setdefault(raw.strip(), line)

    def known(self, attribute: str) -> Collection[str] | None:
        return None if self.vocabulary is None else cast("Collection[str]", getattr(self.vocabulary, attribute))

    def participants(self) -> list[Participant]:
        parsers: dict[str, Parser] = {
            "participant_id": cells.text,
            "centre_id": ref(self.known("centre_ids"), "kind.centre"),
            "cohort_id": cells.text,
            "enrolled_on": cells.date,
            "withdrawn_on": cells.date,
        }
        parsers.update(dict.fromkeys(PERSONAL_FIELDS, cells.text))
        parsers = {name: private(parse) for name, parse in parsers.items()}
        seen: dict[str, int] = {}
        found: list[Participant] = []
        for file, line, row in self.rows("participants", parsers, self._note_rejected):
            pid = cast("str", row["participant_id"])
            if pid in seen:
                self.sink.add(
                    file, line, 1, ("participant_id",), message("cohort.duplicate_participant", first=seen[pid])
                )
                continue
            seen[pid] = line
            self.lines[pid] = line
            personal = PersonalData(**{k: cast("str | None", row[k]) for k in PERSONAL_FIELDS})
            try:
                enrollment = Enrollment(
                    enrolled_on=cast("pendulum.Date", row["enrolled_on"]),
                    withdrawn_on=cast("pendulum.Date | None", row["withdrawn_on"]),
                )
            except InvariantError as err:
                for problem in err.problems:
                    self.sink.add(file, line, None, tuple(str(p) for p in problem.path), problem.message)
                continue
            found.append(
                Participant(
                    id=pid,
                    centre_id=cast("str", row["centre_id"]),
                    cohort_id=cast("str", row["cohort_id"]),
                    enrollment=enrollment,
                    personal=personal,
                )
            )
        return found

    def periods(self) -> list[CohortPeriod]:
        parsers: dict[str, Parser] = {
            "cohort_id": cells.text,
            "centre_id": ref(self.known("centre_ids"), "kind.centre"),
            "starts_on": cells.date,
            "ends_on": cells.date,
        }
        seen: set[tuple[str, str]] = set()
        found: list[CohortPeriod] = []
        for file, line, row in self.rows("cohorts", parsers):
            key = (cast("str", row["cohort_id"]), cast("str", row["centre_id"]))
            if key in seen:
                self.sink.add(
                    file, line, 1, ("cohort_id",), message("cohort.duplicate_period", cohort=key[0], centre=key[1])
                )
                continue
            seen.add(key)
            try:
                starts_on = cast("pendulum.Date", row["starts_on"])
                ends_on = cast("pendulum.Date", row["ends_on"])
                found.append(CohortPeriod(id=key[0], centre_id=key[1], starts_on=starts_on, ends_on=ends_on))
            except InvariantError as err:
                for problem in err.problems:
                    self.sink.add(file, line, 4, ("ends_on",), problem.message)
        return found

    def unlisted_cohorts(self, participants: list[Participant], periods: list[CohortPeriod]) -> None:
        """A participant's cohort must be listed in cohorts.csv, when there is one."""
        listed = {(p.id, p.centre_id) for p in periods}
        entry = self.lists["participants"]
        file = entry[0] if entry is not None else self.absent("participants")
        for participant in participants:
            if (participant.cohort_id, participant.centre_id) not in listed:
                msg = message("cohort.unlisted", cohort=participant.cohort_id, centre=participant.centre_id)
                self.sink.add(file, self.lines.get(participant.id), 3, ("cohort_id",), msg)

    def attendance(self, pids: Collection[str]) -> list[Attendance]:
        parsers: dict[str, Parser] = {
            "participant_id": participant_ref(pids, self.rejected),
            "module_id": ref(self.known("module_ids"), "kind.module"),
            "session_date": cells.date,
            "hours": cells.hours,
            "mode": enum_of([d.value for d in Delivery]),
        }
        return [
            Attendance(
                participant_id=cast("str", row["participant_id"]),
                module_id=cast("str", row["module_id"]),
                session_date=cast("pendulum.Date", row["session_date"]),
                hours=cast("float", row["hours"]),
                mode=cast("str | None", row["mode"]),
            )
            for _, _, row in self.rows("attendance", parsers)
        ]

    def completions(self, pids: Collection[str]) -> list[Completion]:
        parsers: dict[str, Parser] = {
            "participant_id": participant_ref(pids, self.rejected),
            "course_id": ref(self.known("course_ids"), "kind.course"),
            "completed_on": cells.date,
            "source": enum_of([s.value for s in CompletionSource]),
        }
        return [
            Completion(
                participant_id=cast("str", row["participant_id"]),
                course_id=cast("str", row["course_id"]),
                completed_on=cast("pendulum.Date", row["completed_on"]),
                source=None if row["source"] is None else CompletionSource(row["source"]),
            )
            for _, _, row in self.rows("completions", parsers)
        ]

    def submissions(self, pids: Collection[str]) -> list[InstrumentSubmission]:
        parsers: dict[str, Parser] = {
            "participant_id": participant_ref(pids, self.rejected),
            "instrument_id": ref(self.known("instrument_ids"), "kind.instrument"),
            "submitted_on": cells.date,
        }
        return [
            InstrumentSubmission(
                participant_id=cast("str", row["participant_id"]),
                instrument_id=cast("str", row["instrument_id"]),
                submitted_on=cast("pendulum.Date", row["submitted_on"]),
            )
            for _, _, row in self.rows("instruments", parsers)
        ]

    def follow_ups(self, pids: Collection[str]) -> list[FollowUp]:
        parsers: dict[str, Parser] = {
            "participant_id": participant_ref(pids, self.rejected),
            "recorded_on": cells.date,
            "kind": cells.text,
        }
        return [
            FollowUp(
                participant_id=cast("str", row["participant_id"]),
                recorded_on=cast("pendulum.Date", row["recorded_on"]),
                kind=cast("str | None", row["kind"]),
            )
            for _, _, row in self.rows("follow_up", parsers)
        ]

    def mentoring(self, pids: Collection[str]) -> list[MentoringEntry]:
        parsers: dict[str, Parser] = {
            "mentor_id": participant_ref(pids, self.rejected),
            "mentee_id": mentee_ref(pids),
            "session_date": cells.date,
            "hours": cells.hours,
            "topic": cells.text,
        }
        return [
            MentoringEntry(
                mentor_id=cast("str", row["mentor_id"]),
                mentee_id=cast("str", row["mentee_id"]),
                session_date=cast("pendulum.Date", row["session_date"]),
                hours=cast("float", row["hours"]),
                topic=cast("str | None", row["topic"]),
                file=file,
                line=line,
            )
            for file, line, row in self.rows("mentoring", parsers)
        ]

    def mentor_trainings(self, pids: Collection[str]) -> list[MentorTraining]:
        parsers: dict[str, Parser] = {"participant_id": participant_ref(pids, self.rejected), "trained_on": cells.date}
        seen: dict[str, int] = {}
        found: list[MentorTraining] = []
        for file, line, row in self.rows("mentors", parsers):
            pid = cast("str", row["participant_id"])
            if pid in seen:
                said = message("mentoring.duplicate_mentor", first=seen[pid])
                self.sink.add(file, line, 1, ("participant_id",), said)
                continue
            seen[pid] = line
            trained_on = cast("pendulum.Date", row["trained_on"])
            found.append(MentorTraining(participant_id=pid, trained_on=trained_on, file=file, line=line))
        return found

    def assignments(self, pids: Collection[str]) -> list[Assignment]:
        parsers: dict[str, Parser] = {
            "mentor_id": participant_ref(pids, self.rejected),
            "mentee_id": participant_ref(pids, self.rejected),
            "starts_on": cells.date,
            "ends_on": cells.date,
        }
        return [
            Assignment(
                mentor_id=cast("str", row["mentor_id"]),
                mentee_id=cast("str", row["mentee_id"]),
                starts_on=cast("pendulum.Date", row["starts_on"]),
                ends_on=cast("pendulum.Date | None", row["ends_on"]),
                file=file,
                line=line,
            )
            for file, line, row in self.rows("assignments", parsers)
        ]


def read_cohort(
    path: str | os.PathLike[str], methodology: Vocabulary | None = None, *, errors: OnError = "collect"
) -> Cohort:
    """
    Read a cohort folder or .xlsx workbook (DESIGN.md's cohort format).

    With a *methodology*, every centre, module, course and instrument id is
    checked against it, and an unknown one is reported with the closest known
    id. Personal columns (name, curp, phone, email) are kept, hidden, in each
    participant's `PersonalData`.

    >>> import sce_method
    >>> cohort = read_cohort("examples/cohorts/crea-2024", sce_method.load())
    >>> cohort.record("P0001").participant.centre_id
    'crea'

    Args:
        path: the folder, or the workbook whose sheets carry the lists' names.
        methodology: the ids rows may refer to (any `Vocabulary`).
        errors: ``"collect"`` (raise every problem at the end), ``"raise"``
            (stop at the first), or ``"keep"`` (return the good rows, with the
            problems in ``cohort.problems``).

    Raises:
        LoadError: the path is missing or unreadable, or (unless
            ``errors="keep"``) any row is bad.
    """
    name, lists = sources(path)
    build = _Build(vocabulary=methodology, sink=Sink(errors=errors), lists=lists, source=name)
    try:
        participants = build.participants()
        pids = frozenset(p.id for p in participants)
        periods = build.periods()
        if lists["cohorts"] is not None:
            build.unlisted_cohorts(participants, periods)
        cohort = Cohort(
            participants=tuple(participants),
            periods=tuple(periods),
            attendance=tuple(build.attendance(pids)),
            completions=tuple(build.completions(pids)),
            submissions=tuple(build.submissions(pids)),
            follow_ups=tuple(build.follow_ups(pids)),
            mentor_trainings=tuple(build.mentor_trainings(pids)),
            assignments=tuple(build.assignments(pids)),
            mentoring=tuple(build.mentoring(pids)),
            problems=tuple(build.sink.problems),
            source=name,
        )
    except StopAtFirst:
        raise LoadError(build.sink.problems) from None
    if cohort.problems and errors != "keep":
        raise LoadError(cohort.problems)
    return cohort
