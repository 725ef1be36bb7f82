"""
Every report converts to polars, pandas and Arrow with the documented column types, and round-trips through Parquet.

The types are those of docs/dataframes.md; each report's table of them is
written out here, so that a change of type is a change of this file.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Final

import pytest

import sce_method
from sce_method._core import Lang
from sce_method.exceptions import MissingExtraError
from sce_method.graduation import Status, evaluate_cohort
from sce_method.participants import read_cohort
from tests.test_reports import REPORTS, _report

JALISCO: Final = Path(__file__).resolve().parent.parent / "examples" / "cohorts" / "jalisco-2024"

pl = pytest.importorskip("polars")
pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

S, CAT, N, F, B, D, T = "str", "category", "int", "float", "bool", "date", "datetime"

KINDS: Final[dict[str, dict[str, str]]] = {
    "CohortReport": {
        "participant_id": S,
        "centre_id": CAT,
        "cohort_id": CAT,
        "status": CAT,
        "status_label": CAT,
        "unmet": S,
        "explanation": S,
    },
    "FrameReport": {
        "participant_id": S,
        "centre_id": CAT,
        "cohort_id": CAT,
        "status": CAT,
        "status_label": CAT,
        "unmet": S,
        "explanation": S,
    },
    "ResultsFramework": {
        "outcome_id": CAT,
        "indicator_id": S,
        "statement": S,
        "measure": CAT,
        "baseline": F,
        "target": F,
        "target_text": S,
        "period": S,
        "actual": F,
        "progress_percent": N,
        "status": CAT,
        "status_label": CAT,
        "note": S,
    },
    "ResultsComparison": {
        "row": CAT,
        "id": S,
        "outcome_id": CAT,
        "label": S,
        "target": F,
        "target_text": S,
        "reported": F,
        "reported_progress_percent": N,
        "reported_status": CAT,
        "computed": F,
        "computed_progress_percent": N,
        "computed_status": CAT,
        "agrees": B,
        "computation": CAT,
        "counted": N,
        "excluded": N,
        "missing": S,
    },
    "IndicatorReport": {
        "indicator_id": CAT,
        "dimension": CAT,
        "key": S,
        "numerator": F,
        "denominator": N,
        "value": F,
        "missing": N,
        "small": B,
        "reported": F,
        "suppressed": B,
    },
    "ExportReading": {
        "line": N,
        "participant_id": S,
        "instance_id": S,
        "submitted_at": T,
        "review_status": CAT,
        "form_version": CAT,
        "server_id": S,
        "valid": B,
        "problems": S,
    },
    "MatchResult": {"mentor_id": CAT, "mentee_id": S, "starts_on": D, "ends_on": D},
    "MentoringReport": {"as_of": D, "figure": CAT, "label": S, "value": F},
}
"""Each report's columns and what they hold."""

POLARS: Final = {
    S: "String",
    CAT: "Categorical|Enum",
    N: "Int64",
    F: "Float64",
    B: "Boolean",
    D: "Date",
    T: "Datetime",
}
PANDAS: Final = {
    S: "string",
    CAT: "category",
    N: "Int64",
    F: "Float64",
    B: "boolean",
    D: "datetime64[ns]",
    T: "datetime64[ns, UTC]",
}
ARROW: Final = {
    S: "string",
    CAT: "dictionary<values=string, indices=int32, ordered=0>",
    N: "int64",
    F: "double",
    B: "bool",
    D: "date32[day]",
    T: "timestamp[us, tz=UTC]",
}


def _polars_kind(dtype: object) -> str:
    name = type(dtype).__name__ if not isinstance(dtype, type) else dtype.__name__
    return next(k for k, v in POLARS.items() if name in v.split("|"))


def test_every_report_is_listed() -> None:
    """Every report of tests/test_reports.py has its table of kinds here."""
    assert sorted(REPORTS) == sorted(KINDS)


@pytest.mark.parametrize("name", sorted(KINDS))
class TestFrames:
    def test_polars(self, name: str) -> None:
        """to_polars has the report's columns, in order, with the polars type of each kind, one row per row."""
        report = _report(name)
        frame = report.to_polars()

        expected = (list(KINDS[name].items()), len(report.rows()))
        assert expected == ([(c, _polars_kind(t)) for c, t in frame.schema.items()], frame.height)

    def test_pandas(self, name: str) -> None:
        """to_pandas has the report's columns with pandas' nullable type of each kind."""
        frame = _report(name).to_pandas()

        expected = [(c, PANDAS[k]) for c, k in KINDS[name].items()]
        assert expected == [(str(c), str(t)) for c, t in frame.dtypes.items()]

    def test_arrow(self, name: str) -> None:
        """to_arrow has the report's columns with the Arrow type of each kind."""
        table = _report(name).to_arrow()

        expected = [(c, ARROW[k]) for c, k in KINDS[name].items()]
        assert expected == [(f.name, str(f.type)) for f in table.schema]

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_same_values_as_the_rows(self, name: str, lang: Lang) -> None:
        """The polars frame holds the rows' values: numbers as they are, ISO text as dates, None as null."""
        report = _report(name)

        def plain(value: object) -> object:
            return value.isoformat() if isinstance(value, dt.date) else value

        frame_rows = [{k: plain(v) for k, v in r.items()} for r in report.to_polars(lang).to_dicts()]
        expected = [
            {k: (float(v) if KINDS[name][k] == F and isinstance(v, int) else v) for k, v in r.items()}
            for r in report.rows(lang)
        ]
        times = [k for k, kind in KINDS[name].items() if kind == T]
        for row in frame_rows:
            for key in times:
                row[key] = row[key] if row[key] is None else str(row[key]).replace(" ", "T")
        assert expected == frame_rows

    def test_parquet_round_trip(self, name: str, tmp_path: Path) -> None:
        """write_parquet writes to_arrow: read back by pyarrow it is equal, and polars reads the same frame."""
        report = _report(name)
        path = tmp_path / "report.parquet"
        report.write_parquet(path)

        expected = (True, True, ["report.parquet"])
        assert expected == (
            pq.read_table(path).equals(report.to_arrow()),
            pl.read_parquet(path).cast(pl.String).equals(report.to_polars().cast(pl.String)),
            sorted(p.name for p in tmp_path.iterdir()),
        )


class TestStatusCategories:
    def test_every_status_is_a_category(self) -> None:
        """The status column keeps every status id, in order, even those no participant has."""
        frame = _report("CohortReport").to_pandas()

        expected = ["enrolled", "in_progress", "eligible", "graduated", "not_eligible", "withdrawn"]
        assert expected == list(frame["status"].cat.categories)

    @pytest.mark.parametrize(("lang", "labels"), [("es", {"graduada", "inscrita"}), ("en", {"graduated", "enrolled"})])
    def test_graduated_and_enrolled(self, lang: Lang, labels: set[str]) -> None:
        """The jalisco-2024 example's graduates and enrolled are statuses with their labels in the language asked."""
        m = sce_method.load()
        report = evaluate_cohort(m, read_cohort(JALISCO, m), "2024-11-30")
        frame = report.to_polars(lang).filter(pl.col("status").is_in(["graduated", "enrolled"]))

        expected = (labels, report.count(Status.GRADUATED) + report.count(Status.ENROLLED))
        assert expected == (set(frame["status_label"].cast(pl.String).to_list()), frame.height)

    @pytest.mark.parametrize(("lang", "label"), [("es", "no acredita"), ("en", "not eligible")])
    def test_labels_in_the_language_asked(self, lang: Lang, label: str) -> None:
        """status_label holds the labels in the language asked."""
        frame = _report("CohortReport").to_polars(lang)

        assert label in frame["status_label"].cast(pl.String).to_list()


class TestMissingExtra:
    @pytest.mark.parametrize(("method", "module", "extra"), [
        ("to_polars", "polars", "tables"),
        ("to_pandas", "pandas", "dataframes"),
        ("to_arrow", "pyarrow", "dataframes"),
    ])  # fmt: skip
    def test_says_how_to_install(self, method: str, module: str, extra: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without its library, a conversion is a MissingExtraError (an ImportError) naming the extra to install."""
        monkeypatch.setitem(sys.modules, module, None)

        with pytest.raises(MissingExtraError) as caught:
            getattr(_report("MentoringReport"), method)()

        expected = (True, extra, True)
        assert expected == (
            isinstance(caught.value, ImportError),
            caught.value.extra,
            f"[{extra}]" in str(caught.value),
        )


DOC_KINDS: Final = {
    "text": S,
    "label": CAT,
    "status": CAT,
    "count": N,
    "number": F,
    "share": F,
    "flag": B,
    "date": D,
    "date and time": T,
}
"""The kinds docs/dataframes.md names, as this file's kinds."""


def _documented() -> dict[str, dict[str, str]]:
    """Each report's columns and kinds as docs/dataframes.md's table gives them (a kind follows its columns)."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "dataframes.md").read_text(encoding="utf-8")
    found: dict[str, dict[str, str]] = {}
    for line in page.splitlines():
        cells = line.split(" | ")
        if not line.startswith("| `") or len(cells) != 2:
            continue
        names: list[str] = []
        kinds: dict[str, str] = {}
        for match in re.finditer(r"`([^`]+)`|\(([^()]*)\)", cells[1]):
            if match.group(1) is not None:
                names.append(match.group(1))
                continue
            kind = DOC_KINDS[re.split(r"[:,]", match.group(2))[0].strip()]
            kinds |= dict.fromkeys(names, kind)
            names = []
        for report in re.findall(r"`(\w+)`", cells[0]):
            found[report] = kinds
    return found


def test_the_documented_kinds() -> None:
    """docs/dataframes.md's table of columns and kinds is the one the frames are tested against, for every report."""
    expected = KINDS
    assert expected == _documented()
