"""`lazy_names`: a module's names imported on first use."""

from __future__ import annotations

import pytest

from sce_method._core import lazy_names


class TestLazyNames:
    def test_a_name_comes_from_its_module(self) -> None:
        """A listed name is looked up in its module when asked for."""
        import json  # noqa: PLC0415

        getattr_ = lazy_names("pkg", {"dumps": "json"})
        assert getattr_("dumps") is json.dumps

    def test_an_unlisted_name_is_an_attribute_error(self) -> None:
        """Any other name is an AttributeError naming the package."""
        with pytest.raises(AttributeError, match="module 'pkg' has no attribute 'nope'"):
            lazy_names("pkg", {})("nope")
