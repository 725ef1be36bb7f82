"""
Execute the example notebook in place, so that the docs site shows its outputs: ``python docs/notebooks/execute.py``.

The tests execute it too (``tests/test_notebook.py``), and fail if it raises or if the copy here was not executed.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent
NOTEBOOK = HERE / "analyst.ipynb"


def main() -> None:
    """Run every cell of the notebook, from its own folder, and write it back with its outputs."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(HERE)}}).execute()
    for cell in notebook.cells:
        cell.get("metadata", {}).pop("execution", None)
    nbformat.write(notebook, NOTEBOOK)


if __name__ == "__main__":
    main()
