"""Running ``sce-method`` inside the test process: the exit code, what went to stdout and what went to stderr."""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pytest

from sce_method.cli import main
from tests.participants.lists import EXAMPLE

AS_OF: Final = "2024-10-17"
"""The evaluation date used with the example cohort."""

Run = tuple[int, str, str]
"""An exit code, what went to stdout, what went to stderr."""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    """Run ``sce-method`` with *argv*."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_check(capsys: pytest.CaptureFixture[str], *options: str, cohort: Path = EXAMPLE) -> Run:
    """Run ``sce-method check`` on *cohort* (the example by default) on `AS_OF`, with *options*."""
    return run(capsys, "check", str(cohort), "--as-of", AS_OF, *options)
