"""
The results framework with the results a cohort's lists compute for it.

This is where mentoring and monitoring meet: an indicator of the results
framework (monitoring) may declare that its actual is computed from a cohort
(``computed: mentoring.cobertura``), and mentoring computes those figures
(`sce_method.mentoring.mentoring_figures`). Neither room imports the other, so
the join lives here, a floor above both. `compare_with_cohort` puts every row
that declares a ``computation`` (and every such mentoring figure) beside the
report's own value.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from sce_method._core import as_of_date
from sce_method.mentoring import HasMentoring, mentoring_figures
from sce_method.monitoring import ResultsFramework
from sce_method.monitoring.results import HasRecords, ResultsComparison, compare
from sce_method.participants import Cohort


class HasResults(HasMentoring, Protocol):
    """A methodology with a results framework and a mentoring policy (a `Methodology` is one)."""

    @property
    def results_framework(self) -> ResultsFramework | None:
        """The results framework."""


class HasComparison(HasResults, HasRecords, Protocol):
    """A methodology whose results can be computed from a cohort's records (a `Methodology` is one)."""


def compare_with_cohort(
    methodology: HasComparison, cohort: Cohort, as_of: dt.date | str | None = None
) -> ResultsComparison | None:
    """
    The results framework beside what *cohort*'s records give (`sce_method.monitoring.results.compare`).

    Each row that declares a ``computation`` is counted over the cohort's
    records up to its period's end (and *as_of*, when given); an indicator
    that declares ``computed: mentoring.<figure>`` shows that figure of the
    cohort. None when there is no results framework.

    Raises:
        LoadError: *as_of* is not a real date as YYYY-MM-DD (its problem is at ``$.as_of``).
    """
    framework = methodology.results_framework
    if framework is None:
        return None
    day = None if as_of is None else as_of_date(as_of)
    figures = None
    if methodology.mentoring is not None and any(i.computed is not None for i in framework.indicators):
        found = mentoring_figures(methodology, cohort, day)
        figures = None if found is None else found.figures
    return compare(methodology, framework, cohort, day, figures)


def results_with_cohort(
    methodology: HasResults, cohort: Cohort, as_of: dt.date | str | None = None
) -> ResultsFramework | None:
    """
    The results framework with the results computed from *cohort* on *as_of* (by default its latest date).

    Each indicator whose ``computed`` names one of the cohort's mentoring
    figures (``mentoring.cobertura``, ...) gains a result for the period
    ``cohorte <date>``, from the cohort's first enrolment to that date. With no
    mentoring policy, or a cohort with no participants, the framework is
    returned as it is; None when there is no results framework.

    Raises:
        LoadError: *as_of* is not a real date as YYYY-MM-DD (its problem is at
            ``$.as_of``), or none was given and the cohort's lists hold no date.
    """
    framework = methodology.results_framework
    if framework is None or methodology.mentoring is None:
        return framework
    found = mentoring_figures(methodology, cohort, as_of)
    if found is None:
        return framework
    return framework.with_computed(found.figures, period=found.period, starts_on=found.starts_on, ends_on=found.ends_on)
