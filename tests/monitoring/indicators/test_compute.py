"""Tests for `sce_method.monitoring.indicators._compute`: outcome indicators over a cohort's records and responses."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import attrs
import pytest
from hypothesis import given

import sce_method
from sce_method import Lang
from sce_method.cli import main
from sce_method.exceptions import UnknownIdError
from sce_method.graduation import evaluate_cohort
from sce_method.methodology import Methodology
from sce_method.monitoring.indicators import (
    Dimension,
    IndicatorKind,
    IndicatorReport,
    IndicatorValue,
    Population,
    compute_indicators,
    read_responses,
)
from sce_method.participants import read_cohort
from tests.monitoring.indicator_data import (
    PEOPLE,
    Person,
    in_memory,
    kobo_csv,
    outcome_indicator,
    policy,
    with_indicators,
    write_cohort,
)
from tests.participants.lists import AS_OF, EXAMPLE

TRANSITION: Final = "transicion-a-actividad-generadora-de-ingresos"
BUSINESS: Final = "inicio-o-mejora-de-negocio"
STUDIES: Final = "integracion-a-estudios"

EXTRA: Final = (
    outcome_indicator("sin-actividad-al-ingresar", IndicatorKind.COUNT, "entrada", filter="${actividad} = 'ninguna'"),
    outcome_indicator("habilidades-digitales", IndicatorKind.MEAN, value="${hab_digitales}"),
    outcome_indicator(
        "habilidades-digitales-con-actividad",
        IndicatorKind.MEAN,
        filter="${actividad} != 'ninguna'",
        value="${hab_digitales}",
    ),
)
"""A count, a mean and a filtered mean, beside the bundled transition and proportions."""


def every_kind(min_cell: int = 5) -> Methodology:
    """The bundled methodology with its three indicators and `EXTRA`."""
    return with_indicators(*sce_method.load().indicators, *EXTRA, min_cell=min_cell)


SMALL: Final = (
    Person(
        id="P1",
        entrada={"actividad": "ninguna", "edad": "18"},
        salida={"actividad": "empleo", "negocio_inicio_mejora": "si", "estudios": "formales", "hab_digitales": "5"},
    ),
    Person(id="P2", entrada={"actividad": "ninguna", "edad": "30"}, salida={"hab_digitales": "3"}),
    Person(
        id="P3",
        entrada={"actividad": "empleo", "edad": "61"},
        salida={"actividad": "empleo", "negocio_inicio_mejora": "si", "estudios": "capacitacion"},
    ),
    Person(id="P4", centre="cjm-guadalajara", cohort="cjm-gdl-2024-1", entrada={"actividad": "ninguna"}),
    Person(
        id="P5",
        centre="cjm-guadalajara",
        cohort="cjm-gdl-2024-1",
        salida={"actividad": "negocio", "negocio_inicio_mejora": "si"},
    ),
    Person(id="P6", centre="cjm-guadalajara", cohort="cjm-gdl-2024-1"),
)
"""
Six participants. P1 to P3 answered both surveys; P4 only the entry survey, P5 only the exit survey, P6 neither.

P1, P2 and P4 had no income-generating activity at entry; of those who also answered the exit survey (P1, P2),
P1 has a job. P1, P3 and P5 started a business; P1 and P3 joined studies; their digital skills at exit are
5, 3, 4 and 4 (P1, P2, P3, P5).
"""

Figures = tuple[float, int, float | None, int]


def _figures(value: IndicatorValue) -> Figures:
    return (value.numerator, value.denominator, value.value, value.missing)


def _compute(
    folder: Path, methodology: Methodology | None = None, *, as_of: str | None = None, show_small_cells: bool = False
) -> tuple[IndicatorReport, list[str]]:
    """The report of the cohort in *folder*, and the message keys of every problem (reading, then computing)."""
    m = methodology or every_kind()
    readings, problems = read_responses(folder, m)
    report = compute_indicators(m, read_cohort(folder, m), readings, as_of=as_of, show_small_cells=show_small_cells)
    return report, [p.message.key for p in (*problems, *report.problems)]


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


class TestComputeIndicators:
    @pytest.mark.parametrize(
        ("indicator", "expected"),
        [
            (TRANSITION, (1, 2, 0.5, 3)),
            (BUSINESS, (3, 4, 0.75, 2)),
            (STUDIES, (2, 4, 0.5, 2)),
            ("sin-actividad-al-ingresar", (3, 4, 3, 2)),  # a count is its numerator, not a share
            ("habilidades-digitales", (16, 4, 4.0, 2)),
            ("habilidades-digitales-con-actividad", (13, 3, 13 / 3, 2)),
        ],
    )
    def test_each_kind(self, tmp_path: Path, indicator: str, expected: Figures) -> None:
        """Numerator, denominator, value and missing of a transition, proportions, a count and means."""
        report, problems = _compute(write_cohort(tmp_path, SMALL))

        assert (expected, []) == (_figures(report.value(indicator)), problems)

    def test_panels_matched_by_participant_id(self, tmp_path: Path) -> None:
        """The exit survey in another row order gives the same transition: answers are joined by id, not by row."""
        folder = write_cohort(tmp_path, SMALL)
        in_order = _compute(folder)[0]
        rows = [a for a in (p.answers("salida") for p in reversed(SMALL)) if a is not None]
        (folder / "responses" / "salida.csv").write_text(kobo_csv("salida", rows), encoding="utf-8", newline="")

        assert in_order.values == _compute(folder)[0].values

    def test_last_response_wins(self, tmp_path: Path) -> None:
        """Of two exit surveys of one participant, the later row is counted, and the earlier is a problem."""
        again = Person(id="P3", salida={"negocio_inicio_mejora": "no"}, listed=False)
        report, problems = _compute(write_cohort(tmp_path, (*SMALL, again)))

        expected = ((2, 4, 0.5, 2), ["indicators.answered_again"])
        assert expected == (_figures(report.value(BUSINESS)), problems)

    def test_missing_wave_counted(self, tmp_path: Path) -> None:
        """Participants without a survey are counted missing: 5 lack the exit survey; 4 of the transition lack one."""
        people = [attrs.evolve(p, salida=None) for p in SMALL[1:]]
        report, _ = _compute(write_cohort(tmp_path, (SMALL[0], *people)))

        expected = ((1, 1, 1.0, 5), (1, 1, 1.0, 4))
        assert expected == (
            _figures(report.value(BUSINESS)),
            _figures(report.value(TRANSITION)),
        )

    def test_participant_not_in_the_cohort(self, tmp_path: Path) -> None:
        """An exit survey from someone not in participants.csv is a problem at its line, and is not counted."""
        stranger = Person(id="MariaLopez", salida={"negocio_inicio_mejora": "si"}, listed=False)
        report, _ = _compute(write_cohort(tmp_path, (*SMALL, stranger)))

        expected = ([("indicators.unknown_participant", 6)], (3, 4, 0.75, 2))
        assert expected == (
            [(p.message.key, p.line) for p in report.problems],
            _figures(report.value(BUSINESS)),
        )

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_unknown_participant_not_echoed(self, tmp_path: Path, lang: Lang) -> None:
        """The message does not repeat the unknown id: a mistyped id may be a name."""
        stranger = Person(id="MariaLopez", salida={}, listed=False)
        report, _ = _compute(write_cohort(tmp_path, (*SMALL, stranger)))

        expected: list[object] = []
        assert expected == [p for p in report.problems if "MariaLopez" in p.render(lang)]

    def test_response_without_participant(self, tmp_path: Path) -> None:
        """An exit survey with no participant id is reported, not counted."""
        nobody = Person(id="", salida={"negocio_inicio_mejora": "si"}, listed=False)
        report, _ = _compute(write_cohort(tmp_path, (*SMALL, nobody)))

        expected = (["indicators.unknown_participant"], 3)
        assert expected == (
            [p.message.key for p in report.problems],
            report.value(BUSINESS).numerator,
        )

    def test_indicator_without_its_wave(self, tmp_path: Path) -> None:
        """Without an exit-survey file, the indicators that need it are problems; the others are computed."""
        folder = write_cohort(tmp_path, [attrs.evolve(p, salida=None) for p in SMALL])
        report, problems = _compute(folder)

        expected = (
            ["sin-actividad-al-ingresar"],
            [
                (TRANSITION,),
                (BUSINESS,),
                (STUDIES,),
                ("habilidades-digitales",),
                ("habilidades-digitales-con-actividad",),
            ],
            {"indicators.missing_wave"},
        )
        assert expected == (
            [v.indicator_id for v in report.values],
            [p.path for p in report.problems],
            set(problems),
        )

    def test_transition_between_waves_the_cohort_lacks(self, tmp_path: Path) -> None:
        """A transition whose first survey the cohort does not have names that survey."""
        folder = write_cohort(tmp_path, [attrs.evolve(p, entrada=None) for p in SMALL])
        report, _ = _compute(folder, sce_method.load())
        (problem,) = report.problems

        expected = (
            "indicator 'transicion-a-actividad-generadora-de-ingresos' needs the responses of entrada,"
            " which the cohort does not have"
        )
        assert ("indicators.missing_wave", expected) == (problem.message.key, problem.message.render("en"))

    def test_graduates_need_a_date(self, tmp_path: Path) -> None:
        """An indicator over graduates without as_of is a problem, and is not computed."""
        graduates = outcome_indicator("negocio-graduadas", IndicatorKind.PROPORTION, population=Population.GRADUATES)
        report, problems = _compute(write_cohort(tmp_path, SMALL), with_indicators(graduates))

        expected = ((), ["indicators.graduates_need_date"])
        assert expected == (report.values, problems)

    def test_graduates(self) -> None:
        """Over graduates, only the participants eligible on as_of are counted (44 in the example cohort)."""
        graduates = outcome_indicator(
            "negocio-graduadas",
            IndicatorKind.PROPORTION,
            population=Population.GRADUATES,
            filter="${negocio_inicio_mejora} = 'si'",
        )
        m = with_indicators(graduates)
        cohort = read_cohort(EXAMPLE, m)
        eligible = {d.participant_id for d in evaluate_cohort(m, cohort, AS_OF).decisions if d.eligible}
        salida = {r["datos/participante"]: r for r in _csv(EXAMPLE / "responses" / "salida.csv")}
        started = [pid for pid in eligible if salida[pid]["situacion/negocio_inicio_mejora"] == "si"]
        report = compute_indicators(m, cohort, read_responses(EXAMPLE, m)[0], as_of=AS_OF)

        expected = (44, (len(started), 44, len(started) / 44, 0))
        assert expected == (len(eligible), _figures(report.value("negocio-graduadas")))

    @pytest.mark.parametrize(
        ("indicator", "lang", "expected"),
        [
            (
                TRANSITION,
                "es",
                (
                    "De 6 inscritas, 2 cumplían ${actividad} = 'ninguna' en la encuesta de entrada y respondieron la"
                    " encuesta de salida; 1 de ellas cumplen ${actividad} = 'empleo' or ${actividad} = 'negocio'."
                    " 3 quedan fuera por no tener una encuesta."
                ),
            ),
            (
                TRANSITION,
                "en",
                (
                    "Of 6 enrolled, 2 met ${actividad} = 'ninguna' in the entry survey and answered the exit survey;"
                    " 1 of them meet ${actividad} = 'empleo' or ${actividad} = 'negocio'."
                    " 3 are left out for lack of a survey."
                ),
            ),
            (
                BUSINESS,
                "es",
                (
                    "De 6 inscritas, 4 respondieron la encuesta de salida; 3 cumplen ${negocio_inicio_mejora} = 'si'."
                    " 2 quedan fuera por no tener la encuesta."
                ),
            ),
            (
                BUSINESS,
                "en",
                (
                    "Of 6 enrolled, 4 answered the exit survey; 3 meet ${negocio_inicio_mejora} = 'si'."
                    " 2 are left out for lack of the survey."
                ),
            ),
            (
                "sin-actividad-al-ingresar",
                "en",
                "Of 6 enrolled, 3 meet ${actividad} = 'ninguna' in the entry survey; 2 without the survey.",
            ),
            (
                "habilidades-digitales",
                "es",
                "Promedio sobre 4 respuestas de la encuesta de salida (6 inscritas; 2 sin encuesta).",
            ),
        ],
    )
    def test_explanation(self, tmp_path: Path, indicator: str, lang: Lang, expected: str) -> None:
        """The explanation names the population, the denominator, the numerator and those missing."""
        report, _ = _compute(write_cohort(tmp_path, SMALL), show_small_cells=True)

        assert expected == report.value(indicator).explain(lang)

    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            (
                "es",
                (
                    "De 6 inscritas, x respondieron la encuesta de salida; x cumplen ${negocio_inicio_mejora} = 'si'."
                    " x quedan fuera por no tener la encuesta."
                ),
            ),
            (
                "en",
                (
                    "Of 6 enrolled, x answered the exit survey; x meet ${negocio_inicio_mejora} = 'si'."
                    " x are left out for lack of the survey."
                ),
            ),
        ],
    )
    def test_explanation_of_a_hidden_total(self, tmp_path: Path, lang: Lang, expected: str) -> None:
        """A hidden total's explanation shows x for its figures and those missing (6 - 2 would give the 4 back)."""
        report, _ = _compute(write_cohort(tmp_path, SMALL))

        assert expected == report.value(BUSINESS).explain(lang)

    def test_explanation_hides_a_small_population(self, tmp_path: Path) -> None:
        """With fewer members than the threshold, the population's size is hidden too."""
        report, _ = _compute(write_cohort(tmp_path, SMALL), every_kind(min_cell=7))

        expected = (
            "De x inscritas, x respondieron la encuesta de salida; x cumplen ${negocio_inicio_mejora} = 'si'."
            " x quedan fuera por no tener la encuesta."
        )
        assert expected == report.value(BUSINESS).explain("es")

    def test_no_explanation(self) -> None:
        """A value built without an explanation explains nothing."""
        value = IndicatorValue(
            indicator_id="x", numerator=0, denominator=0, value=None, missing=0, small=True, cells=()
        )

        expected = ""
        assert expected == value.explain("en")

    @pytest.mark.parametrize(("min_cell", "expected"), [(5, True), (4, False), (3, False)])
    def test_small(self, tmp_path: Path, min_cell: int, expected: bool) -> None:  # noqa: FBT001 -- parametrized
        """A denominator (here 4) under the disclosure threshold is flagged small."""
        report, _ = _compute(write_cohort(tmp_path, SMALL), every_kind(min_cell))

        assert expected == report.value(BUSINESS).small

    def test_reported_value_is_kept(self, tmp_path: Path) -> None:
        """Each value carries the figure the source reports, to compare with."""
        report, _ = _compute(write_cohort(tmp_path, SMALL))

        expected = [0.3, 0.5, 0.437, None, None, None]
        assert expected == [v.reported for v in report.values]

    def test_age_bands(self, tmp_path: Path) -> None:
        """By age band, from the entry survey's age; someone without an entry survey is 'sin-dato', so bands add up."""
        by_age = outcome_indicator(
            "negocio-por-edad",
            IndicatorKind.PROPORTION,
            filter="${negocio_inicio_mejora} = 'si'",
            disaggregations=(Dimension.AGE_BAND,),
        )
        report, _ = _compute(write_cohort(tmp_path, SMALL), with_indicators(by_age), show_small_cells=True)

        expected = [("edad", "15-29", 1, 1), ("edad", "30-44", 0, 1), ("edad", "60+", 1, 1), ("edad", "sin-dato", 1, 1)]
        assert expected == [
            (c.dimension, c.key, c.numerator, c.denominator) for c in report.value("negocio-por-edad").cells
        ]

    def test_centre_and_cohort_cells(self, tmp_path: Path) -> None:
        """By default a value is broken down by centre and by cohort."""
        report, _ = _compute(write_cohort(tmp_path, SMALL), show_small_cells=True)

        expected = [
            ("centro", "cjm-guadalajara", 1, 1),
            ("centro", "crea", 2, 3),
            ("generacion", "cjm-gdl-2024-1", 1, 1),
            ("generacion", "crea-2024-1", 2, 3),
        ]
        assert expected == [(c.dimension, c.key, c.numerator, c.denominator) for c in report.value(BUSINESS).cells]

    @given(PEOPLE)
    def test_numerator_never_exceeds_denominator(self, people: Sequence[Person]) -> None:
        """For counts, proportions and transitions, 0 <= numerator <= denominator, in the total and every cell."""
        cohort, readings = in_memory(people)
        m = every_kind()
        kinds = {i.id: i.kind for i in m.indicators}
        counts = [
            (v.indicator_id, numerator, denominator)
            for shown in (False, True)
            for v in compute_indicators(m, cohort, readings, show_small_cells=shown).values
            if kinds[v.indicator_id] is not IndicatorKind.MEAN
            for numerator, denominator in (
                (v.numerator, v.denominator),
                *((c.numerator, c.denominator) for c in v.cells),
            )
        ]

        expected: list[object] = []
        assert expected == [(i, n, d) for i, n, d in counts if not 0 <= n <= d]

    @given(PEOPLE)
    def test_everyone_answered_or_missing(self, people: Sequence[Person]) -> None:
        """For a proportion, every participant is in the denominator or counted missing, never both."""
        cohort, readings = in_memory(people)
        if "salida" not in readings:
            return
        report = compute_indicators(every_kind(), cohort, readings)

        assert len(people) == report.value(BUSINESS).denominator + report.value(BUSINESS).missing

    @given(PEOPLE)
    def test_cells_add_up_to_the_total(self, people: Sequence[Person]) -> None:
        """Shown in full, the centre cells and the cohort cells each add up to the total."""
        cohort, readings = in_memory(people)
        report = compute_indicators(every_kind(), cohort, readings, show_small_cells=True)

        expected: list[object] = []
        assert expected == [
            (v.indicator_id, dimension)
            for v in report.values
            for dimension in ("centro", "generacion")
            if (v.numerator, v.denominator)
            != (
                sum(c.numerator for c in v.cells if c.dimension == dimension),
                sum(c.denominator for c in v.cells if c.dimension == dimension),
            )
        ]


class TestIndicatorReport:
    def test_unknown_value(self, tmp_path: Path) -> None:
        """Asking for an indicator that was not computed is an UnknownIdError (a KeyError) naming those that were."""
        report, _ = _compute(write_cohort(tmp_path, SMALL))

        with pytest.raises(UnknownIdError) as caught:
            report.value("no-existe")

        said = caught.value.message
        expected = (True, "core.id.unknown", "no-existe", True)
        assert expected == (
            isinstance(caught.value, KeyError),
            said.key,
            said.params["id"],
            BUSINESS in str(said.params["known"]),
        )

    def test_rows_total_first(self, tmp_path: Path) -> None:
        """Each indicator's total row comes first, with missing and reported; its cells follow."""
        report, _ = _compute(write_cohort(tmp_path, SMALL), show_small_cells=True)
        rows = [r for r in report.rows() if r["indicator_id"] == BUSINESS]

        expected = [
            ("total", "", 3, 4, 0.75, 2, True, 0.5, False),
            ("centro", "cjm-guadalajara", 1, 1, 1.0, None, None, None, False),
            ("centro", "crea", 2, 3, 0.667, None, None, None, False),
            ("generacion", "cjm-gdl-2024-1", 1, 1, 1.0, None, None, None, False),
            ("generacion", "crea-2024-1", 2, 3, 0.667, None, None, None, False),
        ]
        assert expected == [tuple(r.values())[1:] for r in rows]

    def test_html_table(self, tmp_path: Path) -> None:
        """_repr_html_ is a view with a table of the first 20 rows, and how many more there are."""
        report, _ = _compute(write_cohort(tmp_path, SMALL))
        root = ET.fromstring(report._repr_html_())  # noqa: S314 -- our own output

        expected = ("div", min(20, len(report.rows())), len(report.rows()) > 20)
        assert expected == (
            root.tag,
            len(root.findall("table/tbody/tr")),
            root.find("p[@class='sce-more']") is not None,
        )


class TestExampleCohort:
    @staticmethod
    def _expected() -> dict[str, Figures]:
        """The three indicators computed straight from the example's CSV files, joined by participant id."""
        members = {r["participant_id"] for r in _csv_comma(EXAMPLE / "participants.csv")}
        entrada = {r["datos/participante"]: r for r in _csv(EXAMPLE / "responses" / "entrada.csv")}
        salida = {r["datos/participante"]: r for r in _csv(EXAMPLE / "responses" / "salida.csv")}
        idle = [p for p in members if p in entrada and entrada[p]["situacion/actividad"] == "ninguna"]
        moved = [p for p in idle if p in salida and salida[p]["situacion/actividad"] in ("empleo", "negocio")]
        both = [p for p in idle if p in salida]
        answered = [p for p in members if p in salida]
        business = [p for p in answered if salida[p]["situacion/negocio_inicio_mejora"] == "si"]
        studies = [p for p in answered if salida[p]["situacion/estudios"] in ("formales", "capacitacion")]
        missing_transition = len(members) - len(entrada.keys() & members) + len(idle) - len(both)
        return {
            TRANSITION: (len(moved), len(both), len(moved) / len(both), missing_transition),
            BUSINESS: (len(business), len(answered), len(business) / len(answered), len(members) - len(answered)),
            STUDIES: (len(studies), len(answered), len(studies) / len(answered), len(members) - len(answered)),
        }

    def test_values(self) -> None:
        """The three indicators of the executive summary, computed from the example's surveys."""
        m = sce_method.load()
        report = compute_indicators(m, read_cohort(EXAMPLE, m), read_responses(EXAMPLE, m)[0])

        assert (self._expected(), ()) == ({v.indicator_id: _figures(v) for v in report.values}, report.problems)

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_command(self, capsys: pytest.CaptureFixture[str], lang: Lang) -> None:
        """`sce-method indicators` exits 0 and prints each indicator with its explanation, in the language asked."""
        m = sce_method.load()
        report = compute_indicators(m, read_cohort(EXAMPLE, m), read_responses(EXAMPLE, m)[0])
        code = main(["indicators", str(EXAMPLE), "--lang", lang])
        out, err = capsys.readouterr()

        explained = [f"{v.indicator_id}: {v.explain(lang)}" for v in report.values]
        expected: tuple[object, ...] = (0, "", [TRANSITION, BUSINESS, STUDIES], [])
        assert expected == (
            code,
            err,
            [v.indicator_id for v in report.values],
            [line for line in explained if line not in out.splitlines()],
        )

    def test_csv(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The CSV has one row per indicator x (total + each centre + each cohort)."""
        code = main(["indicators", str(EXAMPLE), "--format", "csv"])
        rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))

        cells = [
            ("total", ""),
            ("centro", "cjm-guadalajara"),
            ("centro", "cjm-tlajomulco"),
            ("centro", "crea"),
            ("generacion", "cjm-gdl-2024-1"),
            ("generacion", "cjm-tlaj-2024-1"),
            ("generacion", "crea-2024-1"),
        ]
        expected = [(i, *cell) for i in (TRANSITION, BUSINESS, STUDIES) for cell in cells]
        assert (0, expected) == (code, [(r["indicator_id"], r["dimension"], r["key"]) for r in rows])

    def test_csv_totals(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The CSV's total rows carry numerator, denominator and missing as computed from the surveys."""
        main(["indicators", str(EXAMPLE), "--format", "csv"])
        rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))

        expected = {k: (f"{n:g}", str(d), str(miss)) for k, (n, d, _, miss) in self._expected().items()}
        assert expected == {
            r["indicator_id"]: (r["numerator"], r["denominator"], r["missing"])
            for r in rows
            if r["dimension"] == "total"
        }


def _csv_comma(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class TestInstrumentOutsideTheBundledFour:
    """A methodology may name its own instruments: ``salida-2025`` is not one of the four the library names."""

    @staticmethod
    def _methodology() -> Methodology:
        """The bundled methodology with an exit survey ``salida-2025`` and an indicator of each kind over it."""
        bundled = sce_method.load()
        survey = attrs.evolve(bundled.instrument("salida"), id="salida-2025")
        indicators = (
            outcome_indicator("conteo-2025", IndicatorKind.COUNT, "salida-2025", filter="${actividad} = 'empleo'"),
            outcome_indicator(
                "proporcion-2025", IndicatorKind.PROPORTION, "salida-2025", filter="${negocio_inicio_mejora} = 'si'"
            ),
            outcome_indicator("promedio-2025", IndicatorKind.MEAN, "salida-2025", value="${hab_digitales}"),
            outcome_indicator(
                "transicion-2025",
                IndicatorKind.TRANSITION,
                "entrada",
                filter="${actividad} = 'ninguna'",
                to_instrument="salida-2025",
                to_filter="${actividad} = 'empleo'",
            ),
        )
        return attrs.evolve(
            bundled, instruments=(*bundled.instruments, survey), indicators=indicators, disclosure=policy(1)
        )

    def _report(self) -> IndicatorReport:
        m = self._methodology()
        cohort, readings = in_memory(SMALL)
        readings["salida-2025"] = attrs.evolve(readings.pop("salida"), instrument_id="salida-2025")
        return compute_indicators(m, cohort, readings)

    def test_computes(self) -> None:
        """Every indicator over the unbundled survey is computed, as it would be over the bundled one."""
        report = self._report()

        expected = [(2, 4, 2, 2), (3, 4, 0.75, 2), (16, 4, 4.0, 2), (1, 2, 0.5, 3)]
        assert (expected, ()) == ([_figures(v) for v in report.values], tuple(report.problems))

    @pytest.mark.parametrize("lang", ["es", "en"])
    def test_every_message_renders(self, lang: Lang) -> None:
        """Every explanation and problem renders in both languages, naming the survey by its id."""
        report = self._report()

        explained = [v.explain(lang) for v in report.values] + [p.render(lang) for p in report.problems]
        expected = "encuesta salida-2025" if lang == "es" else "salida-2025 survey"
        assert all(expected in text for text in explained)

    def test_explanation(self) -> None:
        """The transition's explanation names both surveys: the bundled one by its name, the other by its id."""
        value = self._report().value("transicion-2025")

        expected = (
            "Of 6 enrolled, 2 met ${actividad} = 'ninguna' in the entry survey and answered the salida-2025 survey;"
            " 1 of them meet ${actividad} = 'empleo'. 3 are left out for lack of a survey."
        )
        assert expected == value.explain("en")
