"""
A cohort's mentoring figures as a results framework reads them.

An indicator of the results framework may take its actual from a cohort's
lists (``computed: mentoring.cobertura``). What mentoring gives for that is
here: the figures of `mentoring_report`, each under the ``mentoring.`` prefix,
and the period they cover, from the cohort's first enrolment to the report's
date, labelled ``cohorte <date>``. Joining them to the results framework needs
monitoring too, so it is done a floor up, by
`sce_method.methodology.Methodology.results_with_cohort`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs
import pendulum

from sce_method._core import as_of_date
from sce_method.mentoring._report import mentoring_report
from sce_method.mentoring._validate import HasMentoring
from sce_method.participants import Cohort

FIGURE_PREFIX: Final = "mentoring."
"""How an indicator's ``computed`` names a mentoring figure: ``mentoring.`` and the figure's id."""

Figures = Mapping[str, float | int | None]


def _read_only(figures: Figures) -> Figures:
    return MappingProxyType(dict(figures))


@attrs.frozen(kw_only=True)
class MentoringFigures:
    """
    One cohort's mentoring figures, named as an indicator's ``computed`` names them, and the period they cover.

    *figures* maps ``mentoring.<figure id>`` (the ids of `MentoringReport.figures`)
    to its value; *period* labels the period a result reports them for.
    """

    figures: Figures = attrs.field(converter=_read_only, hash=False)
    period: str
    starts_on: pendulum.Date
    ends_on: pendulum.Date


def mentoring_figures(
    methodology: HasMentoring, cohort: Cohort, as_of: dt.date | str | None = None
) -> MentoringFigures | None:
    """
    The mentoring figures of *cohort* on *as_of* (by default the latest date in its lists), for a results framework.

    The period starts on the cohort's first enrolment and ends on the report's
    date. A cohort with no participants has no figures to compute: None, and
    *as_of* is not looked at.

    >>> import sce_method
    >>> from sce_method.participants import Cohort
    >>> mentoring_figures(sce_method.load(), Cohort(participants=())) is None
    True

    Raises:
        NoMentoringPolicyError: the methodology has no mentoring policy.
        LoadError: *as_of* is not a real date as YYYY-MM-DD (its problem is at
            ``$.as_of``), or none was given and the lists hold no date.
    """
    if not cohort.participants:
        return None
    report = mentoring_report(methodology, cohort, None if as_of is None else as_of_date(as_of))
    return MentoringFigures(
        figures={f"{FIGURE_PREFIX}{key}": value for key, value in report.figures().items()},
        period=f"cohorte {report.as_of}",
        starts_on=min(p.enrollment.enrolled_on for p in cohort.participants),
        ends_on=report.as_of,
    )
