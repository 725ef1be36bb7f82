"""The `CohortReport` that `evaluate_cohort` returns: every participant's decision on one date."""

from __future__ import annotations

import datetime as dt
import os
import warnings
from collections import Counter
from collections.abc import Callable
from typing import Final, TypedDict, overload

import attrs

from sce_method._core import (
    DEFAULT_LANG,
    LANGS,
    Column,
    Lang,
    Problem,
    TabularReport,
    UnknownIdError,
    check_lang,
    csv_text,
    message,
    sized,
)
from sce_method.graduation._decision import Decision, Status, lacked
from sce_method.graduation._people import PeopleView


class CohortRow(TypedDict):
    """One participant's decision as a row of `CohortReport.rows`."""

    participant_id: str
    centre_id: str
    cohort_id: str
    status: str
    """The stable id of her `Status` (``eligible``, ``not_eligible``, ...)."""
    status_label: str
    """The status in words, in the language asked for."""
    unmet: str
    """The ids of the criteria she does not meet, ``;`` separated."""
    explanation: str
    """Her situation in words (`Decision.summary`): what she still lacks, ``; `` separated; when she graduated
    and under which rule; when she left and what she had completed; when her cohort starts."""


CSV_COLUMNS: Final = tuple(CohortRow.__annotations__)
"""The columns of `CohortReport.to_csv`, in order. ``status`` is the stable id."""

FRAME_COLUMNS: Final = (
    Column("participant_id", "str"),
    Column("centre_id", "category"),
    Column("cohort_id", "category"),
    Column("status", "category", tuple(s.value for s in Status)),
    Column("status_label", "category"),
    Column("unmet", "str"),
    Column("explanation", "str"),
)
"""The columns of `CohortReport.to_polars` (and pandas, Arrow): ``status`` keeps every id of `Status`, in order."""

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a cohort is evaluated."""


@attrs.frozen(kw_only=True)
class CohortReport(PeopleView, TabularReport[CohortRow]):
    """
    Every participant's decision, in the order of the participants list.

    ``rows(lang)`` gives a `CohortRow` per participant
    (``pandas.DataFrame(report.rows())`` works), ``to_csv(lang)`` the CSV text,
    ``write_csv(path, lang)`` writes it atomically, ``summary()`` counts by
    status, centre and cohort, and Jupyter shows the report as an HTML table.
    """

    csv_columns = CSV_COLUMNS
    frame_columns = FRAME_COLUMNS

    decisions: tuple[Decision, ...] = attrs.field(repr=sized)
    as_of: dt.date

    def decision(self, participant_id: str) -> Decision:
        """The decision for one participant (`UnknownIdError` if she is not in the report)."""
        for d in self.decisions:
            if d.participant_id == participant_id:
                return d
        raise UnknownIdError(message("graduation.report_unknown", id=participant_id))

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[CohortRow]:
        """One `CohortRow` per participant, keyed by the `CSV_COLUMNS`."""
        return [
            {
                "participant_id": d.participant_id,
                "centre_id": d.centre_id,
                "cohort_id": d.cohort_id,
                "status": d.status.value,
                "status_label": d.status_label(lang),
                "unmet": ";".join(d.unmet),
                "explanation": d.summary(lang),
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

    @property
    def problems(self) -> tuple[Problem, ...]:
        """
        Each recorded graduation that was not warranted: she was not eligible on its day under the rule then in force.

        Placed at the graduation's file and line (the ``graduated_on`` cell),
        with the criteria she did not meet that day.
        """
        return tuple(
            Problem(
                path=("graduated_on",),
                message=message(
                    "graduation.unwarranted",
                    on=d.graduation.graduated_on,
                    rule_set=d.admission.rule_set_id,
                    unmet=lacked(d.admission),
                ),
                file=d.graduation.file,
                line=d.graduation.line,
                column=None if d.graduation.line is None else 2,
            )
            for d in self.decisions
            if d.graduation is not None and d.admission is not None and not d.warranted
        )

    def count(self, status: Status) -> int:
        """How many participants have *status*."""
        return sum(1 for d in self.decisions if d.status is status)

    def with_status(self, *statuses: Status) -> CohortReport:
        """
        The report of only the participants with one of *statuses*, in the same order.

        >>> import sce_method
        >>> from sce_method.graduation import evaluate_cohort
        >>> from sce_method.participants import read_cohort
        >>> m = sce_method.load()
        >>> report = evaluate_cohort(m, read_cohort("examples/cohorts/crea-2024", m), "2024-10-17")
        >>> report.with_status(Status.NOT_ELIGIBLE).count(Status.ELIGIBLE)
        0
        """
        return attrs.evolve(self, decisions=tuple(d for d in self.decisions if d.status in statuses))

    @overload
    def to_csv(self, lang: Lang = DEFAULT_LANG, *, formula_escape: bool = True) -> str: ...

    @overload
    def to_csv(
        self, path: str | os.PathLike[str], /, lang: Lang = DEFAULT_LANG, *, formula_escape: bool = True
    ) -> None: ...

    def to_csv(self, *args: object, formula_escape: bool = True, **kwargs: object) -> str | None:
        """
        The report as CSV text with newline line ends: the same bytes for the same inputs.

        Text cells a spreadsheet would run as formulas get a ``'`` before them
        unless *formula_escape* is False (see `csv_text`).
        ``to_csv(path, lang)``, which wrote the file in 0.1, still does so for
        one release, with a `DeprecationWarning`: call `write_csv`.
        """
        if "path" in kwargs or (args and args[0] not in LANGS):
            warnings.warn(
                "CohortReport.to_csv(path, lang) is deprecated: use write_csv(path, lang); to_csv(lang) gives the text",
                DeprecationWarning,
                stacklevel=2,
            )
            self.write_csv(*_file_call(*args, **kwargs), formula_escape=formula_escape)
            return None
        return csv_text(CSV_COLUMNS, self.rows(_text_call(*args, **kwargs)), formula_escape=formula_escape)

    def to_csv_text(self, lang: Lang = DEFAULT_LANG) -> str:
        """Deprecated alias of `to_csv` (it gives the same text)."""
        warnings.warn("CohortReport.to_csv_text is deprecated: use to_csv", DeprecationWarning, stacklevel=2)
        return self.to_csv(lang)

    @property
    def evaluated_on(self) -> dt.date:
        """The date the decisions were taken on (`as_of`)."""
        return self.as_of

    @property
    def participant_total(self) -> int:
        """How many participants the report holds."""
        return len(self.decisions)

    def first_rows(self, lang: Lang, count: int) -> list[CohortRow]:
        """The rows of the first *count* decisions only."""
        return attrs.evolve(self, decisions=self.decisions[:count]).rows(lang)


def _text_call(lang: object = DEFAULT_LANG) -> Lang:
    """The arguments of ``to_csv(lang)``."""
    return check_lang(str(lang))


def _file_call(path: object, lang: object = DEFAULT_LANG) -> tuple[str | os.PathLike[str], Lang]:
    """The arguments of the deprecated ``to_csv(path, lang)``."""
    if not isinstance(path, str | os.PathLike):
        msg = f"path must be a str or an os.PathLike, got {type(path).__name__}"
        raise TypeError(msg)
    return path, check_lang(str(lang))
