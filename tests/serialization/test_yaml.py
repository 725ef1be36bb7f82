"""Tests for `sce_method.serialization._yaml`: the strict, located YAML reader."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sce_method.exceptions import LoadError, Problem
from sce_method.serialization import MAX_BYTES, MAX_DEPTH, MAX_NODES
from sce_method.serialization._yaml import Parsed, decode, parse, resolve_plain
from tests.edits import problems_of

ANY_TEXT = st.text(st.characters(exclude_categories=()))
"""Any text at all, lone surrogates and control characters included."""

YAML_TOKENS = st.lists(
    st.sampled_from(
        [
            ":",
            " ",
            "  ",
            "\n",
            "- ",
            "[",
            "]",
            "{",
            "}",
            ",",
            "&a ",
            "*a",
            "!",
            "!!str ",
            "!!int ",
            "? ",
            "#",
            "'",
            '"',
            "a",
            "b",
            "1",
            "2.5",
            "|",
            ">",
            "\t",
            "<<",
            "---",
            "...",
            "%YAML 1.2",
            "~",
            "é",
            "\\",
            "\x00",
        ]
    )
).map("".join)
"""Text made of YAML's own punctuation, to reach deeper into the parser than random text does."""


def _where(problems: tuple[Problem, ...]) -> list[tuple[tuple[str | int, ...], str, int | None, int | None]]:
    return [(p.path, p.message.key, p.line, p.column) for p in problems]


def _outcome(text: str | bytes) -> str:
    """Whether *text* parsed or was refused with a LoadError; any other exception escapes."""
    try:
        parse(text)
    except LoadError as error:
        return "refused" if error.problems else "refused without a problem"
    return "parsed"


def _parse_problems(text: str | bytes) -> tuple[Problem, ...]:
    """What the reader refuses in *text*, as `loads` reports it."""
    problems = problems_of(text)
    with pytest.raises(LoadError) as caught:
        parse(text)
    assert problems == caught.value.problems
    return problems


class TestResolvePlain:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("12", 12),
            ("-3", -3),
            ("+7", 7),
            ("0o17", 15),
            ("0x1F", 31),
            ("2.5", 2.5),
            ("1e3", 1000.0),
            ("-.5", -0.5),
            (".inf", math.inf),
            ("-.Inf", -math.inf),
            ("true", True),
            ("False", False),
            ("~", None),
            ("null", None),
            ("", None),
        ],
    )
    def test_core_schema(self, text: str, value: object) -> None:
        """Plain scalars resolve by the YAML 1.2 core schema."""
        assert value == resolve_plain(text)

    @pytest.mark.parametrize(
        "text", ["yes", "no", "on", "off", "y", "n", "2,5", "2024-10-17", "12:30", "1_000", "0b11"]
    )
    def test_yaml_11_lookalikes_stay_text(self, text: str) -> None:
        """yes/no/on/off, decimal commas, dates, sexagesimals and the like stay text."""
        assert text == resolve_plain(text)

    def test_nan(self) -> None:
        """.nan is a float NaN."""
        value = resolve_plain(".nan")

        assert isinstance(value, float)
        assert math.isnan(value)

    @pytest.mark.parametrize("text", ["9" * 5000, "0x" + "f" * 5000])
    def test_integers_python_will_not_handle_stay_text(self, text: str) -> None:
        """An integer too long for Python to read or show in decimal stays text instead of raising."""
        assert text == resolve_plain(text)

    @given(ANY_TEXT)
    def test_never_raises(self, text: str) -> None:
        """Any text resolves to something: a scalar of the core schema, or itself."""
        assert isinstance(resolve_plain(text), str | int | float | bool | type(None))


class TestDecode:
    def test_bom_is_accepted(self) -> None:
        """A UTF-8 BOM is dropped."""
        expected = "id: x\n"

        assert expected == decode(b"\xef\xbb\xbfid: x\n")

    def test_too_large(self) -> None:
        """More than MAX_BYTES is refused before decoding."""
        with pytest.raises(LoadError) as caught:
            decode(b" " * (MAX_BYTES + 1), file="m.yaml")

        expected = [((), "load.too_large", "m.yaml", MAX_BYTES + 1)]
        assert expected == [(p.path, p.message.key, p.file, p.message.params["size"]) for p in caught.value.problems]


class TestParsed:
    def test_marks_values_and_keys(self) -> None:
        """The line and column of every value, and of every key, are kept by path."""
        parsed = parse("id: prueba\ncurriculum:\n  modules:\n    - hours: 12\n")

        expected = ((4, 14), (4, 7), (4, 5))
        assert expected == (
            parsed.locate(("curriculum", "modules", 0, "hours")),
            parsed.locate(("curriculum", "modules", 0, "hours"), key=True),
            parsed.locate(("curriculum", "modules")),
        )

    def test_locate_falls_back_to_the_enclosing_value(self) -> None:
        """A path that is not in the file (a missing key) is placed at its nearest enclosing value."""
        parsed = parse("id: prueba\ncurriculum:\n  modules:\n    - hours: 12\n")

        expected = (4, 7)
        assert expected == parsed.locate(("curriculum", "modules", 0, "sessions"))

    def test_locate_nothing(self) -> None:
        """Data without marks locates nothing."""
        expected = None

        assert expected == Parsed(data={}).locate(("a",))

    def test_plain_data(self) -> None:
        """The data is plain Python: dicts, lists, text and core-schema scalars; quoted scalars stay text."""
        parsed = parse("a: [1, '2', yes, 2024-10-17, ~]\nb: {c: 2.5}\nd: !!str 3\n")

        expected = {"a": [1, "2", "yes", "2024-10-17", None], "b": {"c": 2.5}, "d": "3"}
        assert expected == parsed.data

    def test_small_aliases_are_expanded(self) -> None:
        """An alias repeats its anchor's value."""
        expected = {"a": {"x": 1}, "b": {"x": 1}}

        assert expected == parse("a: &x {x: 1}\nb: *x\n").data


class TestParse:
    def test_duplicate_key(self) -> None:
        """A repeated key is refused at the repeat, naming the first line."""
        problems = _parse_problems("id: a\ntitle: b\nid: c\n")

        expected = [(("id",), "load.duplicate_key", 3, 1, 1)]
        assert expected == [(*_where((p,))[0], p.message.params["first_line"]) for p in problems]

    def test_every_duplicate_key_at_once(self) -> None:
        """All repeated keys are reported, wherever they are."""
        problems = _parse_problems("a: 1\na: 2\nb:\n  c: 1\n  c: 2\n")

        expected = [(("a",), "load.duplicate_key", 2, 1), (("b", "c"), "load.duplicate_key", 5, 3)]
        assert expected == _where(problems)

    @pytest.mark.parametrize("text", ["", "# solo un comentario\n", "~\n", "---\n...\n"])
    def test_empty(self, text: str) -> None:
        """An empty document is refused at line 1, column 1."""
        expected = [((), "load.empty", 1, 1)]

        assert expected == _where(_parse_problems(text))

    def test_syntax_error(self) -> None:
        """Malformed YAML is reported at the line and column the parser gives."""
        problems = _parse_problems("id: prueba\nversion: 1: 2\n")

        expected = [((), "load.yaml_syntax", 2, 11, "mapping values are not allowed in this context")]
        assert expected == [(*_where((p,))[0], p.message.params["problem"]) for p in problems]

    def test_control_character(self) -> None:
        """A character YAML forbids is reported on one line, with its line and column."""
        problems = _parse_problems("a: b\nééé: \x01\n")

        expected = [((), "load.yaml_syntax", 2, 6, "control characters are not allowed (#x0001)")]
        assert expected == [(*_where((p,))[0], p.message.params["problem"]) for p in problems]

    def test_lone_surrogate(self) -> None:
        """Text that UTF-8 cannot hold is a LoadError at its place, not a UnicodeEncodeError."""
        expected = [((), "load.yaml_syntax", 2, 3)]

        assert expected == _where(_parse_problems("a: b\n  \ud800x\n"))

    def test_too_large_text(self) -> None:
        """Text over MAX_BYTES (in UTF-8) is refused without parsing."""
        problems = _parse_problems("a" * (MAX_BYTES + 1))

        expected = [((), "load.too_large", None, None, MAX_BYTES)]
        assert expected == [(*_where((p,))[0], p.message.params["limit"]) for p in problems]

    def test_size_counts_utf8_bytes(self) -> None:
        """The limit counts bytes: two-byte characters reach it at half the length."""
        expected = [2 * (MAX_BYTES // 2 + 1)]

        assert expected == [p.message.params["size"] for p in _parse_problems("é" * (MAX_BYTES // 2 + 1))]

    def test_alias_bomb(self) -> None:
        """Aliases that would expand past MAX_NODES are refused where the count is crossed."""
        lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for name, previous in zip("bcdefghi", "abcdefgh", strict=True):
            lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")

        problems = _parse_problems("\n".join(lines) + "\n")

        # a..e hold about 75,000 nodes; f's first alias of e brings 141,000 and its second crosses 200,000.
        expected = [((), "load.too_many_aliases", 6, 11, MAX_NODES)]
        assert expected == [(*_where((p,))[0], p.message.params["limit"]) for p in problems]

    @pytest.mark.parametrize(
        ("text", "column"),
        [("[" * 10_000 + "]" * 10_000, MAX_DEPTH + 1), ("{a: " * 10_000 + "1" + "}" * 10_000, 4 * MAX_DEPTH + 1)],
    )
    def test_deep_nesting(self, text: str, column: int) -> None:
        """10,000 levels of nesting are refused at the first level past MAX_DEPTH."""
        expected = [((), "load.too_deep", 1, column)]

        assert expected == _where(_parse_problems(text))

    def test_multiple_documents(self) -> None:
        """One file holds one document."""
        expected = [((), "load.multiple_documents", 3, 1)]

        assert expected == _where(_parse_problems("---\na: 1\n---\nb: 2\n"))

    @pytest.mark.parametrize(
        ("text", "what", "line", "column"),
        [
            ("<<: {a: 1}\n", "merge key <<", 1, 1),
            ("a: !!int 3\n", "tag tag:yaml.org,2002:int", 1, 4),
            ("a: !!python/object:os.system x\n", "tag tag:yaml.org,2002:python/object:os.system", 1, 4),
            ("a: !!set {x}\n", "tag tag:yaml.org,2002:set", 1, 4),
            ("? [a]\n: b\n", "complex key", 1, 3),
            ("a: &x 1\n*x : 1\n", "alias as key", 2, 1),
        ],
    )
    def test_unsupported_constructs(self, text: str, what: str, line: int, column: int) -> None:
        """Merge keys, tags (other than !!str), complex keys and alias keys are refused where written."""
        expected = [("load.unsupported_yaml", what, line, column)]

        assert expected == [(p.message.key, p.message.params["what"], p.line, p.column) for p in _parse_problems(text)]

    def test_undefined_alias(self) -> None:
        """An alias to nothing is a syntax problem at the alias."""
        expected = [((), "load.yaml_syntax", 2, 4)]

        assert expected == _where(_parse_problems("a: &x 1\nb: *y\n"))

    def test_file_is_named(self) -> None:
        """The file name given is carried by every problem."""
        with pytest.raises(LoadError) as caught:
            parse("a: 1\na: 2\n", file="m.yaml")

        expected = ["m.yaml:2:1: $.a: duplicate key 'a' (already defined on line 1)"]
        assert expected == [p.render("en") for p in caught.value.problems]

    @given(ANY_TEXT)
    def test_any_text_parses_or_is_a_load_error(self, text: str) -> None:
        """Whatever the text, parse returns data or raises LoadError, nothing else."""
        assert _outcome(text) in {"parsed", "refused"}

    @given(YAML_TOKENS)
    def test_any_yaml_punctuation_parses_or_is_a_load_error(self, text: str) -> None:
        """Text made of YAML punctuation parses or raises LoadError, nothing else."""
        assert _outcome(text) in {"parsed", "refused"}

    @given(st.binary())
    def test_any_bytes_parse_or_are_a_load_error(self, raw: bytes) -> None:
        """Whatever the bytes, parse returns data or raises LoadError, nothing else."""
        assert _outcome(raw) in {"parsed", "refused"}

    @given(ANY_TEXT)
    def test_every_problem_renders_on_one_line(self, text: str) -> None:
        """A reading problem is one line, whatever the input."""
        problems: tuple[Problem, ...] = ()
        try:
            parse(text)
        except LoadError as error:
            problems = error.problems

        expected: list[str] = []
        assert expected == [p.render("en") for p in problems if "\n" in p.render("en")]


class TestLoadsReading:
    """The reader's refusals as `loads` reports them for a whole methodology."""

    def test_not_utf8(self) -> None:
        """Bytes that are not UTF-8 are refused at the first bad byte's line and column."""
        problems = problems_of(b"id: prueba\ntitle: Educaci\xf3n financiera\n")

        expected = [((), "load.not_utf8", 2, 15, "0xf3")]
        assert expected == [(*_where((p,))[0], p.message.params["byte"]) for p in problems]

    def test_too_large_bytes(self) -> None:
        """A file over MAX_BYTES is refused whole."""
        expected = [((), "load.too_large", None, None)]

        assert expected == _where(problems_of(b"#" * (MAX_BYTES + 1)))
