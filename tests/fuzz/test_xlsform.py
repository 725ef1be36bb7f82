"""Fuzzing the XLSForm import: `read_xlsform` and ``sce-method xlsform --import`` on mutated forms."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from sce_method.monitoring import InstrumentKind, read_xlsform
from tests.fuzz.harness import FUZZ, assert_closed, read, run_cli
from tests.fuzz.mutate import Blob, Table, table_of, typed_cells, zip_mutated
from tests.fuzz.seeds import workbook_bytes, xlsform_tables

FORMS = sorted(xlsform_tables())


@st.composite
def forms(draw: st.DrawFn) -> tuple[str, bytes]:
    """A bundled instrument's id and its XLSForm with one to three sheets mutated, maybe its zip too."""
    ident = draw(st.sampled_from(FORMS))
    sheets: dict[str, Table] = dict(xlsform_tables()[ident])
    for name in draw(st.lists(st.sampled_from(sorted(sheets)), min_size=1, max_size=3, unique=True)):
        how = draw(st.sampled_from(("table", "table", "table", "drop", "rename")))
        if how == "table":
            sheets[name] = draw(table_of(sheets[name], typed_cells))
        elif how == "drop":
            del sheets[name]
        else:
            sheets[f"{name}_"] = sheets.pop(name)
    data = Blob(workbook_bytes(sheets) if sheets else workbook_bytes({"survey": []}))
    return ident, draw(zip_mutated(data)) if draw(st.integers(0, 3)) == 3 else data


class TestXLSForm:
    """A mutated XLSForm."""

    @FUZZ
    @given(form=forms())
    def test_import_or_located_error(self, form: tuple[str, bytes]) -> None:
        """read_xlsform and xlsform --import return, or report located problems."""
        ident, data = form
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "form.xlsx"
            path.write_bytes(data)
            read(lambda: read_xlsform(path))
            read(lambda: read_xlsform(path, kind=InstrumentKind(ident)))
            assert_closed(tmp)
            out = Path(tmp) / "instrumento.yaml"
            run_cli(["xlsform", "--import", str(path), "--kind", ident, "-o", str(out)], str(out))
            assert_closed(tmp)
