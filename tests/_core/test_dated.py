"""Tests for `sce_method._core._dated`."""

from __future__ import annotations

import datetime as dt
import warnings

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method._core import (
    Dated,
    DatedValue,
    InvariantError,
    NotInForceError,
    Provenance,
    StaleValueWarning,
    as_date,
)
from tests.strategies import dated, dated_values, dates

CITED = Provenance.cite("informe-2024", "nota 1")


def _history() -> Dated[str]:
    return Dated(
        entries=(
            DatedValue(effective=as_date("2020-01-01"), value="antes", provenance=CITED),
            DatedValue(
                effective=as_date("2022-07-01"),
                value="después",
                provenance=CITED,
                review_by=as_date("2025-01-01"),
            ),
        )
    )


class TestDatedValue:
    def test_review_by_must_follow_effective(self) -> None:
        """A review date on or before the effective date is an InvariantError at review_by."""
        with pytest.raises(InvariantError) as caught:
            DatedValue(effective=as_date("2024-01-01"), value=1, provenance=CITED, review_by=as_date("2024-01-01"))

        expected = [(("review_by",), "core.dated.review_before_effective")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    @given(dated_values(st.integers()))
    def test_review_by_follows_effective(self, value: DatedValue[int]) -> None:
        """Every generated dated value is reviewed, if at all, after it takes effect."""
        assert value.review_by is None or value.review_by > value.effective


class TestDated:
    def test_at(self) -> None:
        """A value holds from its date until the next one."""
        expected = ["antes", "antes", "después"]

        assert expected == [_history().at(d) for d in ("2020-01-01", "2022-06-30", "2022-07-01")]

    def test_at_accepts_dates(self) -> None:
        """at() takes a date as well as ISO text."""
        expected = "antes"

        assert expected == _history().at(dt.date(2021, 5, 5))

    def test_entry_at(self) -> None:
        """entry_at() gives the whole entry, with its provenance."""
        assert _history().entries[1] == _history().entry_at("2023-03-01")

    def test_before_first_is_not_in_force(self) -> None:
        """Before the first date there is no value: NotInForceError, a LookupError."""
        with pytest.raises(LookupError) as caught:
            _history().at("2019-12-31")

        assert (NotInForceError, "core.dated.before_first") == (type(caught.value), caught.value.message.key)  # type: ignore[attr-defined]

    def test_stale_value_warns(self) -> None:
        """A value found past its review date still applies, with a StaleValueWarning."""
        with pytest.warns(StaleValueWarning, match="2025-01-01"):
            value = _history().at("2025-01-02")

        expected = "después"
        assert expected == value

    def test_review_date_itself_is_not_stale(self) -> None:
        """On its review date a value is not yet stale."""
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            expected = "después"

            assert expected == _history().at("2025-01-01")

    def test_single(self) -> None:
        """single() builds a history of one value."""
        expected = Dated(entries=(DatedValue(effective=as_date("2024-01-01"), value=34, provenance=CITED),))

        assert expected == Dated.single("2024-01-01", 34, CITED)

    def test_first(self) -> None:
        """The first property is the date the first value takes effect."""
        assert as_date("2020-01-01") == _history().first

    def test_empty_history_is_refused(self) -> None:
        """A history needs at least one value."""
        with pytest.raises(InvariantError) as caught:
            Dated(entries=())

        expected = [(("entries",), "core.value.empty")]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    def test_dates_must_increase(self) -> None:
        """Every problem with the order is reported, each at its entry."""
        same = DatedValue(effective=as_date("2022-01-01"), value=1, provenance=CITED)
        earlier = DatedValue(effective=as_date("2021-01-01"), value=2, provenance=CITED)

        with pytest.raises(InvariantError) as caught:
            Dated(entries=(same, same, earlier))

        expected = [
            (("entries", 1, "effective"), "core.dated.not_increasing"),
            (("entries", 2, "effective"), "core.dated.not_increasing"),
        ]
        assert expected == [(p.path, p.message.key) for p in caught.value.problems]

    @given(dated(st.integers(), reviewed=False))
    def test_at_an_effective_date_gives_that_entry(self, history: Dated[int]) -> None:
        """On an entry's own date, that entry's value is in force."""
        assert [e.value for e in history.entries] == [history.at(e.effective) for e in history.entries]

    @given(dated(st.integers(), reviewed=False), st.data())
    def test_between_dates_the_earlier_holds(self, history: Dated[int], data: st.DataObject) -> None:
        """Any day from an entry's date up to the next one's gives that entry's value."""
        index = data.draw(st.integers(min_value=0, max_value=len(history.entries) - 1))
        start = history.entries[index].effective
        end = history.entries[index + 1].effective if index + 1 < len(history.entries) else start.add(days=3650)
        day = data.draw(st.integers(min_value=0, max_value=(end - start).days - 1).map(lambda n: start.add(days=n)))

        assert history.entries[index].value == history.at(day)

    @given(dated(st.integers(), reviewed=False), dates())
    def test_step_function(self, history: Dated[int], day: pendulum.Date) -> None:
        """at() is the value of the last entry on or before the day, and fails before the first."""
        in_force = [e.value for e in history.entries if e.effective <= day]
        if not in_force:
            with pytest.raises(NotInForceError):
                history.at(day)
        else:
            assert in_force[-1] == history.at(day)
