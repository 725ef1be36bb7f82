"""The mentoring report: trained and active mentors, coverage, sessions, and what is wrong."""

from __future__ import annotations

import datetime as dt
from typing import Final, TypedDict

import attrs
import pendulum

from sce_method._core import (
    DEFAULT_LANG,
    Column,
    Lang,
    Problem,
    TableFormat,
    TabularReport,
    json_text,
    message,
    table,
)
from sce_method.mentoring._match import policy_and_day
from sce_method.mentoring._validate import HasMentoring, sessions_of, trained_on, validate_mentoring
from sce_method.participants import Cohort

_FIGURES: Final = {
    "mentoras-formadas": "mentoring.figure.mentoras-formadas",
    "mentoras-activas": "mentoring.figure.mentoras-activas",
    "participantes-a-acompanar": "mentoring.figure.participantes-a-acompanar",
    "participantes-acompanadas": "mentoring.figure.participantes-acompanadas",
    "cobertura": "mentoring.figure.cobertura",
    "sesiones": "mentoring.figure.sesiones",
    "sesiones-por-mentee": "mentoring.figure.sesiones-por-mentee",
    "sesiones-esperadas": "mentoring.figure.sesiones-esperadas",
    "mentoras-sobre-capacidad": "mentoring.figure.mentoras-sobre-capacidad",
    "sesiones-sin-mentora-formada": "mentoring.figure.sesiones-sin-mentora-formada",
}
"""The message naming each figure, by its stable id."""


class MentoringRow(TypedDict):
    """One figure of a `MentoringReport` as a row of `MentoringReport.rows`."""

    as_of: str
    """The date of the report, ISO."""
    figure: str
    """The figure's stable id (``mentoras-activas``, ``cobertura``, ...), as in `MentoringReport.figures`."""
    label: str
    """The figure in words, in the language asked for."""
    value: float | int | None
    """The number (a count, or a share for ``cobertura``); None where there is nothing to divide."""


MENTORING_COLUMNS: Final = tuple(MentoringRow.__annotations__)
"""The columns of `MentoringReport.to_csv`, in order."""

_FRAME: Final = (
    Column("as_of", "date"),
    Column("figure", "category", tuple(_FIGURES)),
    Column("label", "str"),
    Column("value", "float"),
)


@attrs.frozen(kw_only=True)
class MentoringReport(TabularReport[MentoringRow]):
    """
    Mentoring in one cohort on one date: coverage and activity figures, and problems.

    The figures are plain numbers so that a results framework can use them as
    indicator sources. ``rows(lang)`` gives them as `MentoringRow` s,
    ``to_csv(lang)`` as CSV text, ``write_csv(path, lang)`` writes it
    atomically; ``describe`` lays them out for people and ``to_json`` keys
    them by id.
    """

    csv_columns = MENTORING_COLUMNS
    frame_columns = _FRAME

    as_of: pendulum.Date
    trained: int
    active: int
    mentees: int
    covered: int
    sessions: int
    sessions_per_mentee: float | None
    expected_sessions: int | None
    over_capacity: tuple[str, ...]
    untrained_sessions: int
    problems: tuple[Problem, ...]

    @property
    def coverage(self) -> float | None:
        """The share of participants to mentor who have a mentor or a session."""
        return self.covered / self.mentees if self.mentees else None

    def figures(self) -> dict[str, float | int | None]:
        """The figures by stable id, e.g. for a results framework."""
        return {
            "mentoras-formadas": self.trained,
            "mentoras-activas": self.active,
            "participantes-a-acompanar": self.mentees,
            "participantes-acompanadas": self.covered,
            "cobertura": self.coverage,
            "sesiones": self.sessions,
            "sesiones-por-mentee": self.sessions_per_mentee,
            "sesiones-esperadas": self.expected_sessions,
            "mentoras-sobre-capacidad": len(self.over_capacity),
            "sesiones-sin-mentora-formada": self.untrained_sessions,
        }

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[MentoringRow]:
        """One `MentoringRow` per figure, in the order of `figures`."""
        day = self.as_of.isoformat()
        return [
            {"as_of": day, "figure": key, "label": message(_FIGURES[key]).render(lang), "value": value}
            for key, value in self.figures().items()
        ]

    def describe(self, lang: Lang = DEFAULT_LANG, fmt: TableFormat = "table") -> str:
        """The figures as a two-column table, then the mentors over capacity."""
        rows = []
        for row in self.rows(lang):
            value = row["value"]
            shown = "" if value is None else (f"{value:.2f}" if isinstance(value, float) else str(value))
            rows.append([row["label"], shown])
        headers = [message("mentoring.col.figure").render(lang), message("mentoring.col.value").render(lang)]
        text = table(headers, rows, fmt)
        if self.over_capacity:
            said = message("mentoring.over_capacity_list", mentors=", ".join(self.over_capacity))
            text += "\n\n" + said.render(lang)
        return text + "\n"

    def to_json(self, lang: Lang = DEFAULT_LANG) -> str:  # noqa: ARG002 -- ids and numbers: no language
        """The figures as JSON, keyed by their stable ids."""
        return json_text({"as_of": self.as_of.isoformat(), **self.figures()})


def mentoring_report(methodology: HasMentoring, cohort: Cohort, as_of: dt.date | str | None = None) -> MentoringReport:
    """
    Coverage and activity of mentoring in *cohort* on *as_of* (by default the latest date in its lists).

    Raises:
        NoMentoringPolicyError: the methodology has no mentoring policy.
        LoadError: no *as_of* was given and the lists hold no date.
    """
    policy, day = policy_and_day(methodology, cohort, as_of)
    trained = {pid: when for pid, when in trained_on(cohort).items() if when <= day}
    sessions = [s for s in sessions_of(cohort.mentoring) if s.session_date <= day]
    active_assignments = [a for a in cohort.assignments if a.active_on(day)]
    active = {s.mentor_id for s in sessions} | {a.mentor_id for a in active_assignments}
    to_mentor = [p for p in cohort.participants if p.id not in trained and not p.enrollment.withdrawn_by(day)]
    mentored = {m for s in sessions for m in s.mentees} | {a.mentee_id for a in active_assignments}
    covered = [p for p in to_mentor if p.id in mentored]
    per_mentee = [sum(1 for s in sessions if p.id in s.mentees) for p in covered]
    load: dict[str, int] = {}
    for assignment in active_assignments:
        load[assignment.mentor_id] = load.get(assignment.mentor_id, 0) + 1
    untrained = [s for s in sessions if s.mentor_id not in trained or trained[s.mentor_id] > s.session_date]
    return MentoringReport(
        as_of=day,
        trained=len(trained),
        active=len(active & set(trained)),
        mentees=len(to_mentor),
        covered=len(covered),
        sessions=len(sessions),
        sessions_per_mentee=sum(per_mentee) / len(per_mentee) if per_mentee else None,
        expected_sessions=policy.expected_sessions,
        over_capacity=tuple(
            sorted(m for m, n in load.items() if policy.max_mentees is not None and n > policy.max_mentees)
        ),
        untrained_sessions=len(untrained),
        problems=tuple(validate_mentoring(methodology, cohort)),
    )
