"""Tests for `sce_method.exceptions`: the public address of every error."""

from __future__ import annotations

import pytest

from sce_method import _core, exceptions


class TestExceptions:
    def test_all_is_sorted(self) -> None:
        """__all__ is sorted."""
        expected = sorted(exceptions.__all__)

        assert expected == exceptions.__all__

    @pytest.mark.parametrize("name", exceptions.__all__)
    def test_same_objects_as_the_core(self, name: str) -> None:
        """The public names are the core's classes, not copies: except clauses work either way."""
        assert getattr(_core, name) is getattr(exceptions, name)

    @pytest.mark.parametrize(
        ("error", "builtin"),
        [
            (exceptions.LoadError, ValueError),
            (exceptions.InvariantError, ValueError),
            (exceptions.UnknownIdError, KeyError),
            (exceptions.NotInForceError, LookupError),
            (exceptions.StaleValueWarning, UserWarning),
        ],
    )
    def test_each_leaf_is_its_builtin(self, error: type[BaseException], builtin: type[BaseException]) -> None:
        """Each leaf subclasses the built-in it means."""
        assert issubclass(error, builtin)

    @pytest.mark.parametrize(
        "error",
        [exceptions.LoadError, exceptions.InvariantError, exceptions.UnknownIdError, exceptions.NotInForceError],
    )
    def test_errors_share_one_root(self, error: type[Exception]) -> None:
        """Every error the library raises on purpose is an SCEError."""
        assert issubclass(error, exceptions.SCEError)
