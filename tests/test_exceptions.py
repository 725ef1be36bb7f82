"""Tests for `sce_method.exceptions`: the public address of every error."""

from __future__ import annotations

import inspect

import pytest

from sce_method import exceptions, mentoring
from sce_method.monitoring import expressions

ERRORS = [
    getattr(exceptions, name)
    for name in exceptions.__all__
    if inspect.isclass(getattr(exceptions, name)) and issubclass(getattr(exceptions, name), Exception)
]


class TestExceptions:
    def test_all_is_sorted(self) -> None:
        """__all__ is sorted."""
        expected = sorted(exceptions.__all__)

        assert expected == exceptions.__all__

    @pytest.mark.parametrize("error", ERRORS, ids=lambda error: error.__name__)
    def test_defined_on_the_ground_floor(self, error: type[Exception]) -> None:
        """Every public error is defined in one module of the ground floor, so any room can raise it."""
        expected = "sce_method._core._errors"

        assert expected == error.__module__

    def test_rooms_re_export_the_same_objects(self) -> None:
        """Where a room still offers an error, it is the same class: except clauses work either way."""
        expected = (exceptions.NoMentoringPolicyError, exceptions.ExpressionError)

        assert expected == (mentoring.NoMentoringPolicyError, expressions.ExpressionError)

    @pytest.mark.parametrize(
        ("error", "builtin"),
        [
            (exceptions.LoadError, ValueError),
            (exceptions.InvariantError, ValueError),
            (exceptions.UnknownIdError, KeyError),
            (exceptions.NotInForceError, LookupError),
            (exceptions.ExpressionError, ValueError),
            (exceptions.NoGraduationRulesError, ValueError),
            (exceptions.NoMentoringPolicyError, ValueError),
            (exceptions.WriteError, OSError),
            (exceptions.StaleValueWarning, UserWarning),
        ],
    )
    def test_each_leaf_is_its_builtin(self, error: type[BaseException], builtin: type[BaseException]) -> None:
        """Each leaf subclasses the built-in it means."""
        assert issubclass(error, builtin)

    @pytest.mark.parametrize(
        "error", [e for e in ERRORS if e is not exceptions.StaleValueWarning], ids=lambda error: error.__name__
    )
    def test_errors_share_one_root(self, error: type[Exception]) -> None:
        """Every error the library raises on purpose is an SCEError."""
        assert issubclass(error, exceptions.SCEError)
