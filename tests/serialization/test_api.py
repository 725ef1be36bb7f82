"""Tests for `sce_method.serialization._api`: load, dump and the round-trip law."""

from __future__ import annotations

import enum
from pathlib import Path

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import sce_method
from sce_method import Assumption, Dated, DatedValue, Document, Methodology, Provenance, Source, Text
from sce_method.curriculum import (
    Audience,
    Centre,
    CentreKind,
    Course,
    CourseKind,
    Curriculum,
    Delivery,
    Module,
    Pathway,
    PathwayKind,
    StaffTraining,
)
from sce_method.exceptions import LoadError
from sce_method.participants import Enrollment, Participant, PersonalData, read_cohort
from sce_method.serialization import (
    DEFAULT,
    available,
    dump,
    dumps,
    load,
    load_file,
    loads,
    structure,
    unstructure,
)
from sce_method.serialization._converter import converter
from tests.edits import BUNDLED
from tests.participants.lists import EXAMPLE, leaks
from tests.strategies import (
    AGGREGATES,
    YAML_LOOKALIKES,
    assumptions,
    centres,
    courses,
    curricula,
    dated,
    dated_values,
    documents,
    methodologies,
    modules,
    pathways,
    provenances,
    sources,
    staff_trainings,
    texts,
    words,
)


class TestAvailable:
    def test_bundled_ids(self) -> None:
        """The bundled methodologies, by id; the default is among them."""
        expected = (("cjm-2024", "crea-2024", "jalisco-sisemh-2024", "sce-base"), True)

        assert expected == (available(), DEFAULT in available())


class TestLoad:
    def test_default(self) -> None:
        """load() gives the default bundled methodology."""
        expected = DEFAULT

        assert expected == load().id

    def test_by_id_is_cached(self) -> None:
        """A bundled methodology is read once and shared."""
        assert load(DEFAULT) is load()

    def test_from_a_file(self, tmp_path: Path) -> None:
        """A path (text or PathLike) loads that file."""
        path = tmp_path / "mia.yaml"
        path.write_text(BUNDLED, encoding="utf-8")

        expected = [load(), load()]
        assert expected == [load(path), load(str(path))]

    def test_unknown_id(self) -> None:
        """A name that is neither a bundled id nor a file lists the bundled ids."""
        with pytest.raises(LoadError) as caught:
            load("cocina")

        expected = [
            ("serialization.unknown_methodology", "cocina", "cjm-2024, crea-2024, jalisco-sisemh-2024, sce-base")
        ]
        assert expected == [
            (p.message.key, p.message.params["id"], p.message.params["known"]) for p in caught.value.problems
        ]

    def test_missing_file(self, tmp_path: Path) -> None:
        """A file that does not exist is a LoadError naming it."""
        path = str(tmp_path / "no-existe.yaml")

        with pytest.raises(LoadError) as caught:
            load(path)

        expected = [("core.load.not_found", path)]
        assert expected == [(p.message.key, p.file) for p in caught.value.problems]


class TestLoadFile:
    def test_reads_utf8_with_bom(self, tmp_path: Path) -> None:
        """A file saved with a BOM loads."""
        path = tmp_path / "bom.yaml"
        path.write_bytes(b"\xef\xbb\xbf" + BUNDLED.encode())

        assert load() == load_file(path)

    def test_problems_name_the_file(self, tmp_path: Path) -> None:
        """Every problem carries the file's name."""
        path = tmp_path / "mala.yaml"
        path.write_text("id: a\nid: b\n", encoding="utf-8")

        with pytest.raises(LoadError) as caught:
            load_file(path)

        expected = [f"{path}:2:1: $.id: duplicate key 'id' (already defined on line 1)"]
        assert expected == [p.render("en") for p in caught.value.problems]

    def test_unreadable(self, tmp_path: Path) -> None:
        """A folder is not a readable file: LoadError, not IsADirectoryError."""
        with pytest.raises(LoadError) as caught:
            load_file(tmp_path)

        expected = [("core.load.unreadable", str(tmp_path))]
        assert expected == [(p.message.key, p.file) for p in caught.value.problems]


class TestLoads:
    def test_methodology_by_default(self) -> None:
        """Without a class, loads reads a methodology."""
        assert load() == loads(BUNDLED)

    def test_bytes(self) -> None:
        """Bytes are read as UTF-8."""
        assert load() == loads(BUNDLED.encode())

    def test_any_model(self) -> None:
        """With a class, loads reads that model."""
        expected = Provenance.cite("informe-2024", "§V R1")

        assert expected == loads("source: {document: informe-2024, place: §V R1}\n", Provenance)

    def test_load_error_is_a_value_error(self) -> None:
        """Callers who do not know the library can catch ValueError."""
        with pytest.raises(ValueError, match="hourz"):
            loads(BUNDLED.replace("hours: 12.0", "hourz: 12.0", 1))

    @given(st.text(st.characters(exclude_categories=())))
    def test_any_text_loads_or_is_a_load_error(self, text: str) -> None:
        """Whatever the text, loads gives a methodology or a LoadError with problems, nothing else."""
        assert _outcome(text) in {"loaded", "refused"}

    @given(st.binary())
    def test_any_bytes_load_or_are_a_load_error(self, raw: bytes) -> None:
        """Whatever the bytes, loads gives a methodology or a LoadError with problems, nothing else."""
        assert _outcome(raw) in {"loaded", "refused"}

    @given(st.data())
    def test_any_one_line_edit_loads_or_is_a_load_error(self, data: st.DataObject) -> None:
        """Replacing any one line of a valid file with anything gives a methodology or a LoadError."""
        lines = BUNDLED.splitlines(keepends=True)
        index = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
        indent = data.draw(st.sampled_from(["", "  ", "    ", "      "]))
        lines[index] = indent + data.draw(st.one_of(words(), st.sampled_from(YAML_LOOKALIKES))) + "\n"

        assert _outcome("".join(lines)) in {"loaded", "refused"}


def _outcome(text: str | bytes) -> str:
    """Whether *text* loaded or was refused with problems; any other exception escapes."""
    try:
        loads(text)
    except LoadError as error:
        return "refused" if error.problems else "refused without a problem"
    return "loaded"


class TestDumps:
    def test_bundled_round_trip(self) -> None:
        """The bundled methodology reads back equal from its dump."""
        assert load() == loads(dump(load()))

    def test_dump_is_dumps(self) -> None:
        """For a methodology, dump is dumps."""
        assert dumps(load()) == dump(load())

    def test_defaults_are_left_out_and_order_kept(self) -> None:
        """Keys follow the attributes; fields at their defaults are not written."""
        expected = "es: Empleo\nen: Employment\n"

        assert expected == dumps(Text(es="Empleo", en="Employment"))

    @pytest.mark.parametrize("text", YAML_LOOKALIKES)
    def test_lookalikes_read_back_as_text(self, text: str) -> None:
        """Text that YAML could read as a number, bool, null or date reads back as the same text."""
        source = Source(document="informe-2024", place=text)

        assert source == loads(dumps(source), Source)

    @pytest.mark.parametrize("text", ["9" * 5000, "0x" + "f" * 5000])
    def test_integers_too_long_for_python_read_back_as_text(self, text: str) -> None:
        """A number Python will not handle in decimal is text, written and read back as such."""
        source = Source(document="informe-2024", place=text)

        assert source == loads(dumps(source), Source)

    def test_enum(self) -> None:
        """An enum member is written as its value."""
        expected = "en-linea\n...\n"

        assert expected == dumps(Delivery.ONLINE)


class TestDumpsPersonalData:
    PARTICIPANT = Participant(
        id="P1",
        centre_id="crea",
        cohort_id="c1",
        enrollment=Enrollment(enrolled_on=pendulum.Date(2024, 6, 10)),
        personal=PersonalData(name="Ana López", curp="LOAA800101MJCPNN09", phone="3312345678"),
    )

    def test_left_out_by_default(self) -> None:
        """A participant's personal data is not written unless asked for."""
        expected = "id: P1\ncentre_id: crea\ncohort_id: c1\nenrollment:\n  enrolled_on: '2024-06-10'\n"

        assert expected == dumps(self.PARTICIPANT)

    def test_written_when_asked_for(self) -> None:
        """With include_personal=True, it is written, and reads back."""
        text = dumps(self.PARTICIPANT, include_personal=True)

        expected = ("Ana López" in text, self.PARTICIPANT.personal)
        assert expected == (True, loads(text, Participant).personal)

    def test_round_trip_keeps_everything_but_the_personal_data(self) -> None:
        """Read back, a participant dumped by default is equal (personal data is not part of equality) but has none."""
        loaded = loads(dumps(self.PARTICIPANT), Participant)

        expected = (True, True)
        assert expected == (loaded == self.PARTICIPANT, loaded.personal.is_empty)

    def test_personal_data_alone(self) -> None:
        """PersonalData itself is written empty unless asked for."""
        expected = ("{}\n", "name: Ana López\n")

        assert expected == (
            dumps(PersonalData(name="Ana López")),
            dumps(PersonalData(name="Ana López"), include_personal=True),
        )

    def test_the_example_cohort_dumps_nothing_personal(self) -> None:
        """No participant of the example cohort, dumped, holds a personal value."""
        cohort = read_cohort(EXAMPLE, load())

        expected: list[str] = []
        assert expected == leaks("".join(dumps(p) for p in cohort.participants))


class TestStructure:
    def test_round_trip_plain_data(self) -> None:
        """structure(unstructure(x)) gives x back, without YAML in between."""
        assert load() == structure(unstructure(load()), Methodology)

    def test_plain_data_is_plain(self) -> None:
        """Plain data is dicts, lists, text and numbers only."""
        data = unstructure(load())

        expected: set[type] = set()
        assert expected == _types(data) - {dict, list, str, int, float, bool}


def _types(data: object) -> set[type]:
    found: set[type] = {type(data)}
    if isinstance(data, dict):
        for key, value in data.items():
            found |= _types(key) | _types(value)
    elif isinstance(data, list):
        for item in data:
            found |= _types(item)
    return found


class TestRoundTrip:
    """``loads(dumps(x), type(x)) == x`` for every model type."""

    @given(texts())
    def test_text(self, value: Text) -> None:
        """Texts round-trip."""
        assert value == loads(dumps(value), type(value))

    @given(documents())
    def test_document(self, value: Document) -> None:
        """Documents round-trip."""
        assert value == loads(dumps(value), type(value))

    @given(sources())
    def test_source(self, value: Source) -> None:
        """Sources round-trip."""
        assert value == loads(dumps(value), type(value))

    @given(assumptions())
    def test_assumption(self, value: Assumption) -> None:
        """Assumptions round-trip."""
        assert value == loads(dumps(value), type(value))

    @given(provenances())
    def test_provenance(self, value: Provenance) -> None:
        """Provenances, sources or assumptions, round-trip."""
        assert value == loads(dumps(value), type(value))

    @given(dated_values(st.integers()))
    def test_dated_value(self, value: DatedValue[int]) -> None:
        """Dated values round-trip (a generic needs its parameter: DatedValue[int])."""
        assert value == loads(dumps(value), DatedValue[int])

    @given(dated(st.one_of(words(), st.integers())))
    def test_dated(self, value: Dated[str | int]) -> None:
        """Dated histories round-trip (a generic needs its parameter: Dated[str | int])."""
        assert value == loads(dumps(value), Dated[str | int])

    @given(modules())
    def test_module(self, value: Module) -> None:
        """Modules round-trip."""
        assert value == loads(dumps(value), type(value))

    @given(courses())
    def test_course(self, value: Course) -> None:
        """Courses round-trip."""
        assert value == loads(dumps(value), type(value))

    @given(pathways())
    def test_pathway(self, value: Pathway) -> None:
        """Pathways round-trip."""
        assert value == loads(dumps(value), type(value))

    @AGGREGATES
    @given(curricula())
    def test_curriculum(self, value: Curriculum) -> None:
        """Curricula round-trip."""
        assert value == loads(dumps(value), type(value))

    @given(centres())
    def test_centre(self, value: Centre) -> None:
        """Centres round-trip."""
        assert value == loads(dumps(value), type(value))

    @given(staff_trainings())
    def test_staff_training(self, value: StaffTraining) -> None:
        """Staff trainings round-trip."""
        assert value == loads(dumps(value), type(value))

    @AGGREGATES
    @given(methodologies())
    def test_methodology(self, value: Methodology) -> None:
        """Whole methodologies round-trip."""
        assert value == loads(dumps(value), type(value))

    @AGGREGATES
    @given(methodologies())
    def test_methodology_plain_data(self, value: Methodology) -> None:
        """Whole methodologies round-trip through plain data too."""
        assert value == structure(unstructure(value), Methodology)

    @AGGREGATES
    @given(methodologies())
    def test_methodology_through_the_detailed_converter(self, value: Methodology) -> None:
        """The detailed converter, used when the fast one fails, builds the same methodology from the same data."""
        assert value == converter().structure(unstructure(value), Methodology)

    @pytest.mark.parametrize("kind", [Delivery, CourseKind, PathwayKind, CentreKind, Audience])
    def test_enums(self, kind: type[enum.Enum]) -> None:
        """Every member of every domain enum round-trips."""
        assert list(kind) == [loads(dumps(member), kind) for member in kind]


class TestPublicFrontDoor:
    def test_front_door_is_this_module(self) -> None:
        """sce_method.load and available are these functions."""
        expected = (load, available)

        assert expected == (sce_method.load, sce_method.available)
