"""Tests for `sce_method.manual._pdf`: the Manual as PDF through WeasyPrint, or a clear word when it cannot be."""

from __future__ import annotations

import sys

import pytest

import sce_method
from sce_method.exceptions import WriteError
from sce_method.manual import build_manual


def _weasyprint_works() -> bool:
    try:
        import weasyprint  # noqa: F401, PLC0415 -- only to know whether the extra, and Pango, are here
    except (ImportError, OSError):
        return False
    return True


needs_weasyprint = pytest.mark.skipif(not _weasyprint_works(), reason="the pdf extra (WeasyPrint and Pango) is missing")


@needs_weasyprint
def test_a_pdf_of_pages() -> None:
    """A PDF with no date in it: the same Manual gives the same bytes."""
    manual = build_manual(sce_method.load("sce-base"))

    first, second = manual.to_pdf(), manual.to_pdf()

    assert (first[:5], b"CreationDate" in first, first == second) == (b"%PDF-", False, True)
    assert len(first) > 20_000


def test_without_weasyprint_the_error_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the extra is missing, a WriteError names the extra and the HTML to print instead."""
    monkeypatch.setitem(sys.modules, "weasyprint", None)

    with pytest.raises(WriteError) as caught:
        build_manual(sce_method.load()).to_pdf()

    assert "pip install 'sce-method[pdf]'" in caught.value.render("en")
    assert "--format html" in caught.value.render("es")


def test_without_pango_the_error_names_the_system_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where WeasyPrint cannot load Pango (an OSError on import), the error names the system package."""

    class _Finder:
        def find_spec(self, name: str, *_: object) -> None:
            if name == "weasyprint":
                msg = "cannot load library 'libpango-1.0-0'\nmore"
                raise OSError(msg)

    monkeypatch.delitem(sys.modules, "weasyprint", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_Finder(), *sys.meta_path])

    with pytest.raises(WriteError) as caught:
        build_manual(sce_method.load()).to_pdf()

    assert "libpango-1.0-0" in caught.value.render("en")
    assert "\n" not in caught.value.render("en")
