"""Fuzzing the methodology loader: `load` and ``sce-method validate`` on mutated methodologies and adaptations."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import sce_method
from tests.fuzz.harness import FUZZ, assert_closed, read, run_cli
from tests.fuzz.mutate import Blob, yaml_text
from tests.fuzz.seeds import METHODOLOGY_FILES

NAMES = sorted(METHODOLOGY_FILES)


@st.composite
def methodology_files(draw: st.DrawFn) -> tuple[str, dict[str, bytes]]:
    """The file to load, and every file of its folder (the one to load mutated, and maybe the one it is based on)."""
    files: dict[str, bytes] = {name: Blob(text.encode("utf-8")) for name, text in METHODOLOGY_FILES.items()}
    target = draw(st.sampled_from(NAMES))
    for name in {target, draw(st.sampled_from(NAMES))}:
        files[name] = draw(yaml_text(METHODOLOGY_FILES[name]))
    return target, files


class TestMethodologyFile:
    """A mutated methodology or adaptation file."""

    @FUZZ
    @given(chosen=methodology_files())
    def test_load_or_located_error(self, chosen: tuple[str, dict[str, bytes]]) -> None:
        """The loader and `validate` return, or report located problems."""
        target, files = chosen
        with tempfile.TemporaryDirectory() as tmp:
            for name, data in files.items():
                (Path(tmp) / name).write_bytes(data)
            path = Path(tmp) / target
            read(lambda: sce_method.load(path))
            assert_closed(tmp)
            run_cli(["validate", str(path)])
            assert_closed(tmp)
