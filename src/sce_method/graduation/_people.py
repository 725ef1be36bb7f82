"""
The cohort's decisions as people read them, for both reports: `CohortReport` and the columnar `FrameReport`.

The counts by status in one sentence (`headline`), the table for people
(`describe`: ids, the status in words, what is missing), and the notebook
view (a caption, the counts, the first rows and how many more). A report
gives its rows, its counts and its date; this mixin lays them out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from sce_method._core import (
    DEFAULT_LANG,
    PREVIEW_ROWS,
    Lang,
    TableFormat,
    display_lang,
    html_view,
    label,
    message,
    table,
)
from sce_method.graduation._decision import Status

if TYPE_CHECKING:
    from sce_method.graduation._report import CohortRow

_VIEW_HEADERS: Final = {
    "participant": "graduation.view.col.participant",
    "centre": "graduation.view.col.centre",
    "cohort": "graduation.view.col.cohort",
    "status": "graduation.view.col.status",
    "missing": "graduation.view.col.missing",
}
"""The message heading each column of the table for people, by column."""


class PeopleView:
    """
    `headline`, `headers`, `shown`, `describe` and the notebook view of a report of decisions.

    A report mixing it in gives ``count(status)``, ``rows(lang)``,
    ``evaluated_on`` and ``participant_total``, and may give the first rows
    more cheaply than all of them (`first_rows`).
    """

    __slots__ = ()

    @property
    def evaluated_on(self) -> dt.date:
        """The date the decisions were taken on."""
        raise NotImplementedError

    @property
    def participant_total(self) -> int:
        """How many participants the report holds."""
        raise NotImplementedError

    def count(self, status: Status) -> int:
        """How many participants have *status*."""
        raise NotImplementedError

    def rows(self, lang: Lang = DEFAULT_LANG) -> list[CohortRow]:
        """One `CohortRow` per participant."""
        raise NotImplementedError

    def first_rows(self, lang: Lang, count: int) -> Iterable[CohortRow]:
        """The first *count* rows (by default from `rows`; a report holding columns words only those)."""
        return self.rows(lang)[:count]

    def headline(self, lang: Lang = DEFAULT_LANG) -> str:
        """
        The counts by status in one sentence.

        >>> import sce_method
        >>> from sce_method.graduation import evaluate_cohort
        >>> from sce_method.participants import read_cohort
        >>> m = sce_method.load()
        >>> print(evaluate_cohort(m, read_cohort("examples/cohorts/crea-2024", m), "2024-10-17").headline("en"))
        70 participants: 0 enrolled, 9 in progress, 44 eligible, 0 graduated, 13 not eligible, 4 withdrawn
        """
        return message(
            "graduation.report.headline",
            total=self.participant_total,
            enrolled=self.count(Status.ENROLLED),
            in_progress=self.count(Status.IN_PROGRESS),
            eligible=self.count(Status.ELIGIBLE),
            graduated=self.count(Status.GRADUATED),
            not_eligible=self.count(Status.NOT_ELIGIBLE),
            withdrawn=self.count(Status.WITHDRAWN),
        ).render(lang)

    def headers(self, lang: Lang = DEFAULT_LANG) -> list[str]:
        """The headings of the table for people (`describe`, the notebook view, ``sce-method check``)."""
        return [message(_VIEW_HEADERS[k]).render(lang) for k in _VIEW_HEADERS]

    @staticmethod
    def shown(row: CohortRow) -> list[str]:
        """A row as people read it, under `headers`: ids, the status in words, what is missing."""
        return [row["participant_id"], row["centre_id"], row["cohort_id"], row["status_label"], row["explanation"]]

    def describe(self, lang: Lang = DEFAULT_LANG, fmt: TableFormat = "table") -> str:
        """The `headline`, then the table for people (``table`` or ``md``)."""
        body = table(self.headers(lang), [self.shown(r) for r in self.rows(lang)], fmt)
        return self.headline(lang) + "\n\n" + body + "\n"

    def html(self, lang: Lang = DEFAULT_LANG) -> str:
        """A caption, the counts by status, the first rows and how many more, in *lang*."""
        total = self.participant_total
        counts = [(label(s, lang), n) for s in Status if (n := self.count(s))]
        return html_view(
            caption=message("graduation.view.report", as_of=self.evaluated_on, total=total).render(lang),
            headers=self.headers(lang),
            rows=(self.shown(r) for r in self.first_rows(lang, PREVIEW_ROWS)),
            total=total,
            counts=counts,
            lang=lang,
        )

    def _repr_html_(self) -> str:
        """`html` in the display language (`sce_method.set_display_lang`)."""
        return self.html(display_lang())
