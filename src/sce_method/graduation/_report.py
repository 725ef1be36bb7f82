"""`evaluate_cohort` and the `CohortReport` it returns."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import os
from collections import Counter
from collections.abc import Callable, Sequence

import attrs

from sce_method._core import DEFAULT_LANG, Lang, UnknownIdError, as_date, atomic_write_text, message
from sce_method.graduation._decision import Decision, Status
from sce_method.graduation._evaluate import HasGraduation, evaluate
from sce_method.participants import Cohort

CSV_COLUMNS = ("participant_id", "centre_id", "cohort_id", "status", "status_label", "unmet", "explanation")
"""The columns of `CohortReport.to_csv`, in order. ``status`` is the stable id."""

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a cohort is evaluated."""


@attrs.frozen(kw_only=True)
class CohortReport:
    """
    Every participant's decision, in the order of the participants list.

    ``rows()`` gives plain dicts (``pandas.DataFrame(report.rows())`` works),
    ``summary()`` counts by status, centre and cohort, ``to_csv`` writes a file
    atomically, and Jupyter shows the report as an HTML table.
    """

    decisions: tuple[Decision, ...]
    as_of: dt.date

    def decision(self, participant_id: str) -> Decision:
        """The decision for one participant (`UnknownIdError` if she is not in the report)."""
        for d in self.decisions:
            if d.participant_id == participant_id:
                return d
        raise UnknownIdError(message("graduation.report_unknown", id=participant_id))

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[dict[str, str]]:
        """One plain dict per participant, keyed by the `CSV_COLUMNS`."""
        return [
            {
                "participant_id": d.participant_id,
                "centre_id": d.centre_id,
                "cohort_id": d.cohort_id,
                "status": d.status.value,
                "status_label": d.status_label(lang),
                "unmet": ";".join(d.unmet),
                "explanation": "; ".join(d.missing(lang)),
            }
            for d in self.decisions
        ]

    def summary(self) -> list[dict[str, str | int]]:
        """Counts by status x centre x cohort, sorted, as plain dicts."""
        counts = Counter((d.status.value, d.centre_id, d.cohort_id) for d in self.decisions)
        return [
            {"status": status, "centre_id": centre, "cohort_id": cohort, "count": count}
            for (status, centre, cohort), count in sorted(counts.items())
        ]

    def count(self, status: Status) -> int:
        """How many participants have *status*."""
        return sum(1 for d in self.decisions if d.status is status)

    def to_csv_text(self, lang: Lang = DEFAULT_LANG) -> str:
        """The report as CSV text with newline line ends: the same bytes for the same inputs."""
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows(lang))
        return buffer.getvalue()

    def to_csv(self, path: str | os.PathLike[str], lang: Lang = DEFAULT_LANG) -> None:
        """Write the report as CSV to *path*, atomically."""
        atomic_write_text(path, self.to_csv_text(lang))

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in CSV_COLUMNS if c != "status_label")
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(v)}</td>" for k, v in row.items() if k != "status_label") + "</tr>"
            for row in self.rows()
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def evaluate_cohort(
    methodology: HasGraduation,
    cohort: Cohort,
    as_of: dt.date | str,
    *,
    participants: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> CohortReport:
    """
    Evaluate every participant of *cohort* (or those named) on *as_of*.

    >>> import sce_method
    >>> from sce_method.participants import read_cohort
    >>> m = sce_method.load()
    >>> cohort = read_cohort("examples/cohorts/crea-2024", m)
    >>> report = evaluate_cohort(m, cohort, "2024-10-17")
    >>> report.decisions[0].participant_id
    'P0001'
    """
    day = as_date(as_of)
    records = cohort.records() if participants is None else tuple(cohort.record(p) for p in participants)
    decisions: list[Decision] = []
    total = len(records)
    for done, record in enumerate(records, start=1):
        decisions.append(evaluate(methodology, record, day))
        if progress is not None and (done % 1000 == 0 or done == total):
            progress(done, total)
    return CohortReport(decisions=tuple(decisions), as_of=day)
