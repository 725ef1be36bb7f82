"""
The example notebook (docs/notebooks/analyst.ipynb) runs, its stored copy was executed, and it looks right in a browser.

The notebook is executed with nbclient from its own folder, as the docs
build shows it, then rendered to HTML by nbconvert (what mkdocs-jupyter uses)
and photographed by a headless Chromium, when one is installed. The PNG is
kept where ``SCE_METHOD_SCREENSHOTS`` says (a folder), for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, Final

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
nbconvert = pytest.importorskip("nbconvert")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")
pytest.importorskip("polars")
pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

HERE: Final = Path(__file__).resolve().parent.parent / "docs" / "notebooks"
NOTEBOOK: Final = HERE / "analyst.ipynb"
CHROMIUM_FLAGS: Final = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def _outputs(cell: Any) -> str:
    """Every text and HTML output of a cell, joined."""
    parts = []
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        parts += [str(data.get("text/html", "")), str(data.get("text/plain", "")), str(output.get("text", ""))]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def executed() -> Any:
    """The notebook, executed now from its own folder."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(HERE)}}
    )
    client.execute()
    return notebook


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
class TestNotebook:
    def test_runs_and_shows_compact_views(self, executed: Any) -> None:
        """Every cell runs; the report, the indicators and the framework show as compact views, the chart as SVG."""
        code = [c for c in executed.cells if c.cell_type == "code"]
        shown = "\n".join(_outputs(c) for c in code)

        expected = (False, True, True, True, True, True)
        assert expected == (
            any(o.get("output_type") == "error" for c in code for o in c.get("outputs", [])),
            "Graduación al 2024-10-17: 70 participantes" in shown,
            "... 50 más (de 70)" in shown,
            "x: cifra oculta para proteger a las participantes" in shown,
            "image/svg+xml" in str([o.get("data", {}).keys() for c in code for o in c.get("outputs", [])]),
            "Graduation on 2024-10-17: 70 participants" in shown,
        )

    def test_small_when_saved(self, executed: Any) -> None:
        """The executed notebook, as saved, stays small (compact views, not whole reports)."""
        assert len(nbformat.writes(executed).encode()) < 400_000

    def test_stored_copy_is_executed(self) -> None:
        """The copy in docs/ has the outputs the site shows (run docs/notebooks/execute.py after editing it)."""
        stored = nbformat.read(NOTEBOOK, as_version=4)

        assert all(c.get("outputs") for c in stored.cells if c.cell_type == "code")

    @pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium to take the screenshot")
    def test_screenshot(self, executed: Any, tmp_path: Path) -> None:
        """Rendered to HTML and opened in a headless Chromium, the notebook makes a full screenshot."""
        html, _ = nbconvert.HTMLExporter().from_notebook_node(executed)
        page = tmp_path / "analyst.html"
        page.write_text(html, encoding="utf-8")
        shot = Path(os.environ.get("SCE_METHOD_SCREENSHOTS", tmp_path)) / "analyst.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        flags = [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
        command = [shutil.which("chromium") or "chromium", *flags, f"--screenshot={shot}", "--window-size=1280,9000"]
        subprocess.run([*command, page.as_uri()], check=True, capture_output=True, timeout=120)  # noqa: S603

        data = shot.read_bytes()
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (data[:4], width, height) == (b"\x89PNG", 1280, 9000)
        assert len(data) > 50_000  # a page with content, not a blank one
        # compact views: the whole notebook, 70 participants and 21 indicator rows included, ends well above the
        # bottom of the 9,000-pixel window (whole tables would run past it)
        image = pytest.importorskip("PIL.Image").open(shot).convert("L")
        inked = [y for y in range(0, height, 10) if min(image.crop((0, y, width, y + 1)).getdata()) < 200]
        assert 3000 < max(inked) < 8000
