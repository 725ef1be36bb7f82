"""
A property of the XLSForm import: whatever form pyxform accepts, the instrument read from it, written back, converts.

Forms are drawn from a small grammar of what field forms hold: groups and repeats nested (balanced), every type
family, names that clash or are invalid, and expressions in and out of the subset naming questions that may or
may not exist. A form pyxform itself refuses is not the import's concern and is discarded.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sce_method.exceptions import LoadError
from sce_method.monitoring.instruments import InstrumentKind
from sce_method.monitoring.xlsform import read_xlsform, write_xlsform
from tests.monitoring.xlsform.tables import converts

xls2xform = pytest.importorskip("pyxform.xls2xform")

TYPES = (
    "text",
    "integer",
    "decimal",
    "date",
    "select_one yesNo",
    "select_multiple yesNo",
    "note",
    "geopoint",
    "time",
    "image",
    "select_one yesNo or_other",
)
TEMPLATES = (
    "${x} != ''",
    "${x} > 1",
    "selected(${x}, 'no')",
    "coalesce(${x}, 0) + 1",
    "pulldata('f', 'x', 'k', ${x})",
    "int(decimal-date-time(${x}) - decimal-date-time(today()))",
    "concat(${x}, 'a')",
    "string-length(${x}) > 2",
)

Row = list[str | None]


@st.composite
def surveys(draw: st.DrawFn) -> list[Row]:
    """Survey rows (type, name, label, relevant, calculation, required), names unique, groups balanced."""
    rows: list[Row] = []
    open_heads: list[str] = []
    names: list[str] = []

    def expression() -> str | None:
        if not names or draw(st.booleans()):
            return None
        return draw(st.sampled_from(TEMPLATES)).replace("x", draw(st.sampled_from(names)), 1)

    for index in range(draw(st.integers(1, 14))):
        action = draw(st.sampled_from(["question", "question", "calculate", "open", "close"]))
        name = f"q{index}"
        if action == "open":
            kind = draw(st.sampled_from(["group", "repeat"]))
            rows.append([f"begin_{kind}", name, "Grupo", expression(), None, None])
            open_heads.append(kind)
        elif action == "close" and open_heads:
            rows.append([f"end_{open_heads.pop()}", None, None, None, None, None])
        elif action == "calculate" and names:
            rows.append(["calculate", name, None, None, expression() or "1", None])
            names.append(name)
        else:
            label = "Pregunta"
            if draw(st.booleans()) and len(names) > 0:
                label += " ${" + draw(st.sampled_from(names)) + "}"
            required = draw(st.sampled_from([None, "yes", "TRUE"]))
            rows.append([draw(st.sampled_from(TYPES)), name, label, expression(), None, required])
            names.append(name)
    rows.extend([f"end_{kind}", None, None, None, None, None] for kind in reversed(open_heads))
    return rows


def _write(path: Path, survey: list[Row]) -> None:
    import openpyxl  # noqa: PLC0415 -- only needed here, with the test extra

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "survey"
    sheet.append(["type", "name", "label", "relevant", "calculation", "required"])
    for row in survey:
        sheet.append(row)
    choices = workbook.create_sheet("choices")
    for choice in (["list_name", "name", "label"], ["yesNo", "yes", "Yes"], ["yesNo", "no", "No"]):
        choices.append(choice)
    workbook.save(path)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(surveys())
def test_whatever_pyxform_accepts_comes_back_converting(survey: list[Row]) -> None:
    """A form pyxform converts imports (or is refused with a LoadError), and what is written back converts."""
    with tempfile.TemporaryDirectory() as folder:
        form = Path(folder) / "form.xlsx"
        _write(form, survey)
        assume(not converts(form))
        try:
            imported = read_xlsform(form, kind=InstrumentKind.FOLLOW_UP)
        except LoadError:
            return
        back = Path(folder) / "back.xlsx"
        write_xlsform(imported.instrument, back)
        expected: list[str] = []
        assert expected == converts(back)
