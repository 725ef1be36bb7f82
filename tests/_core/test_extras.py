"""Tests for `sce_method._core._extras`: optional dependencies and the install command that fits."""

from __future__ import annotations

import sys

import pytest

from sce_method._core import MissingExtraError, install_command, require


class TestInstallCommand:
    @pytest.mark.parametrize(
        ("direct_url", "expected"),
        [
            ("", "pip install 'sce-method[xlsx]'"),
            ('{"url": "https://files.example/sce.whl", "archive_info": {}}', "pip install 'sce-method[xlsx]'"),
            ('{"url": "file:///home/ana/sce-method", "dir_info": {"editable": true}}',
             "pip install -e '/home/ana/sce-method[xlsx]'"),
            ('{"url": "file:///home/ana/sce%20method", "dir_info": {}}', "pip install '/home/ana/sce method[xlsx]'"),
            ("not json", "pip install 'sce-method[xlsx]'"),
        ],
    )  # fmt: skip
    def test_fits_the_installation(self, direct_url: str, expected: str) -> None:
        """From PyPI the package name; from a clone or folder, that folder (editable with -e)."""
        assert expected == install_command("xlsx", direct_url=direct_url)

    def test_this_installation(self) -> None:
        """The tests run from an editable install: the command names this clone."""
        assert install_command("tables").startswith("pip install -e '")


class TestRequire:
    def test_present(self) -> None:
        """An installed module is returned."""
        assert require("json", "none").__name__ == "json"

    def test_missing(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A missing one is a MissingExtraError, also an ImportError, naming the extra and its command."""
        monkeypatch.setitem(sys.modules, "polars", None)

        with pytest.raises(ImportError) as caught:
            require("polars", "tables")

        assert isinstance(caught.value, MissingExtraError)
        assert (caught.value.extra, install_command("tables") in str(caught.value)) == ("tables", True)
