"""Tests for `sce_method/__init__.py`: the front door and its stable names."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import attrs
import pendulum
import pytest

import sce_method
from sce_method import RULE_VALUE, methodology, serialization
from sce_method.curriculum import Delivery
from sce_method.exceptions import LoadError


class TestFrontDoor:
    def test_all_is_sorted_and_complete(self) -> None:
        """__all__ is sorted as the house sorts it (constants first) and names the stable public API (DESIGN.md)."""
        expected = sorted(sce_method.__all__, key=lambda name: (not name.isupper(), name))

        assert expected == sce_method.__all__
        assert {"Methodology", "__version__", "available", "load"} <= set(sce_method.__all__)

    @pytest.mark.parametrize("name", sce_method.__all__)
    def test_every_public_name_resolves(self, name: str) -> None:
        """Every name in __all__ is there."""
        assert getattr(sce_method, name) is not None

    def test_names_are_the_subpackages_objects(self) -> None:
        """The front door re-exports; it does not copy."""
        expected = (methodology.Methodology, serialization.load, serialization.available)

        assert expected == (sce_method.Methodology, sce_method.load, sce_method.available)

    def test_vocabulary_is_what_the_models_hold(self) -> None:
        """The vocabulary it offers is the classes the loaded models are made of, not copies."""
        m = sce_method.load()
        module = m.curriculum.module("educacion-financiera")
        with pytest.raises(KeyError) as caught:
            m.curriculum.module("cocina")

        expected = (
            sce_method.Text,
            sce_method.Provenance,
            sce_method.Source,
            sce_method.Document,
            sce_method.Dated,
            sce_method.DatedValue,
            sce_method.Message,
        )
        assert expected == (
            type(module.title),
            type(module.provenance),
            type(module.provenance.source),
            type(m.documents[0]),
            type(m.graduation.rule_sets) if m.graduation else None,
            type(m.graduation.rule_sets.entries[0]) if m.graduation else None,
            type(caught.value.message),  # type: ignore[attr-defined]
        )

    def test_rule_value_marks_the_fields_that_need_their_own_provenance(self) -> None:
        """RULE_VALUE is the attrs metadata key on a module's hours, not on its title."""
        fields = attrs.fields(sce_method.load().curriculum.modules[0].__class__)

        expected = (True, False)
        assert expected == (RULE_VALUE in fields.hours.metadata, RULE_VALUE in fields.title.metadata)

    def test_as_date_is_the_strict_reader(self) -> None:
        """as_date reads ISO text as the loader does, and refuses what the loader refuses."""
        with pytest.raises(LoadError):
            sce_method.as_date("17/10/2024")

        assert pendulum.Date(2024, 10, 17) == sce_method.as_date("2024-10-17")

    def test_label_and_lang(self) -> None:
        """Label shows an enum member in a Lang, Spanish by default."""
        langs: tuple[sce_method.Lang, ...] = ("es", "en")

        expected = ["presencial", "in person"]
        assert expected == [sce_method.label(Delivery.IN_PERSON, lang) for lang in langs]

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
