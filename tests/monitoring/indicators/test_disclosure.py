"""Tests for `sce_method.monitoring.indicators._disclosure`: small cells hidden, and not recoverable by subtraction."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import sce_method
from sce_method.cli import main
from sce_method.exceptions import InvariantError
from sce_method.monitoring.indicators import (
    Cell,
    DisclosurePolicy,
    _disclosure,
    compute_indicators,
    protect,
    protect_across,
    read_responses,
)
from sce_method.monitoring.indicators._deferred import Deferred
from sce_method.participants import read_cohort
from sce_method.serialization import unstructure
from tests.monitoring.indicator_data import ASSUMED, PEOPLE, Person, answered, assumed, in_memory, write_cohort

TRANSITION: Final = "transicion-a-actividad-generadora-de-ingresos"
BUSINESS: Final = "inicio-o-mejora-de-negocio"
STUDIES: Final = "integracion-a-estudios"
INDICATORS: Final = (TRANSITION, BUSINESS, STUDIES)

THREE_CENTRES: Final = (
    *answered("crea", "crea-2024-1", 10, yes=5),
    *answered("cjm-guadalajara", "cjm-gdl-2024-1", 10, yes=5),
    *answered("cjm-tlajomulco", "cjm-tlaj-2024-1", 3, yes=2),
)
"""10 participants at CREA and 10 at CJM Guadalajara (5 of each started a business), and 3 at CJM Tlajomulco (2)."""

ONE_CENTRE: Final = answered("cjm-tlajomulco", "cjm-tlaj-2024-1", 3, yes=2)
"""A folder of one centre of 3 participants: every breakdown's only cell is the total."""

SMALL_KEYS: Final = ("cjm-tlajomulco", "cjm-tlaj-2024-1")
"""The centre and cohort of the cell of 3."""

Row = dict[str, str]
FIELDS: Final = ("indicator_id", "dimension", "key", "numerator", "denominator", "value")


def cell(numerator: float, denominator: int, key: str = "k") -> Cell:
    """A centre cell."""
    return Cell(dimension="centro", key=key, numerator=numerator, denominator=denominator)


def hidden(cells: Sequence[Cell]) -> list[str]:
    """The keys of the hidden cells."""
    return [c.key for c in cells if c.suppressed]


# -- the command's outputs, read back ----------------------------------------------------------------------------


def _from_table(text: str) -> list[Row]:
    """The rows of the plain-text table, cut at the columns its dashes line marks."""
    lines = text.split("\n\n", maxsplit=1)[0].splitlines()
    spans = [m.span() for m in re.finditer(r"-+", lines[1])]
    return [dict(zip(FIELDS, (line[a:b].strip() for a, b in spans), strict=False)) for line in lines[2:]]


def _from_markdown(text: str) -> list[Row]:
    lines = text.split("\n\n", maxsplit=1)[0].splitlines()
    return [dict(zip(FIELDS, (c.strip() for c in line.strip("|").split("|")), strict=False)) for line in lines[2:]]


def _as_shown(raw: Mapping[str, object]) -> Row:
    """A row of the CSV or JSON (numbers, None for a hidden cell, its flag) as the table shows it to people."""
    numbers = {k: raw[k] for k in ("numerator", "denominator", "value")}
    if str(raw["suppressed"]) == "True":
        numbers = dict.fromkeys(numbers, "x")
    else:
        numbers = {
            "numerator": f"{float(str(numbers['numerator'])):g}",
            "denominator": str(int(str(numbers["denominator"]))),
            "value": "" if numbers["value"] in ("", None) else f"{float(str(numbers['value'])):.3f}",
        }
    return {k: str(numbers.get(k, raw[k])) for k in FIELDS}


def _from_csv(text: str) -> list[Row]:
    return [_as_shown(r) for r in csv.DictReader(io.StringIO(text, newline=""))]


def _from_json(text: str) -> list[Row]:
    return [_as_shown(r) for r in json.loads(text)]


READERS: Final = {"table": _from_table, "md": _from_markdown, "csv": _from_csv, "json": _from_json}


def _command(capsys: pytest.CaptureFixture[str], folder: Path, fmt: str, *options: str) -> tuple[int, list[Row], str]:
    """Run `sce-method indicators` on *folder*; its exit code, its rows read back, and its whole output."""
    code = main(["indicators", str(folder), "--format", fmt, *options])
    out = capsys.readouterr().out
    return code, READERS[fmt](out), out


def _hidden(row: Row) -> bool:
    """A hidden cell shows 'x', whatever the reason."""
    return row["numerator"] == "x"


def _single_hidden(rows: Sequence[Row]) -> list[tuple[str, str]]:
    """The (indicator, dimension) pairs with exactly one hidden cell among several: those would be recoverable."""
    cells = Counter((r["indicator_id"], r["dimension"]) for r in rows if r["dimension"] != "total")
    hidden_cells = Counter((r["indicator_id"], r["dimension"]) for r in rows if _hidden(r))
    return sorted(k for k, n in hidden_cells.items() if n == 1 and cells[k] > 1)


class TestDisclosurePolicy:
    def test_defaults(self) -> None:
        """Without a setting, cells under 5 are hidden and ages fall in 15-29, 30-44, 45-59 and 60+."""
        found = DisclosurePolicy(provenance=ASSUMED, field_provenance=assumed("min_cell", "age_bands"))

        expected = (5, (15, 30, 45, 60), None)
        assert expected == (found.min_cell, found.age_bands, found.age_question)

    def test_threshold_must_be_positive(self) -> None:
        """A threshold of 0 would hide nothing: it is refused."""
        with pytest.raises(InvariantError) as caught:
            DisclosurePolicy(min_cell=0, provenance=ASSUMED, field_provenance=assumed("min_cell", "age_bands"))

        expected = [("min_cell",)]
        assert expected == [p.path for p in caught.value.problems]

    def test_bundled(self) -> None:
        """The bundled policy hides cells under 5 and takes the age from the entry survey."""
        found = sce_method.load().disclosure

        expected = (5, "edad")
        assert expected == (found.min_cell, found.age_question)  # type: ignore[union-attr]


class TestCell:
    def test_value(self) -> None:
        """A cell's value is numerator / denominator."""
        expected = 0.5
        assert expected == cell(2, 4).value

    def test_value_when_hidden_or_empty(self) -> None:
        """A hidden or empty cell has no value."""
        expected = (None, None)
        assert expected == (attrs.evolve(cell(2, 4), suppressed=True).value, cell(0, 0).value)

    def test_shown(self) -> None:
        """A shown cell prints its numerator, denominator and value (three decimals)."""
        c = cell(2, 3)

        expected = ("2", "3", "0.667")
        assert expected == (c.shown("numerator", 5), c.shown("denominator", 5), c.shown("value", 5))

    @pytest.mark.parametrize("secondary", [False, True])
    def test_shown_when_hidden(self, secondary: bool) -> None:  # noqa: FBT001 -- parametrized
        """A hidden cell prints the one marker "x" for all three, small or hidden for another's sake."""
        c = attrs.evolve(cell(2, 3), suppressed=True, secondary=secondary)

        expected = ("x", "x", "x")
        assert expected == (c.shown("numerator", 5), c.shown("denominator"), c.shown("value"))

    def test_shown_mean(self) -> None:
        """A mean's numerator is a sum and may have decimals."""
        expected = ("12.5", "")
        assert expected == (cell(12.5, 5).shown("numerator", 5), cell(0, 0).shown("value", 5))


class TestProtect:
    def test_small_cell_and_the_next_smallest(self) -> None:
        """A cell of 3 is hidden, and the next smallest with it: one hidden cell is the total minus the others."""
        cells = [cell(20, 40, "crea"), cell(10, 20, "cjm-gdl"), cell(1, 3, "cjm-tlaj")]

        expected = ["cjm-gdl", "cjm-tlaj"]
        assert expected == hidden(protect(cells, 5))

    def test_across_counts_by_default(self) -> None:
        """Without *mean*, a figure is a count: 1 of 12 is small; as a mean, 12 answers are not."""
        cells = [cell(1, 12, "crea"), cell(6, 12, "cjm-gdl")]

        assert hidden(protect_across(cells, 5)) == ["crea", "cjm-gdl"]
        assert hidden(protect_across(cells, 5, mean=True)) == []

    def test_nothing_small(self) -> None:
        """Without a small cell nothing is hidden."""
        cells = [cell(0, 5, "a"), cell(5, 10, "b"), cell(12, 12, "c")]

        expected: list[object] = []
        assert expected == hidden(protect(cells, 5))

    def test_two_small_cells(self) -> None:
        """Two small cells already hide each other: nothing more is hidden."""
        cells = [cell(20, 40, "a"), cell(1, 3, "b"), cell(2, 4, "c")]

        expected = ["b", "c"]
        assert expected == hidden(protect(cells, 5))

    def test_lone_cell(self) -> None:
        """A dimension of one small cell hides it; there is no other to hide."""
        expected = ["a"]
        assert expected == hidden(protect([cell(1, 3, "a")], 5))

    def test_next_smallest_is_chosen(self) -> None:
        """The second cell hidden is the smallest shown one, the first of equals."""
        cells = [cell(20, 40, "a"), cell(0, 6, "b"), cell(15, 30, "c"), cell(1, 2, "d"), cell(0, 6, "e")]

        expected = ["b", "d"]
        assert expected == hidden(protect(cells, 5))

    @pytest.mark.parametrize(
        ("numerator", "denominator", "expected"),
        [(1, 12, True), (11, 12, True), (4, 12, True), (5, 12, False), (0, 12, False), (12, 12, False), (5, 9, True)],
    )
    def test_small_numerator(self, numerator: int, denominator: int, expected: bool) -> None:  # noqa: FBT001 -- parametrized
        """A numerator under the threshold, or a rest under it, singles people out ("1 of 12")."""
        cells = [cell(numerator, denominator, "a"), cell(0, 40, "b"), cell(0, 50, "c")]

        assert expected == protect(cells, 5)[0].suppressed

    def test_mean_ignores_the_numerator(self) -> None:
        """A mean's numerator is a sum of answers, not a count of people: only the denominator decides."""
        cells = [cell(1.5, 12, "a"), cell(3, 3, "b"), cell(200, 40, "c")]

        expected = ["a", "b"]
        assert expected == hidden(protect(cells, 5, mean=True))

    def test_order_and_figures_kept(self) -> None:
        """Protecting changes only the suppressed flag."""
        cells = [cell(20, 40, "crea"), cell(10, 20, "cjm-gdl"), cell(1, 3, "cjm-tlaj")]

        assert cells == [attrs.evolve(c, suppressed=False, secondary=False) for c in protect(cells, 5)]

    def test_secondary_flag(self) -> None:
        """The cell hidden only so that the small one cannot be recovered is flagged secondary."""
        cells = [cell(20, 40, "crea"), cell(10, 20, "cjm-gdl"), cell(1, 3, "cjm-tlaj")]

        expected = [(False, False), (True, True), (True, False)]
        assert expected == [(c.suppressed, c.secondary) for c in protect(cells, 5)]

    def test_empty(self) -> None:
        """No cells, nothing to protect."""
        expected: list[object] = []
        assert expected == protect([], 5)


CELLS: Final = st.lists(
    st.integers(min_value=0, max_value=30).flatmap(
        lambda d: st.builds(
            Cell,
            dimension=st.just("centro"),
            key=st.just(""),
            numerator=st.integers(min_value=0, max_value=d).map(float),
            denominator=st.just(d),
        )
    ),
    max_size=8,
).map(lambda cells: [attrs.evolve(c, key=f"k{i}") for i, c in enumerate(cells)])
"""One dimension's cells, numerator never above denominator."""
MIN_CELL: Final = st.integers(min_value=1, max_value=10)


class TestProtectLaws:
    @given(cells=CELLS, min_cell=MIN_CELL, mean=st.booleans())
    def test_never_exactly_one_hidden(self, cells: list[Cell], min_cell: int, *, mean: bool) -> None:
        """In a dimension of two or more cells, never exactly one is hidden."""
        found = len(hidden(protect(cells, min_cell, mean=mean)))

        assert len(cells) < 2 or found != 1

    @given(cells=CELLS, min_cell=MIN_CELL, mean=st.booleans())
    def test_every_small_cell_hidden(self, cells: list[Cell], min_cell: int, *, mean: bool) -> None:
        """Every cell with fewer than min_cell people is hidden."""
        out = protect(cells, min_cell, mean=mean)

        expected: list[object] = []
        assert expected == [c for c in out if c.denominator < min_cell and not c.suppressed]

    @given(CELLS, MIN_CELL)
    def test_shown_counts_are_safe(self, cells: list[Cell], min_cell: int) -> None:
        """A shown count has at least min_cell people, and its numerator and rest are 0 or at least min_cell."""
        out = protect(cells, min_cell)

        expected: list[object] = []
        assert expected == [
            c
            for c in out
            if not c.suppressed
            and not (
                c.denominator >= min_cell
                and (c.numerator == 0 or c.numerator >= min_cell)
                and (c.denominator - c.numerator == 0 or c.denominator - c.numerator >= min_cell)
            )
        ]

    @given(cells=CELLS, min_cell=MIN_CELL, mean=st.booleans())
    def test_only_the_flag_changes(self, cells: list[Cell], min_cell: int, *, mean: bool) -> None:
        """Protecting keeps every cell, in order, with its figures."""
        assert cells == [
            attrs.evolve(c, suppressed=False, secondary=False) for c in protect(cells, min_cell, mean=mean)
        ]

    @given(cells=CELLS, min_cell=MIN_CELL, mean=st.booleans())
    def test_at_most_one_more(self, cells: list[Cell], min_cell: int, *, mean: bool) -> None:
        """Every small cell is hidden, and secondary suppression hides at most one cell more."""
        small = [c for c in cells if _too_small(c, min_cell, mean=mean)]
        found = hidden(protect(cells, min_cell, mean=mean))

        assert len(small) <= len(found) <= len(small) + 1


def _too_small(c: Cell, min_cell: int, *, mean: bool) -> bool:
    """Fewer than *min_cell* people, or (for a count) a numerator or rest of 1 to min_cell - 1."""
    rest = c.denominator - c.numerator
    return c.denominator < min_cell or (not mean and (0 < c.numerator < min_cell or 0 < rest < min_cell))


class TestProtectedReport:
    def test_rows_hide_the_cell_of_three(self, tmp_path: Path) -> None:
        """In rows(), the centre and cohort of 3 have no numbers, and say they are hidden."""
        folder = write_cohort(tmp_path, THREE_CENTRES)
        m = sce_method.load()
        rows = compute_indicators(m, read_cohort(folder, m), read_responses(folder, m)[0]).rows()

        expected = [(i, None, None, None, True) for i in INDICATORS for _ in SMALL_KEYS]
        assert expected == [
            (r["indicator_id"], r["numerator"], r["denominator"], r["value"], r["suppressed"])
            for r in rows
            if r["key"] in SMALL_KEYS
        ]

    @pytest.mark.parametrize("fmt", ["table", "csv", "json", "md"])
    def test_hidden_in_every_format(self, capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
        """Every output format hides the cell of 3, in numerator, denominator and value."""
        code, rows, _ = _command(capsys, write_cohort(tmp_path, THREE_CENTRES), fmt)

        expected = [(i, k, "x", "x", "x") for i in INDICATORS for k in SMALL_KEYS]
        assert (0, expected) == (
            code,
            [
                (r["indicator_id"], r["key"], r["numerator"], r["denominator"], r["value"])
                for r in rows
                if r["key"] in SMALL_KEYS
            ],
        )

    @pytest.mark.parametrize("fmt", ["table", "csv", "json", "md"])
    def test_not_recoverable_from_the_total(self, capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
        """No dimension has exactly one hidden cell among several, so subtracting from the total reveals nothing."""
        _, rows, _ = _command(capsys, write_cohort(tmp_path, THREE_CENTRES), fmt)

        expected: list[object] = []
        assert expected == _single_hidden(rows)

    @pytest.mark.parametrize("fmt", ["table", "csv", "json", "md"])
    def test_totals_kept(self, capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
        """The totals are shown in full: 12 of 23 started a business."""
        _, rows, _ = _command(capsys, write_cohort(tmp_path, THREE_CENTRES), fmt)

        expected = [(TRANSITION, "0", "23"), (BUSINESS, "12", "23"), (STUDIES, "0", "23")]
        assert expected == [
            (r["indicator_id"], r["numerator"], r["denominator"]) for r in rows if r["dimension"] == "total"
        ]

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_the_table_says_so(self, capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str) -> None:
        """The table ends with the legend of the marker, in the language asked."""
        main(["indicators", str(write_cohort(tmp_path, THREE_CENTRES)), "--lang", lang])

        expected = {
            "es": "x: cifra oculta para proteger a las participantes: cuenta a menos de 5 personas (en total, entre"
            " las que cumplen o entre las que no), o es igual a una cifra oculta o dejaría deducirla restando.",
            "en": "x: figure hidden to protect the participants: it counts fewer than 5 people (in all, among those"
            " who meet the condition or among those who do not), or it equals a hidden figure or would let one be"
            " worked out by subtraction.",
        }[lang]
        assert expected == capsys.readouterr().out.splitlines()[-1]

    @pytest.mark.parametrize("fmt", ["table", "md"])
    def test_no_legend_when_shown(self, capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
        """With --show-small-cells nothing is hidden, and the table has no legend."""
        _, _, out = _command(capsys, write_cohort(tmp_path, THREE_CENTRES), fmt, "--show-small-cells")

        assert "x:" not in out

    @pytest.mark.parametrize("fmt", ["table", "csv", "json", "md"])
    def test_total_of_one_centre_hidden(self, capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
        """A folder of one small centre: its total is the hidden cell, so it is hidden too, in every format."""
        _, rows, _ = _command(capsys, write_cohort(tmp_path, ONE_CENTRE), fmt)

        expected = [(i, d, "x", "x", "x") for i in INDICATORS for d in ("total", "centro", "generacion")]
        assert expected == [
            (r["indicator_id"], r["dimension"], r["numerator"], r["denominator"], r["value"]) for r in rows
        ]

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_explanation_repeats_no_hidden_figure(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str
    ) -> None:
        """Below the table, no explanation of a hidden total gives a figure (it said "2 of 3")."""
        main(["indicators", str(write_cohort(tmp_path, ONE_CENTRE)), "--lang", lang])
        explanations = capsys.readouterr().out.split("\n\n")[1]

        expected: tuple[int, list[str]] = (3, [])
        assert expected == (len(explanations.splitlines()), re.findall(r"\d", explanations))

    def test_show_small_cells(self, tmp_path: Path) -> None:
        """Asked by name, compute_indicators shows every cell as it is."""
        folder = write_cohort(tmp_path, THREE_CENTRES)
        m = sce_method.load()
        report = compute_indicators(m, read_cohort(folder, m), read_responses(folder, m)[0], show_small_cells=True)
        rows = [r for r in report.rows() if r["indicator_id"] == BUSINESS and r["dimension"] == "centro"]

        expected = (False, [("cjm-guadalajara", 5, 10), ("cjm-tlajomulco", 2, 3), ("crea", 5, 10)])
        assert expected == (report.suppressed, [(r["key"], r["numerator"], r["denominator"]) for r in rows])

    @pytest.mark.parametrize("fmt", ["table", "csv", "json", "md"])
    def test_show_small_cells_option(self, capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
        """--show-small-cells shows the cell of 3 in every format, and hides nothing."""
        code, rows, out = _command(capsys, write_cohort(tmp_path, THREE_CENTRES), fmt, "--show-small-cells")

        expected = (0, [("cjm-tlajomulco", "2", "3", "0.667"), ("cjm-tlaj-2024-1", "2", "3", "0.667")], False)
        assert expected == (
            code,
            [
                (r["key"], r["numerator"], r["denominator"], r["value"])
                for r in rows
                if r["indicator_id"] == BUSINESS and r["key"] in SMALL_KEYS
            ],
            "<5" in out,
        )

    def test_not_recoverable_through_another_dimension(self) -> None:
        """CJM Guadalajara has one cohort: hiding the centre while showing its cohort would let 3 = 53 - 30 - 20."""
        people = [
            *answered("cjm-tlajomulco", "cjm-tlaj-2024-1", 3, yes=2),
            *answered("cjm-guadalajara", "cjm-gdl-2024-1", 20, yes=10),
            *answered("crea", "crea-2024-1", 12, yes=6),
            *answered("crea", "crea-2024-2", 18, yes=9),
        ]
        cohort, readings = in_memory(people)
        rows = compute_indicators(sce_method.load(), cohort, readings).rows()
        shown = {r["key"] for r in rows if r["indicator_id"] == BUSINESS and not r["suppressed"]}

        assert not {"crea", "cjm-gdl-2024-1"} <= shown

    @given(PEOPLE)
    def test_computed_cells_are_protected(self, people: Sequence[Person]) -> None:
        """Over any cohort: no dimension with exactly one hidden cell, and every cell under 5 hidden."""
        cohort, readings = in_memory(people)
        report = compute_indicators(sce_method.load(), cohort, readings)
        cells = [(v.indicator_id, c) for v in report.values for c in v.cells]
        per_dimension = Counter((i, c.dimension) for i, c in cells)
        hidden_per_dimension = Counter((i, c.dimension) for i, c in cells if c.suppressed)

        expected: tuple[object, ...] = ([], [])
        assert expected == (
            [k for k, n in hidden_per_dimension.items() if n == 1 and per_dimension[k] > 1],
            [(i, c) for i, c in cells if c.denominator < report.min_cell and not c.suppressed],
        )


class TestHidden:
    def test_as_attrs_evolve(self) -> None:
        """The hidden copy of a cell, written out for speed, is `attrs.evolve`'s, with every field of `Cell`."""
        shown = Cell(dimension="centro", key="crea", numerator=2, denominator=7, members=frozenset("abcdefg"))

        for secondary in (False, True):
            hidden = _disclosure._hidden(shown, secondary=secondary)
            assert hidden == attrs.evolve(shown, suppressed=True, secondary=secondary)
            assert hidden.members is shown.members
        assert [f.alias for f in attrs.fields(Cell)] == [
            "dimension", "key", "numerator", "denominator", "suppressed", "secondary", "members",
        ]  # fmt: skip

    def test_members_never_in_plain_data(self) -> None:
        """`unstructure` leaves the members out, a set or deferred: participant ids identify people."""
        given = Cell(dimension="centro", key="crea", numerator=2, denominator=2, members=frozenset({"P0001", "P0002"}))
        later = Cell(
            dimension="centro", key="crea", numerator=1, denominator=1, members=Deferred(1, lambda: frozenset({"P3"}))
        )

        for cell in (given, later):
            plain = unstructure(cell)
            assert "P0001" not in str(plain)
            assert "P3" not in str(plain)
            assert isinstance(plain, dict)
            assert not any("members" in key for key in plain)
        assert later.size == 1
        assert later.members == frozenset({"P3"})
