"""
A cohort's survey responses: its ``responses/`` folder read, and each wave's answers by participant.

Nothing in the folder is passed over in silence: a file named after no
instrument, two files of one instrument (``salida.csv`` and ``salida.xlsx``)
and an export that cannot be read are each a problem, and the other files are
still read.

A participant answers the entry, exit and post-graduation surveys once. When
an export holds two responses of one participant, the decision is explicit:
**the last row of the file is the one counted** (exports list submissions in
the order the server received them, so the last is the latest, as a
corrected resubmission is), and every earlier row of hers is reported at its
line as a problem, so that the run fails until someone removes the rows that
should not be there. A follow-up form is answered many times by design, and
is not checked for this.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from itertools import compress
from pathlib import Path
from typing import Protocol, cast

from sce_method._core import InstrumentKind, LoadError, Problem, message
from sce_method.monitoring.exports import ExportReading, read_export
from sce_method.monitoring.instruments import Instrument

Answers = Mapping[str, object]


class HasInstruments(Protocol):
    """A methodology with monitoring instruments."""

    @property
    def instruments(self) -> tuple[Instrument, ...]:
        """The monitoring instruments."""

    def instrument(self, ident: str) -> Instrument:
        """The instrument with that id."""


def read_responses(
    folder: str | os.PathLike[str], methodology: HasInstruments
) -> tuple[dict[str, ExportReading], list[Problem]]:
    """
    Read ``responses/<instrument_id>.csv`` (or ``.xlsx``) of a cohort folder.

    Returns each instrument's reading and the problems of the folder: a file
    named after no instrument of the methodology, more than one file of one
    instrument (none of them is read: which one holds the answers cannot be
    told), and the problems of an export that cannot be read at all (it is
    left out, and the others are read).
    """
    readings: dict[str, ExportReading] = {}
    problems: list[Problem] = []
    base = Path(folder) / "responses"
    if not base.is_dir():
        return readings, problems
    known = {i.id for i in methodology.instruments}
    found: dict[str, list[Path]] = {}
    for path in sorted(base.iterdir()):
        if path.suffix.lower() not in (".csv", ".xlsx") or path.name.startswith("."):
            continue
        if path.stem not in known:
            said = message("indicators.unknown_instrument_file", id=path.stem, known=", ".join(sorted(known)))
            problems.append(Problem(message=said, file=str(path)))
            continue
        found.setdefault(path.stem, []).append(path)
    for ident, paths in found.items():
        if len(paths) > 1:
            said = message("indicators.two_exports", id=ident, files=", ".join(p.name for p in paths))
            problems.append(Problem(message=said, file=str(base)))
            continue
        try:
            readings[ident] = read_export(paths[0], methodology.instrument(ident))
        except LoadError as err:
            problems.extend(err.problems)
    return readings, problems


def answers_by_participant(
    reading: ExportReading, kind: InstrumentKind, cohort_ids: set[str], problems: list[Problem]
) -> dict[str, Answers]:
    """
    Each participant's answers in *reading*; the last row of hers counts (see the module docstring).

    A row of someone not in the cohort, or of no one, is a problem and is not
    counted. The id is not echoed: a mistyped id may be a name.
    """
    responses = reading.responses
    ids = [r.participant_id for r in responses]
    found: dict[str | None, Answers] = dict(zip(ids, [r.answers for r in responses], strict=True))
    strangers = found.keys() - cohort_ids  # None, of no one, among them
    if not strangers and len(found) == len(responses):  # no one answered twice: every row counts
        return cast("dict[str, Answers]", found)  # every key is a cohort id
    rows = list(compress(responses, map(strangers.__contains__, ids)))
    if len(found) - len(strangers) + len(rows) != len(responses):  # someone answered twice: see `_one_by_one`
        return _one_by_one(reading, kind, cohort_ids, problems)
    for pid in strangers:
        del found[pid]
    unknown = message("indicators.unknown_participant")
    problems.extend(sorted((Problem(message=unknown, line=r.line, file=reading.file) for r in rows), key=_line))
    return cast("dict[str, Answers]", found)  # the strangers, None among them, are removed


def _line(problem: Problem) -> int:
    return problem.line or 0


def _one_by_one(
    reading: ExportReading, kind: InstrumentKind, cohort_ids: set[str], problems: list[Problem]
) -> dict[str, Answers]:
    """`answers_by_participant` row by row, for a reading where someone answered more than once."""
    found: dict[str, Answers] = {}
    lines: dict[str, list[int]] = {}
    said: list[Problem] = []
    for response in reading.responses:
        pid = response.participant_id
        if pid is None or pid not in cohort_ids:
            unknown = message("indicators.unknown_participant")
            said.append(Problem(message=unknown, line=response.line, file=reading.file))
            continue
        found[pid] = response.answers
        if pid in lines:
            lines[pid].append(response.line)
        else:
            lines[pid] = [response.line]
    if kind is not InstrumentKind.FOLLOW_UP:
        said.extend(
            Problem(
                path=("participant_id",),
                message=message("indicators.answered_again", counted=rows[-1]),
                file=reading.file,
                line=line,
                column=reading.participant_column,
            )
            for rows in lines.values()
            for line in rows[:-1]
        )
    problems.extend(sorted(said, key=_line))
    return found
