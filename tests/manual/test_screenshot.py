"""
The Manual as a reader sees it: the HTML rendered by Debian's headless Chromium, its first pages screenshotted.

The screenshot is kept in pytest's temporary directory (the last runs are
kept), or in ``$SCE_MANUAL_SCREENSHOTS`` when set; the test skips where
Chromium is not installed (``apt-get install chromium``; CI installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import sce_method
from sce_method.manual import build_manual
from tests.manual.png import read_png

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
OPTIONS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
"""Headless, as root, with no network: no sandbox, no GPU, none of the connections Chromium makes on its own."""


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
def test_the_first_pages_show_text_and_colour(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Chromium draws the page: a 1280 x 1800 screenshot, not one colour, with text on a good part of it."""
    assert CHROMIUM is not None
    where = Path(os.environ.get("SCE_MANUAL_SCREENSHOTS") or tmp_path_factory.mktemp("manual-screenshot"))
    where.mkdir(parents=True, exist_ok=True)
    page, shot = where / "manual.html", where / "manual.png"
    page.write_text(build_manual(sce_method.load()).to_html(), encoding="utf-8")
    shot.unlink(missing_ok=True)
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = [*OPTIONS, f"--user-data-dir={profile}", f"--screenshot={shot}", "--window-size=1280,1800"]
    subprocess.run(  # noqa: S603 -- Debian's chromium, on a page this test wrote
        [CHROMIUM, *options, page.as_uri()],
        capture_output=True,
        timeout=180,
        check=False,
    )

    image = read_png(shot.read_bytes())
    colours = image.pixels(step=4)
    background = colours.most_common(1)[0][1] / sum(colours.values())
    assert (image.width, image.height) == (1280, 1800)
    assert shot.stat().st_size > 50_000
    assert len(colours) > 50, "the screenshot is (almost) one colour"
    assert 0.5 < background < 0.97, f"{background:.0%} of the page is background"
