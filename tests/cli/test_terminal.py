"""
``sce-method check`` on a terminal, as a person sees it: 100,000 participants, one progress bar, the summary first.

The command runs in a child process whose stdout and stderr are two pseudo
terminals (``pty.openpty``) 100 columns wide, so that it behaves as in a
shell: stderr is a terminal, so the bar is drawn; stdout is one, so the
table is fitted to its width.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import threading
from pathlib import Path
from typing import Final

import pytest

N: Final = 100_000
COLUMNS: Final = 100


def _cohort(folder: Path) -> Path:
    """100,000 participants of one cohort, each with one module of five attended: none can graduate yet."""
    folder.mkdir()
    lines = (f"P{i:06d},crea,crea-2024-1,2024-06-10\n" for i in range(N))
    (folder / "participants.csv").write_text("participant_id,centre_id,cohort_id,enrolled_on\n" + "".join(lines))
    (folder / "cohorts.csv").write_text(
        "cohort_id,centre_id,starts_on,ends_on\ncrea-2024-1,crea,2024-06-10,2024-10-15\n"
    )
    hours = (f"P{i:06d},alfabetizacion-digital,2024-07-01,12\n" for i in range(N))
    (folder / "attendance.csv").write_text("participant_id,module_id,session_date,hours\n" + "".join(hours))
    return folder


def _terminal() -> tuple[int, int]:
    """A pseudo terminal COLUMNS wide: (master, slave)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, COLUMNS, 0, 0))
    return master, slave


def _drain(master: int, into: list[bytes]) -> None:
    """Read a terminal until the child closes it."""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the other side is closed
            return
        if not chunk:
            return
        into.append(chunk)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 100,000 participants' folder, written once."""
    return _cohort(tmp_path_factory.mktemp("terminal") / "cohorte")


@pytest.fixture(scope="module", params=["python", "polars"])
def screen(request: pytest.FixtureRequest, folder: Path) -> tuple[int, str, str]:
    """The exit code, what stdout showed and what stderr showed, of check on the 100,000 participants, per engine."""
    engine = str(request.param)
    if engine == "polars":
        pytest.importorskip("polars")
    (out_master, out_slave), (err_master, err_slave) = _terminal(), _terminal()
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "SCE_METHOD_LANG")}
    child = subprocess.Popen(  # noqa: S603 -- our own command line, with our own arguments
        [sys.executable, "-m", "sce_method", "check", str(folder), "--as-of", "2024-10-17", "--engine", engine],
        stdin=subprocess.DEVNULL,
        stdout=out_slave,
        stderr=err_slave,
        env=env,
    )
    os.close(out_slave)
    os.close(err_slave)
    out: list[bytes] = []
    err: list[bytes] = []
    readers = [threading.Thread(target=_drain, args=(m, into)) for m, into in ((out_master, out), (err_master, err))]
    for reader in readers:
        reader.start()
    code = child.wait(timeout=1200)
    for reader in readers:
        reader.join(timeout=60)
    os.close(out_master)
    os.close(err_master)
    return code, b"".join(out).decode(), b"".join(err).decode()


class TestOnATerminal:
    def test_summary_first(self, screen: tuple[int, str, str]) -> None:
        """Exit 0, and the first lines on the screen are the summary of all 100,000 (wrapped to the terminal)."""
        code, out, _ = screen

        expected = (
            0,
            "100000 participantes: 0 inscritas, 0 en curso, 0 acreditan, 0 graduadas, 100000 no acreditan, 0 bajas",
        )
        lines = out.splitlines()
        summary = lines[: next(i for i, line in enumerate(lines) if not line.strip())]
        assert expected == (code, " ".join(" ".join(summary).split()))

    def test_one_progress_bar(self, screen: tuple[int, str, str]) -> None:
        """The error stream holds one bar redrawn in place (no new lines), reading then evaluating."""
        _, _, err = screen
        frames = [f for f in re.split(r"[\r\n]", err) if f.strip()]

        expected: tuple[int, bool, bool, bool, list[str]] = (0, True, True, True, [])
        assert expected == (
            err.count("\n"),
            any(f.startswith("leyendo") for f in frames),
            any(f.startswith("evaluando") and "100000" in f for f in frames),
            any("%" in f for f in frames if f.startswith("evaluando")),
            [f for f in frames if "evaluadas" in f],
        )

    def test_fitted_to_the_terminal(self, screen: tuple[int, str, str]) -> None:
        """No line of the table is wider than the terminal: what is missing wraps."""
        _, out, _ = screen

        assert max(len(line) for line in out.splitlines()) <= COLUMNS
