"""Tests for `sce_method/__init__.py`: the front door and its stable names."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest

import sce_method
from sce_method import _core, methodology, serialization


class TestFrontDoor:
    def test_all_is_sorted_and_complete(self) -> None:
        """__all__ is sorted and names the stable public API (DESIGN.md)."""
        expected = sorted(sce_method.__all__)

        assert expected == sce_method.__all__
        assert {"Methodology", "__version__", "available", "load"} <= set(sce_method.__all__)

    @pytest.mark.parametrize("name", sce_method.__all__)
    def test_every_public_name_resolves(self, name: str) -> None:
        """Every name in __all__ is there."""
        assert getattr(sce_method, name) is not None

    def test_names_are_the_subpackages_objects(self) -> None:
        """The front door re-exports; it does not copy."""
        expected = (methodology.Methodology, serialization.load, serialization.available, _core.Text, _core.Provenance)

        assert expected == (
            sce_method.Methodology,
            sce_method.load,
            sce_method.available,
            sce_method.Text,
            sce_method.Provenance,
        )

    def test_version(self) -> None:
        """__version__ is the installed distribution's version."""
        expected = version("sce-method")

        assert expected == sce_method.__version__

    def test_unknown_attribute(self) -> None:
        """An unknown name is an AttributeError, as for any module."""
        with pytest.raises(AttributeError, match="no attribute 'cocina'"):
            sce_method.cocina  # noqa: B018 -- the access is the test

    def test_dir_lists_the_public_names(self) -> None:
        """dir() shows the public names, even before they are first used."""
        assert set(sce_method.__all__) <= set(dir(sce_method))

    def test_import_is_cheap(self) -> None:
        """Importing sce_method loads neither the serialization layer nor cattrs until asked."""
        heavy = "('cattrs', 'yaml', 'sce_method.serialization')"
        code = f"import sys, sce_method; print(sorted(m for m in {heavy} if m in sys.modules))"
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603 -- this interpreter, a fixed command

        expected = "[]"
        assert expected == result.stdout.strip()

    def test_default_methodology(self) -> None:
        """The front door loads the bundled methodology."""
        expected = ("jalisco-sisemh-2024", ("cjm-2024", "crea-2024", "jalisco-sisemh-2024", "sce-base"))

        assert expected == (sce_method.load().id, sce_method.available())
