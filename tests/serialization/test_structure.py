"""Tests for `sce_method.serialization._structure`: plain data <-> models; personal data only when asked for."""

from __future__ import annotations

import functools

import pytest

import sce_method
from sce_method.participants import Participant, read_cohort
from sce_method.serialization import structure, unstructure
from tests.participants.lists import EXAMPLE, leaks


@functools.cache
def _cohort_data() -> object:
    """The example cohort as plain data, by default."""
    return unstructure(read_cohort(EXAMPLE, sce_method.load()))


class TestUnstructurePersonalData:
    def test_a_cohort_holds_nothing_personal(self) -> None:
        """unstructure(cohort) leaves every participant's personal data out."""
        expected: list[str] = []

        assert expected == leaks(repr(_cohort_data()))

    def test_participants_have_no_personal_key(self) -> None:
        """The key itself is left out, not written empty."""
        cohort_data = _cohort_data()
        assert isinstance(cohort_data, dict)

        expected: list[str] = []
        assert expected == [p["id"] for p in cohort_data["participants"] if "personal" in p]

    def test_included_when_asked_for(self) -> None:
        """With include_personal=True, the personal data is there, and structures back."""
        participant = read_cohort(EXAMPLE, sce_method.load()).participants[0]
        data = unstructure(participant, include_personal=True)

        expected = participant.personal
        assert expected == structure(data, Participant).personal

    def test_include_personal_is_keyword_only(self) -> None:
        """The opt-in is said by name, never by position."""
        with pytest.raises(TypeError):
            unstructure(object(), True)  # type: ignore[call-arg]  # noqa: FBT003
